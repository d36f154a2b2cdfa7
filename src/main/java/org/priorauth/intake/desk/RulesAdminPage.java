package org.priorauth.intake.desk;

import java.security.Principal;
import java.util.List;
import org.priorauth.intake.rules.RuleBook;
import org.priorauth.intake.rules.RuleFile;
import org.priorauth.intake.rules.RuleFileException;
import org.priorauth.intake.tuning.RuleDryRun;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rule files for admins (SecurityConfig lets only admins in): edit with validation, a dry run over the
 * documents received so far, publish, every version with its diff, and back to any version. The same
 * {@link RuleBook} as the API and the reload from disk: one history whoever changed a file.
 */
@Controller
class RulesAdminPage {

    record FileRow(String name, int version, String refusedEdit) {}

    private final RuleBook book;
    private final RuleDryRun dryRun;

    RulesAdminPage(RuleBook book, RuleDryRun dryRun) {
        this.book = book;
        this.dryRun = dryRun;
    }

    @GetMapping("/desk/admin/rules")
    String files(Model model) {
        model.addAttribute(
                "files",
                book.files().values().stream()
                        .map(f -> new FileRow(
                                f.name(),
                                book.latestVersion(f.name()),
                                f.lastRefusal() == null ? null : f.lastRefusal().getMessage()))
                        .toList());
        return "desk/rules";
    }

    @GetMapping("/desk/admin/rules/{name}")
    String file(@PathVariable String name, Model model) {
        RuleFile<?> file = book.file(name).orElseThrow();
        model.addAttribute("name", name);
        if (!model.containsAttribute("text")) model.addAttribute("text", file.currentText());
        model.addAttribute("versions", book.versions(name));
        return "desk/rule-file";
    }

    /** The draft stays on the page with what it would change; nothing is put in use. */
    @PostMapping(value = "/desk/admin/rules/{name}", params = "dryRun")
    String dryRun(@PathVariable String name, @RequestParam String text, RedirectAttributes flash) {
        String draft = text.replace("\r\n", "\n");
        flash.addFlashAttribute("text", draft);
        try {
            List<RuleDryRun.Change> changes = dryRun.draft(book.file(name).orElseThrow(), draft);
            flash.addFlashAttribute("changes", changes);
            flash.addFlashAttribute(
                    "done", "dry run: " + changes.size() + " of the documents received so far would change");
        } catch (RuleFileException e) {
            flash.addFlashAttribute("refused", refusal(e));
        }
        return "redirect:/desk/admin/rules/" + name;
    }

    @PostMapping(value = "/desk/admin/rules/{name}", params = "publish")
    String publish(@PathVariable String name, @RequestParam String text, Principal me, RedirectAttributes flash) {
        String draft = text.replace("\r\n", "\n");
        try {
            RuleBook.Version v = book.publish(name, draft, me.getName());
            flash.addFlashAttribute("done", "published: " + name + " version " + v.version() + " is in use");
        } catch (RuleFileException e) {
            flash.addFlashAttribute("text", draft);
            flash.addFlashAttribute("refused", refusal(e));
        }
        return "redirect:/desk/admin/rules/" + name;
    }

    /** Back to an earlier version: published again as a new version, so the history keeps the way back too. */
    @PostMapping("/desk/admin/rules/{name}/versions/{version}/revert")
    String revert(@PathVariable String name, @PathVariable int version, Principal me, RedirectAttributes flash) {
        String text = book.text(name, version).orElseThrow();
        try {
            RuleBook.Version v = book.publish(name, text, me.getName());
            flash.addFlashAttribute("done", "back to version " + version + ", published as version " + v.version());
        } catch (RuleFileException e) {
            flash.addFlashAttribute("refused", refusal(e));
        }
        return "redirect:/desk/admin/rules/" + name;
    }

    private static String refusal(RuleFileException e) {
        return "refused: " + e.file().getFileName() + " line " + e.line() + ": " + e.reason();
    }
}
