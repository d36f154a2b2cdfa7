package org.priorauth.intake.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Each fault run's report: printed with the test's output, and added to {@code target/fault-report.txt}, which
 * {@code scripts/fault-suite} and {@code .ci/run} print whole at the end.
 */
final class FaultReport {

    static final Path FILE = Path.of("target/fault-report.txt");

    static {
        // one run of the suite, one report: failsafe runs every *IT in one JVM
        try {
            Files.deleteIfExists(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FaultReport() {}

    static void add(String report) {
        System.out.print(report);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, report + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
