package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.priorauth.intake.samples.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The shared inbox over IMAP against GreenMail, a real IMAP server running in the test's JVM. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // stop polling once the mail server is gone
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedInboxTest {

    static final Path ROOT = TestFolders.create("shared-inbox");

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.IMAP)
            .withConfiguration(
                    GreenMailConfiguration.aConfig().withUser("pa-desk@clinic.example", "pa-desk", "inbox-secret"));

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
        TestFolders.registerInbox(registry, ServerSetupTest.IMAP.getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Test
    void eachAttachmentIsADocumentAttachedToItsCaseAndTheMailIsMarkedSeen() throws Exception {
        Api api = new Api(port, "admin", "admin");
        long caseId = api.post(
                        "/api/cases",
                        """
                {"patient": {"name": "Priya Castellanos", "dateOfBirth": "1985-11-23", "memberId": "CGN5520198-01"},
                 "payer": "Cigna", "drug": "Cosentyx", "paReference": "2600481177"}""")
                .json()
                .get("id")
                .asLong();
        GreenMailUser desk = mailServer.getUserManager().getUser("pa-desk");

        desk.deliver(sample("email/cigna-appeal-decision.eml"));
        desk.deliver(sample("email/medicare-partd-info-needed.eml"));
        MailFolder inbox = mailServer.getManagers().getImapHostManager().getInbox(desk);
        // a mail is marked seen only after its documents committed: once both are seen, all is final
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> inbox.getMessages().stream()
                                .filter(m -> m.isSet(Flags.Flag.SEEN))
                                .count()
                        == 2);

        JsonNode attachment = api.documentNamed("appeal-decision.pdf");
        assertThat(attachment.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(attachment.get("messageId").asString()).isEqualTo("<sample-1@priorauth-intake.example>");
        assertThat(attachment.get("documentType").asString()).isEqualTo("DENIAL");
        assertThat(attachment.get("caseId").asLong()).isEqualTo(caseId);

        JsonNode body = api.documentNamed("Coverage determination: information needed");
        assertThat(body).as("a mail without attachments is itself the document").isNotNull();
        assertThat(body.get("documentType").asString()).isEqualTo("MORE_INFO_REQUEST");
        assertThat(body.get("caseId").isNull())
                .as("no case was opened for this patient")
                .isTrue();
        assertThat(body.get("state").asString()).isEqualTo("NEEDS_REVIEW");

        assertThat(inbox.getMessages()).hasSize(2);
    }

    /**
     * Pharmacies and hubs mail their notices as one quoted-printable {@code text/html} part and nothing else; the
     * decoded stream of such a part over IMAP cannot be re-read, which the HTML parser needs.
     */
    @Test
    void aMailWhoseOnlyBodyIsQuotedPrintableHtmlIsRead() throws Exception {
        Api api = new Api(port, "admin", "admin");
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom("care-team@specialty-rx.example");
        mail.setRecipients(jakarta.mail.Message.RecipientType.TO, "pa-desk@clinic.example");
        mail.setSubject("Your delivery is scheduled");
        mail.setText(
                """
                <html><body><table><tr><td>Patient:</td><td>Ottilie Brandstetter</td></tr></table>
                <p>Our specialty pharmacy has scheduled the shipment of Taltz for delivery on 03/14/2027.
                Please call the pharmacy team if the address has changed, so that nothing is left at the door.</p></body></html>""",
                "UTF-8",
                "html");
        mail.setHeader("Content-Transfer-Encoding", "quoted-printable");
        mail.saveChanges();
        GreenMailUser desk = mailServer.getUserManager().getUser("pa-desk");
        desk.deliver(mail);
        MailFolder inbox = mailServer.getManagers().getImapHostManager().getInbox(desk);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> inbox.getMessages().stream().anyMatch(m -> m.isSet(Flags.Flag.SEEN)));

        JsonNode body = api.documentNamed("Your delivery is scheduled");
        assertThat(body.get("state").asString()).as(body.toString()).isNotEqualTo("FAILED");
        assertThat(body.get("documentType").asString()).isEqualTo("PHARMACY_NOTICE");
        assertThat(body.get("fields").get("drug").asString()).isEqualTo("Taltz");
    }

    /**
     * The inbox route itself, with Camel's test support: each mail polled is handed to the intake route (waited
     * for with a NotifyBuilder), and when a step after the poll throws (reached by its id with AdviceWith, as a
     * database outage would), the mail is left unseen, to be read again on a later poll: nothing is lost.
     */
    @Test
    @Order(Integer.MAX_VALUE) // last: the advice changes the route for good
    void aMailIsMarkedSeenOnlyWhenItsDocumentsAreRecorded() throws Exception {
        GreenMailUser desk = mailServer.getUserManager().getUser("pa-desk");
        MailFolder inbox = mailServer.getManagers().getImapHostManager().getInbox(desk);
        NotifyBuilder handed = new NotifyBuilder(camel)
                .fromRoute("shared-inbox")
                .whenCompleted(1)
                .wereSentTo("direct:intake")
                .create();
        desk.deliver(sample("email/cigna-appeal-decision.eml"));
        assertThat(handed.matches(90, TimeUnit.SECONDS)).isTrue();
        long seen =
                await().atMost(Duration.ofSeconds(10)).until(() -> seenIn(inbox), n -> n == inbox.getMessageCount());

        AdviceWith.adviceWith(camel, "shared-inbox", route -> route.weaveById("unpack-mail")
                .replace()
                .throwException(new IllegalStateException("the database is unavailable")));
        NotifyBuilder failed =
                new NotifyBuilder(camel).fromRoute("shared-inbox").whenFailed(2).create();
        desk.deliver(sample("email/medicare-partd-info-needed.eml"));
        assertThat(failed.matches(90, TimeUnit.SECONDS))
                .as("the mail was tried again on a later poll")
                .isTrue();
        assertThat(seenIn(inbox))
                .as("the mail that could not be recorded stays unseen")
                .isEqualTo(seen);
    }

    private static long seenIn(MailFolder inbox) {
        return inbox.getMessages().stream()
                .filter(m -> m.isSet(Flags.Flag.SEEN))
                .count();
    }

    private static MimeMessage sample(String path) throws Exception {
        byte[] raw = Files.readAllBytes(Samples.dir().resolve(path));
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }
}
