package org.priorauth.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.priorauth.intake.cases.CaseLifecycle;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.CaseService;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.Patient;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.drafts.Draft;
import org.priorauth.intake.drafts.DraftService;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.tasks.FollowUpTask;
import org.priorauth.intake.tasks.TaskRepository;
import org.springframework.http.HttpStatus;
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

    CaseApi(
            CaseService service,
            CaseLifecycle lifecycle,
            CaseRepository cases,
            DocumentRepository documents,
            TaskRepository tasks,
            DraftService drafts) {
        this.service = service;
        this.lifecycle = lifecycle;
        this.cases = cases;
        this.documents = documents;
        this.tasks = tasks;
        this.drafts = drafts;
    }

    @PostMapping
    ResponseEntity<CaseView> create(@Valid @RequestBody NewCase body, Principal user) {
        Patient patient = new Patient(
                body.patient().name(),
                body.patient().dateOfBirth(),
                body.patient().memberId());
        PriorAuthCase created =
                service.open(user.getName(), patient, body.payer(), body.drug(), body.paReference(), body.status());
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
