package org.priorauth.intake.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh copy of the sample inbox, written by the generator into a temporary folder once per test run.
 * Tests read it rather than {@code sample-inbox/}, which the demo empties into {@code .done/} as it runs.
 */
public final class Samples {

    private static Path dir;

    private Samples() {}

    /** A copy to read from; do not point the application's watched folders at it. */
    public static synchronized Path dir() {
        if (dir == null) dir = fresh();
        return dir;
    }

    /** A copy of its own, for a test whose application consumes the inbox (moves files to .done). */
    public static Path fresh() {
        try {
            Path target = Files.createTempDirectory("sample-inbox-");
            new SampleInboxGenerator(target).writeAll();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the sample generator failed", e);
        }
    }
}
