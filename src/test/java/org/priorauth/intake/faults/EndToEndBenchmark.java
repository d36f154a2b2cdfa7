package org.priorauth.intake.faults;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.priorauth.intake.Api;
import org.priorauth.intake.samples.LetterRenderer;
import org.priorauth.intake.samples.SampleLetters;
import org.priorauth.intake.samples.SyntheticCase;
import tools.jackson.databind.JsonNode;

/**
 * The whole application, as an operator runs it ({@code java -Xmx512m -jar}), on synthetic documents it makes
 * itself: faxes (two-page G4 TIFFs), then scanned PDFs, then text-layer PDFs and mails, each kind a phase of
 * its own after one warm-up fax (so the OCR engines are loaded, as in a running clinic). Each
 * document belongs to a case opened first, so every one goes all the way: read, classified, matched, its case
 * moved and its task raised. The raw {@code tesseract} CLI then reads the same OCR pages (the TIFFs as sent, a
 * scanned PDF's pages as the application reads them: the scan itself where a page is only that, else rendered
 * at 300 dpi) with as many processes as the
 * application has OCR workers. Prints pages/min for both and their ratio (faxes and scans apart), the CPU seconds a
 * page of both (ProcessCpu: the application's PostgreSQL included), documents/min for the text path,
 * p50/p95 from a file's drop to its task (from the audit trail), and the heap's peak from the GC log.
 *
 * <pre>scripts/benchmark [faxes [text-documents [scanned-pdfs]]]</pre>
 *
 * With {@code BENCH_FAXES=folder} the fax phase reads that folder's TIFFs instead of its own: faxes made
 * elsewhere, which our own pages (one font, light noise) may flatter.
 *
 * All patients are invented (SyntheticCase); nothing leaves the machine.
 */
public final class EndToEndBenchmark {

    private static final String[] FIRST = {
        "Ada", "Bruno", "Celia", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ilse", "Jonas", "Kaia", "Lionel", "Mira",
        "Nils", "Oona", "Pavel"
    };
    private static final String[] LAST = {
        "Albrecht",
        "Brandvold",
        "Castellano",
        "Duvall",
        "Eskildsen",
        "Fairbrook",
        "Grunewald",
        "Halloran",
        "Ivarsen",
        "Jablonski",
        "Kestrel",
        "Lindgren",
        "Montague",
        "Norbury"
    };

    record Doc(String folder, String name, byte[] content, int pages) {}

    record Letter(Function<SyntheticCase, String> write, String payer, String drug, String generic) {}

