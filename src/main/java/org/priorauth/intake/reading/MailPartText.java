package org.priorauth.intake.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The words of a mail's text part, whatever charset its header claims. */
public final class MailPartText {

    private MailPartText() {}

    /**
     * The part's text. A charset Java does not know ("charset=x-mac-unknown", a typo in a hub's mailer) must not
     * lose the letter: its bytes are then read as UTF-8 when they are valid UTF-8, else as Windows-1252, which
     * gives every byte a character.
     */
    public static String of(Part part) throws MessagingException, IOException {
        try {
            return String.valueOf(part.getContent());
        } catch (UnsupportedEncodingException unknownCharset) {
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readAllBytes();
            }
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException notUtf8) {
                return new String(bytes, Charset.forName("windows-1252"));
            }
        }
    }
}
