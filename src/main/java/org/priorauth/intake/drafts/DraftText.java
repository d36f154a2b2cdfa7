package org.priorauth.intake.drafts;

import java.util.List;

/** A draft's text, the facts it used, and the placeholders left for what is not on file. */
public record DraftText(DraftKind kind, String body, List<DraftSource> sources, List<String> missing) {}
