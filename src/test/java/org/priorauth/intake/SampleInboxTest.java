package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.samples.Samples;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The demo's path: demo cases loaded from the sample inbox, every sample read through its channel. Checked
 * against the generator's truth: each document typed as labelled, never attached to the wrong case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleInboxTest {

    static final Path INBOX = Samples.fresh();
    static final Path DATA = TestFolders.create("sample-inbox-data");

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("intake.data-dir", () -> DATA.resolve("data").toString());
        registry.add("intake.fax.dir", () -> INBOX.resolve("fax").toString());
        registry.add("intake.portal.dir", () -> INBOX.resolve("portal").toString());
        registry.add("intake.email.drop-dir", () -> INBOX.resolve("email").toString());
        registry.add("intake.demo.enabled", () -> "true");
        registry.add("intake.demo.dir", INBOX::toString);
        registry.add("intake.poll-delay-ms", () -> "200");
    }

    @LocalServerPort
    int port;

    @Test
    void everySampleIsTypedAsLabelledAndNeverAttachedToAnotherCase() throws Exception {
        Api api = new Api(port, "admin", "admin");
        List<String[]> truth = Files.readAllLines(INBOX.resolve("truth.csv")).stream()
                .skip(1)
                .map(l -> l.split(",", -1))
                .toList();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (waitingOrProcessing(api) > 0 || count(api) < truth.size()) {
            assertThat(Instant.now())
                    .as("the sample inbox is processed in time")
                    .isBefore(deadline);
            Thread.sleep(250); // polling the API with a deadline, not a fixed wait
        }

        Map<String, Long> caseByReference = new HashMap<>();
        for (JsonNode c : api.get("/api/cases").json())
            caseByReference.put(c.get("paReference").asString(), c.get("id").asLong());

        int attached = 0;
        for (String[] sample : truth) {
            String name = Path.of(sample[0]).getFileName().toString();
            JsonNode d = documentFrom(api, name);
            assertThat(d).as(name).isNotNull();
            assertThat(d.get("state").asString()).as(name).isNotEqualTo("FAILED");
            assertThat(d.get("documentType").asString()).as(name + " type").isEqualTo(sample[1]);
            if (!d.get("caseId").isNull()) {
                attached++;
                assertThat(sample[2])
                        .as(name + " is attached though it belongs to no case")
                        .isNotEmpty();
                assertThat(d.get("caseId").asLong())
                        .as(name + " attached to the wrong case")
                        .isEqualTo(caseByReference.get(sample[2]));
            }
        }
        assertThat(attached).as("documents attached automatically").isGreaterThanOrEqualTo(truth.size() - 3);
        long partlyDenied = caseByReference.get("MHP-88213407");
        assertThat(api.get("/api/cases/" + partlyDenied).json().get("status").asString())
                .as("a partial approval moves its case to PARTIALLY_APPROVED")
                .isEqualTo("PARTIALLY_APPROVED");
        assertThat(api.get("/api/tasks?status=OPEN").json().size()).isGreaterThan(0);
    }

    /** Mail attachments are named after the attachment, mail bodies after the subject, ZIP entries after the ZIP. */
    private static JsonNode documentFrom(Api api, String fileName) {
        for (JsonNode d : api.get("/api/documents").json()) {
            String source = d.get("sourceName").asString();
            if (source.equals(fileName) || source.startsWith(fileName + "!/")) return d;
        }
        Map<String, String> mailNames = Map.of(
                "cigna-appeal-decision.eml", "appeal-decision.pdf",
                "medicare-partd-info-needed.eml", "Coverage determination: information needed",
                "caremark-approval.eml", "determination.pdf",
                "skyrizi-complete-enrollment.eml", "Benefits investigation complete",
                "webinar-invitation.eml", "Free webinar: biologics documentation");
        return mailNames.containsKey(fileName) ? api.documentNamed(mailNames.get(fileName)) : null;
    }

    private static long waitingOrProcessing(Api api) {
        JsonNode status = api.get("/api/intake/status").json();
        long waiting = 0;
        for (JsonNode n : status.get("waiting")) waiting += n.asLong();
        return waiting + status.get("documents").get("PROCESSING").asLong();
    }

    private static int count(Api api) {
        return api.get("/api/documents").json().size();
    }
}
