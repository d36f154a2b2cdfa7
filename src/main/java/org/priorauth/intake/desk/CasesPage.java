package org.priorauth.intake.desk;

import java.security.Principal;
import java.time.LocalDate;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.CaseService;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.cases.Patient;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.requirements.SubmissionCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cases, filtered, and the form a staff member opens one with when the prescriber decides on a biologic: the
 * case starts PREPARING, and its submission check says at once what the payer expects and what is not on file.
 */
@Controller
class CasesPage {

    private final CaseRepository cases;
    private final CaseService service;
    private final SubmissionCheck submissionCheck;

    CasesPage(CaseRepository cases, CaseService service, SubmissionCheck submissionCheck) {
        this.cases = cases;
        this.service = service;
        this.submissionCheck = submissionCheck;
    }

    @GetMapping("/desk/cases")
    String list(
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) String patient,
            Model model) {
        model.addAttribute("cases", cases.filtered(status, null, null, blankToNull(patient)));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("patient", patient);
        return "desk/cases";
    }

    /** A prescription decision: the case opens PREPARING and is checked; its page shows what is missing. */
    @PostMapping("/desk/cases")
    String open(
            @RequestParam String name,
            @RequestParam LocalDate dateOfBirth,
            @RequestParam(required = false) String memberId,
            @RequestParam String payer,
            @RequestParam String drug,
            Principal me,
            RedirectAttributes flash) {
        if (name.isBlank() || payer.isBlank() || drug.isBlank()) {
            flash.addFlashAttribute("refused", "a case needs the patient's name, the payer and the drug");
            return "redirect:/desk/cases";
        }
        PriorAuthCase opened = service.open(
                me.getName(),
                new Patient(name.strip(), dateOfBirth, blankToNull(memberId)),
                payer.strip(),
                drug.strip(),
                null,
                CaseStatus.PREPARING);
        submissionCheck.checkAndAsk(opened, me.getName());
        flash.addFlashAttribute("done", "case opened");
        return "redirect:/desk/cases/" + opened.id();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
