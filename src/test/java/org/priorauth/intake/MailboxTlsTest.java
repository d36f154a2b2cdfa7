package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With {@code intake.email.starttls=required}, the inbox's password and its letters never cross the wire in
 * clear: against an IMAP server that cannot turn the connection to TLS (GreenMail's plain IMAP, which offers no
 * STARTTLS), the application does not sign in, reads nothing, leaves the mail unseen, and says why on the intake
 * status. A tap between the two, a plain TCP relay, records every byte the application sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // stop polling once the mail server is gone
class MailboxTlsTest {

    static final java.nio.file.Path ROOT = TestFolders.create("mailbox-tls");
    static final WireTap tap = WireTap.to(ServerSetupTest.IMAP.getPort());

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.IMAP)
            .withConfiguration(
                    GreenMailConfiguration.aConfig().withUser("pa-desk@clinic.example", "pa-desk", "inbox-secret"));

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
        TestFolders.registerInbox(registry, tap.port());
        registry.add("intake.email.starttls", () -> "required");
    }

    @AfterAll
    static void closeTap() throws IOException {
        tap.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aServerThatCannotTurnToTlsNeverSeesThePasswordAndTheMailWaits() throws Exception {
        MimeMessage letter = new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(("From: pa@northwind.example\r\nTo: pa-desk@clinic.example\r\n"
                                + "Subject: Denial\r\n\r\nYour request for Dupixent is denied.\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        mailServer.getUserManager().getUser("pa-desk").deliver(letter);
        Api api = new Api(port, "admin", "admin");

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/intake/status")
                .json()
                .at("/mailbox/state")
                .asString()
                .equals("unreachable"));
        Thread.sleep(1500); // several more polls
        JsonNode mailbox = api.get("/api/intake/status").json().get("mailbox");

        assertThat(tap.connections()).as("the application did try the server").isPositive();
        assertThat(tap.sent())
                .as("what the application sent")
                .doesNotContain("inbox-secret")
                .doesNotContainIgnoringCase("LOGIN");
        assertThat(mailbox.get("reason").asString()).containsIgnoringCase("STARTTLS");
        assertThat(api.get("/api/documents").json().size()).isZero();
        assertThat(mailServer.getReceivedMessages()[0].getFlags().contains(Flags.Flag.SEEN))
                .as("the mail waits on the server, unread")
                .isFalse();
    }

    /** A TCP relay to a local port that keeps every byte the client sent. */
    static final class WireTap implements AutoCloseable {

        private final ServerSocket listener;
        private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        private volatile int connections;

        private WireTap(int target) throws IOException {
            listener = new ServerSocket(0);
            daemon(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket client = listener.accept();
                        Socket server = new Socket("127.0.0.1", target);
                        connections++;
                        relay(client.getInputStream(), server.getOutputStream(), true);
                        relay(server.getInputStream(), client.getOutputStream(), false);
                    } catch (IOException e) {
                        // closed, or the server is not up yet: the client sees the connection drop
                    }
                }
            });
        }

        static WireTap to(int target) {
            try {
                return new WireTap(target);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void relay(InputStream from, OutputStream to, boolean record) {
            daemon(() -> {
                byte[] buffer = new byte[8192];
                try (from;
                        to) {
                    for (int n; (n = from.read(buffer)) > 0; ) {
                        if (record) {
                            synchronized (sent) {
                                sent.write(buffer, 0, n);
                            }
                        }
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                } catch (IOException e) {
                    // one side closed
                }
            });
        }

        private static void daemon(Runnable work) {
            Thread thread = new Thread(work, "wire-tap");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        int connections() {
            return connections;
        }

        String sent() {
            synchronized (sent) {
                return sent.toString(StandardCharsets.ISO_8859_1);
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }
}
