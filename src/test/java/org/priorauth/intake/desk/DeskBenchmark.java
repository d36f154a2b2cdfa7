package org.priorauth.intake.desk;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.priorauth.intake.PriorAuthIntakeApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast the desk answers with a year's documents in the database: the sample inbox's letters are read by the
 * running application (embedded PostgreSQL, every pipeline step), then their records are copied in SQL up to
 * {@code N} documents (default 10,000; a tenth of them in review) over 2,000 cases; a signed-in session then
 * asks for the review queue, a filtered queue, document pages and case pages. Prints p50, p95 and the slowest
 * time per page.
 *
 * <pre>OMP_THREAD_LIMIT=1 mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.priorauth.intake.desk.DeskBenchmark [-Dexec.args=10000]</pre>
 */
public final class DeskBenchmark {

    private static final int ASKS = 100;

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Files.createTempDirectory("desk-benchmark-");
        for (String dir : List.of("fax", "portal", "email", "data")) Files.createDirectories(root.resolve(dir));
        ConfigurableApplicationContext app = SpringApplication.run(
                PriorAuthIntakeApplication.class,
                "--server.port=0",
                "--intake.demo.enabled=false",
                "--intake.bootstrap-admin.password=benchmark-admin",
                "--intake.poll-delay-ms=100",
                "--intake.data-dir=" + root.resolve("data"),
                "--intake.fax.dir=" + root.resolve("fax"),
                "--intake.portal.dir=" + root.resolve("portal"),
                "--intake.email.drop-dir=" + root.resolve("email"),
                "--logging.level.root=WARN");
        try {
            JdbcClient db = app.getBean(JdbcClient.class);
            int read = readSampleInbox(root, db);
            seed(db, documents);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Desk desk = new Desk("http://127.0.0.1:" + port);
            desk.signIn("admin", "benchmark-admin");
            List<Long> ids = db.sql("select id from document order by random() limit ?")
                    .param(ASKS)
                    .query(Long.class)
                    .list();
            List<Long> cases = db.sql("select id from pa_case order by random() limit ?")
                    .param(ASKS)
                    .query(Long.class)
                    .list();
            System.out.printf(
                    "%d documents (%d read by the pipeline, the rest copies; %d in review), %d cases%n",
                    count(db, "select count(*) from document"),
                    read,
                    count(db, "select count(*) from document where state = 'NEEDS_REVIEW'"),
                    count(db, "select count(*) from pa_case"));
            report("review queue", desk, i -> "/desk");
            report("queue, denials only", desk, i -> "/desk?type=DENIAL");
            report("document page", desk, i -> "/desk/documents/" + ids.get(i % ids.size()));
            report("case page", desk, i -> "/desk/cases/" + cases.get(i % cases.size()));
        } finally {
            app.close();
        }
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    /** The sample inbox's letters through the real pipeline: the rows the copies are made of. */
    private static int readSampleInbox(Path root, JdbcClient db) throws Exception {
        int dropped = 0;
        for (String channel : List.of("portal", "email")) {
            try (Stream<Path> files = Files.list(Path.of("sample-inbox", channel))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path staging = root.resolve("staging.tmp");
                    Files.copy(f, staging);
                    Files.move(staging, root.resolve(channel).resolve(f.getFileName()));
                    dropped++;
                }
            }
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline
                && count(db, "select count(*) from document where state <> 'PROCESSING'") < dropped) {
            Thread.sleep(200);
        }
        return dropped;
    }

    /** Copies of the documents read, with their pages, up to {@code documents}; a tenth in review. */
    private static void seed(JdbcClient db, int documents) {
        db.sql(
                        """
                        insert into pa_case (status, patient_name, patient_dob, member_id, payer, drug, pa_reference)
                        select (array['SUBMITTED','INFO_REQUESTED','DENIED','APPROVED'])[1 + g % 4], 'Patient ' || g,
                               date '1950-01-01' + (g * 7) % 20000, 'MBR' || lpad(g::text, 9, '0'),
                               (array['Aetna','Cigna','UnitedHealthcare','Humana'])[1 + g % 4],
                               (array['Dupixent','Skyrizi','Tremfya','Cosentyx','Taltz'])[1 + g % 5], 'PA-' || g
                        from generate_series(1, 2000) g""")
                .update();
        List<Long> sources = db.sql("select id from document where state <> 'FAILED' order by id")
                .query(Long.class)
                .list();
        int copies = Math.max(0, documents - sources.size());
        String sourceIds = sources.stream()
                .map(String::valueOf)
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        db.sql(
                        """
                        insert into document (sha256, channel, source_name, message_id, received_at, size_bytes, format, pages,
                                              state, document_type, confidence, case_id, fields, evidence, context, processed_at)
                        select md5(random()::text || g) || md5(g::text || clock_timestamp()::text), s.channel, s.source_name,
                               s.message_id, now() - g * interval '3 minutes', s.size_bytes, s.format, s.pages,
                               case when g %% 10 = 0 then 'NEEDS_REVIEW' else 'PROCESSED' end, s.document_type, s.confidence,
                               case when g %% 10 = 0 then null else (select min(id) from pa_case) + g %% 2000 end,
                               s.fields, s.evidence, jsonb_build_object('copyOf', s.id), now()
                        from generate_series(1, ?) g
                        join document s on s.id = (array[%s]::bigint[])[1 + g %% ?]"""
                                .formatted(sourceIds))
                .params(copies, sources.size())
                .update();
        db.sql(
                        """
                        insert into document_page (document_id, page_no, method, confidence, text)
                        select d.id, p.page_no, p.method, p.confidence, p.text
                        from document d join document_page p on p.document_id = (d.context->>'copyOf')::bigint""")
                .update();
        db.sql("analyze").update();
    }

    private static void report(String page, Desk desk, IntFunction<String> path) throws Exception {
        for (int i = 0; i < 20; i++) desk.get(path.apply(i)); // warm up: templates, JIT, database caches
        long[] ms = new long[ASKS];
        for (int i = 0; i < ASKS; i++) {
            long start = System.nanoTime();
            desk.get(path.apply(i));
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf(
                "%-22s p50 %4d ms   p95 %4d ms   slowest %4d ms   (%d asks)%n",
                page, ms[ASKS / 2], ms[ASKS * 95 / 100], ms[ASKS - 1], ASKS);
    }

    /** A person's browser, as far as the desk can tell: a session cookie from the sign-in form. */
    private static final class Desk {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private final String base;
        private final HttpClient http;

        Desk(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }

        void signIn(String user, String password) throws Exception {
            Matcher token = CSRF.matcher(get("/login"));
            if (!token.find()) throw new IllegalStateException("no CSRF token on the sign-in page");
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!answer.uri().getPath().startsWith("/desk")) throw new IllegalStateException("sign-in refused");
        }

        String get(String path) throws Exception {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
            return answer.body();
        }
    }
}
