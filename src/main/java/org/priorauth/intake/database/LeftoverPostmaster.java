package org.priorauth.intake.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server runs as a process of its own: when the application is killed ({@code kill -9}, a power
 * cut of the JVM only) it keeps running, and its {@code postmaster.pid} keeps the next start from starting
 * another on the same data. Such a leftover is asked to shut down (it finishes its checkpoint, so nothing
 * committed is lost) before the new start. A pid file whose process is gone is left to PostgreSQL, which
 * recovers from it by itself.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration SMART = Duration.ofSeconds(30);
    private static final Duration FAST = Duration.ofSeconds(60);

    private LeftoverPostmaster() {}

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> leftover = find(dataDir);
        if (leftover.isEmpty()) return;
        ProcessHandle postmaster = leftover.get();
        log.warn(
                "A PostgreSQL server (pid {}) left running on {} by an earlier run: stopping it first",
                postmaster.pid(),
                dataDir);
        // SIGTERM is PostgreSQL's smart shutdown; its clients died with the old JVM, so it ends at once
        postmaster.destroy();
        if (!exited(postmaster, SMART)) {
            log.warn("PostgreSQL (pid {}) still running: stopping it by force", postmaster.pid());
            postmaster.destroyForcibly();
            if (!exited(postmaster, FAST)) {
                throw new IOException("the PostgreSQL server left running on " + dataDir + " (pid " + postmaster.pid()
                        + ") does not stop: stop it, then start again");
            }
        }
    }

    /** The live postmaster the pid file names, if it is a PostgreSQL server on this data folder. */
    static Optional<ProcessHandle> find(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return Optional.empty();
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2) return Optional.empty();
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Path itsData = Path.of(lines.get(1).strip());
        if (!Files.exists(itsData) || !Files.isSameFile(itsData, dataDir)) return Optional.empty();
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    private static boolean exited(ProcessHandle process, Duration within) {
        Instant until = Instant.now().plus(within);
        while (process.isAlive() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }
}
