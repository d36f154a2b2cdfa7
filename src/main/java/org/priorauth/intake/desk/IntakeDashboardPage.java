package org.priorauth.intake.desk;

import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.MailboxWatch;
import org.priorauth.intake.intake.WatchedFolders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * How intake is doing: files waiting per channel, documents by state and per hour, failures with their reason; and
 * the desk in figures (cases by status as a chart, time to submission, decision and treatment, requests sent back).
 */
@Controller
class IntakeDashboardPage {

    record Hour(String hour, long documents) {}

    record Failure(long id, String sourceName, String error) {}

    private final DocumentRepository documents;
    private final WatchedFolders folders;
    private final JdbcClient db;
    private final MailboxWatch mailbox;
    private final org.priorauth.intake.metrics.QueueMetrics metrics;

    IntakeDashboardPage(
            DocumentRepository documents,
            WatchedFolders folders,
            JdbcClient db,
            MailboxWatch mailbox,
            org.priorauth.intake.metrics.QueueMetrics metrics) {
        this.documents = documents;
        this.folders = folders;
        this.db = db;
        this.mailbox = mailbox;
        this.metrics = metrics;
    }

    /** One bar of the cases-by-status chart: its share of the widest bar, in percent. */
    record Bar(String label, long count, long percent) {}

    @GetMapping("/desk/intake")
    String dashboard(Model model) {
        model.addAttribute("waiting", folders.waiting());
        model.addAttribute("mailbox", mailbox.mailbox());
        model.addAttribute("states", documents.countByState());
        var figures = metrics.figures();
        long widest = figures.casesByStatus().values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(1);
        model.addAttribute("figures", figures);
        model.addAttribute(
                "statusBars",
                figures.casesByStatus().entrySet().stream()
                        .map(e -> new Bar(e.getKey(), e.getValue(), Math.max(2, e.getValue() * 100 / widest)))
                        .toList());
        model.addAttribute(
                "hours",
                db.sql(
                                """
                                select to_char(date_trunc('hour', received_at), 'YYYY-MM-DD HH24:00') as hour, count(*) as n
                                from document where received_at > now() - interval '24 hours'
                                group by 1 order by 1 desc""")
                        .query((rs, n) -> new Hour(rs.getString("hour"), rs.getLong("n")))
                        .list());
        model.addAttribute(
                "failures",
                db.sql(
                                "select id, source_name, error from document where state = 'FAILED' order by received_at desc limit 50")
                        .query((rs, n) ->
                                new Failure(rs.getLong("id"), rs.getString("source_name"), rs.getString("error")))
                        .list());
        return "desk/intake";
    }
}
