package org.priorauth.intake.api;

import java.security.Principal;
import java.util.List;
import org.priorauth.intake.rules.RuleBook;
import org.priorauth.intake.rules.RuleFile;
import org.priorauth.intake.rules.RuleFileException;
import org.priorauth.intake.tuning.RuleDryRun;
import org.priorauth.intake.tuning.RuleProposals;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule files for admins: what is in use, every version, a dry run of a draft over past documents,
 * publishing (admins only), proposals learnt from staff's type corrections.
 */
@RestController
class RulesApi {

    record FileStatus(String file, int version, String refusedEdit) {}

    record DryRunResult(String file, int documentsChanged, List<RuleDryRun.Change> changes) {}

    private final RuleBook book;
    private final RuleDryRun dryRun;
    private final RuleProposals proposals;

    RulesApi(RuleBook book, RuleDryRun dryRun, RuleProposals proposals) {
        this.book = book;
        this.dryRun = dryRun;
        this.proposals = proposals;
    }

    @GetMapping("/api/rules")
    List<FileStatus> files() {
        return book.files().values().stream()
                .map(f -> new FileStatus(
                        f.name(),
                        book.latestVersion(f.name()),
                        f.lastRefusal() == null ? null : f.lastRefusal().getMessage()))
                .toList();
    }

    @GetMapping(value = "/api/rules/{name}", produces = MediaType.TEXT_PLAIN_VALUE)
    String text(@PathVariable String name) {
        return file(name).currentText();
    }

    @GetMapping("/api/rules/{name}/versions")
    List<RuleBook.Version> versions(@PathVariable String name) {
        file(name);
        return book.versions(name);
    }

    /** What a draft would change on the documents received so far; nothing is put in use. */
    @PostMapping(value = "/api/rules/{name}/dry-run", consumes = MediaType.TEXT_PLAIN_VALUE)
    DryRunResult dryRun(@PathVariable String name, @RequestBody String draft) {
        List<RuleDryRun.Change> changes = dryRun.draft(file(name), draft);
        return new DryRunResult(name, changes.size(), changes);
    }

    /** Puts a new text of a rule file in use (admins only); refused with the line when it is wrong. */
    @PutMapping(value = "/api/rules/{name}", consumes = MediaType.TEXT_PLAIN_VALUE)
    RuleBook.Version publish(@PathVariable String name, @RequestBody String text, Principal user) {
        file(name);
        return book.publish(name, text, user.getName());
    }

    @GetMapping("/api/rules/proposals")
    List<RuleProposals.Proposal> proposals() {
        return proposals.propose();
    }

    /** A refused rule file, as a problem detail with its file, line and reason (the members admins' scripts read). */
    @ExceptionHandler(RuleFileException.class)
    ProblemDetail refused(RuleFileException e) {
        String file = e.file().getFileName().toString();
        ProblemDetail problem =
                ApiErrors.problem(HttpStatus.UNPROCESSABLE_CONTENT, file + " line " + e.line() + ": " + e.reason());
        problem.setTitle("Rule file refused");
        problem.setProperty("file", file);
        problem.setProperty("line", e.line());
        problem.setProperty("reason", e.reason());
        return problem;
    }

    private RuleFile<?> file(String name) {
        return book.file(name).orElseThrow();
    }
}
