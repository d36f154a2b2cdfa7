package org.priorauth.intake.intake;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.reading.MailPartText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns what a channel picked up into documents: a mail gives one document per attachment (or its body when
 * it has none, CONTRACT.md), a portal ZIP one per entry, anything else is one document as it is. A source
 * that cannot be unpacked is never dropped: it comes back as one item marked unreadable, with its bytes.
 */
@Component
public class SourceUnpacker {

    /** Context key: the media type the channel already knows (a mail body has no file name to go by). */
    public static final String CONTENT_TYPE = "contentType";

    public static final String MAIL_BODY = "mailBody";
    public static final String MAIL_SUBJECT = "mailSubject";
    public static final String MAIL_FROM = "mailFrom";

    private final IntakeSettings.Limits limits;

    @Autowired
    public SourceUnpacker(IntakeSettings settings) {
        this(settings.limits());
    }

    /** An unpacker outside the application, with the default limits. */
    public SourceUnpacker() {
        this(IntakeSettings.Limits.DEFAULT);
    }

    SourceUnpacker(IntakeSettings.Limits limits) {
        this.limits = limits;
    }

    public List<IntakeItem> unpack(Channel channel, String fileName, byte[] content, Instant receivedAt) {
        return unpack(channel, fileName, content, receivedAt, 0);
    }

    /**
     * A file too large to read (over {@code intake.limits.max-file-mb}): one document that fails with the limit in
     * its reason, recorded with the file's first bytes; the whole file stays in the folder's {@code .failed/}.
     */
    public List<IntakeItem> tooLarge(Channel channel, String fileName, byte[] head, long size, Instant receivedAt) {
        return List.of(IntakeItem.of(channel, fileName, head, receivedAt)
                .unreadable("file too large: " + size / (1024 * 1024) + " MB, over the limit of " + limits.maxFileMb()
                        + " MB (intake.limits.max-file-mb); the file is kept in .failed/"));
    }

