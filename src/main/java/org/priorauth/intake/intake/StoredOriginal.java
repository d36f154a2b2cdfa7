package org.priorauth.intake.intake;

import java.nio.file.Path;

/** An original as kept on disk: its SHA-256 names it, so the same bytes twice are stored once. */
public record StoredOriginal(String sha256, Path path, long size) {}
