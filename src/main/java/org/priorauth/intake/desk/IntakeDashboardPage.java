package org.priorauth.intake.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.intake.DocumentRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** How intake is doing: files waiting per channel, documents by state and per hour, failures with their reason. */
@Controller
class IntakeDashboardPage {

    record Hour(String hour, long documents) {}

    record Failure(long id, String sourceName, String error) {}

    private final DocumentRepository documents;
    private final IntakeSettings settings;
    private final JdbcClient db;

    IntakeDashboardPage(DocumentRepository documents, IntakeSettings settings, JdbcClient db) {
        this.documents = documents;
        this.settings = settings;
        this.db = db;
    }

    @GetMapping("/desk/intake")
    String dashboard(Model model) {
        Map<String, Long> waiting = new LinkedHashMap<>();
        waiting.put("fax", waitingIn(settings.faxDir()));
        waiting.put("portal", waitingIn(settings.portalDir()));
        waiting.put("email drop", waitingIn(settings.emailDropDir()));
        model.addAttribute("waiting", waiting);
        model.addAttribute("states", documents.countByState());
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

    private static long waitingIn(Path dir) {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }
}
