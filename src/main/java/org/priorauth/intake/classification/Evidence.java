package org.priorauth.intake.classification;

/**
 * One piece of evidence behind a decision: which rule, what it found, on which page, and how much it
 * weighed (negative for counter-evidence).
 */
public record Evidence(String kind, String rule, String matched, int page, double weight) {}
