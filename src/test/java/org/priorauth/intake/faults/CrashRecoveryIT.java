package org.priorauth.intake.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.priorauth.intake.faults.RunningJar.await;
import static org.priorauth.intake.faults.RunningJar.list;
import static org.priorauth.intake.faults.RunningJar.settled;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.Api;
import org.priorauth.intake.samples.LetterRenderer;
import tools.jackson.databind.JsonNode;

/**
 * The packaged application as an operator runs it, killed with {@code kill -9} in the middle of a batch of 100
 * documents (portal PDFs and exported mails), then started again on the same data and folders. The first
 * restart must work (the database server the killed JVM left running is stopped), every document must end
 * exactly once (no duplicate document, decision or task), none may stay PROCESSING, and the batch must settle
 * within five minutes of the restart. It prints a report with the figures. Run by {@code mvn verify} after the
 * jar is built (failsafe).
 */
class CrashRecoveryIT {

    private static final int LETTERS = 80;
    private static final int MAILS = 20;
    private static final int SETTLED_BEFORE_KILL = 7;

    private final RunningJar app = new RunningJar("crash-recovery");

    CrashRecoveryIT() throws IOException {}

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void killedMidBatchTheFirstRestartWorksAndEveryDocumentEndsExactlyOnce() throws Exception {
        Instant started = Instant.now();
        Api first = app.start("first");
        databaseRefusesConnectionsWithoutItsPasswordAndFlushesCommits();

        for (int i = 0; i < LETTERS; i++)
            app.drop("portal", "letter-%03d.pdf".formatted(i), LetterRenderer.textPdf(letter(i)));
        for (int i = 0; i < MAILS; i++) app.drop("email", "mail-%03d.eml".formatted(i), mail(LETTERS + i));
        await(Duration.ofMinutes(3), () -> settled(first) >= SETTLED_BEFORE_KILL);
        long settledAtKill = settled(first);

        app.kill();
        boolean postmasterOutlivedTheJvm = app.leftoverPostmaster().isPresent();

        Instant restarted = Instant.now();
        Api api = app.start("second");
        Duration toRestart = Duration.between(restarted, Instant.now());
        await(Duration.ofMinutes(5), () -> settled(api) == LETTERS + MAILS && app.waitingFiles() == 0);
        Duration toSettle = Duration.between(restarted, Instant.now());

        Tally tally = Tally.of(api, LETTERS + MAILS);
        Map<Long, Long> tasks = list(api.get("/api/tasks").json()).stream()
                .filter(t -> !t.get("documentId").isNull())
                .collect(Collectors.groupingBy(t -> t.get("documentId").asLong(), Collectors.counting()));
        long taskedTwice = tasks.values().stream().filter(n -> n > 1).count();

        FaultReport.add(String.format(
                """
                ---- fault report: kill -9 mid-batch ----
                documents dropped        %d (%d portal PDFs, %d mails)
                settled before the kill  %d
                database outlived the JVM %s
                first restart            worked, up in %d s
                settled after restart    all in %d s
                lost %d, duplicated %d, stuck PROCESSING %d, FAILED %d, read twice %d, tasked twice %d
                whole run                %d s
                heap                     at most %d MB live after a collection, %d MB before one (bound 512 MB)
                """,
                LETTERS + MAILS,
                LETTERS,
                MAILS,
                settledAtKill,
                postmasterOutlivedTheJvm,
                toRestart.toSeconds(),
                toSettle.toSeconds(),
                tally.lost(),
                tally.duplicated(),
                tally.stuck(),
                tally.failed(),
                tally.readTwice(),
                taskedTwice,
                Duration.between(started, Instant.now()).toSeconds(),
                app.liveHeapMb(),
                app.peakHeapMb()));

        tally.assertNothingLostDoubledOrStuck();
        assertThat(tally.reads()).hasSize(LETTERS + MAILS);
        assertThat(taskedTwice).isZero();
    }

    /**
     * The database stops answering for a minute in the middle of a batch (every PostgreSQL process frozen with
     * SIGSTOP, as a hung server or a network cut looks to the application): nothing is lost or doubled, nothing
     * ends FAILED for it, and the backlog clears by itself once the database answers again.
     */
    @Test
    void aDatabaseAwayForAMinuteLosesNothingAndTheBacklogClearsByItself() throws Exception {
        Api api = app.start("outage");
        int half = (LETTERS + MAILS) / 2;
        for (int i = 0; i < half; i++)
            app.drop("portal", "letter-%03d.pdf".formatted(i), LetterRenderer.textPdf(letter(i)));
        await(Duration.ofMinutes(3), () -> settled(api) >= SETTLED_BEFORE_KILL);

        List<ProcessHandle> database = databaseProcesses();
        signal("-STOP", database);
        Instant frozen = Instant.now();
        try {
            // letters keep arriving while the database is away
            for (int i = half; i < LETTERS; i++)
                app.drop("portal", "letter-%03d.pdf".formatted(i), LetterRenderer.textPdf(letter(i)));
            for (int i = 0; i < MAILS; i++) app.drop("email", "mail-%03d.eml".formatted(i), mail(LETTERS + i));
            Thread.sleep(60_000);
        } finally {
            signal("-CONT", database);
        }
        Instant back = Instant.now();
        await(Duration.ofMinutes(5), () -> settled(api) == LETTERS + MAILS && app.waitingFiles() == 0);
        Duration toClear = Duration.between(back, Instant.now());

        Tally tally = Tally.of(api, LETTERS + MAILS);
        FaultReport.add(String.format(
                """
                ---- fault report: database away for %d s mid-batch ----
                documents dropped        %d (half of them while it was away)
                backlog cleared          %d s after it was back
                lost %d, duplicated %d, stuck PROCESSING %d, FAILED %d, read twice %d
                heap                     at most %d MB live after a collection, %d MB before one (bound 512 MB)
                """,
                Duration.between(frozen, back).toSeconds(),
                LETTERS + MAILS,
                toClear.toSeconds(),
                tally.lost(),
                tally.duplicated(),
                tally.stuck(),
                tally.failed(),
                tally.readTwice(),
                app.liveHeapMb(),
                app.peakHeapMb()));
        tally.assertNothingLostDoubledOrStuck();
    }