    public static void main(String[] args) throws Exception {
        int faxes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int textDocs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int scans = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int workers = 2;
        Random random = new Random(20261206);

        // each letter as the sample generator writes it, with the payer and drug it prints: a case takes its
        // letter's, so that every document can find its case
        List<Letter> letters = List.of(
                new Letter(SampleLetters::denialAetna, "Aetna", "Dupixent", "dupilumab"),
                new Letter(SampleLetters::moreInfoFax, "Blue Cross Blue Shield", "Dupixent", "dupilumab"),
                new Letter(SampleLetters::approvalFax, "UnitedHealthcare", "Skyrizi", "risankizumab"),
                new Letter(SampleLetters::partialApproval, "Molina Healthcare", "Taltz", "ixekizumab"));
        int all = faxes + scans + textDocs;
        List<SyntheticCase> cases = new ArrayList<>();
        for (int i = 0; i < all; i++) cases.add(patient(i, random, letters.get(i % letters.size())));

        // two-page G4 faxes (the letter, then its appeal rights) in the fax folder
        List<Doc> fax = new ArrayList<>();
        for (int i = 0; i < faxes; i++) {
            String text = letters.get(i % letters.size()).write().apply(cases.get(i));
            List<BufferedImage> pages = List.of(
                    LetterRenderer.faxPage(text, "FROM: 800-555-01" + (10 + i % 80), i),
                    LetterRenderer.faxPage(APPEAL_RIGHTS, "FROM: 800-555-01" + (10 + i % 80), 1000 + i));
            fax.add(new Doc("fax", "bench-" + i + ".tif", LetterRenderer.faxTiff(pages), 2));
        }
        // -Dbench.faxes=folder: the fax phase on that folder's TIFFs instead (faxes made elsewhere, with their own
        // fonts, noise and layouts; they match no case here, so they are timed to settled, not to a task)
        String faxFolder = System.getProperty("bench.faxes", "").strip();
        if (!faxFolder.isEmpty()) fax = outsideFaxes(Path.of(faxFolder));
        // scanned one-page letters saved as image-only PDFs in the portal folder, at an office scanner's 200 dpi
        // (-Dbench.scanDpi=150 for coarser ones, which the application renders at 300 dpi before reading)
        int scanDpi = Integer.getInteger("bench.scanDpi", 200);
        List<Doc> scanned = new ArrayList<>();
        for (int i = faxes; i < faxes + scans; i++) {
            String text = letters.get(i % letters.size()).write().apply(cases.get(i));
            scanned.add(new Doc(
                    "portal",
                    "bench-" + i + ".pdf",
                    LetterRenderer.imagePdf(List.of(LetterRenderer.scannedPage(text, i, scanDpi))),
                    1));
        }
        List<Doc> text = new ArrayList<>();
        for (int i = faxes + scans; i < all; i++) {
            String letter = letters.get(i % letters.size()).write().apply(cases.get(i));
            if (i % 2 == 0) {
                text.add(new Doc("portal", "bench-" + i + ".pdf", LetterRenderer.textPdf(letter), 1));
            } else {
                text.add(new Doc("email", "bench-" + i + ".eml", mail(i, letter), 1));
            }
        }

        RunningJar app = new RunningJar("end-to-end-benchmark-");
        // -Dbench.jfr=file.jfr records the run with Java Flight Recorder (jfr print --events jdk.ExecutionSample)
        String jfr = System.getProperty("bench.jfr");
        List<String> jvm = new ArrayList<>();
        if (jfr != null)
            jvm.add("-XX:StartFlightRecording=filename=" + Path.of(jfr).toAbsolutePath() + ",settings=profile");
        // -Dbench.jvm="-XX:..." runs the application's JVM with other options
        String jvmMore = System.getProperty("bench.jvm", "").strip();
        if (!jvmMore.isEmpty()) jvm.addAll(List.of(jvmMore.split("\\s+")));
        // -Dbench.settings="--intake.documents-in-parallel=4 ..." runs the application with other settings
        List<String> settings = new ArrayList<>(List.of("--logging.level.root=WARN"));
        String more = System.getProperty("bench.settings", "").strip();
        if (!more.isEmpty()) settings.addAll(List.of(more.split("\\s+")));
        Api api = app.start(jvm, "benchmark", settings.toArray(String[]::new));
        try {
            for (SyntheticCase c : cases) {
                api.post(
                        "/api/cases",
                        """
                        {"patient": {"name": "%s", "dateOfBirth": "%s", "memberId": "%s"},
                         "payer": "%s", "drug": "%s", "paReference": "%s"}"""
                                .formatted(c.name(), c.dob(), c.memberId(), c.payer(), c.drug(), c.paReference()));
            }
            // a warm-up batch first (faxes, a scan, text PDFs and mails of nobody's case), so that the phases
            // measure the application as a clinic runs it all day: OCR engines loaded, its code compiled by the
            // JIT (which otherwise spends a core for the first minute, measured with JFR)
            Map<String, Instant> dropped = new LinkedHashMap<>();
            List<Doc> warmUp = warmUp();
            Phase warm = run(app, api, warmUp, new LinkedHashMap<>());
            // the CLI on the same pages just before the fax phase and again after it: this machine's speed drifts
            // by a fifth from one minute to the next, and the ratio is taken against the mean of the two
            CliRun cliBefore = cli(fax, workers);
            Phase faxPhase = run(app, api, fax, dropped);
            CliRun cliAfter = cli(fax, workers);
            Phase scanPhase = run(app, api, scanned, dropped);
            Phase textPhase = run(app, api, text, dropped);
            Map<String, Long> toTask = dropToTask(api, dropped);

            System.out.println();
            System.out.println("---- end-to-end benchmark (java -Xmx512m -jar, " + workers + " OCR workers, "
                    + Runtime.getRuntime().availableProcessors() + " cores) ----");
            System.out.printf(
                    "warm-up    %d documents (faxes, a scan, text PDFs, mails) in %.1f s, not counted below%n",
                    warmUp.size(), warm.seconds());
            System.out.printf(
                    "CLI on the fax pages before the fax phase %.1f s, after it %.1f s; their mean below%n",
                    cliBefore.seconds(), cliAfter.seconds());
            printOcr("fax path  ", fax, faxPhase, cliBefore.meanWith(cliAfter), workers);
            if (!scanned.isEmpty()) printOcr("scan path ", scanned, scanPhase, cli(scanned, workers), workers);
            System.out.printf(
                    "text path  %d text-layer PDFs and mails: %.1f s = %.0f documents/min%n",
                    text.size(), textPhase.seconds(), text.size() / textPhase.seconds() * 60);
            System.out.println("drop to task  fax path " + percentiles(toTask, fax) + "; scan path "
                    + percentiles(toTask, scanned) + "; text path " + percentiles(toTask, text));
            System.out.println("settled       fax path " + faxPhase.states() + "; scan path " + scanPhase.states()
                    + "; text path " + textPhase.states());
            System.out.printf(
                    "heap          at most %d MB live after a collection, %d MB before one (bound 512 MB)%n",
                    app.liveHeapMb(), app.peakHeapMb());
        } finally {
            app.stop();
        }
    }

