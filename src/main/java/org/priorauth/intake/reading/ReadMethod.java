package org.priorauth.intake.reading;

/** How a page's text was obtained; OCR pages carry a confidence, the others are exact. */
public enum ReadMethod {
    TEXT_LAYER,
    OCR,
    HTML,
    MAIL_BODY,
    PLAIN_TEXT
}