    /**
     * What the application holds once a batch has settled, as the fault reports print it: documents lost (a
     * source never recorded), duplicated (a source recorded twice), stuck PROCESSING, FAILED, and each document's
     * "document.read" audit entries (read twice: read once more after it was recorded).
     */
    record Tally(
            int expected, List<JsonNode> documents, long distinct, long stuck, long failed, Map<Long, Long> reads) {

        static Tally of(Api api, int expected) {
            List<JsonNode> documents = list(api.get("/api/documents").json());
            return new Tally(
                    expected,
                    documents,
                    documents.stream()
                            .map(d -> d.get("sourceName").asString())
                            .distinct()
                            .count(),
                    inState(documents, "PROCESSING"),
                    inState(documents, "FAILED"),
                    countBy(list(api.get("/api/audit").json()), "document.read"));
        }

        private static long inState(List<JsonNode> documents, String state) {
            return documents.stream()
                    .filter(d -> d.get("state").asString().equals(state))
                    .count();
        }

        long lost() {
            return expected - distinct;
        }

        long duplicated() {
            return documents.size() - distinct;
        }

        long readTwice() {
            return reads.values().stream().filter(n -> n > 1).count();
        }

        void assertNothingLostDoubledOrStuck() {
            assertThat(lost()).isZero();
            assertThat(duplicated()).isZero();
            assertThat(documents).hasSize(expected);
            assertThat(stuck).isZero();
            assertThat(failed).isZero();
            assertThat(readTwice()).isZero();
        }
    }

    private List<ProcessHandle> databaseProcesses() throws IOException {
        ProcessHandle postmaster = app.leftoverPostmaster().orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        return all;
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        processes.forEach(p -> command.add(String.valueOf(p.pid())));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    /** The embedded server answers only to the password the application keeps, and flushes every commit. */
    private void databaseRefusesConnectionsWithoutItsPasswordAndFlushesCommits() throws Exception {
        Path data = app.root.resolve("data");
        List<String> pid = Files.readAllLines(data.resolve("postgres/postmaster.pid"));
        String url = "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                .hasMessageContaining("password");
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty(
                "password", Files.readString(data.resolve("postgres.password")).strip());
        try (Connection c = DriverManager.getConnection(url, login)) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet r = c.createStatement().executeQuery("show " + setting)) {
                    r.next();
                    assertThat(r.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    private static Map<Long, Long> countBy(List<JsonNode> events, String action) {
        return events.stream()
                .filter(e -> e.get("action").asString().equals(action))
                .collect(Collectors.groupingBy(e -> e.get("documentId").asLong(), Collectors.counting()));
    }

    /** A synthetic letter of one of four kinds; every one names another made-up patient, so no two are alike. */
    static String letter(int n) {
        String patient = "Testa" + (char) ('a' + n % 26) + " Crashwell" + n;
        String member = "CRW" + (100000 + n * 7919);
        return switch (n % 4) {
            case 0 ->
                """
                    Northwind Health Plan
                    Notice of denial
                    Member: %s   Member ID: %s
                    Your request for Dupixent is denied: no trial of a topical steroid is on file.
                    You may appeal within 60 days of the date of this notice (11/02/2026).
                    """
                        .formatted(patient, member);
            case 1 ->
                """
                    Northwind Health Plan
                    Request for additional information
                    Patient: %s   Member ID: %s
                    To review the request for Skyrizi, please send the chart notes with the BSA.
                    """
                        .formatted(patient, member);
            case 2 ->
                """
                    Northwind Health Plan
                    Prior authorization approved
                    Member: %s   Member ID: %s
                    Tremfya is approved from 11/01/2026 to 10/31/2027.
                    """
                        .formatted(patient, member);
            default ->
                """
                    Lakeside Imaging Center
                    Newsletter for referring practices, issue %d
                    New evening hours for MRI appointments.
                    """
                        .formatted(n);
        };
    }

    static byte[] mail(int n) {
        return ("From: pa-desk@northwind.example\r\nTo: intake@clinic.example\r\nSubject: Case update " + n
                        + "\r\nMessage-ID: <crash-" + n + "@northwind.example>\r\nDate: Mon, 2 Nov 2026 10:00:00 -0500"
                        + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                        + letter(n).replace("\n", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
