package org.priorauth.intake.drafts;

/** Where a fact in a draft came from: {@code from} is "case 3" or "document 12", {@code field} what was taken. */
public record DraftSource(String from, String field, String value) {}
