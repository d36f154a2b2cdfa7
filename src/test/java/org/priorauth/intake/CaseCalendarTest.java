package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.priorauth.intake.IntakeFlowTest.write;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.samples.LetterRenderer;
import org.priorauth.intake.tasks.CaseCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The tasks the calendar raises, on a clock the test moves: an approval's stated last day raises its renewal task
 * on the configured day (not the day before, not twice), and a request the payer leaves unanswered for the
 * configured business days raises a chase.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseCalendarTest {

    static final Path ROOT = TestFolders.create("case-calendar");
    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final MovableClock CLOCK = new MovableClock(ZONE);

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
        registry.add("intake.case-calendar.renewal-days-before-end", () -> "30");
        registry.add("intake.case-calendar.renewal-due-days-before-end", () -> "14");
        registry.add("intake.case-calendar.chase-after-business-days", () -> "7");
    }

    @TestConfiguration
    static class FixedDay {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CaseCalendar calendar;

    @Autowired
    JdbcClient db;

    @Test
    void anApprovalThroughMay31RaisesItsRenewalTaskOnTheConfiguredDay() throws Exception {
        CLOCK.set(LocalDate.of(2027, 3, 1));
        Api api = new Api(port, "admin", "admin");
        long caseId = api.post(
                        "/api/cases",
                        """
                {"patient": {"name": "Nadia Ferreira", "dateOfBirth": "1985-02-14", "memberId": "SHP448812031"},
                 "payer": "Aetna", "drug": "Taltz", "paReference": "SH-2027-4471"}""")
                .json()
                .get("id")
                .asLong();
        write(
                ROOT.resolve("portal"),
                "approval.pdf",
                LetterRenderer.textPdf(
                        """
                Aetna Pharmacy Management
                Notice of Approval
                Member: Nadia Ferreira      Member ID: SHP448812031
                Date of birth: 02/14/1985
                Reference #: SH-2027-4471
                Your request for Taltz 80 mg has been approved.
                Taltz is approved from 03/01/2027 through 05/31/2027.
                """));
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/cases/" + caseId)
                .json()
                .get("status")
                .asString()
                .equals("APPROVED"));
        JsonNode letter = StreamSupport.stream(api.get("/api/documents").json().spliterator(), false)
                .filter(d -> d.get("sourceName").asString().equals("approval.pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(letter.get("fields").get("authorizedFrom").asString()).isEqualTo("2027-03-01");
        assertThat(letter.get("fields").get("authorizedThrough").asString()).isEqualTo("2027-05-31");

        // the specialty pharmacy delivers the first dose: the treatment's start, and the return visit to book
        write(
                ROOT.resolve("portal"),
                "delivery.pdf",
                LetterRenderer.textPdf(
                        """
                Accredo Specialty Pharmacy
                Delivery confirmation
                Patient: Nadia Ferreira     DOB: 02/14/1985     Member ID: SHP448812031
                Rx: Taltz 80 mg/mL autoinjector, quantity 2
                The shipment was delivered on 03/08/2027 and signed for at the patient's home.
                Questions about the next refill: call the pharmacy care team.
                """));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !tasksOf(api, caseId, "return visit").isEmpty());
        JsonNode visit = tasksOf(api, caseId, "return visit").get(0);
        assertThat(visit.get("title").asString()).contains("around 2027-06-06").contains("started on 2027-03-08");
        assertThat(visit.get("role").asString()).isEqualTo("NURSE_OR_MEDICAL_ASSISTANT");
        assertThat(visit.get("dueDate").asString()).isEqualTo("2027-03-22");
        // a staff member's later word does not move the first start
        assertThat(api.post("/api/cases/" + caseId + "/treatment-started", "{\"on\": \"2027-03-20\"}")
                        .json()
                        .get("on")
                        .asString())
                .isEqualTo("2027-03-08");
        assertThat(api.get("/api/metrics/queue")
                        .json()
                        .get("averageDaysToTreatmentStart")
                        .isNumber())
                .isTrue();

        // 31 days before the last day: nothing yet
        CLOCK.set(LocalDate.of(2027, 4, 30));
        calendar.sweep();
        assertThat(renewalTasks(api, caseId)).isEmpty();

        // 30 days before: the renewal task, due 14 days before the end, to the authorization specialist
        CLOCK.set(LocalDate.of(2027, 5, 1));
        calendar.sweep();
        List<JsonNode> renewals = renewalTasks(api, caseId);
        assertThat(renewals).hasSize(1);
        assertThat(renewals.get(0).get("title").asString()).contains("ends on 2027-05-31");
        assertThat(renewals.get(0).get("role").asString()).isEqualTo("AUTHORIZATION_SPECIALIST");
        assertThat(renewals.get(0).get("dueDate").asString()).isEqualTo("2027-05-17");

        // the next sweeps raise nothing again
        calendar.sweep();
        CLOCK.set(LocalDate.of(2027, 5, 2));
        calendar.sweep();
        assertThat(renewalTasks(api, caseId)).hasSize(1);
    }

    @Test
    void aRequestThePayerLeavesUnansweredIsChasedAfterSevenBusinessDays() {
        CLOCK.set(LocalDate.of(2027, 4, 20));
        Api api = new Api(port, "admin", "admin");
        long caseId = api.post(
                        "/api/cases",
                        """
                {"patient": {"name": "Tobias Wren", "dateOfBirth": "1990-06-02", "memberId": "UHC5520019"},
                 "payer": "UnitedHealthcare", "drug": "Skyrizi"}""")
                .json()
                .get("id")
                .asLong();
        // submitted on Tuesday, April 20
        db.sql("update pa_case set status = 'SUBMITTED', status_changed_at = ? where id = ?")
                .params(java.sql.Timestamp.from(CLOCK.instant()), caseId)
                .update();

        // six business days later (Wednesday 21 to Wednesday 28, the weekend not counted): no chase yet
        CLOCK.set(LocalDate.of(2027, 4, 28));
        calendar.sweep();
        assertThat(tasksOf(api, caseId, "No answer")).isEmpty();

        CLOCK.set(LocalDate.of(2027, 4, 29));
        calendar.sweep();
        List<JsonNode> chases = tasksOf(api, caseId, "No answer");
        assertThat(chases).hasSize(1);
        assertThat(chases.get(0).get("title").asString())
                .contains("UnitedHealthcare")
                .contains("7 business days");
        assertThat(chases.get(0).get("dueDate").asString()).isEqualTo("2027-04-30");
        calendar.sweep();
        assertThat(tasksOf(api, caseId, "No answer")).hasSize(1);
    }

    private static List<JsonNode> renewalTasks(Api api, long caseId) {
        return tasksOf(api, caseId, "renewal request");
    }

    private static List<JsonNode> tasksOf(Api api, long caseId, String titlePart) {
        return StreamSupport.stream(api.get("/api/tasks?status=OPEN").json().spliterator(), false)
                .filter(t -> t.get("caseId").asLong() == caseId
                        && t.get("title").asString().contains(titlePart))
                .toList();
    }

    /** A clock a test sets to a day (nine in the morning there). */
    static final class MovableClock extends Clock {
        private final ZoneId zone;
        private volatile Instant now = Instant.now();

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        void set(LocalDate day) {
            now = day.atTime(9, 0).atZone(zone).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
