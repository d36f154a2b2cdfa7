package org.priorauth.intake.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;

/** Text that needs no OCR: saved portal pages (HTML), mail bodies (plain or HTML) and plain text files. */
@Component
class MarkupText {

    PageText html(byte[] content) {
        return new PageText(1, htmlToText(content), ReadMethod.HTML, 1.0);
    }

    PageText plain(byte[] content) {
        return new PageText(1, new String(content, StandardCharsets.UTF_8), ReadMethod.PLAIN_TEXT, 1.0);
    }

    /** The body of a mail that is itself the document: its subject, then its plain body or else its HTML. */
    PageText mailBody(byte[] raw) {
        try {
            MimeMessage mail =
                    new MimeMessage(Session.getInstance(new Properties()), new SharedByteArrayInputStream(raw));
            String body = bodyOf(mail);
            String subject = mail.getSubject() == null ? "" : "Subject: " + mail.getSubject() + "\n\n";
            return new PageText(1, subject + (body == null ? "" : body), ReadMethod.MAIL_BODY, 1.0);
        } catch (MessagingException | IOException e) {
            throw new UnreadableDocumentException("malformed mail: " + e.getMessage(), e);
        }
    }

    private String bodyOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) return MailPartText.of(part);
        if (part.isMimeType("text/html")) {
            // the decoded stream of a part (quoted-printable, base64, over IMAP) cannot be marked and reset, and
            // the HTML parser re-reads the start to find the charset: the part is read whole
            try (InputStream in = part.getInputStream()) {
                return htmlToText(in.readAllBytes());
            }
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                if (child.isMimeType("text/html") && html == null) {
                    html = bodyOf(child);
                } else if (!child.isMimeType("text/html")) {
                    String text = bodyOf(child);
                    if (text != null && !text.isBlank()) return text;
                }
            }
            return html;
        }
        return null;
    }

    /**
     * A page's markup puts links, list items and cells side by side with no space between them, and the text
     * would run them together ("Member LookupPA StatusDrug Search"): a space goes before each such element. The
     * tags are ASCII, so the bytes are edited as they are, whatever the page's charset.
     */
    private static final Pattern SIDE_BY_SIDE =
            Pattern.compile("(?i)<(a|li|td|th|span|div|button|label|nav|p|br|strong|b|em)\\b");

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static String htmlToText(byte[] html) {
        BodyContentHandler text = new BodyContentHandler(-1);
        try {
            String markup = new String(html, StandardCharsets.ISO_8859_1);
            byte[] spaced = SIDE_BY_SIDE.matcher(markup).replaceAll(" <$1").getBytes(StandardCharsets.ISO_8859_1);
            // the charset the page declares; else UTF-8 when its bytes are UTF-8, else Windows-1252 (what a page
            // saved without a declaration is, when it is not UTF-8)
            EncodingDetector charset = (in, metadata) -> {
                Charset declared = new HtmlEncodingDetector().detect(in, metadata);
                if (declared != null) return declared;
                return isUtf8(spaced) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
            };
            new JSoupParser(charset).parse(new ByteArrayInputStream(spaced), text, new Metadata(), new ParseContext());
        } catch (Exception e) {
            throw new UnreadableDocumentException("unreadable HTML: " + e.getMessage(), e);
        }
        return text.toString();
    }
}
