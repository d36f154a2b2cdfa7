package org.priorauth.intake.reading;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.priorauth.intake.samples.LetterRenderer;
import org.priorauth.intake.samples.SampleLetters;
import org.priorauth.intake.scoring.LetterScoring;

/**
 * A 200-page G4 fax read by the application's reader in a small heap: pages are decoded and handed to the
 * OCR workers one at a time, so memory stays flat however long the fax. Prints the pages read, the time and
 * the heap it peaked at. Run it with the heap the check is about:
 *
 * <pre>MAVEN_OPTS=-Xmx512m OMP_THREAD_LIMIT=1 mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.priorauth.intake.reading.LongFaxCheck</pre>
 */
public final class LongFaxCheck {

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path fax = Files.createTempFile("long-fax-", ".tif");
        List<BufferedImage> batch = new ArrayList<>();
        String letter = SampleLetters.denialAetna(SampleLetters.LINDQVIST);
        for (int i = 0; i < pages; i++)
            batch.add(LetterRenderer.faxPage(letter, "LONG FAX  P. " + (i + 1) + "/" + pages, i));
        Files.write(fax, LetterRenderer.faxTiff(batch));
        batch.clear();
        System.gc();
        long maxHeap = Runtime.getRuntime().maxMemory();
        PeakHeap peak = new PeakHeap();
        peak.start();
        OcrEngine ocr = new OcrEngine(LetterScoring.settings());
        try {
            TextReader reader = TextReader.standalone(ocr, LetterScoring.settings());
            long start = System.nanoTime();
            ExtractedText text = reader.read(fax.getFileName().toString(), Files.readAllBytes(fax), null);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "long fax: %d pages (%d KB G4 TIFF) read in %.1f s (%.1f pages/min); max heap %d MB, peak used %d MB%n",
                    text.pageCount(),
                    Files.size(fax) / 1024,
                    seconds,
                    text.pageCount() / seconds * 60,
                    maxHeap >> 20,
                    peak.finish() >> 20);
        } finally {
            ocr.destroy();
            Files.delete(fax);
        }
    }

    /** Samples the used heap while the fax is read. */
    private static final class PeakHeap extends Thread {
        private volatile boolean running = true;
        private long peak;

        PeakHeap() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                Runtime r = Runtime.getRuntime();
                peak = Math.max(peak, r.totalMemory() - r.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() {
            running = false;
            return peak;
        }
    }
}
