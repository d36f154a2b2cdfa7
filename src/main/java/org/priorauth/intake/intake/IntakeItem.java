package org.priorauth.intake.intake;

import java.time.Instant;
import java.util.Map;

/**
 * One document as a channel hands it over: its bytes, the name it came under, and what the channel knows
 * about it (sender, subject, the mail body kept as context). Channels only produce these; the pipeline
 * does the rest.
 *
 * @param unreadableReason set when the channel could not even unpack the source (a malformed mail, a
 *     corrupt ZIP): the item still carries the raw bytes so the original is kept and the failure shown
 */
public record IntakeItem(
        Channel channel,
        String sourceName,
        byte[] content,
        String messageId,
        Instant receivedAt,
        Map<String, String> context,
        String unreadableReason) {

    /** Longest name kept: the database holds 1000, and no person reads more. */
    static final int MAX_NAME = 300;

    /**
     * Names and headers come from senders: control characters (a NUL cannot even be stored) are dropped, and a
     * name too long to show is cut in the middle, keeping its end and so its extension.
     */
    public IntakeItem {
        sourceName = printable(sourceName, MAX_NAME);
        messageId = printable(messageId, MAX_NAME);
        Map<String, String> printableContext = new java.util.LinkedHashMap<>();
        if (context != null) {
            context.forEach((key, value) -> {
                if (value != null) printableContext.put(key, withoutNul(value));
            });
        }
        context = Map.copyOf(printableContext);
    }

    static String printable(String text, int max) {
        if (text == null) return null;
        String clean = text.replaceAll("[\\p{Cntrl}&&[^\\t]]", "").replace('\t', ' ');
        if (clean.length() <= max) return clean;
        int tail = 40;
        return clean.substring(0, max - tail - 3) + "..." + clean.substring(clean.length() - tail);
    }

    /** A mail body or subject keeps its lines and tabs; only what the database refuses goes. */
    static String withoutNul(String text) {
        return text.replace("\u0000", "");
    }

    public static IntakeItem of(Channel channel, String sourceName, byte[] content, Instant receivedAt) {
        return new IntakeItem(channel, sourceName, content, null, receivedAt, Map.of(), null);
    }

    public IntakeItem unreadable(String reason) {
        return new IntakeItem(channel, sourceName, content, messageId, receivedAt, context, reason);
    }
}
