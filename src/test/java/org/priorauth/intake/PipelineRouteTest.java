package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.priorauth.intake.intake.DocumentBusyException;
import org.priorauth.intake.pipeline.DocumentInProgress;
import org.priorauth.intake.samples.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The routes themselves, with Camel's test support: a file dropped into the watched fax folder goes through the
 * pipeline's steps (waited for with a NotifyBuilder on the document route, never a sleep), and a step that throws
 * (reached by its id with AdviceWith) ends the document FAILED with the step's reason while the source file moves
 * to .failed/ and the original is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // the error-path test advises the document route
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineRouteTest {

    static final Path ROOT = TestFolders.create("pipeline-route");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
    }

    @Autowired
    CamelContext camel;

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void aDroppedFaxGoesThroughEveryStepOfTheDocumentRoute() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camel)
                .fromRoute("fax-folder")
                .whenCompleted(1)
                .wereSentTo("direct:document")
                .create();
        drop(Samples.dir().resolve("fax/fax-20261110-0930.pdf"), "fax", "a-letter.pdf");

        assertThat(done.matches(90, TimeUnit.SECONDS))
                .as("the file went through the document route")
                .isTrue();
        JsonNode document = new Api(port, "admin", "admin").documentNamed("a-letter.pdf");
        assertThat(document.get("state").asString()).isIn("PROCESSED", "NEEDS_REVIEW");
        assertThat(document.get("documentType").isNull()).isFalse();
        // the file moves once the exchange is done
        await().atMost(Duration.ofSeconds(10))
                .until(() -> movedTo(".done").stream().anyMatch(name -> name.endsWith("a-letter.pdf")));
    }

    @Test
    @Order(2) // after the happy path: it advises the route for good
    void aStepThatFailsEndsTheDocumentFailedWithItsReasonAndKeepsTheOriginal() throws Exception {
        AdviceWith.adviceWith(camel, "document", route -> route.weaveById("classify")
                .replace()
                .throwException(new IllegalStateException("the classifier is unavailable")));
        NotifyBuilder done =
                new NotifyBuilder(camel).fromRoute("fax-folder").whenDone(1).create();
        drop(Samples.dir().resolve("fax/fax-20261112-1530.pdf"), "fax", "b-letter.pdf");

        assertThat(done.matches(90, TimeUnit.SECONDS)).isTrue();
        Api api = new Api(port, "admin", "admin");
        JsonNode failed = api.documentNamed("b-letter.pdf");
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("error").asString())
                .isEqualTo("processing failed: IllegalStateException: the classifier is unavailable");
        assertThat(api.bytes("/api/documents/" + failed.get("id").asLong() + "/original"))
                .isEqualTo(Files.readAllBytes(Samples.dir().resolve("fax/fax-20261112-1530.pdf")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> movedTo(".failed").stream().anyMatch(name -> name.endsWith("b-letter.pdf")));
    }

    @Test
    @Order(3)
    void aSourceWithADocumentThatCannotBeRecordedIsKeptToBeReadAgain() throws Exception {
        // the second letter of a portal ZIP cannot be recorded, as when its bytes are held by a reader that has not
        // finished (or the database is away): the step throws an exception the document route does not handle
        AdviceWith.adviceWith(camel, "document", route -> route.weaveById("read-fields")
                .before()
                .process(exchange -> {
                    DocumentInProgress doc = exchange.getIn().getBody(DocumentInProgress.class);
                    if (doc.item().sourceName().contains("second")) throw new DocumentBusyException(doc.documentId());
                }));
        NotifyBuilder tried = new NotifyBuilder(camel)
                .fromRoute("portal-folder")
                .whenFailed(2)
                .create();
        Path zip = ROOT.resolve("download.zip.part");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("first-letter.png", "second-letter.png")) {
                out.putNextEntry(new ZipEntry(name));
                out.write(Files.readAllBytes(Samples.dir()
                        .resolve(
                                name.startsWith("first") ? "fax/fax-20261117-1122.png" : "fax/fax-20261114-0812.jpg")));
                out.closeEntry();
            }
        }
        Files.move(zip, ROOT.resolve("portal/download.zip"));

        assertThat(tried.matches(90, TimeUnit.SECONDS))
                .as("the ZIP was tried again on a later poll")
                .isTrue();
        assertThat(Files.exists(ROOT.resolve("portal/download.zip")))
                .as("the ZIP is kept in its folder, not let go with its second letter never recorded")
                .isTrue();
        // recorded (FAILED: the classifier is still advised to fail by the test before), not left PROCESSING; a
        // later poll may be reading it again at this moment, so it is FAILED again within a few seconds
        Api api = new Api(port, "admin", "admin");
        await().atMost(Duration.ofSeconds(20)).until(() -> api.documentNamed("download.zip!/first-letter.png")
                .get("state")
                .asString()
                .equals("FAILED"));
    }

    private static void drop(Path sample, String folder, String name) throws Exception {
        Path partial = ROOT.resolve(name + ".part");
        Files.copy(sample, partial);
        Files.move(partial, ROOT.resolve(folder).resolve(name));
    }

    private static java.util.List<String> movedTo(String outcome) throws Exception {
        Path dir = ROOT.resolve("fax").resolve(outcome);
        if (!Files.isDirectory(dir)) return java.util.List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
