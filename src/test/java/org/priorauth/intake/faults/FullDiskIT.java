package org.priorauth.intake.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.priorauth.intake.faults.RunningJar.await;
import static org.priorauth.intake.faults.RunningJar.list;
import static org.priorauth.intake.faults.RunningJar.settled;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.Api;
import org.priorauth.intake.samples.LetterRenderer;
import tools.jackson.databind.JsonNode;

/**
 * The disk under the data directory fills up in the middle of a run: the application's data directory (its
 * embedded database, originals and page images) sits on a small filesystem of its own, a tmpfs mounted by the
 * test, which a ballast file then fills to the last byte. Letters keep arriving. Nothing may be lost or FAILED
 * for it: the letters wait in their folder (or are retried) until space is freed, then the backlog clears by
 * itself. Mounting needs root, which CI has; elsewhere the test says why it did not run.
 */
class FullDiskIT {

    private static final int BEFORE = 5;
    private static final int WHILE_FULL = 20;

    private final RunningJar app = new RunningJar("full-disk");
    private final Path data = app.root.resolve("data");
    private boolean mounted;

    FullDiskIT() throws IOException {}

    @AfterEach
    void stop() throws Exception {
        app.stop();
        if (mounted)
            new ProcessBuilder("umount", "-l", data.toString())
                    .inheritIO()
                    .start()
                    .waitFor();
    }

    @Test
    void aFullDiskLosesNothingFailsNothingAndTheBacklogClearsOnceThereIsSpace() throws Exception {
        Files.createDirectories(data);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=160m", "tmpfs", data.toString())
                .redirectErrorStream(true)
                .start();
        String why = new String(mount.getInputStream().readAllBytes());
        mounted = mount.waitFor() == 0;
        Assumptions.assumeTrue(mounted, "a small filesystem could not be mounted here (mount needs root): " + why);

        Api api = app.start("full-disk");
        for (int i = 0; i < BEFORE; i++) app.drop("portal", "before-%02d.pdf".formatted(i), letter(i));
        await(Duration.ofMinutes(2), () -> settled(api) == BEFORE && app.waitingFiles() == 0);

        long ballastMb = fill(data.resolve("ballast"));
        Instant full = Instant.now();
        for (int i = 0; i < WHILE_FULL; i++) app.drop("portal", "while-full-%02d.pdf".formatted(i), letter(BEFORE + i));
        Thread.sleep(30_000); // several polls, and the retries' back-off, on a full disk
        long recordedWhileFull = list(api.get("/api/documents").json()).size() - BEFORE;
        long waitingWhileFull = app.waitingFiles();
        assertThat(app.alive())
                .as("the application keeps running on a full disk")
                .isTrue();
        assertThat(api.get("/api/intake/status").status()).isEqualTo(200);

        Files.delete(data.resolve("ballast"));
        Instant freed = Instant.now();
        await(Duration.ofMinutes(4), () -> app.waitingFiles() == 0 && settled(api) == BEFORE + WHILE_FULL);
        Duration toClear = Duration.between(freed, Instant.now());

        List<JsonNode> documents = list(api.get("/api/documents").json());
        long failed = documents.stream()
                .filter(d -> d.get("state").asString().equals("FAILED"))
                .count();
        long distinct = documents.stream()
                .map(d -> d.get("sourceName").asString())
                .distinct()
                .count();
        FaultReport.add(String.format(
                """
                ---- fault report: the data directory's disk full for %d s ----
                ballast                  %d MB, to the last byte of a 160 MB filesystem
                letters while full       %d dropped: %d recorded while full, %d waiting in the folder
                backlog cleared          %d s after space was freed
                documents %d, lost %d, duplicated %d, FAILED %d, stuck PROCESSING %d
                """,
                Duration.between(full, freed).toSeconds(),
                ballastMb,
                WHILE_FULL,
                recordedWhileFull,
                waitingWhileFull,
                toClear.toSeconds(),
                documents.size(),
                BEFORE + WHILE_FULL - distinct,
                documents.size() - distinct,
                failed,
                documents.size() - settled(api)));
        assertThat(documents).hasSize(BEFORE + WHILE_FULL);
        assertThat(distinct).isEqualTo(BEFORE + WHILE_FULL);
        assertThat(failed).as("nothing FAILED for want of space").isZero();
    }

    /** Writes zeros until the filesystem refuses more; returns how many MB it took. */
    private static long fill(Path ballast) {
        byte[] megabyte = new byte[1024 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(ballast)) {
            while (true) {
                out.write(megabyte);
                written++;
            }
        } catch (IOException noSpaceLeft) {
            return written;
        }
    }

    private static byte[] letter(int n) throws IOException {
        return LetterRenderer.textPdf(
                """
                Northwind Health Plan
                Request for additional information
                Patient: Dora Fullwell%d   Member ID: FDK%d
                To review the request for Skyrizi, please send the chart notes with the BSA.
                """
                        .formatted(n, 300000 + n * 7919));
    }
}