    private static void printOcr(String label, List<Doc> docs, Phase phase, CliRun cliRun, int workers) {
        int pages = docs.stream().mapToInt(Doc::pages).sum();
        double app = pages / phase.seconds() * 60;
        double cli = pages / cliRun.seconds() * 60;
        System.out.printf(
                "%s %d documents, %d pages: application %.1f s = %.0f pages/min; tesseract CLI x%d %.1f s"
                        + " = %.0f pages/min; ratio %.2fx%n"
                        + "            CPU per page: application %.2f s (all its threads and its PostgreSQL's),"
                        + " CLI %.2f s (its processes'); ratio %.2fx%n",
                label,
                docs.size(),
                pages,
                phase.seconds(),
                app,
                workers,
                cliRun.seconds(),
                cli,
                app / cli,
                phase.cpuSeconds() / pages,
                cliRun.cpuSeconds() / pages,
                cliRun.cpuSeconds() / phase.cpuSeconds());
    }

    /**
     * Documents of nobody's case, each kind the phases measure, to warm the application up before them: 25, or
     * that many times {@code -Dbench.warmup=N} (BENCH_WARMUP) for a longer warm-up.
     */
    private static List<Doc> warmUp() throws java.io.IOException {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 8 * Integer.getInteger("bench.warmup", 1); i++) {
            String notice = WARM_UP.formatted(i);
            docs.add(new Doc(
                    "fax",
                    "warm-up-" + i + ".tif",
                    LetterRenderer.faxTiff(List.of(
                            LetterRenderer.faxPage(notice, "FROM: 800-555-0100", 7 + i),
                            LetterRenderer.faxPage(APPEAL_RIGHTS, "FROM: 800-555-0100", 70 + i))),
                    2));
            docs.add(new Doc("portal", "warm-up-" + i + ".pdf", LetterRenderer.textPdf(notice), 1));
            docs.add(new Doc("email", "warm-up-" + i + ".eml", mail(9000 + i, notice), 1));
        }
        docs.add(new Doc(
                "portal",
                "warm-up-scan.pdf",
                LetterRenderer.imagePdf(List.of(LetterRenderer.scannedPage(WARM_UP.formatted(99), 99))),
                1));
        return docs;
    }

    private static final String WARM_UP =
            """
            Lakeside Imaging Center
            Newsletter for referring practices, issue %d
            New evening hours for MRI appointments, Monday to Thursday until 8 pm.
            Referral forms are on our website.
            """;

    /**
     * @param cpuSeconds the application's CPU time over the phase, all its threads (Tesseract's included) and its
     *     embedded PostgreSQL's
     */
    record Phase(double seconds, Map<String, Long> states, double cpuSeconds) {}

    /** Drops the documents at once and waits until every one is recorded; the time from the first drop. */
    private static Phase run(RunningJar app, Api api, List<Doc> docs, Map<String, Instant> dropped) throws Exception {
        long before = settledCount(api);
        double cpuBefore = ProcessCpu.applicationSeconds(app.process(), app.root);
        Instant start = Instant.now();
        for (Doc d : docs) {
            dropped.put(d.name(), Instant.now());
            app.drop(d.folder(), d.name(), d.content());
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        // each look is a request the application answers on the cores it is being timed on (a look every 100 ms
        // took ~4% of a core): a look a second, and the phase ends when its last document was recorded (its
        // audit trail's last entry), not when a look noticed it
        while (settledCount(api) < before + docs.size()) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("not settled within 8 minutes");
            Thread.sleep(1000);
        }
        double cpu = ProcessCpu.applicationSeconds(app.process(), app.root) - cpuBefore;
        // the phase's documents, listed once: their states, and their audit trails' last entry for the phase's end
        Instant end = start;
        Map<String, Long> states = new LinkedHashMap<>();
        for (JsonNode d : api.get("/api/documents").json()) {
            String name = fileOf(d);
            if (docs.stream().noneMatch(x -> x.name().equals(name))) continue;
            states.merge(d.get("state").asString(), 1L, Long::sum);
            for (JsonNode e :
                    api.get("/api/audit?documentId=" + d.get("id").asLong()).json()) {
                Instant at = Instant.parse(e.get("at").asString());
                if (at.isAfter(end)) end = at;
            }
        }
        double seconds = Duration.between(start, end).toNanos() / 1e9;
        return new Phase(seconds, states, cpu);
    }

    /** The file a document came from: its source name, or for a mail the file its Message-ID names. */
    private static String fileOf(JsonNode document) {
        JsonNode messageId = document.get("messageId");
        if (messageId != null && !messageId.isNull()) {
            java.util.regex.Matcher bench =
                    java.util.regex.Pattern.compile("bench-(\\d+)@").matcher(messageId.asString());
            if (bench.find()) return "bench-" + bench.group(1) + ".eml";
        }
        return document.get("sourceName").asString();
    }

    private static long settledCount(Api api) {
        JsonNode states = api.get("/api/intake/status").json().get("documents");
        return states.get("PROCESSED").asLong()
                + states.get("NEEDS_REVIEW").asLong()
                + states.get("FAILED").asLong();
    }

    /** Milliseconds from each file's drop to its document's first task (created or review), from the audit trail. */
    private static Map<String, Long> dropToTask(Api api, Map<String, Instant> dropped) {
        Map<String, Long> took = new LinkedHashMap<>();
        for (JsonNode d : api.get("/api/documents").json()) {
            String name = fileOf(d);
            Instant drop = dropped.get(name);
            if (drop == null) continue;
            for (JsonNode e :
                    api.get("/api/audit?documentId=" + d.get("id").asLong()).json()) {
                if (e.get("action").asString().equals("task.created")) {
                    took.put(
                            name,
                            Duration.between(drop, Instant.parse(e.get("at").asString()))
                                    .toMillis());
                    break;
                }
            }
        }
        return took;
    }

    private static String percentiles(Map<String, Long> took, List<Doc> docs) {
        List<Long> ms = docs.stream()
                .map(d -> took.get(d.name()))
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
        if (ms.isEmpty()) return "no tasks";
        return String.format(
                "p50 %.1f s, p95 %.1f s (%d of %d with a task)",
                ms.get((int) Math.floor((ms.size() - 1) * 0.5)) / 1000.0,
                ms.get((int) Math.floor((ms.size() - 1) * 0.95)) / 1000.0,
                ms.size(),
                docs.size());
    }

    /** The raw CLI on the same pages, {@code workers} processes at a time. */
    /** Every TIFF in {@code folder}, under a name of its own so that no synthetic fax shares it. */
    private static List<Doc> outsideFaxes(Path folder) throws IOException {
        List<Doc> faxes = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().matches("(?i).*\\.tiff?"))
                    .sorted()
                    .toList()) {
                byte[] content = Files.readAllBytes(file);
                int pages;
                try (var in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(content))) {
                    var reader = ImageIO.getImageReaders(in).next();
                    reader.setInput(in);
                    pages = reader.getNumImages(true);
                    reader.dispose();
                }
                faxes.add(new Doc("fax", "outside-" + faxes.size() + ".tif", content, pages));
            }
        }
        if (faxes.isEmpty()) throw new IllegalArgumentException("no TIFF in " + folder);
        return faxes;
    }

    /** One run of the CLI over a phase's pages: its wall time, and its processes' CPU time (all of them ended). */
    record CliRun(double seconds, double cpuSeconds) {
        CliRun meanWith(CliRun other) {
            return new CliRun((seconds + other.seconds) / 2, (cpuSeconds + other.cpuSeconds) / 2);
        }
    }

    private static CliRun cli(List<Doc> docs, int workers) throws Exception {
        Path dir = Files.createTempDirectory("cli-pages-");
        List<Path> inputs = new ArrayList<>();
        for (Doc d : docs) {
            if (d.name().endsWith(".tif")) {
                Path file = dir.resolve(d.name());
                Files.write(file, d.content());
                inputs.add(file);
            } else {
                // a scanned PDF's pages as the application reads them: a page that is only its scan as the scan,
                // any other rendered at intake.ocr.pdf-render-dpi (the jar runs on its defaults: 300)
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(d.content())) {
                    var renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
                    for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                        Path file = dir.resolve(d.name() + "-" + p + ".png");
                        var page = org.priorauth.intake.reading.ScannedPageImage.toRead(
                                pdf, renderer, p, 300, Long.MAX_VALUE);
                        ImageIO.write(page.image(), "png", file.toFile());
                        inputs.add(file);
                    }
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        double cpuBefore = ProcessCpu.endedChildrenSeconds();
        long start = System.nanoTime();
        List<Future<Integer>> runs = new ArrayList<>();
        for (Path input : inputs) {
            runs.add(pool.submit(() -> {
                ProcessBuilder builder = new ProcessBuilder("tesseract", input.toString(), "stdout", "-l", "eng")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                builder.environment().put("OMP_THREAD_LIMIT", "1");
                return builder.start().waitFor();
            }));
        }
        for (Future<Integer> run : runs) {
            if (run.get() != 0) throw new IllegalStateException("tesseract failed");
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new CliRun(seconds, ProcessCpu.endedChildrenSeconds() - cpuBefore);
    }

    private static SyntheticCase patient(int i, Random random, Letter letter) {
        // first and last names paired so that no two cases share a name
        String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length]
                + (i >= FIRST.length * LAST.length ? "-" + LAST[(i / (FIRST.length * LAST.length)) % LAST.length] : "");
        return new SyntheticCase(
                name,
                LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                "BM" + (100000000 + random.nextInt(899999999)),
                letter.payer(),
                letter.drug(),
                letter.generic(),
                "PA-BENCH-" + (10000 + i));
    }

    private static byte[] mail(int i, String letter) {
        return ("""
                From: Payer notices <notices@payer.example>
                To: PA desk <pa-desk@clinic.example>
                Subject: Prior authorization update %d
                Message-ID: <bench-%d@payer.example>
                Date: Mon, 16 Nov 2026 09:00:00 -0500
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                """
                                .formatted(i, i)
                        + letter)
                .replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static final String APPEAL_RIGHTS =
            """
            YOUR RIGHTS

            You, your prescriber or your representative may ask for an appeal of this
            decision. Send your written request with any records that support it.
            A decision on a standard appeal is made within 30 days of receipt.
            For an expedited appeal, call the number on your member ID card.
            Language assistance is available at no cost to you.
            """;
}
