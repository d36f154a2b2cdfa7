package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.samples.Samples;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The shared inbox's server away: at start and in the middle of a run. The application starts and serves without
 * it, polls on, records nothing false while it is gone (no failed document, no mail read twice), and reads the
 * mail once it is back. GreenMail is a real IMAP server, started and stopped by the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // stop polling a server that is gone for good
class MailServerOutageTest {

    static final java.nio.file.Path ROOT = TestFolders.create("mail-outage");
    static final int IMAP_PORT = freePort();
    static final List<GreenMail> servers = new ArrayList<>();

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
        TestFolders.registerInbox(registry, IMAP_PORT);
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopServers() {
        servers.forEach(GreenMail::stop);
    }

    @Test
    void theInboxAwayAtStartAndMidRunLosesNothingAndReadsNothingTwice() throws Exception {
        Api api = new Api(port, "admin", "admin");
        // started with no mail server at all: the desk and the API serve, polling waits for it
        Thread.sleep(1500);
        assertThat(api.get("/api/intake/status").status()).isEqualTo(200);
        assertThat(api.get("/api/documents").json().size()).isZero();
        JsonNode away = api.get("/api/intake/status").json().get("mailbox");
        assertThat(away.get("state").asString())
                .as("staff see why no mail comes")
                .isEqualTo("unreachable");
        assertThat(away.get("reason").asString()).containsIgnoringCase("refused");

        GreenMail first = startServer();
        MimeMessage appeal = sample("email/cigna-appeal-decision.eml");
        first.getUserManager().getUser("pa-desk").deliver(appeal);
        awaitSeen(first, 1);
        assertThat(api.get("/api/intake/status").json().at("/mailbox/state").asString())
                .isEqualTo("reading");
        int afterFirst = emailDocuments(api).size();
        assertThat(afterFirst).isPositive();

        // away in the middle of the run, for several polls
        first.stop();
        Thread.sleep(2000);
        assertThat(api.get("/api/intake/status").status()).isEqualTo(200);
        assertThat(emailDocuments(api))
                .as("nothing recorded, nothing failed while it was away")
                .hasSize(afterFirst);

        GreenMail back = startServer();
        back.getUserManager().getUser("pa-desk").deliver(sample("email/medicare-partd-info-needed.eml"));
        awaitSeen(back, 1);

        List<JsonNode> all = emailDocuments(api);
        assertThat(all).hasSize(afterFirst + 1);
        assertThat(all).noneMatch(d -> d.get("state").asString().equals("FAILED"));
        assertThat(all.stream().map(d -> d.get("sourceName").asString()).distinct())
                .as("each mail's documents once")
                .hasSize(all.size());
    }

    private static GreenMail startServer() {
        GreenMail server = new GreenMail(new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        server.start();
        server.setUser("pa-desk@clinic.example", "pa-desk", "inbox-secret");
        servers.add(server);
        return server;
    }

    private static void awaitSeen(GreenMail server, int count) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> server
                                .getManagers()
                                .getImapHostManager()
                                .getInbox(server.getUserManager().getUser("pa-desk"))
                                .getMessages()
                                .stream()
                                .filter(m -> m.isSet(Flags.Flag.SEEN))
                                .count()
                        == count);
    }

    private static List<JsonNode> emailDocuments(Api api) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode d : api.get("/api/documents").json()) {
            if (d.get("channel").asString().equals("EMAIL")) found.add(d);
        }
        return found;
    }

    private static MimeMessage sample(String path) throws Exception {
        byte[] raw = Files.readAllBytes(Samples.dir().resolve(path));
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
