package org.priorauth.intake.drafts;

import java.time.Instant;

/** A patient message a staff member approved; staff send it through the clinic's own channel. */
public record OutboxMessage(long id, long draftId, long caseId, String body, Instant queuedAt, String queuedBy) {}
