package org.priorauth.intake.reading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.priorauth.intake.PriorAuthIntakeApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's whole path against the {@code tesseract} CLI on the same fax pages: the fax documents of
 * a folder of letters (by default the test sample, {@code src/test/resources/letter-sample/}; the whole corpus
 * with {@code -Dexec.args=evaluation/target/letters} once {@code evaluation/run} made it) are dropped into the watched fax folder of a running application (embedded
 * PostgreSQL, every pipeline step) and timed until the last is recorded; then the CLI reads the same files
 * with as many processes as the application has OCR workers. Prints pages/min for both and their ratio.
 *
 * <pre>OMP_THREAD_LIMIT=1 mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.priorauth.intake.reading.PipelineBenchmark</pre>
 */
public final class PipelineBenchmark {

    public static void main(String[] args) throws Exception {
        List<Path> faxes = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args.length > 0 ? args[0] : "src/test/resources/letter-sample"))) {
            files.filter(f -> f.toString().matches(".*\\.(tif|png)$")).sorted().forEach(faxes::add);
        }
        Path root = Files.createTempDirectory("pipeline-benchmark-");
        for (String dir : List.of("fax", "portal", "email", "data")) Files.createDirectories(root.resolve(dir));
        ConfigurableApplicationContext app = SpringApplication.run(
                PriorAuthIntakeApplication.class,
                "--server.port=0",
                "--intake.demo.enabled=false",
                "--intake.poll-delay-ms=100",
                "--intake.data-dir=" + root.resolve("data"),
                "--intake.fax.dir=" + root.resolve("fax"),
                "--intake.portal.dir=" + root.resolve("portal"),
                "--intake.email.drop-dir=" + root.resolve("email"),
                "--logging.level.root=WARN");
        int pages = 0;
        try {
            JdbcClient db = app.getBean(JdbcClient.class);
            int rounds = Integer.getInteger("rounds", 1);
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (Path fax : faxes) {
                    // each round's copy differs by trailing bytes, so it is a document of its own, not a duplicate
                    byte[] content = Files.readAllBytes(fax);
                    Path staging = root.resolve(r + "-" + fax.getFileName() + ".tmp");
                    Files.write(staging, java.util.Arrays.copyOf(content, content.length + r));
                    Files.move(
                            staging,
                            root.resolve("fax").resolve(r + "-" + fax.getFileName()),
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
            while (db.sql("select count(*) from document where state <> 'PROCESSING'")
                            .query(Long.class)
                            .single()
                    < (long) faxes.size() * rounds) {
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pages = db.sql("select coalesce(sum(pages), 0) from document")
                    .query(Integer.class)
                    .single();
            double application = pages / seconds * 60;

            int workers = app.getEnvironment().getProperty("intake.ocr.threads", Integer.class, 2);
            double tesseract = pages / TesseractCli.secondsFor(faxes, rounds, workers) * 60;
            System.out.printf(
                    "pipeline benchmark: %d fax documents, %d pages, %d OCR workers, OMP_THREAD_LIMIT=%s%n",
                    faxes.size() * rounds, pages, workers, System.getenv("OMP_THREAD_LIMIT"));
            System.out.printf("application, watched folder to recorded document: %6.1f pages/min%n", application);
            System.out.printf(
                    "tesseract CLI, %d processes, same files:          %6.1f pages/min%n", workers, tesseract);
            System.out.printf("ratio application / CLI: %.2f%n", application / tesseract);
        } finally {
            app.close();
        }
    }
}
