package org.priorauth.intake.reading;

import java.util.Locale;
import org.apache.tika.Tika;

/**
 * What kind of file a document is. Tika's magic-byte detection judges the content first, so a fax saved with
 * the wrong extension is still read as what it is; the name decides only what the bytes leave open (a mail or
 * plain text has no magic of its own), and a name that promises a PDF or an image the bytes are not gives the
 * reason staff see.
 */
public enum DocumentFormat {
    PDF,
    TIFF,
    PNG,
    JPEG,
    HTML,
    MAIL,
    TEXT;

    /** Thread-safe; reads only the first bytes (the mime types' magic), never parses. */
    private static final Tika TIKA = new Tika();

    public static DocumentFormat detect(String sourceName, byte[] content, String contentTypeHint) {
        if (content.length == 0) {
            throw new UnreadableDocumentException("empty file (0 bytes)");
        }
        if ("message/rfc822".equals(contentTypeHint)) return MAIL;
        String detected = TIKA.detect(content);
        switch (detected) {
            case "application/pdf" -> {
                return PDF;
            }
            case "image/tiff" -> {
                return TIFF;
            }
            case "image/png" -> {
                return PNG;
            }
            case "image/jpeg" -> {
                return JPEG;
            }
            default -> {}
        }

        String name = sourceName.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "pdf" ->
                throw new UnreadableDocumentException("corrupt PDF: the file does not start with a PDF header");
            case "tif", "tiff", "png", "jpg", "jpeg" ->
                throw new UnreadableDocumentException(
                        "corrupt image: the ." + extension + " file has no valid image header");
            case "html", "htm", "xhtml", "mhtml" -> HTML;
            case "eml" -> MAIL;
            case "txt" -> TEXT;
            default ->
                switch (detected) {
                    case "text/html", "application/xhtml+xml" -> HTML;
                    case "message/rfc822" -> MAIL;
                    default ->
                        throw new UnreadableDocumentException(
                                extension.isEmpty()
                                        ? "unsupported file type: no extension and no known file header"
                                        : "unsupported file type: ." + extension + " (" + detected + ")");
                };
        };
    }
}
