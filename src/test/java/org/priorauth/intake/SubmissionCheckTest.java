package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Before the first submission, through the API and the shipped requirements.yaml: a case opened for Dupixent is
 * checked against what the payer expects; what is missing is asked of the role that can supply it; a fact counts
 * only with its source; a stale score does not; the case is ready once every item is found, and staff record how
 * they sent it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionCheckTest {

    static final Path ROOT = TestFolders.create("submission-check");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
    }

    @LocalServerPort
    int port;

    @Test
    void aCaseMissingItsSeverityScoreIsNotReadyUntilTheScoreIsOnFileWithItsSource() throws Exception {
        Api api = new Api(port, "admin", "admin");
        long caseId = api.post(
                        "/api/cases",
                        """
                {"patient": {"name": "Lucia Brandt", "dateOfBirth": "1992-09-08", "memberId": "UHC7781203"},
                 "payer": "UnitedHealthcare", "drug": "Dupixent", "status": "PREPARING"}""")
                .json()
                .get("id")
                .asLong();

        JsonNode check = api.get("/api/cases/" + caseId + "/requirements").json();
        assertThat(check.get("ready").asBoolean()).isFalse();
        assertThat(check.get("requirement").asString()).contains("atopic-dermatitis-biologic");
        assertThat(item(check, "severity-score").get("status").asString()).isEqualTo("MISSING");
        // each missing item is asked of the role that can supply it
        assertThat(openTask(api, caseId, "severity score").get("role").asString())
                .isEqualTo("CLINICIAN");
        assertThat(openTask(api, caseId, "specialty").get("role").asString()).isEqualTo("BIOLOGICS_COORDINATOR");

        // a fact without a source, or citing a document not on file, is refused
        assertThat(api.post(
                                "/api/cases/" + caseId + "/facts",
                                "{\"kind\": \"EASI\", \"value\": \"EASI 24\", \"source\": {}}")
                        .status())
                .isEqualTo(422);
        var noSource = api.post("/api/cases/" + caseId + "/facts", "{\"kind\": \"EASI\", \"value\": \"EASI 24\"}");
        assertThat(noSource.status()).isEqualTo(422);
        assertThat(noSource.json().get("detail").asString()).contains("a fact needs its source");
        assertThat(api.post(
                                "/api/cases/" + caseId + "/facts",
                                "{\"kind\": \"EASI\", \"value\": \"EASI 24\", \"source\": {\"documentId\": 987654}}")
                        .status())
                .isEqualTo(422);

        fact(api, caseId, "DIAGNOSIS", "L20.9 atopic dermatitis", null, "EHR problem list");
        fact(
                api,
                caseId,
                "PRIOR_THERAPY",
                "triamcinolone 0.1% ointment twice daily for 8 weeks",
                null,
                "EHR medication history");
        fact(api, caseId, "PRESCRIBER_SPECIALTY", "Dermatology", null, "practice directory");
        // a score from seven months ago is on file, but stale
        JsonNode stale = fact(api, caseId, "BSA", "BSA 22%", LocalDate.now().minusDays(210), "visit note");
        assertThat(stale.get("ready").asBoolean()).isFalse();
        assertThat(item(stale, "severity-score").get("status").asString()).isEqualTo("STALE");
        assertThat(openTask(api, caseId, "severity score")).isNotNull();

        // staff cannot record the submission while an item is missing, unless they say they send it anyway
        var refused = api.post("/api/cases/" + caseId + "/submitted", "{\"how\": \"PORTAL\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("severity score");

        JsonNode ready = fact(api, caseId, "EASI", "EASI 24", LocalDate.now().minusDays(12), "visit note");
        assertThat(ready.get("ready").asBoolean()).isTrue();
        assertThat(openTasks(api, caseId))
                .noneMatch(t -> t.get("title").asString().startsWith("Before submission"));

        // no item is found without a source on file
        for (JsonNode item : ready.get("items")) {
            assertThat(item.get("status").asString()).isEqualTo("FOUND");
            assertThat(item.get("facts").size()).isPositive();
            for (JsonNode f : item.get("facts"))
                assertThat(f.get("source").asString()).isNotBlank();
        }

        // the packet's checklist as a PDF: each item with where it was found, marked as a draft
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(api.bytes("/api/cases/" + caseId + "/packet.pdf"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            Files.writeString(ROOT.resolve("packet.txt"), text);
            assertThat(text)
                    .contains("DRAFT for staff review")
                    .contains("Every expected item is on file with its source")
                    .contains("A current severity score (BSA, EASI, IGA or PASI): FOUND")
                    .contains("EASI 24")
                    .contains("source: visit note")
                    .contains("source: EHR problem list")
                    .contains("Lucia Brandt");
        }

        // an admin's draft of requirements.yaml, tried before it is published: asking for photos too would make
        // this case not ready; a draft naming an item that does not exist is refused with its line
        String shipped = Files.readString(Path.of("routes/rules/requirements.yaml"));
        String draft = shipped.replace(
                "{ drug: atopic-dermatitis-biologic, items: [diagnosis, severity-score, topical-therapy, prescriber-specialty] }",
                "{ drug: atopic-dermatitis-biologic, items: [diagnosis, severity-score, topical-therapy, prescriber-specialty, photos] }");
        JsonNode dryRun =
                api.postText("/api/rules/requirements.yaml/dry-run", draft).json();
        assertThat(dryRun.get("changes").toString()).contains("case " + caseId).contains("photos missing");
        var wrong = api.postText("/api/rules/requirements.yaml/dry-run", draft.replace(", photos] }", ", xrays] }"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().toString()).contains("'xrays' is not an item");

        JsonNode submitted = api.post(
                        "/api/cases/" + caseId + "/submitted", "{\"how\": \"PORTAL\", \"note\": \"ref UHC-PA-5521\"}")
                .json();
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");

        // the payer asks for more: its request's checklist is checked against the same chart facts
        IntakeFlowTest.write(
                ROOT.resolve("portal"),
                "request.pdf",
                org.priorauth.intake.samples.LetterRenderer.textPdf(
                        """
                UnitedHealthcare Pharmacy Prior Authorization
                Request for additional information
                Member: Lucia Brandt     Member ID: UHC7781203     Date of birth: 09/08/1992
                Drug requested: Dupixent 300 mg
                We cannot complete our review of this request without the following.
                Please send:
                  - the current BSA or EASI score
                  - TB test result
                Please respond within 14 days of the date of this letter.
                """));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> api.get("/api/cases/" + caseId)
                        .json()
                        .get("status")
                        .asString()
                        .equals("INFO_REQUESTED"));
        String checklist = StreamSupport.stream(
                        api.get("/api/cases/" + caseId + "/drafts").json().spliterator(), false)
                .filter(d -> d.get("kind").asString().equals("REQUESTED_ITEMS_CHECKLIST"))
                .findFirst()
                .orElseThrow()
                .get("body")
                .asString();
        assertThat(checklist)
                .contains("severity score / BSA - on the chart: EASI 24")
                .contains("source: visit note")
                .contains("TB test - not found");

        // the seed's metrics, read from the case history and the audit trail
        JsonNode metrics = api.get("/api/metrics/queue").json();
        assertThat(metrics.get("averageDaysToFirstSubmission").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(metrics.get("shareSentBackForInformation").asDouble()).isEqualTo(1.0);
        assertThat(metrics.get("staffActionsPerCase").asDouble()).isPositive();
        assertThat(metrics.get("resubmissions").asLong())
                .as("a first submission is no resubmission")
                .isZero();
    }

    /** An EHR's order event as a FHIR R4 bundle: Dupixent ordered for a patient with AD, an EASI of 21 last week. */
    static String orderEvent() {
        org.hl7.fhir.r4.model.Bundle bundle = new org.hl7.fhir.r4.model.Bundle();
        bundle.setId("order-20270302-118");
        bundle.setType(org.hl7.fhir.r4.model.Bundle.BundleType.COLLECTION);
        org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
        patient.setId("pt-7");
        patient.addName().setFamily("Okonkwo").addGiven("Adaeze");
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2001-05-19"));
        org.hl7.fhir.r4.model.Coverage coverage = new org.hl7.fhir.r4.model.Coverage();
        coverage.setId("cov-1");
        coverage.setSubscriberId("CIG55120934");
        coverage.setBeneficiary(new org.hl7.fhir.r4.model.Reference("Patient/pt-7"));
        coverage.addPayor().setDisplay("Cigna");
        org.hl7.fhir.r4.model.Condition condition = new org.hl7.fhir.r4.model.Condition();
        condition.setId("cond-1");
        condition.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/pt-7"));
        condition
                .getCode()
                .addCoding()
                .setSystem("http://hl7.org/fhir/sid/icd-10-cm")
                .setCode("L20.9")
                .setDisplay("Atopic dermatitis, unspecified");
        org.hl7.fhir.r4.model.MedicationRequest order = new org.hl7.fhir.r4.model.MedicationRequest();
        order.setId("medrx-1");
        order.setStatus(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus.ACTIVE);
        order.setIntent(org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent.ORDER);
        order.setSubject(new org.hl7.fhir.r4.model.Reference("Patient/pt-7"));
        order.setMedication(new org.hl7.fhir.r4.model.CodeableConcept().setText("Dupixent 300 MG/2ML prefilled pen"));
        org.hl7.fhir.r4.model.Observation easi = new org.hl7.fhir.r4.model.Observation();
        easi.setId("obs-easi");
        easi.setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL);
        easi.getCode().setText("EASI");
        easi.setValue(new org.hl7.fhir.r4.model.Quantity(21));
        easi.setEffective(new org.hl7.fhir.r4.model.DateTimeType(
                LocalDate.now().minusDays(7).toString()));
        for (org.hl7.fhir.r4.model.Resource r : List.of(patient, coverage, condition, order, easi))
            bundle.addEntry()
                    .setFullUrl(r.fhirType() + "/" + r.getIdElement().getIdPart())
                    .setResource(r);
        return ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
    }

    @Test
    void anOrderEventFromTheEhrOpensACaseAndThePacketIsADraftPreauthorizationClaim() throws Exception {
        Api api = new Api(port, "admin", "admin");
        assertThat(api.post("/api/cases/from-fhir", "{\"resourceType\": \"Patient\"}")
                        .status())
                .isEqualTo(422);

        var first = api.post("/api/cases/from-fhir", orderEvent());
        assertThat(first.status()).isEqualTo(201);
        JsonNode opened = first.json();
        long caseId = opened.get("caseId").asLong();
        // the EHR sends the same order again: the same case, its facts not doubled
        var again = api.post("/api/cases/from-fhir", orderEvent());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("caseId").asLong()).isEqualTo(caseId);
        assertThat(api.get("/api/cases/" + caseId + "/facts").json().size()).isEqualTo(2);
        JsonNode paCase = api.get("/api/cases/" + caseId).json();
        assertThat(paCase.get("status").asString()).isEqualTo("PREPARING");
        assertThat(paCase.get("drug").asString()).isEqualTo("Dupixent");
        assertThat(paCase.get("payer").asString()).isEqualTo("Cigna");
        assertThat(paCase.get("patient").get("memberId").asString()).isEqualTo("CIG55120934");
        // the bundle's diagnosis and score are on file, citing the resources; the rest is asked for
        assertThat(item(opened, "diagnosis").get("status").asString()).isEqualTo("FOUND");
        assertThat(item(opened, "diagnosis").get("facts").get(0).get("source").asString())
                .isEqualTo("FHIR order event order-20270302-118, Condition/cond-1");
        assertThat(item(opened, "severity-score").get("status").asString()).isEqualTo("FOUND");
        assertThat(item(opened, "topical-therapy").get("status").asString()).isEqualTo("MISSING");

        String json = api.getText("/api/cases/" + caseId + "/claim-bundle.json");
        org.hl7.fhir.r4.model.Bundle bundle = ca.uhn.fhir.context.FhirContext.forR4Cached()
                .newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.Bundle.class, json);
        org.hl7.fhir.r4.model.Claim claim =
                (org.hl7.fhir.r4.model.Claim) bundle.getEntryFirstRep().getResource();
        assertThat(claim.getUse()).isEqualTo(org.hl7.fhir.r4.model.Claim.Use.PREAUTHORIZATION);
        assertThat(claim.getStatus()).isEqualTo(org.hl7.fhir.r4.model.Claim.ClaimStatus.DRAFT);
        assertThat(claim.getDiagnosisFirstRep()
                        .getDiagnosisCodeableConcept()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("L20.9");
        assertThat(claim.getItemFirstRep().getProductOrService().getText()).isEqualTo("Dupixent");
        // every reference the Claim makes is an entry of the bundle
        List<String> entries =
                bundle.getEntry().stream().map(e -> e.getFullUrl()).toList();
        assertThat(entries)
                .contains(
                        claim.getPatient().getReference(),
                        claim.getInsurer().getReference(),
                        claim.getInsuranceFirstRep().getCoverage().getReference());
        // each supporting item is a found fact with its source; a missing one is not there
        assertThat(claim.getSupportingInfo()).hasSize(2);
        for (var info : claim.getSupportingInfo()) {
            assertThat(info.getExtensionString(org.priorauth.intake.requirements.PreauthorizationBundle.SOURCE))
                    .startsWith("FHIR order event");
        }
    }

    private static JsonNode fact(Api api, long caseId, String kind, String value, LocalDate observed, String source) {
        var answer = api.post(
                "/api/cases/" + caseId + "/facts",
                "{\"kind\": \"" + kind + "\", \"value\": \"" + value + "\", \"observedOn\": "
                        + (observed == null ? "null" : "\"" + observed + "\"") + ", \"source\": {\"description\": \""
                        + source + "\"}}");
        assertThat(answer.status()).isEqualTo(201);
        return answer.json();
    }

    private static JsonNode item(JsonNode readiness, String name) {
        return StreamSupport.stream(readiness.get("items").spliterator(), false)
                .filter(i -> i.get("item").asString().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<JsonNode> openTasks(Api api, long caseId) {
        return StreamSupport.stream(api.get("/api/tasks?status=OPEN").json().spliterator(), false)
                .filter(t -> t.get("caseId").asLong() == caseId)
                .toList();
    }

    private static JsonNode openTask(Api api, long caseId, String titlePart) {
        return openTasks(api, caseId).stream()
                .filter(t -> t.get("title").asString().contains(titlePart))
                .findFirst()
                .orElse(null);
    }
}
