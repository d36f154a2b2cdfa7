package org.priorauth.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.cases.CaseLifecycle;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.CaseService;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.Patient;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.drafts.Draft;
import org.priorauth.intake.drafts.DraftService;
import org.priorauth.intake.fields.Vocabulary;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.requirements.CaseFact;
import org.priorauth.intake.requirements.CaseFacts;
import org.priorauth.intake.requirements.FactKind;
import org.priorauth.intake.requirements.FhirOrders;
import org.priorauth.intake.requirements.PreauthorizationBundle;
import org.priorauth.intake.requirements.SubmissionCheck;
import org.priorauth.intake.requirements.SubmissionPacket;
import org.priorauth.intake.tasks.FollowUpTask;
import org.priorauth.intake.tasks.TaskRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseApi {

    record PatientInput(@NotBlank String name, @NotNull LocalDate dateOfBirth, String memberId) {}

    record NewCase(
            @NotNull @Valid PatientInput patient,
            @NotBlank String payer,
            @NotBlank String drug,
            String paReference,
            CaseStatus status) {}

    record CaseView(
            long id,
            CaseStatus status,
            Patient patient,
            String payer,
            String drug,
            String paReference,
            List<Long> documents,
            List<FollowUpTask> tasks) {}

    private final CaseService service;
    private final CaseLifecycle lifecycle;
    private final CaseRepository cases;
    private final DocumentRepository documents;
    private final TaskRepository tasks;
    private final DraftService drafts;
    private final SubmissionCheck submissionCheck;
    private final CaseFacts facts;
    private final AuditTrail audit;
    private final Clock clock;
    private final Vocabulary vocabulary;
    private final org.priorauth.intake.tasks.TreatmentStarts treatmentStarts;

    CaseApi(
            CaseService service,
            CaseLifecycle lifecycle,
            CaseRepository cases,
            DocumentRepository documents,
            TaskRepository tasks,
            DraftService drafts,
            SubmissionCheck submissionCheck,
            CaseFacts facts,
            AuditTrail audit,
            Clock clock,
            Vocabulary vocabulary,
            org.priorauth.intake.tasks.TreatmentStarts treatmentStarts) {
        this.service = service;
        this.lifecycle = lifecycle;
        this.cases = cases;
        this.documents = documents;
        this.tasks = tasks;
        this.drafts = drafts;
        this.submissionCheck = submissionCheck;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
        this.vocabulary = vocabulary;
        this.treatmentStarts = treatmentStarts;
    }

    @PostMapping
    ResponseEntity<CaseView> create(@Valid @RequestBody NewCase body, Principal user) {
        Patient patient = new Patient(
                body.patient().name(),
                body.patient().dateOfBirth(),
                body.patient().memberId());
        PriorAuthCase created =
                service.open(user.getName(), patient, body.payer(), body.drug(), body.paReference(), body.status());
        // a case opened before its submission is checked at once: what the payer expects and is not on file is asked
        // for
        if (created.status() == CaseStatus.PREPARING) submissionCheck.checkAndAsk(created, user.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(created));
    }

    /** Cases, filtered by any of status, payer, drug and a part of the patient's name. */
    @GetMapping
    List<CaseView> list(
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) String payer,
            @RequestParam(required = false) String drug,
            @RequestParam(required = false) String patient) {
        return cases.filtered(status, payer, drug, patient).stream()
                .map(this::view)
                .toList();
    }

    record StatusChange(@NotNull CaseStatus status, String note) {}

    /** A staff member moves the case (409 when the lifecycle does not allow it); the old status's tasks close. */
    @PostMapping("/{id}/status")
    CaseView changeStatus(@PathVariable long id, @Valid @RequestBody StatusChange change, Principal user) {
        cases.find(id).orElseThrow();
        return view(lifecycle.moveByStaff(id, change.status(), user.getName(), change.note()));
    }

    /** What the payer expects for this drug, and what of it the case holds (found, missing, stale, with sources). */
    @GetMapping("/{id}/requirements")
    SubmissionCheck.Readiness requirements(@PathVariable long id) {
        return submissionCheck.check(cases.find(id).orElseThrow());
    }

    /**
     * An EHR's order event (a FHIR R4 Bundle with the MedicationRequest or ServiceRequest, its Patient, Coverage and
     * Conditions): a case opened before submission, the bundle's diagnoses and severity observations as its facts,
     * each citing the resource it came from, and the submission check's answer. 422 with the reason when the bundle
     * is not one.
     */
    @PostMapping(
            value = "/from-fhir",
            consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<SubmissionCheck.Readiness> fromFhir(@RequestBody String bundle, Principal user) {
        FhirOrders.Order order;
        try {
            order = FhirOrders.read(bundle);
        } catch (FhirOrders.NotAnOrder e) {
            throw new ApiErrors.Unprocessable(e.getMessage());
        }
        // "Dupixent 300 MG/2ML pen" is the case's Dupixent: the requirements name brands
        List<Vocabulary.Mention> brands = vocabulary.drugsIn(order.drug());
        String drug =
                brands.stream().map(Vocabulary.Mention::canonical).distinct().count() == 1
                        ? brands.get(0).canonical()
                        : order.drug();
        // the same order sent again (an EHR retries, or re-sends it with a new score) is the open case's, not a
        // second case: the patient by name and date of birth, the same drug
        java.util.Optional<PriorAuthCase> open = cases.filtered(null, null, drug, order.patientName()).stream()
                .filter(c -> c.status().isOpen()
                        && order.dateOfBirth().equals(c.patient().dateOfBirth())
                        && c.patient().name().equalsIgnoreCase(order.patientName()))
                .findFirst();
        PriorAuthCase paCase = open.orElseGet(() -> service.open(
                user.getName(),
                new Patient(order.patientName(), order.dateOfBirth(), order.memberId()),
                order.payer(),
                drug,
                null,
                CaseStatus.PREPARING));
        List<CaseFact> onFile = facts.ofCase(paCase.id());
        for (FhirOrders.Fact f : order.facts()) {
            boolean known = onFile.stream()
                    .anyMatch(k -> k.kind() == f.kind()
                            && k.value().equals(f.value())
                            && f.source().equals(k.source()));
            if (!known)
                facts.add(
                        paCase.id(), f.kind(), f.value(), f.observedOn(), null, null, null, f.source(), user.getName());
        }
        return ResponseEntity.status(open.isPresent() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(submissionCheck.checkAndAsk(paCase, user.getName()));
    }

    /** The packet as a draft FHIR R4 Claim (use = preauthorization) in a request bundle; the system sends it nowhere. */
    @GetMapping(value = "/{id}/claim-bundle.json", produces = "application/fhir+json")
    String claimBundle(@PathVariable long id, Principal user) {
        PriorAuthCase paCase = cases.find(id).orElseThrow();
        String json = PreauthorizationBundle.json(
                paCase, submissionCheck.check(paCase), facts.ofCase(id), LocalDate.now(clock));
        audit.record(user.getName(), "case.packet-exported", null, id, Map.of("format", "fhir"));
        return json;
    }

    /** The packet's checklist as a PDF, for staff to review before they send the request themselves. */
    @GetMapping(value = "/{id}/packet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] packet(@PathVariable long id, Principal user) {
        PriorAuthCase paCase = cases.find(id).orElseThrow();
        byte[] pdf = SubmissionPacket.pdf(paCase, submissionCheck.check(paCase), LocalDate.now(clock));
        audit.record(user.getName(), "case.packet-exported", null, id, Map.of("format", "pdf"));
        return pdf;
    }

    record SourceInput(Long documentId, Integer page, String description) {}

    record FactInput(
            @NotNull FactKind kind, @NotBlank String value, LocalDate observedOn, String outcome, SourceInput source) {}

    @GetMapping("/{id}/facts")
    List<CaseFact> facts(@PathVariable long id) {
        cases.find(id).orElseThrow();
        return facts.ofCase(id);
    }

    /**
     * A chart fact with its source (a document on file, or the record it was taken from); 422 without one. The
     * case is checked again: a task whose item is now found is done, a newly missing one is asked for.
     */
    @PostMapping("/{id}/facts")
    ResponseEntity<SubmissionCheck.Readiness> addFact(
            @PathVariable long id, @Valid @RequestBody FactInput fact, Principal user) {
        PriorAuthCase paCase = cases.find(id).orElseThrow();
        // no source at all is refused by the fact store with its reason (422), like an empty one
        SourceInput source = fact.source() == null ? new SourceInput(null, null, null) : fact.source();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(submissionCheck.addFact(
                        paCase,
                        fact.kind(),
                        fact.value(),
                        fact.observedOn(),
                        fact.outcome(),
                        source.documentId(),
                        source.page(),
                        source.description(),
                        user.getName()));
    }

    record Submitted(@NotNull SubmissionCheck.Channel how, String note, Boolean override) {}

    /**
     * Staff sent the request (the system never does): the case becomes SUBMITTED, with how it went. While items are
     * missing the answer is 409 listing them, unless {@code override} says a person decided to send it anyway.
     */
    @PostMapping("/{id}/submitted")
    CaseView submitted(@PathVariable long id, @Valid @RequestBody Submitted body, Principal user) {
        PriorAuthCase paCase = cases.find(id).orElseThrow();
        return view(submissionCheck.recordSubmission(
                paCase, body.how(), body.note(), Boolean.TRUE.equals(body.override()), user.getName()));
    }

    record TreatmentStarted(@NotNull LocalDate on, String note) {}

    record TreatmentStart(long caseId, LocalDate on, boolean recordedNow) {}

    /**
     * A staff member says when the treatment started (a pharmacy's delivery notice records it by itself): the
     * first start counts, and the return visit is booked from it.
     */
    @PostMapping("/{id}/treatment-started")
    TreatmentStart treatmentStarted(@PathVariable long id, @Valid @RequestBody TreatmentStarted body, Principal user) {
        cases.find(id).orElseThrow();
        String source = "marked by " + user.getName() + (body.note() == null ? "" : ": " + body.note());
        boolean now = treatmentStarts.record(id, body.on(), source, user.getName());
        return new TreatmentStart(id, treatmentStarts.startOf(id).orElseThrow(), now);
    }

    @GetMapping("/{id}/drafts")
    List<Draft> drafts(@PathVariable long id) {
        cases.find(id).orElseThrow();
        return drafts.ofCase(id);
    }

    @GetMapping("/{id}")
    ResponseEntity<CaseView> one(@PathVariable long id) {
        return ResponseEntity.of(cases.find(id).map(this::view));
    }

    private CaseView view(PriorAuthCase c) {
        return new CaseView(
                c.id(),
                c.status(),
                c.patient(),
                c.payer(),
                c.drug(),
                c.paReference(),
                documents.idsOfCase(c.id()),
                tasks.ofCase(c.id()));
    }
}