    private List<IntakeItem> unpack(Channel channel, String fileName, byte[] content, Instant receivedAt, int depth) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (content.length > 0 && lower.endsWith(".eml")) {
            return unpackMail(channel, fileName, content, receivedAt);
        }
        if (content.length > 0 && lower.endsWith(".zip")) {
            return unpackZip(channel, fileName, content, receivedAt, depth);
        }
        return List.of(IntakeItem.of(channel, fileName, content, receivedAt));
    }

    /** Splits one raw RFC 822 message (from the inbox or an exported .eml) into its documents. */
    public List<IntakeItem> unpackMail(Channel channel, String fallbackName, byte[] raw, Instant receivedAt) {
        IntakeItem whole = IntakeItem.of(channel, fallbackName, raw, receivedAt);
        try {
            // shared: the message and its parts read the bytes in place instead of copying a 50 MB mail again
            MimeMessage mail =
                    new MimeMessage(Session.getInstance(new Properties()), new SharedByteArrayInputStream(raw));
            if (mail.getHeader("From") == null
                    && mail.getHeader("Date") == null
                    && mail.getHeader("Subject") == null
                    && mail.getHeader("Message-ID") == null) {
                return List.of(
                        whole.unreadable("not a mail message: it has no From, Date, Subject or Message-ID header"));
            }
            String subject = mail.getSubject();
            String messageId = mail.getMessageID();
            Instant sent = mail.getSentDate() != null ? mail.getSentDate().toInstant() : receivedAt;
            Map<String, String> context = new LinkedHashMap<>();
            if (subject != null) context.put(MAIL_SUBJECT, subject);
            if (mail.getFrom() != null && mail.getFrom().length > 0)
                context.put(MAIL_FROM, mail.getFrom()[0].toString());

            List<Part> attachments = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            collect(mail, attachments, body);
            if (!body.isEmpty()) context.put(MAIL_BODY, body.toString());

            String title = subject == null || subject.isBlank() ? fallbackName : subject;
            if (attachments.isEmpty()) {
                Map<String, String> bodyContext = new LinkedHashMap<>(context);
                bodyContext.put(CONTENT_TYPE, "message/rfc822");
                return List.of(new IntakeItem(channel, title, raw, messageId, sent, bodyContext, null));
            }
            List<IntakeItem> items = new ArrayList<>();
            for (Part part : attachments) {
                String name = attachmentName(part, items.size() + 1);
                items.add(attachment(channel, name, part, messageId, sent, context));
            }
            return items;
        } catch (MessagingException | IOException | RuntimeException e) {
            return List.of(whole.unreadable("malformed mail: " + describe(e)));
        }
    }

    private static void collect(Part part, List<Part> attachments, StringBuilder body)
            throws MessagingException, IOException {
        if (part.isMimeType("message/rfc822")) {
            forwarded(part, attachments, body);
        } else if (isAttachment(part)) {
            attachments.add(part);
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            boolean alternative = part.isMimeType("multipart/alternative");
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                // of text/plain and text/html alternatives keep one body: the plain one comes first
                if (alternative && !body.isEmpty() && child.isMimeType("text/*")) continue;
                collect(child, attachments, body);
            }
        } else if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
            if (!body.isEmpty()) body.append("\n\n");
            body.append(MailPartText.of(part));
        } else if (part.isMimeType("message/rfc822")) {
            forwarded(part, attachments, body);
        }
    }

    /**
     * A forwarded message ("FW:" sent as an attachment): its attachments are the letters; when it has none,
     * the forwarded message itself is the letter.
     */
    private static void forwarded(Part part, List<Part> attachments, StringBuilder body)
            throws MessagingException, IOException {
        if (!(part.getContent() instanceof Message inner)) {
            attachments.add(part);
            return;
        }
        List<Part> innerAttachments = new ArrayList<>();
        StringBuilder innerBody = new StringBuilder();
        collect(inner, innerAttachments, innerBody);
        if (innerAttachments.isEmpty()) {
            attachments.add(part);
        } else {
            attachments.addAll(innerAttachments);
            if (!innerBody.isEmpty()) body.append(body.isEmpty() ? "" : "\n\n").append(innerBody);
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        if (part.isMimeType("multipart/*")) return false;
        // a named part is a document unless it is an inline text body that merely carries a name
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || part.getFileName() != null && !part.isMimeType("text/*");
    }

    private static String attachmentName(Part part, int index) throws MessagingException {
        String name = part.getFileName();
        if (name != null) {
            try {
                return MimeUtility.decodeText(name);
            } catch (IOException e) {
                return name;
            }
        }
        if (part.isMimeType("message/rfc822")) return "forwarded-message-" + index + ".eml";
        return "attachment-" + index;
    }

    /**
     * One attachment as a document. One that cannot be decoded (base64 cut short, a broken forwarded message)
     * fails alone, with its reason and its bytes as they came; the mail's other documents are read as usual.
     */
    private static IntakeItem attachment(
            Channel channel, String name, Part part, String messageId, Instant sent, Map<String, String> context) {
        try {
            return new IntakeItem(channel, name, bytesOf(part), messageId, sent, context, null);
        } catch (IOException | MessagingException | RuntimeException e) {
            byte[] asSent = new byte[0];
            if (part instanceof MimeBodyPart mime) {
                try (InputStream raw = mime.getRawInputStream()) {
                    asSent = raw.readAllBytes();
                } catch (IOException | MessagingException unreadable) {
                    // nothing more to keep than the mail itself, which its folder keeps
                }
            }
            return new IntakeItem(
                    channel, name, asSent, messageId, sent, context, "malformed attachment: " + describe(e));
        }
    }

    private static byte[] bytesOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof Message inner) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            inner.writeTo(out);
            return out.toByteArray();
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private List<IntakeItem> unpackZip(Channel channel, String zipName, byte[] content, Instant receivedAt, int depth) {
        if (depth >= limits.maxZipDepth()) {
            return List.of(IntakeItem.of(channel, zipName, content, receivedAt)
                    .unreadable("ZIP nested too deep: more than " + limits.maxZipDepth()
                            + " ZIPs inside one another (intake.limits.max-zip-depth)"));
        }
        List<IntakeItem> items = new ArrayList<>();
        long unpacked = 0;
        long maxBytes = limits.maxZipMb() * 1024L * 1024;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (entry.isDirectory()
                        || name.startsWith("__MACOSX/")
                        || baseName(name).startsWith(".")) continue;
                if (items.size() >= limits.maxZipEntries())
                    throw new IOException(
                            "more than " + limits.maxZipEntries() + " documents in it (intake.limits.max-zip-entries)");
                // read no more than what is left of the bound: a ZIP bomb stops here, not in the heap
                byte[] bytes = zip.readNBytes((int) Math.min(maxBytes - unpacked + 1, Integer.MAX_VALUE - 8));
                unpacked += bytes.length;
                if (unpacked > maxBytes)
                    throw new IOException(
                            "it unpacks to more than " + limits.maxZipMb() + " MB (intake.limits.max-zip-mb)");
                items.addAll(unpack(channel, zipName + "!/" + baseName(name), bytes, receivedAt, depth + 1));
            }
        } catch (IOException | RuntimeException e) {
            return List.of(
                    IntakeItem.of(channel, zipName, content, receivedAt).unreadable("corrupt ZIP: " + describe(e)));
        }
        if (items.isEmpty()) {
            return List.of(IntakeItem.of(channel, zipName, content, receivedAt)
                    .unreadable("corrupt or empty ZIP: no document inside"));
        }
        return items;
    }

    /** What went wrong, in words for staff: some parsers throw without a message. */
    private static String describe(Exception e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) return e.getMessage();
        if (e instanceof java.io.EOFException) return "the file ends too early (cut off or incomplete)";
        return e.getClass().getSimpleName();
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
