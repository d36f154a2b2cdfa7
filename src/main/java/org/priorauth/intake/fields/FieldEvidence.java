package org.priorauth.intake.fields;

/**
 * Where a field's value was read: the page and the text around it. {@code note} says how a value was
 * derived when it is not printed as is (a deadline computed from "within 60 days of this notice").
 */
public record FieldEvidence(String field, int page, String text, String note) {}
