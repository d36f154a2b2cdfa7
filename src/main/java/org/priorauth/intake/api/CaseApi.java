package org.priorauth.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.CaseService;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.Patient;
import org.priorauth.intake.cases.PriorAuthCase;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
class CaseApi {

    record PatientInput(@NotBlank String name, @NotNull LocalDate dateOfBirth, String memberId) {}

    record NewCase(@NotNull @Valid PatientInput patient, @NotBlank String payer, @NotBlank String drug, String paReference,
            CaseStatus status) {}

    record CaseView(long id, CaseStatus status, Patient patient, String payer, String drug, String paReference,
            List<Long> documents, List<FollowUpTask> tasks) {}

    private final CaseService service;
    private final CaseRepository cases;
    private final DocumentRepository documents;
    private final TaskRepository tasks;

    CaseApi(CaseService service, CaseRepository cases, DocumentRepository documents, TaskRepository tasks) {
        this.service = service;
        this.cases = cases;
        this.documents = documents;
        this.tasks = tasks;
    }

    @PostMapping
    ResponseEntity<CaseView> create(@Valid @RequestBody NewCase body, Principal user) {
        Patient patient = new Patient(body.patient().name(), body.patient().dateOfBirth(), body.patient().memberId());
        PriorAuthCase created = service.open(user.getName(), patient, body.payer(), body.drug(), body.paReference(), body.status());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(created));
    }

    @GetMapping
    List<CaseView> all() {
        return cases.all().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<CaseView> one(@PathVariable long id) {
        return ResponseEntity.of(cases.find(id).map(this::view));
    }

    private CaseView view(PriorAuthCase c) {
        return new CaseView(c.id(), c.status(), c.patient(), c.payer(), c.drug(), c.paReference(), documents.idsOfCase(c.id()),
                tasks.ofCase(c.id()));
    }
}
