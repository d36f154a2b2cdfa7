package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.faults.HostileInputs;
import org.priorauth.intake.intake.Channel;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.IntakeItem;
import org.priorauth.intake.intake.StoredOriginal;
import org.priorauth.intake.samples.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole journey on real parts: files dropped into watched folders, the embedded PostgreSQL, real Tesseract
 * on a real G4 fax TIFF, the API over HTTP. Each wait has a deadline and ends on what the test then asserts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeFlowTest {

    static final Path ROOT = TestFolders.create("intake-flow");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        // small, so that an oversized file is quick to make; every other file here is far below it
        registry.add("intake.limits.max-file-mb", () -> "2");
        TestFolders.register(registry, ROOT);
    }

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void signIn() {
        api = new Api(port, "admin", "admin");
    }

    @Test
    void theApiAnswers401WithoutCredentials() {
        assertThat(api.getWithoutSignIn("/api/documents").status()).isEqualTo(401);
        assertThat(api.getWithoutSignIn("/api/intake/status").status()).isEqualTo(401);
        assertThat(api.getWithoutSignIn("/api/cases/1").status()).isEqualTo(401);
    }

    /**
     * What an orchestrator and a Prometheus server ask without signing in: liveness and readiness (the single jar
     * has no broker, so none is asked for), and the intake's metrics after a document went through: documents by
     * state, files waiting per folder, pages read, time from arrival to outcome, each route's timings.
     */
    @Test
    void probesAndPrometheusMetricsAnswerWithoutSignIn() throws Exception {
        assertThat(api.getWithoutSignIn("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(api.getWithoutSignIn("/actuator/health/readiness").status()).isEqualTo(200);

        write(
                ROOT.resolve("portal"),
                "clinic-newsletter.html",
                "<html><body><h1>Lakeside Imaging</h1><p>New evening hours for MRI appointments.</p></body></html>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        awaitLetGo(ROOT.resolve("portal"), "clinic-newsletter.html");

        java.net.http.HttpResponse<String> scrape = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("priorauth_documents\\{state=\"PROCESSED\"} [1-9]")
                .contains("priorauth_source_waiting{source=\"fax\"}")
                .containsPattern("priorauth_pages_read_total\\{format=\"HTML\"} [1-9]")
                .containsPattern("priorauth_document_arrival_to_outcome_seconds_count [1-9]")
                .containsPattern("priorauth_route_seconds_count\\{outcome=\"completed\",route=\"document\"} [1-9]")
                .containsPattern("priorauth_route_seconds_count\\{outcome=\"completed\",route=\"portal-folder\"} [1-9]")
                // one instance, no broker: no queue to measure
                .doesNotContain("priorauth_queue_depth");
    }

    @Test
    void aFaxedDenialIsReadAttachedToItsCaseAndRaisesATask() throws IOException {
        JsonNode created = api.post(
                        "/api/cases",
                        """
                {"patient": {"name": "Harriet Lindqvist", "dateOfBirth": "1979-03-14", "memberId": "XKP482913207"},
                 "payer": "Aetna", "drug": "Dupixent", "paReference": "PA-2026-118734"}""")
                .json();
        long caseId = created.get("id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("SUBMITTED");

        drop(Samples.dir().resolve("fax/fax-20261116-0907.tif"), ROOT.resolve("fax"), "denial-fax.tif");
        awaitLetGo(ROOT.resolve("fax"), "denial-fax.tif");

        JsonNode document = api.documentNamed("denial-fax.tif");
        assertThat(document.get("state").asString()).isEqualTo("PROCESSED");
        assertThat(document.get("channel").asString()).isEqualTo("FAX");
        assertThat(document.get("documentType").asString()).isEqualTo("DENIAL");
        assertThat(document.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(document.get("pages").asInt()).isEqualTo(2);
        assertThat(document.get("fields").get("memberId").asString()).isEqualTo("XKP482913207");
        assertThat(document.get("fields").get("deadline").asString())
                .as("180 days after the notice of 2026-11-16")
                .isEqualTo("2027-05-15");
        assertThat(document.get("evidence").get("type").toString()).contains("NOTICE OF DENIAL");

        JsonNode paCase = api.get("/api/cases/" + caseId).json();
        assertThat(paCase.get("status").asString()).isEqualTo("DENIED");
        assertThat(paCase.get("documents").toString())
                .contains(document.get("id").toString());

        JsonNode task = null;
        for (JsonNode t : api.get("/api/tasks?status=OPEN").json()) {
            if (t.get("documentId").asLong() == document.get("id").asLong()) task = t;
        }
        assertThat(task).as("an open task for the denial").isNotNull();
        assertThat(task.get("role").asString()).isEqualTo("AUTHORIZATION_SPECIALIST");
        assertThat(task.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(task.get("dueDate").asString())
                .as("14 days before the deadline")
                .isEqualTo("2027-05-01");

        assertThat(filesIn(ROOT.resolve("fax/.done"))).anyMatch(name -> name.endsWith("denial-fax.tif"));

        // the viewer's page images: drawn from the original, kept under the data directory
        byte[] page = api.bytes("/api/documents/" + document.get("id").asLong() + "/pages/2");
        assertThat(new String(page, 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(page))
                        .getWidth())
                .isEqualTo(1000);
        assertThat(Files.exists(ROOT.resolve("data/pages")
                        .resolve(document.get("sha256").asString())
                        .resolve("2.png")))
                .isTrue();
        assertThat(api.get("/api/documents/" + document.get("id").asLong() + "/pages/3")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badInputEndsFailedWithItsReasonTheOriginalKeptAndTheQueueMoving() throws IOException {
        Path portal = ROOT.resolve("portal");
        Path mail = ROOT.resolve("email");
        byte[] corruptPdf =
                "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref".getBytes(StandardCharsets.ISO_8859_1);
        byte[] unknown = "some bytes of a spreadsheet".getBytes(StandardCharsets.UTF_8);
        byte[] lockedPdf = HostileInputs.passwordProtectedPdf();
        byte[] corruptZip =
                "PK\u0003\u0004 the rest of this download never arrived".getBytes(StandardCharsets.ISO_8859_1);
        byte[] malformedMail = "\u0000\u0001 this is no mail at all\n\n\u0002".getBytes(StandardCharsets.ISO_8859_1);
        write(portal, "empty.pdf", new byte[0]);
        write(portal, "broken.pdf", corruptPdf);
        write(portal, "notes.xyz", unknown);
        write(portal, "locked.pdf", lockedPdf);
        write(portal, "download.zip", corruptZip);
        write(mail, "exported.eml", malformedMail);
        drop(Samples.dir().resolve("portal/epa-request-status.html"), portal, "after-the-bad-ones.html");
        for (String name : List.of(
                "empty.pdf", "broken.pdf", "notes.xyz", "locked.pdf", "download.zip", "after-the-bad-ones.html")) {
            awaitLetGo(portal, name);
        }
        awaitLetGo(mail, "exported.eml");

        assertFailed("empty.pdf", "empty file", new byte[0]);
        assertFailed("broken.pdf", "corrupt PDF", corruptPdf);
        assertFailed("notes.xyz", "unsupported file type: .xyz", unknown);
        assertFailed("locked.pdf", "password-protected PDF", lockedPdf);
        assertFailed("download.zip", "corrupt ZIP: the file ends too early", corruptZip);
        assertFailed("exported.eml", "not a mail message", malformedMail);
        assertThat(api.documentNamed("after-the-bad-ones.html").get("state").asString())
                .isNotEqualTo("FAILED");
        assertThat(filesIn(portal.resolve(".failed"))).hasSize(5);
        assertThat(filesIn(mail.resolve(".failed"))).hasSize(1);
    }

    @Test
    void otherMailThatStatesACoveragePeriodIsHeldForAPersonWithTheHoldAsItsReason() throws IOException {
        // the plan's provider bulletin reads as OTHER, but one line states a member's coverage: a decision filed
        // as OTHER would raise no task, so the holds of classification.yaml send it to a person
        String bulletin =
                """
                <html><body><h1>Provider Bulletin - Network Update</h1>
                <p>Join our network webinar on new credentialing steps and the W-9 form for accounts payable.</p>
                <p>Reminder from your plan: Skyrizi for member Odile Marchetti is covered through 06/30/2027.</p>
                <p>Beginning next quarter, office supplies orders move to the provider portal.</p>
                </body></html>""";
        write(ROOT.resolve("portal"), "bulletin.html", bulletin.getBytes(StandardCharsets.UTF_8));
        awaitLetGo(ROOT.resolve("portal"), "bulletin.html");

        JsonNode document = api.documentNamed("bulletin.html");
        assertThat(document.get("state").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(document.get("documentType").asString()).isEqualTo("OTHER");
        assertThat(document.get("evidence").get("review").asString())
                .startsWith("OTHER held while APPROVAL evidence scores 3.0 or more");
        assertThat(api.get("/api/tasks?status=OPEN").json())
                .anySatisfy(t -> assertThat(t.get("documentId").asLong())
                        .isEqualTo(document.get("id").asLong()));
    }

    @Test
    void theSameBytesTwiceAreOneDocument() throws IOException {
        Path drop = ROOT.resolve("email");
        drop(Samples.dir().resolve("email/skyrizi-complete-enrollment.eml"), drop, "first.eml");
        awaitLetGo(drop, "first.eml");
        drop(Samples.dir().resolve("email/skyrizi-complete-enrollment.eml"), drop, "again.eml");
        awaitLetGo(drop, "again.eml");

        long copies = 0;
        for (JsonNode d : api.get("/api/documents").json()) {
            if (d.get("sourceName").asString().equals("Benefits investigation complete")) copies++;
        }
        assertThat(copies).isEqualTo(1);
    }

    @Autowired
    DocumentRepository documents;

    @Autowired
    JdbcClient db;

    @Test
    void whoReadPatientDataIsAuditedAndTheTrailCannotBeEmptied() throws IOException {
        write(
                ROOT.resolve("portal"),
                "viewed.html",
                "<html><body><p>Northwind Health Plan: your request for Bimzelx was received.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        awaitLetGo(ROOT.resolve("portal"), "viewed.html");
        long id = api.documentNamed("viewed.html").get("id").asLong();
        api.get("/api/documents/" + id);
        List<String> trail = java.util.stream.StreamSupport.stream(
                        api.get("/api/audit?documentId=" + id).json().spliterator(), false)
                .map(e -> e.get("actor").asString() + " " + e.get("action").asString())
                .toList();
        assertThat(trail).contains("admin patient-data.viewed");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> db.sql("truncate audit_event").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aFileOverTheSizeLimitFailsWithTheLimitAndIsKept() throws IOException {
        byte[] huge = new byte[3 * 1024 * 1024];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, huge, 0, header.length);
        write(ROOT.resolve("fax"), "huge-scan.pdf", huge);
        awaitLetGo(ROOT.resolve("fax"), "huge-scan.pdf");

        JsonNode d = api.documentNamed("huge-scan.pdf");
        assertThat(d.get("state").asString()).isEqualTo("FAILED");
        assertThat(d.get("error").asString()).contains("file too large: 3 MB").contains("max-file-mb");
        assertThat(filesIn(ROOT.resolve("fax/.failed"))).anyMatch(f -> f.endsWith("huge-scan.pdf"));
    }

    @Test
    void aFailedDocumentIsReadAgainOnRequestAndAnyOtherIsRefused() throws IOException {
        write(
                ROOT.resolve("portal"),
                "to-retry.html",
                "<html><body><p>Northwind Health Plan: the request for Adbry is approved.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        awaitLetGo(ROOT.resolve("portal"), "to-retry.html");
        long id = api.documentNamed("to-retry.html").get("id").asLong();
        assertThat(api.post("/api/documents/" + id + "/retry", "").status())
                .as("a document with an outcome is not read again")
                .isEqualTo(409);

        documents.fail(id, "the database was away"); // as a fault outside the document would leave it
        Api.Answer retried = api.post("/api/documents/" + id + "/retry", "");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("state").asString()).isIn("PROCESSED", "NEEDS_REVIEW");
        assertThat(retried.json().get("documentType").asString()).isEqualTo("APPROVAL");
        assertThat(api.get("/api/audit?documentId=" + id).json().toString()).contains("document.retried");
    }

    @Test
    void aDocumentBeingReadIsNotTakenUpTwiceButACrashedOneIs() {
        IntakeItem item = IntakeItem.of(
                Channel.PORTAL,
                "lease.html",
                "<html>lease</html>".getBytes(StandardCharsets.UTF_8),
                java.time.Instant.now());
        long id = documents
                .insertProcessing(item, new StoredOriginal("f".repeat(64), ROOT.resolve("x"), 17))
                .orElseThrow();
        assertThat(documents.takeUp(id)).as("another reader holds it").isFalse();
        db.sql("update document set lease_until = now() - interval '1 minute' where id = ?")
                .param(id)
                .update();
        assertThat(documents.takeUp(id))
                .as("its reader crashed: the lease ran out")
                .isTrue();
        db.sql("update document set lease_until = now() + interval '10 minutes', lease_owner = 'a-reader-long-gone'"
                        + " where id = ?")
                .param(id)
                .update();
        assertThat(documents.takeUp(id))
                .as("its reader stopped beating: its lease is free before it runs out")
                .isTrue();
        assertThat(documents.takeUp(id)).as("and now this reader holds it").isFalse();
        documents.fail(id, "test");
        assertThat(documents.takeUp(id)).as("it failed and was sent again").isTrue();
        db.sql("update document set state = 'PROCESSED', lease_until = null where id = ?")
                .param(id)
                .update();
        assertThat(documents.takeUp(id))
                .as("a finished document is a duplicate")
                .isFalse();
    }

    private void assertFailed(String name, String reason, byte[] original) {
        JsonNode d = api.documentNamed(name);
        assertThat(d).as(name + " is a document").isNotNull();
        assertThat(d.get("state").asString()).isEqualTo("FAILED");
        assertThat(d.get("error").asString()).contains(reason);
        assertThat(api.bytes("/api/documents/" + d.get("id").asLong() + "/original"))
                .as("the original is kept")
                .isEqualTo(original);
    }

    /**
     * Waits, with a deadline, until the folder let the file go to .done/ or .failed/: that happens only after
     * its documents' transactions committed, so everything the test then reads is final.
     */
    /**
     * Senders name things as they like: a ZIP entry and a mail subject with a NUL in them and 5,000 characters
     * long are read like any other, under a name cut to what can be stored and shown, and the queue moves on.
     */
    @Test
    void namesWithNulsAndThousandsOfCharactersAreReadUnderAShortenedName() throws IOException {
        String endless = "appeal-decision-" + "x".repeat(5000) + "\u0000-final.pdf";
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry(endless));
            out.write(org.priorauth.intake.samples.LetterRenderer.textPdf(
                    "Northwind Health Plan\nYour appeal for Taltz is approved.\n"));
            out.closeEntry();
        }
        write(ROOT.resolve("portal"), "long-names.zip", zip.toByteArray());
        String subject = "Case update \u0000" + "y".repeat(5000);
        byte[] mail = ("From: pa@northwind.example\r\nSubject: " + subject
                        + "\r\nContent-Type: text/plain\r\n\r\nYour request for Otezla is approved.\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        write(ROOT.resolve("email"), "long-subject.eml", mail);
        awaitLetGo(ROOT.resolve("portal"), "long-names.zip");
        awaitLetGo(ROOT.resolve("email"), "long-subject.eml");

        int seen = 0;
        for (JsonNode d : api.get("/api/documents").json()) {
            String name = d.get("sourceName").asString();
            if (!name.startsWith("long-names.zip") && !name.startsWith("Case update")) continue;
            seen++;
            assertThat(name.length()).isLessThanOrEqualTo(300);
            assertThat(name).doesNotContain("\u0000");
            assertThat(d.get("state").asString()).as(name).isIn("PROCESSED", "NEEDS_REVIEW");
        }
        assertThat(seen).as("the ZIP's letter and the mail").isEqualTo(2);
        assertThat(filesIn(ROOT.resolve("portal/.done"))).anyMatch(f -> f.endsWith("long-names.zip"));
        assertThat(filesIn(ROOT.resolve("email/.done"))).anyMatch(f -> f.endsWith("long-subject.eml"));
    }

    static void awaitLetGo(Path folder, String name) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Stream.concat(
                                filesIn(folder.resolve(".done")).stream(), filesIn(folder.resolve(".failed")).stream())
                        .anyMatch(moved -> moved.endsWith("-" + name)));
    }

    /** Writes beside the folder first and then moves in, as a fax server does, so no half file is read. */
    static void drop(Path sample, Path folder, String name) throws IOException {
        write(folder, name, Files.readAllBytes(sample));
    }

    static void write(Path folder, String name, byte[] content) throws IOException {
        Path staging = Files.createTempFile(folder.getParent(), "staging-", ".tmp");
        Files.write(staging, content);
        Files.move(staging, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    static List<String> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
