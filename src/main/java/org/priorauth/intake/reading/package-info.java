/**
 * Reading: the text of every page, from the PDF text layer where there is one and by OCR (Tesseract through
 * Tess4J) where there is not, with each page's method and confidence; HTML and mail bodies through Tika.
 */
package org.priorauth.intake.reading;
