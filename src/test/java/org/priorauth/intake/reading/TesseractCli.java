package org.priorauth.intake.reading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The raw {@code tesseract} CLI, the benchmarks' yardstick: the same files, as many processes as OCR workers. */
final class TesseractCli {

    private TesseractCli() {}

    /** Seconds the CLI takes to read every file {@code rounds} times with {@code processes} processes at once. */
    static double secondsFor(List<Path> files, int rounds, int processes) throws Exception {
        long start = System.nanoTime();
        ExecutorService cli = Executors.newFixedThreadPool(processes);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (Path file : files) {
                    runs.add(cli.submit(() -> new ProcessBuilder("tesseract", file.toString(), "stdout")
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor()));
                }
            }
            for (Future<Integer> run : runs) {
                if (run.get() != 0) throw new IllegalStateException("tesseract CLI failed");
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            cli.shutdown();
        }
    }
}
