package org.priorauth.intake.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.priorauth.intake.faults.RunningJar.await;
import static org.priorauth.intake.faults.RunningJar.list;
import static org.priorauth.intake.faults.RunningJar.settled;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.Api;
import org.priorauth.intake.samples.LetterRenderer;
import tools.jackson.databind.JsonNode;

/**
 * Everything on issue 28's list of hostile inputs, made by {@link HostileInputs}, dropped at once into the
 * packaged application running in its own process within {@value RunningJar#MAX_HEAP}: each must end read
 * (PROCESSED or NEEDS_REVIEW) or FAILED with a reason staff can act on, its original kept, no file left in a
 * watched folder, no page of HTML fetching anything, the heap within its bound, and a good letter dropped after
 * them all still read. It prints a report: each input, its outcome and reason, the heap's peak and the time taken.
 */
class HostileInputsIT {

    /** What one input must end as: read, or FAILED with these words in its reason. */
    private record Input(String folder, String name, byte[] content, Predicate<JsonNode> isOurs, String failsWith) {

        static Input read(String folder, String name, byte[] content) {
            return new Input(folder, name, content, bySourceName(name), null);
        }

        static Input fails(String folder, String name, byte[] content, String reason) {
            return new Input(folder, name, content, bySourceName(name), reason);
        }

        /** The mail's documents, or the mail itself when it could not be taken apart. */
        Input fromMail(String messageId) {
            return new Input(
                    folder,
                    name,
                    content,
                    isOurs.or(d -> d.get("messageId").asString("").equals(messageId)),
                    failsWith);
        }

        /** The file itself, or an entry of it when it is a ZIP ("bundle.zip!/letter.pdf"). */
        private static Predicate<JsonNode> bySourceName(String name) {
            return d -> {
                String source = d.get("sourceName").asString();
                return source.equals(name) || source.startsWith(name + "!/");
            };
        }
    }

    private final RunningJar app = new RunningJar("hostile-inputs");
    private HttpServer referenced;

    HostileInputsIT() throws IOException {}

    @AfterEach
    void stop() throws Exception {
        app.stop();
        if (referenced != null) referenced.stop(0);
    }

