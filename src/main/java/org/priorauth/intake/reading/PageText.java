package org.priorauth.intake.reading;

/**
 * The text of one page.
 *
 * @param number 1-based page number
 * @param confidence OCR mean word confidence 0..1; 1 for text that was read exactly
 */
public record PageText(int number, String text, ReadMethod method, double confidence) {}
