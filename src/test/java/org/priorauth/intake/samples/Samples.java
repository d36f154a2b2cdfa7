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

    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path target = Files.createTempDirectory("sample-inbox-");
                new SampleInboxGenerator(target).writeAll();
                dir = target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("the sample generator failed", e);
            }
        }
        return dir;
    }
}