    @Test
    void everyHostileInputEndsReadOrFailedWithItsReasonAndALetterAfterThemIsRead() throws Exception {
        // a web server the HTML points at: the application must never ask it for anything
        AtomicInteger fetched = new AtomicInteger();
        referenced = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        referenced.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        referenced.start();
        String base = "http://127.0.0.1:" + referenced.getAddress().getPort();

        Path rules = rulesWithACatastrophicPattern();
        Api api = app.start("hostile", "--intake.rules-dir=" + rules);

        byte[] letterPdf = LetterRenderer.textPdf(HostileInputs.denial(1));
        String endless = "appeal-" + "x".repeat(5000) + "\u0000-final.pdf";
        List<Input> inputs = List.of(
                Input.fails("fax", "empty.pdf", new byte[0], "empty"),
                Input.fails(
                        "portal",
                        "truncated.pdf",
                        HostileInputs.truncated(LetterRenderer.textPdf(HostileInputs.denial(2))),
                        "PDF"),
                Input.fails("portal", "corrupt.pdf", HostileInputs.corruptPdf(), "PDF"),
                Input.fails("portal", "encrypted.pdf", HostileInputs.passwordProtectedPdf(), "password"),
                Input.fails("portal", "binder.pdf", HostileInputs.pdfOfPages(2000), "2000 pages"),
                Input.fails("fax", "poster.png", HostileInputs.hugePng(30_000), "30000 x 30000"),
                Input.read(
                        "fax",
                        "no-resolution.tif",
                        HostileInputs.tiffWithoutResolution(
                                LetterRenderer.faxPage(HostileInputs.denial(3), "FROM: NORTHWIND", 5))),
                Input.fails("portal", "bomb.zip", HostileInputs.zipBomb(200), "max-zip-mb"),
                Input.fails("portal", "quine.zip", HostileInputs.zipQuine(), "corrupt ZIP"),
                Input.fails(
                        "portal",
                        "nested.zip",
                        HostileInputs.nestedZips(5, LetterRenderer.textPdf(HostileInputs.denial(4))),
                        "nested too deep"),
                Input.read(
                        "portal",
                        "climbing.zip",
                        HostileInputs.zip(
                                "../../../etc/cron.d/denial.pdf", LetterRenderer.textPdf(HostileInputs.denial(5)))),
                Input.read(
                        "portal",
                        "long-names.zip",
                        HostileInputs.zip(endless, LetterRenderer.textPdf(HostileInputs.denial(6)))),
                Input.read("portal", "lying.pdf", HostileInputs.faxImageOf(HostileInputs.denial(7))),
                Input.read("portal", "scripted.html", HostileInputs.htmlWithScriptsAndReferences(base)),
                Input.fails("email", "malformed.eml", HostileInputs.malformedMail(), "malformed attachment")
                        .fromMail("<malformed@northwind.example>"),
                Input.fails("email", "fifty-mb.eml", HostileInputs.fiftyMegabyteMail(), "image")
                        .fromMail("<fifty-mb@northwind.example>"),
                Input.read("portal", "backtracking.html", backtrackingBait()));

        Instant dropped = Instant.now();
        for (Input input : inputs) app.drop(input.folder(), input.name(), input.content());
        await(
                Duration.ofMinutes(8),
                () -> app.waitingFiles() == 0
                        && settled(api)
                                == list(api.get("/api/documents").json()).size());
        Duration toSettle = Duration.between(dropped, Instant.now());

        long goodCase =
                api.openCase("Quilla Hostetter1", "1970-01-01", "HST4425128", "Northwind Health Plan", "Dupixent");
        app.drop("portal", "good-letter.pdf", letterPdf);
        await(Duration.ofMinutes(2), () -> {
            JsonNode good = api.documentNamed("good-letter.pdf");
            return good != null && !good.get("state").asString().equals("PROCESSING");
        });
        JsonNode good = api.documentNamed("good-letter.pdf");

        List<JsonNode> documents = list(api.get("/api/documents").json());
        Map<Input, List<JsonNode>> outcomes = new LinkedHashMap<>();
        for (Input input : inputs)
            outcomes.put(input, documents.stream().filter(input.isOurs()).toList());
        long peakMb = app.peakHeapMb();
        long liveMb = app.liveHeapMb();
        report(outcomes, toSettle, peakMb, liveMb, fetched.get(), good);

        List<String> problems = new ArrayList<>();
        outcomes.forEach((input, docs) -> {
            if (docs.isEmpty()) problems.add(input.name() + ": no document");
            for (JsonNode d : docs) {
                String state = d.get("state").asString();
                String error = d.get("error").asString("");
                if (state.equals("PROCESSING")) problems.add(input.name() + ": stuck PROCESSING");
                if (input.failsWith() == null && state.equals("FAILED"))
                    problems.add(input.name() + ": FAILED (" + error + "), expected read");
                if (state.equals("FAILED") && error.isBlank()) problems.add(input.name() + ": FAILED with no reason");
                String original = "/api/documents/" + d.get("id").asLong() + "/original";
                boolean kept = d.get("sourceName").asString().equals(input.name())
                        ? Arrays.equals(api.bytes(original), input.content())
                        : api.get(original).status() == 200; // an entry of a ZIP, a part of a mail
                if (!kept) problems.add(input.name() + ": original not kept");
            }
            if (input.failsWith() != null
                    && docs.stream()
                            .noneMatch(d -> d.get("state").asString().equals("FAILED")
                                    && d.get("error").asString("").contains(input.failsWith())))
                problems.add(input.name() + ": no FAILED document saying \"" + input.failsWith() + "\"");
        });
        assertThat(problems).isEmpty();
        JsonNode slow = api.documentNamed("backtracking.html");
        assertThat(slow.get("state").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(slow.get("evidence").toString())
                .as("held for a person, the slow rule named")
                .contains("classification.yaml")
                .contains("took more than");
        assertThat(fetched.get()).as("requests to the servers the HTML names").isZero();
        assertThat(app.waitingFiles()).isZero();
        assertThat(app.alive()).isTrue();
        assertThat(app.ranOutOfHeap()).isFalse();
        assertThat(peakMb).isLessThanOrEqualTo(512);
        assertThat(good.get("state").asString()).isEqualTo("PROCESSED");
        assertThat(good.get("documentType").asString()).isEqualTo("DENIAL");
        assertThat(good.get("caseId").asLong()).isEqualTo(goodCase);
    }

    /**
     * The rules as shipped, plus a cue an admin could write that backtracks for ever on a long run of one letter:
     * {@code ((x+)+)+y} against forty x's and no y. (Java's engine remembers where simpler nestings such as
     * {@code (?:x+x+)+y} failed, and those end at once; this one it cannot.)
     */
    private Path rulesWithACatastrophicPattern() throws IOException {
        Path rules = app.root.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of("routes/rules"))) {
            for (Path f : files.toList()) Files.copy(f, rules.resolve(f.getFileName()));
        }
        Path classification = rules.resolve("classification.yaml");
        String yaml = Files.readString(classification);
        String other = "  OTHER:\n    evidence:\n";
        assertThat(yaml).contains(other);
        Files.writeString(
                classification, yaml.replace(other, other + "      - { pattern: \"((x+)+)+y\", weight: 1 }\n"));
        return rules;
    }

    private static byte[] backtrackingBait() {
        return ("<html><body><p>Northwind Health Plan: your request for Taltz is approved.</p><p>" + "x".repeat(40)
                        + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void report(
            Map<Input, List<JsonNode>> outcomes,
            Duration toSettle,
            long peakMb,
            long liveMb,
            int fetched,
            JsonNode good) {
        StringBuilder report = new StringBuilder("---- fault report: hostile inputs ----\n");
        outcomes.forEach((input, docs) -> {
            if (docs.isEmpty()) report.append("%-20s no document%n".formatted(input.name()));
            for (JsonNode d : docs) {
                String reason = d.get("error").asString("");
                report.append("%-20s %-13s %s%n"
                        .formatted(
                                input.name(),
                                d.get("state").asString(),
                                reason.isEmpty() ? d.get("documentType").asString("") : shortened(reason)));
            }
        });
        report.append("inputs %d, settled in %d s, HTML references fetched %d%n"
                .formatted(outcomes.size(), toSettle.toSeconds(), fetched));
        report.append("heap: at most %d MB live after a collection, %d MB before one (bound 512 MB)%n"
                .formatted(liveMb, peakMb));
        report.append("a letter dropped after them: %s %s%n"
                .formatted(
                        good.get("state").asString(), good.get("documentType").asString("")));
        FaultReport.add(report.toString());
    }

    private static String shortened(String reason) {
        return reason.length() > 110 ? reason.substring(0, 110) + "..." : reason;
    }
}
