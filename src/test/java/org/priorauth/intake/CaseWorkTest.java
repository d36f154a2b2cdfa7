package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.priorauth.intake.IntakeFlowTest.awaitLetGo;
import static org.priorauth.intake.IntakeFlowTest.drop;
import static org.priorauth.intake.IntakeFlowTest.write;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.drafts.DraftWriter;
import org.priorauth.intake.drafts.FactsOnFile;
import org.priorauth.intake.samples.LetterRenderer;
import org.priorauth.intake.samples.SampleLetters;
import org.priorauth.intake.samples.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The clinic's side of a denial, through the real channels and the API: the case moves, the task goes to the
 * role's named owner, drafts appear and are approved by a person, staff move the case on and its old tasks
 * close, a late copy of the denial does not move the case back, an overdue task escalates, the queue counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseWorkTest {

    static final Path ROOT = TestFolders.create("case-work");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
        registry.add("intake.escalation.period", () -> "300");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    CaseRepository cases;

    @Test
    void aDenialFromArrivalToAppeal() throws Exception {
        Api api = new Api(port, "admin", "admin");
        long caseId = api.post(
                        "/api/cases",
                        """
                {"patient": {"name": "Harriet Lindqvist", "dateOfBirth": "1979-03-14", "memberId": "XKP482913207"},
                 "payer": "Aetna", "drug": "Dupixent", "paReference": "PA-2026-118734"}""")
                .json()
                .get("id")
                .asLong();

        drop(Samples.dir().resolve("fax/fax-20261116-0907.tif"), ROOT.resolve("fax"), "denial.tif");
        awaitLetGo(ROOT.resolve("fax"), "denial.tif");
        JsonNode denial = api.documentNamed("denial.tif");
        JsonNode paCase = api.get("/api/cases/" + caseId).json();
        assertThat(paCase.get("status").asString()).isEqualTo("DENIED");
        JsonNode task = paCase.get("tasks").get(0);
        assertThat(task.get("assignee").asString())
                .as("the role's owner in staff.yaml")
                .isEqualTo("Jordan Pike");

        // drafts: an appeal letter and a patient message, from facts on file only
        List<JsonNode> drafts = list(api.get("/api/cases/" + caseId + "/drafts").json());
        assertThat(drafts)
                .extracting(d -> d.get("kind").asString())
                .containsExactly("APPEAL_LETTER", "PATIENT_MESSAGE");
        JsonNode appeal = drafts.get(0);
        JsonNode fields = denial.get("fields");
        DraftWriter.LetterFacts letter = new DraftWriter.LetterFacts(
                denial.get("id").asLong(),
                fields.get("denialReason").asString(),
                LocalDate.parse(fields.get("deadline").asString()),
                LocalDate.parse(fields.get("decisionDate").asString()),
                List.of());
        assertThat(appeal.get("body").asString()).contains("XKP482913207", "05/15/2027", "[[clinician:");
        assertThat(appeal.get("sources").size()).isGreaterThan(4);
        for (JsonNode d : drafts) {
            FactsOnFile.assertOnlyFactsOnFile(
                    d.get("body").asString(),
                    cases.find(caseId).orElseThrow(),
                    letter,
                    List.of(denial.get("id").asLong()),
                    List.of());
        }

        // a patient message reaches the outbox only once a person approved it, and only once
        long messageId = drafts.get(1).get("id").asLong();
        assertThat(api.get("/api/outbox").json().size()).isZero();
        // a placeholder left in it is refused; a person fills it in first
        assertThat(api.post("/api/drafts/" + messageId + "/approve", "").status())
                .isEqualTo(422);
        String filled = drafts.get(1).get("body").asString().replaceAll("\\[\\[[^\\]]*]]", "Lakeside Dermatology");
        assertThat(api.post(
                                "/api/drafts/" + messageId + "/edit",
                                "{\"body\": "
                                        + tools.jackson.databind.json.JsonMapper.builder()
                                                .build()
                                                .writeValueAsString(filled)
                                        + "}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/drafts/" + messageId + "/approve", "")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");
        assertThat(api.get("/api/outbox").json().get(0).get("draftId").asLong()).isEqualTo(messageId);
        assertThat(api.post("/api/drafts/" + messageId + "/approve", "").status())
                .isEqualTo(409);

        // staff start the appeal: the denial's task is done with; a move the lifecycle forbids is refused
        assertThat(api.post("/api/cases/" + caseId + "/status", "{\"status\": \"APPEAL_IN_PROGRESS\"}")
                        .status())
                .isEqualTo(200);
        JsonNode closed = api.get("/api/cases/" + caseId).json().get("tasks").get(0);
        assertThat(closed.get("status").asString()).isEqualTo("DONE");
        assertThat(closed.get("note").asString()).contains("moved from DENIED to APPEAL_IN_PROGRESS");
        Api.Answer refused = api.post("/api/cases/" + caseId + "/status", "{\"status\": \"SUBMITTED\"}");
        assertThat(refused.status()).isEqualTo(409);
        // an RFC 9457 problem detail, which keeps the earlier "error" member
        assertThat(refused.json().get("status").asInt()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo(refused.json().get("error").asString());

        // the same denial again, saved from the portal later: linked, but the case does not move back
        write(
                ROOT.resolve("portal"),
                "denial-copy.pdf",
                LetterRenderer.textPdf(SampleLetters.denialAetna(SampleLetters.LINDQVIST)));
        awaitLetGo(ROOT.resolve("portal"), "denial-copy.pdf");
        JsonNode copy = api.documentNamed("denial-copy.pdf");
        assertThat(copy.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(api.get("/api/cases/" + caseId).json().get("status").asString())
                .isEqualTo("APPEAL_IN_PROGRESS");

        // a letter for a patient without a case waits for review; once its task is overdue, it escalates
        drop(Samples.dir().resolve("email/medicare-partd-info-needed.eml"), ROOT.resolve("email"), "no-case.eml");
        awaitLetGo(ROOT.resolve("email"), "no-case.eml");
        JsonNode review = api.documentNamed("Coverage determination: information needed");
        assertThat(review.get("evidence").get("match").get("suggestion").asString())
                .isEqualTo("CREATE_CASE");
        long taskId = openTaskOf(api, review.get("id").asLong());
        db.sql("update follow_up_task set due_date = ? where id = ?")
                .params(LocalDate.now().minusDays(1), taskId)
                .update();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> taskWithId(api, taskId).get("priority").asString().equals("URGENT"));
        assertThat(taskWithId(api, taskId).get("assignee").asString()).isEqualTo("Imani Okafor");

        // staff take the task over and complete it
        assertThat(api.post("/api/tasks/" + taskId + "/assign", "{\"assignee\": \"Celia Marchetti\"}")
                        .json()
                        .get("assignee")
                        .asString())
                .isEqualTo("Celia Marchetti");
        JsonNode done = api.post("/api/tasks/" + taskId + "/complete", "{\"note\": \"case opened by phone\"}")
                .json();
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("completedBy").asString()).isEqualTo("admin");

        // every change is in the audit trail, with who made it
        List<String> trail = list(api.get("/api/audit?caseId=" + caseId).json()).stream()
                .map(e -> e.get("actor").asString() + " " + e.get("action").asString())
                .toList();
        assertThat(trail)
                .contains(
                        "admin case.created",
                        "system case.status-changed",
                        "system task.created",
                        "system draft.created",
                        "admin draft.approved",
                        "admin case.status-changed",
                        "system task.closed",
                        "system case.status-kept");
        List<String> taskTrail = list(
                        api.get("/api/audit?documentId=" + review.get("id").asLong())
                                .json())
                .stream()
                .map(e -> e.get("actor").asString() + " " + e.get("action").asString())
                .toList();
        assertThat(taskTrail).contains("system task.escalated", "admin task.assigned", "admin task.completed");

        // the queue in figures, through the API and Micrometer
        JsonNode queue = api.get("/api/metrics/queue").json();
        assertThat(queue.get("decidedCases").asLong()).isEqualTo(1);
        assertThat(queue.get("appeals").asLong()).isEqualTo(1);
        assertThat(queue.get("overdueTasks").asLong())
                .as("the overdue task was completed")
                .isZero();
        assertThat(api.get("/actuator/metrics/priorauth.cases.open")
                        .json()
                        .get("measurements")
                        .get(0)
                        .get("value")
                        .asDouble())
                .isEqualTo(1.0);

        // cases filter
        assertThat(api.get("/api/cases?status=APPEAL_IN_PROGRESS").json().size())
                .isEqualTo(1);
        assertThat(api.get("/api/cases?patient=lindq").json().size()).isEqualTo(1);
        assertThat(api.get("/api/cases?payer=Cigna").json().size()).isZero();
    }

    private static long openTaskOf(Api api, long documentId) {
        for (JsonNode t : api.get("/api/tasks?status=OPEN").json()) {
            if (t.get("documentId").asLong() == documentId) return t.get("id").asLong();
        }
        throw new AssertionError("no open task for document " + documentId);
    }

    private static JsonNode taskWithId(Api api, long id) {
        for (JsonNode t : api.get("/api/tasks").json()) {
            if (t.get("id").asLong() == id) return t;
        }
        throw new AssertionError("no task " + id);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
