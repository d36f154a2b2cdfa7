package org.priorauth.intake.reading;

/**
 * The text of one page.
 *
 * @param number 1-based page number
 * @param confidence OCR mean word confidence 0..1; 1 for text that was read exactly
 */
public record PageText(int number, String text, ReadMethod method, double confidence) {

    /** The same page seen through another text (a view made for reading it: blanked, relabelled). */
    public PageText withText(String other) {
        return new PageText(number, other, method, confidence);
    }
}
