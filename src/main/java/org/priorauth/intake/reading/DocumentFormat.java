package org.priorauth.intake.reading;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What kind of file a document is, judged by its first bytes and, failing that, by its name. */
public enum DocumentFormat {
    PDF,
    TIFF,
    PNG,
    JPEG,
    HTML,
    MAIL,
    TEXT;

    public static DocumentFormat detect(String sourceName, byte[] content, String contentTypeHint) {
        if (content.length == 0) {
            throw new UnreadableDocumentException("empty file (0 bytes)");
        }
        if ("message/rfc822".equals(contentTypeHint)) return MAIL;
        if (startsWith(content, "%PDF-")) return PDF;
        if (startsWith(content, "II*\0") || startsWith(content, "MM\0*")) return TIFF;
        if (startsWith(content, "\u0089PNG")) return PNG;
        if ((content[0] & 0xFF) == 0xFF && (content[1 % content.length] & 0xFF) == 0xD8) return JPEG;

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
            default -> {
                if (looksLikeHtml(content)) yield HTML;
                throw new UnreadableDocumentException(
                        extension.isEmpty()
                                ? "unsupported file type: no extension and no known file header"
                                : "unsupported file type: ." + extension);
            }
        };
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (content.length < m.length) return false;
        for (int i = 0; i < m.length; i++) {
            if (content[i] != m[i]) return false;
        }
        return true;
    }

    private static boolean looksLikeHtml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }
}
