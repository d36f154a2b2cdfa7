package org.priorauth.intake.reading;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.priorauth.intake.IntakeSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * OCR of page images on a fixed pool of workers, one Tesseract engine each. Pages are submitted as they are
 * decoded and at most two per worker wait in memory, so a 200-page fax is streamed, not loaded whole.
 * Tesseract's own OpenMP threads fight our workers: run with {@code OMP_THREAD_LIMIT=1}.
 */
@Component
public class OcrEngine implements DisposableBean {

    private final IntakeSettings.Ocr settings;
    private final ExecutorService workers;
    private final ThreadLocal<TesseractPage> engine;
    private final List<TesseractPage> engines = new CopyOnWriteArrayList<>();
    private final Semaphore inFlight;
    private final ClinicWords clinicWords;

    public OcrEngine(IntakeSettings settings) {
        this.settings = settings.ocr();
        int threads = Math.max(1, this.settings.threads());
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ocr-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new Semaphore(threads * 2);
        this.clinicWords = ClinicWords.load(settings.ocrModelsDir());
        this.engine = ThreadLocal.withInitial(() -> {
            TesseractPage page = new TesseractPage(this.settings.tessdata(), this.settings.language());
            engines.add(page);
            return page;
        });
    }

    /** Queues one page; blocks while the workers already hold their share of pages. */
    public CompletableFuture<PageText> submit(int pageNumber, BufferedImage image, int dpi) {
        inFlight.acquireUninterruptibly();
        try {
            // conversion and cleaning run on the OCR worker, side by side with the next page's decoding
            return CompletableFuture.supplyAsync(() -> readPrepared(pageNumber, image, dpi), workers)
                    .whenComplete((page, error) -> inFlight.release());
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    /**
     * Cleans the page, reads it, and when the reading is poor tries the page upside down and sideways, keeping
     * the turn that reads best (faxes are fed every way round); then spells the clinic's words that OCR misread.
     */
    private PageText readPrepared(int pageNumber, BufferedImage decoded, int dpi) {
        PageText best = readBestTurn(pageNumber, decoded, dpi);
        return best.withText(clinicWords.mend(best.text()));
    }

    private PageText readBestTurn(int pageNumber, BufferedImage decoded, int dpi) {
        BufferedImage page = PagePreparation.prepare(decoded);
        TesseractPage tesseract = engine.get();
        // a page whose lines look turned over is read turned first: one reading instead of two
        int first = LineShape.looksUpsideDown(page) ? 2 : 0;
        PageText best = tesseract.recognize(pageNumber, PagePreparation.quarterTurns(page, first), dpi);
        if (best.confidence() >= POOR_READING) return best;
        for (int quarters : new int[] {0, 2, 1, 3}) {
            if (quarters == first) continue;
            PageText turned = tesseract.recognize(pageNumber, PagePreparation.quarterTurns(page, quarters), dpi);
            if (turned.confidence() > best.confidence() + 0.1) best = turned;
            if (best.confidence() >= POOR_READING) break;
        }
        return best;
    }

    /** Below this mean word confidence a page is tried upside down and sideways. */
    static final double POOR_READING = 0.6;

    public PageText recognize(int pageNumber, BufferedImage image, int dpi) {
        return submit(pageNumber, image, dpi).join();
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
        engines.forEach(TesseractPage::close);
    }
}
