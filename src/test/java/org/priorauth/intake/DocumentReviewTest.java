package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.priorauth.intake.IntakeFlowTest.awaitLetGo;
import static org.priorauth.intake.IntakeFlowTest.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A review ends in the system: a person's decision on a document in review moves its case, raises the routed
 * task and the drafts exactly as a sure letter does, closes the review task, and is audited and kept to learn
 * from; the roles that may decide are checked; a staff move raises the new status's task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentReviewTest {

    static final Path ROOT = TestFolders.create("document-review");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = new Api(port, "admin", "admin");
    }

    @Test
    void anUnmatchedDenialAttachedByAPersonMovesItsCaseAndRaisesTheDenialsTask() throws Exception {
        long caseId = admin.openCase("Tobias Wren", "1981-07-02", "W44817330", "Aetna", "Cosentyx");
        JsonNode denial = arrive("wren-denial.html", DeskLetters.denialNamingOnlyThePatient("Tobias Wren"));
        assertThat(denial.get("state").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(denial.get("documentType").asString()).isEqualTo("DENIAL");
        assertThat(denial.get("caseId").isNull()).isTrue();
        long id = denial.get("id").asLong();
        assertThat(openTasksOf(id)).extracting(t -> t.get("title").asString()).anyMatch(t -> t.startsWith("Review"));

        JsonNode decided = admin.post("/api/documents/" + id + "/attach", "{\"caseId\": " + caseId + "}")
                .json();

        assertThat(decided.get("state").asString()).isEqualTo("PROCESSED");
        assertThat(decided.get("caseId").asLong()).isEqualTo(caseId);
        JsonNode paCase = admin.get("/api/cases/" + caseId).json();
        assertThat(paCase.get("status").asString()).isEqualTo("DENIED");
        assertThat(list(paCase.get("tasks")))
                .as("the denial rule's task, for the role's owner, as if the letter had matched by itself")
                .anySatisfy(t -> {
                    assertThat(t.get("title").asString()).startsWith("Denial received");
                    assertThat(t.get("assignee").asString()).isEqualTo("Jordan Pike");
                });
        assertThat(openTasksOf(id))
                .as("the review task is done")
                .noneMatch(t -> t.get("title").asString().startsWith("Review"));
        assertThat(list(admin.get("/api/cases/" + caseId + "/drafts").json()))
                .extracting(d -> d.get("kind").asString())
                .contains("APPEAL_LETTER");
        assertThat(auditActions(id)).contains("document.reviewed");

        // decided once: a second decision would move the case twice
        assertThat(admin.post("/api/documents/" + id + "/attach", "{\"caseId\": " + caseId + "}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aHeldLetterWithItsCaseIsDecidedByCorrectingItsTypeAndTheCorrectionIsKept() throws Exception {
        long caseId = admin.openCase("Odile Marchetti", "1984-02-11", "QMX5520917", "Cigna", "Skyrizi");
        JsonNode held = arrive(
                "marchetti-bulletin.html",
                DeskLetters.heldBulletin("Odile Marchetti", "02/11/1984", "QMX5520917", "Skyrizi"));
        assertThat(held.get("state").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(held.get("caseId").asLong()).isEqualTo(caseId);
        long id = held.get("id").asLong();

        JsonNode decided = admin.post("/api/documents/" + id + "/type", "{\"type\": \"APPROVAL\"}")
                .json();

        assertThat(decided.get("state").asString()).isEqualTo("PROCESSED");
        assertThat(decided.get("documentType").asString()).isEqualTo("APPROVAL");
        assertThat(admin.get("/api/cases/" + caseId).json().get("status").asString())
                .isEqualTo("APPROVED");
        assertThat(db.sql("select to_type from type_correction where document_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("APPROVAL");
    }

    @Test
    void aCaseOpenedFromADocumentTakesItsFieldsAsAPersonCorrectedThem() throws Exception {
        JsonNode denial = arrive("new-patient.html", DeskLetters.denialNamingOnlyThePatient("Marisol Quant"));
        long id = denial.get("id").asLong();
        // the letter gives no drug: a case cannot be opened until a person says which
        assertThat(admin.post("/api/documents/" + id + "/case", "").status()).isEqualTo(422);

        JsonNode corrected = admin.post(
                        "/api/documents/" + id + "/fields",
                        "{\"drug\": \"Taltz\", \"payer\": \"Aetna\", \"dateOfBirth\": \"04/09/1990\"}")
                .json();
        assertThat(corrected.get("fields").get("dateOfBirth").asString()).isEqualTo("1990-04-09");
        assertThat(list(corrected.get("evidence").get("fields")))
                .as("the name is still shown with the line it was read from; the person's values have no such line")
                .extracting(e -> e.get("field").asString())
                .contains("patientName")
                .doesNotContain("drug", "dateOfBirth");
        assertThat(admin.post("/api/documents/" + id + "/fields", "{\"deadline\": \"next week\"}")
                        .status())
                .as("a date that is not one is refused with the reason")
                .isEqualTo(422);

        JsonNode decided = admin.post("/api/documents/" + id + "/case", "").json();
        JsonNode paCase =
                admin.get("/api/cases/" + decided.get("caseId").asLong()).json();
        assertThat(paCase.get("patient").get("name").asString()).isEqualTo("Marisol Quant");
        assertThat(paCase.get("drug").asString()).isEqualTo("Taltz");
        assertThat(paCase.get("status").asString()).isEqualTo("DENIED");
        assertThat(db.sql("select field from field_correction where document_id = ? order by field")
                        .param(id)
                        .query(String.class)
                        .list())
                .as("the payer was read from the letter already: only what changed is a correction")
                .containsExactly("dateOfBirth", "drug");
    }

    @Test
    void onlyTheReviewingRolesDecideAndOnlyAdminsManageUsers() throws Exception {
        JsonNode denial = arrive("roles.html", DeskLetters.denialNamingOnlyThePatient("Ingrid Salo"));
        long id = denial.get("id").asLong();
        assertThat(admin.post(
                                "/api/users",
                                """
                        {"username": "dr.banks", "fullName": "Dr. Aurelio Banks", "roles": ["CLINICIAN"],
                         "password": "first-sign-in-77"}""")
                        .status())
                .isEqualTo(201);
        Api clinician = new Api(port, "dr.banks", "first-sign-in-77");

        assertThat(clinician.get("/api/documents/" + id).status()).isEqualTo(200);
        assertThat(clinician.post("/api/documents/" + id + "/case", "").status())
                .isEqualTo(403);
        assertThat(clinician.get("/api/users").status()).isEqualTo(403);
        assertThat(clinician.get("/api/rules/proposals").status()).isEqualTo(403);
        assertThat(admin.post(
                                "/api/users",
                                "{\"username\": \"x\", \"roles\": [\"CLINICIAN\"], \"password\": \"short\"}")
                        .status())
                .as("a user name too short and a password too short are refused")
                .isEqualTo(422);

        // the clinician's tasks by their name in staff.yaml
        assertThat(clinician
                        .get("/api/tasks?assignee=Dr.%20Aurelio%20Banks&status=OPEN")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aStaffMoveRaisesTheNewStatussTaskAndADraftWithAPlaceholderLeftIsNotApproved() throws Exception {
        long caseId = admin.openCase("Petra Lund", "1975-12-30", "PL88120455", "Aetna", "Dupixent");
        admin.post("/api/cases/" + caseId + "/status", "{\"status\": \"DENIED\", \"note\": \"told by phone\"}");
        assertThat(list(admin.get("/api/cases/" + caseId).json().get("tasks")))
                .as("a person moved it: the denial's task is raised as for a letter")
                .anySatisfy(t -> assertThat(t.get("title").asString()).startsWith("Denial received"));

        JsonNode denial = arrive("lund-denial.html", DeskLetters.denialNamingOnlyThePatient("Petra Lund"));
        admin.post("/api/documents/" + denial.get("id").asLong() + "/attach", "{\"caseId\": " + caseId + "}");
        JsonNode draft = list(admin.get("/api/cases/" + caseId + "/drafts").json()).stream()
                .filter(d -> d.get("body").asString().contains("[["))
                .findFirst()
                .orElseThrow();
        long draftId = draft.get("id").asLong();
        assertThat(admin.post("/api/drafts/" + draftId + "/approve", "").status())
                .isEqualTo(422);
        String filled = draft.get("body").asString().replaceAll("\\[\\[[^\\]]*]]", "filled by staff");
        admin.post("/api/drafts/" + draftId + "/edit", json(filled));
        assertThat(admin.post("/api/drafts/" + draftId + "/approve", "")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void theSameLetterByPortalAndByMailRaisesOneTaskAndOneSetOfDraftsAndANewDeadlineIsNews() throws Exception {
        long caseId = admin.openCase("Hollis Varga", "1969-05-21", "HV30517742", "Aetna", "Dupixent");
        String letter = DeskLetters.denialFor("Hollis Varga", "05/21/1969", "HV30517742", "Dupixent", "June 30, 2027");
        JsonNode first = arrive(
                "varga-denial.html",
                ("<html><body><pre>" + letter + "</pre></body></html>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(first.get("caseId").asLong()).isEqualTo(caseId);
        String mail = "From: Aetna <pa@aetna.example>\nTo: desk@clinic.example\nSubject: Determination notice\n"
                + "Message-ID: <varga-1@aetna.example>\nContent-Type: text/plain; charset=utf-8\n\n" + letter;
        write(ROOT.resolve("email"), "varga.eml", mail.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        awaitLetGo(ROOT.resolve("email"), "varga.eml");

        JsonNode paCase = admin.get("/api/cases/" + caseId).json();
        assertThat(paCase.get("documents").size())
                .as("both copies are on the case")
                .isEqualTo(2);
        assertThat(list(paCase.get("tasks")))
                .filteredOn(t -> t.get("status").asString().equals("OPEN"))
                .hasSize(1);
        assertThat(admin.get("/api/cases/" + caseId + "/drafts").json().size()).isEqualTo(2);

        // the payer writes again with a later deadline: that is news, with its own task
        String later = DeskLetters.denialFor("Hollis Varga", "05/21/1969", "HV30517742", "Dupixent", "July 31, 2027");
        arrive(
                "varga-denial-2.html",
                ("<html><body><pre>" + later + "</pre></body></html>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(list(admin.get("/api/cases/" + caseId).json().get("tasks")))
                .filteredOn(t -> t.get("status").asString().equals("OPEN"))
                .hasSize(2);
    }

    @Test
    void theApiDescribesItselfToSignedInUsers() {
        Api.Answer description = admin.get("/v3/api-docs");
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().get("paths").has("/api/documents/{id}/review"))
                .isTrue();
        assertThat(admin.getWithoutSignIn("/v3/api-docs").status()).isEqualTo(401);
    }

    private JsonNode arrive(String name, byte[] letter) throws Exception {
        write(ROOT.resolve("portal"), name, letter);
        awaitLetGo(ROOT.resolve("portal"), name);
        return admin.documentNamed(name);
    }

    private List<JsonNode> openTasksOf(long documentId) {
        return list(admin.get("/api/tasks?status=OPEN").json()).stream()
                .filter(t ->
                        !t.get("documentId").isNull() && t.get("documentId").asLong() == documentId)
                .toList();
    }

    private List<String> auditActions(long documentId) {
        return db.sql("select action from audit_event where document_id = ? order by id")
                .param(documentId)
                .query(String.class)
                .list();
    }

    private static String json(String text) {
        return "{\"body\": "
                + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text) + "}";
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
