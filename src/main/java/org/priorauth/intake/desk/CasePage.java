package org.priorauth.intake.desk;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.cases.CaseLifecycle;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.drafts.Draft;
import org.priorauth.intake.drafts.DraftService;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.requirements.FactKind;
import org.priorauth.intake.requirements.SubmissionCheck;
import org.priorauth.intake.tasks.TaskRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case: its documents, tasks and drafts, and a timeline of everything that happened to it; a person moves its
 * status (the new status's task is raised, the old one's close) and edits, fills and approves its drafts.
 */
@Controller
class CasePage {

    /** A draft with the placeholders still in it: it cannot be approved until they are filled. */
    record DraftView(Draft draft, List<String> placeholders) {}

    private final CaseRepository cases;
    private final CaseLifecycle lifecycle;
    private final DocumentRepository documents;
    private final TaskRepository tasks;
    private final DraftService drafts;
    private final AuditTrail audit;
    private final SubmissionCheck submissionCheck;

    CasePage(
            CaseRepository cases,
            CaseLifecycle lifecycle,
            DocumentRepository documents,
            TaskRepository tasks,
            DraftService drafts,
            AuditTrail audit,
            SubmissionCheck submissionCheck) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.tasks = tasks;
        this.drafts = drafts;
        this.audit = audit;
        this.submissionCheck = submissionCheck;
    }

    @GetMapping("/desk/cases/{id}")
    String paCase(@PathVariable long id, Model model) {
        PriorAuthCase paCase = cases.find(id).orElseThrow();
        model.addAttribute("paCase", paCase);
        model.addAttribute(
                "documents",
                documents.idsOfCase(id).stream()
                        .map(d -> documents.find(d).orElseThrow())
                        .toList());
        model.addAttribute("tasks", tasks.ofCase(id));
        model.addAttribute(
                "drafts",
                drafts.ofCase(id).stream()
                        .map(d -> new DraftView(d, DraftService.placeholders(d.body())))
                        .toList());
        model.addAttribute("timeline", audit.events(id, null));
        model.addAttribute("readiness", submissionCheck.check(paCase));
        model.addAttribute("factKinds", FactKind.values());
        model.addAttribute(
                "nextStatuses",
                Arrays.stream(CaseStatus.values())
                        .filter(s -> paCase.status().canMoveTo(s))
                        // a first submission is recorded with how it was sent, and checked (the form below)
                        .filter(s -> !(paCase.status() == CaseStatus.PREPARING && s == CaseStatus.SUBMITTED))
                        .toList());
        model.addAttribute("channels", SubmissionCheck.Channel.values());
        return "desk/case";
    }

    @PostMapping("/desk/cases/{id}/status")
    String move(
            @PathVariable long id,
            @RequestParam CaseStatus status,
            @RequestParam(required = false) String note,
            Principal me,
            RedirectAttributes flash) {
        return DeskActions.run(
                flash,
                "/desk/cases/" + id,
                "moved to " + status,
                () -> lifecycle.moveByStaff(id, status, me.getName(), note));
    }

    @PostMapping("/desk/cases/{id}/submitted")
    String submitted(
            @PathVariable long id,
            @RequestParam SubmissionCheck.Channel how,
            @RequestParam(required = false) String note,
            @RequestParam(required = false, defaultValue = "false") boolean override,
            Principal me,
            RedirectAttributes flash) {
        return DeskActions.run(
                flash,
                "/desk/cases/" + id,
                "submission recorded",
                () -> submissionCheck.recordSubmission(
                        cases.find(id).orElseThrow(), how, note, override, me.getName()));
    }

    /** A chart fact typed in by staff, with where it comes from; the case is checked again at once. */
    @PostMapping("/desk/cases/{id}/facts")
    String addFact(
            @PathVariable long id,
            @RequestParam FactKind kind,
            @RequestParam String value,
            @RequestParam(required = false) java.time.LocalDate observedOn,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String source,
            Principal me,
            RedirectAttributes flash) {
        return DeskActions.run(flash, "/desk/cases/" + id, "fact added", () -> {
            PriorAuthCase paCase = cases.find(id).orElseThrow();
            submissionCheck.addFact(paCase, kind, value, observedOn, outcome, documentId, page, source, me.getName());
        });
    }

    @PostMapping("/desk/cases/{id}/drafts/{draft}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long draft,
            @RequestParam String body,
            Principal me,
            RedirectAttributes flash) {
        return DeskActions.run(flash, "/desk/cases/" + id, "draft saved", () -> drafts.edit(draft, body, me.getName()));
    }

    @PostMapping("/desk/cases/{id}/drafts/{draft}/approve")
    String approve(@PathVariable long id, @PathVariable long draft, Principal me, RedirectAttributes flash) {
        return DeskActions.run(flash, "/desk/cases/" + id, "draft approved", () -> drafts.approve(draft, me.getName()));
    }

    @PostMapping("/desk/cases/{id}/drafts/{draft}/reject")
    String reject(
            @PathVariable long id,
            @PathVariable long draft,
            @RequestParam(required = false) String reason,
            Principal me,
            RedirectAttributes flash) {
        return DeskActions.run(
                flash, "/desk/cases/" + id, "draft rejected", () -> drafts.reject(draft, me.getName(), reason));
    }
}
