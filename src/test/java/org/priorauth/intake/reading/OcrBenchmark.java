package org.priorauth.intake.reading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.samples.Samples;
import org.priorauth.intake.scoring.LetterScoring;

/**
 * Pages per minute of OCR on the sample faxes, three ways on the same pages: documents one after another
 * through the application's reader (how one watched folder feeds it), all pages streamed into the OCR
 * workers (how a long fax is read), and the {@code tesseract} CLI with as many processes as workers.
 * Run with {@code OMP_THREAD_LIMIT=1}; see the README for the command.
 */
public final class OcrBenchmark {

    private static final int ROUNDS = Integer.getInteger("rounds", 4);

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Samples.fresh().resolve("fax");
        List<Path> faxes = new ArrayList<>();
        try (var files = Files.list(folder)) {
            files.filter(f -> f.toString().matches(".*\\.(tif|png|jpg)$"))
                    .sorted()
                    .forEach(faxes::add);
        }
        IntakeSettings settings = LetterScoring.settings();
        OcrEngine ocr = new OcrEngine(settings);
        TextReader reader = TextReader.standalone(ocr, settings);

        int pagesPerRound = 0;
        for (Path fax : faxes)
            pagesPerRound += reader.read(fax.getFileName().toString(), Files.readAllBytes(fax), null)
                    .pageCount(); // warm-up
        int pages = pagesPerRound * ROUNDS;
        System.out.printf(
                "OCR benchmark: %d sample fax files, %d pages, %d rounds, %d workers, OMP_THREAD_LIMIT=%s%n",
                faxes.size(), pagesPerRound, ROUNDS, settings.ocr().threads(), System.getenv("OMP_THREAD_LIMIT"));

        long start = System.nanoTime();
        double confidence = 0;
        for (int r = 0; r < ROUNDS; r++) {
            for (Path fax : faxes) {
                for (PageText p : reader.read(fax.getFileName().toString(), Files.readAllBytes(fax), null)
                        .pages()) confidence += p.confidence();
            }
        }
        double sequential = perMinute(pages, start);

        start = System.nanoTime();
        List<CompletableFuture<PageText>> streamed = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            for (Path fax : faxes) {
                byte[] content = Files.readAllBytes(fax);
                PageImages.forEachPage(content, (page, n) -> streamed.add(ocr.submit(n, page.image(), page.dpi())));
            }
        }
        streamed.forEach(CompletableFuture::join);
        double stream = perMinute(pages, start);

        double tesseract =
                pages / TesseractCli.secondsFor(faxes, ROUNDS, settings.ocr().threads()) * 60;
        ocr.destroy();

        System.out.printf(
                "application, documents one after another: %6.1f pages/min (mean confidence %.2f)%n",
                sequential, confidence / pages);
        System.out.printf(
                "application, pages streamed to %d workers: %6.1f pages/min%n",
                settings.ocr().threads(), stream);
        System.out.printf(
                "tesseract CLI, %d processes:              %6.1f pages/min%n",
                settings.ocr().threads(), tesseract);
        System.out.printf(
                "ratio streamed / CLI: %.2f   one-after-another / CLI: %.2f%n",
                stream / tesseract, sequential / tesseract);
    }

    private static double perMinute(int pages, long startNanos) {
        return pages / ((System.nanoTime() - startNanos) / 6e10);
    }
}
