package org.priorauth.intake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.samples.Samples;

class SourceUnpackerTest {

    private final SourceUnpacker unpacker = new SourceUnpacker();

    @Test
    void aMailWithAnAttachmentGivesOneDocumentPerAttachmentWithItsBodyAsContext() throws Exception {
        byte[] eml = Files.readAllBytes(Samples.dir().resolve("email/cigna-appeal-decision.eml"));
        List<IntakeItem> items = unpacker.unpack(Channel.EMAIL, "cigna-appeal-decision.eml", eml, Instant.now());
        assertThat(items).hasSize(1);
        IntakeItem item = items.get(0);
        assertThat(item.sourceName()).isEqualTo("appeal-decision.pdf");
        assertThat(item.messageId()).isEqualTo("<sample-1@priorauth-intake.example>");
        assertThat(new String(item.content(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(item.context()).containsEntry(SourceUnpacker.MAIL_BODY, "Please see the attached appeal decision.");
    }

    @Test
    void aBodyInACharsetJavaDoesNotKnowIsStillRead() {
        byte[] eml = ("From: hub@pharmacy.example\r\nSubject: Shipment\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                        + "Content-Type: text/plain; charset=no-such-charset\r\n\r\nDupixent shipped on 11/02/2026.\r\n"
                        + "--b\r\nContent-Type: application/pdf; name=\"label.pdf\"\r\n\r\n%PDF-1.4\r\n--b--\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(unpacker.unpack(Channel.EMAIL, "hub.eml", eml, Instant.now()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.unreadableReason()).isNull();
                    assertThat(item.context().get(SourceUnpacker.MAIL_BODY))
                            .contains("Dupixent shipped on 11/02/2026.");
                });
    }

    @Test
    void aMailWithoutAttachmentsIsItselfTheDocumentUnderItsSubject() throws Exception {
        byte[] eml = Files.readAllBytes(Samples.dir().resolve("email/medicare-partd-info-needed.eml"));
        List<IntakeItem> items = unpacker.unpack(Channel.EMAIL, "x.eml", eml, Instant.now());
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.sourceName()).isEqualTo("Coverage determination: information needed");
            assertThat(item.content()).isEqualTo(eml);
            assertThat(item.context()).containsEntry(SourceUnpacker.CONTENT_TYPE, "message/rfc822");
        });
    }

    @Test
    void aForwardedMailGivesTheLettersItCarries() throws Exception {
        byte[] original = Files.readAllBytes(Samples.dir().resolve("email/cigna-appeal-decision.eml"));
        jakarta.mail.internet.MimeMessage forward =
                new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        forward.setSubject("FW: Appeal decision for your patient");
        forward.setFrom("front-desk@clinic.example");
        jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
        jakarta.mail.internet.MimeBodyPart note = new jakarta.mail.internet.MimeBodyPart();
        note.setText("Forwarding this from the general inbox.");
        parts.addBodyPart(note);
        jakarta.mail.internet.MimeBodyPart attached = new jakarta.mail.internet.MimeBodyPart();
        attached.setContent(
                new jakarta.mail.internet.MimeMessage(
                        jakarta.mail.Session.getInstance(new java.util.Properties()),
                        new java.io.ByteArrayInputStream(original)),
                "message/rfc822");
        parts.addBodyPart(attached);
        forward.setContent(parts);
        forward.saveChanges();
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        forward.writeTo(raw);

        List<IntakeItem> items = unpacker.unpack(Channel.EMAIL, "fw.eml", raw.toByteArray(), Instant.now());
        assertThat(items).extracting(IntakeItem::sourceName).containsExactly("appeal-decision.pdf");
        assertThat(items.get(0).context().get(SourceUnpacker.MAIL_BODY))
                .contains("Forwarding this", "Please see the attached appeal decision.");
    }

    @Test
    void aZipGivesItsEntries() throws Exception {
        byte[] zip = Files.readAllBytes(Samples.dir().resolve("portal/humana-download.zip"));
        assertThat(unpacker.unpack(Channel.PORTAL, "humana-download.zip", zip, Instant.now()))
                .extracting(IntakeItem::sourceName)
                .containsExactly("humana-download.zip!/redetermination-notice.pdf");
    }

    @Test
    void aCorruptZipIsKeptWholeAndMarkedUnreadable() {
        byte[] notAZip = "PK\u0003\u0004 this is no zip".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(unpacker.unpack(Channel.PORTAL, "broken.zip", notAZip, Instant.now()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.unreadableReason()).startsWith("corrupt or empty ZIP");
                    assertThat(item.content()).isEqualTo(notAZip);
                });
    }

    @Test
    void aFileThatIsNoMailIsMarkedUnreadable() {
        byte[] garbage = "\u0000\u0001\u0002 not a mail".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(unpacker.unpack(Channel.EMAIL, "broken.eml", garbage, Instant.now()))
                .singleElement()
                .satisfies(item -> assertThat(item.unreadableReason()).startsWith("not a mail message"));
    }
}
