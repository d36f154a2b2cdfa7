package org.priorauth.intake.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.priorauth.intake.Api;
import tools.jackson.databind.JsonNode;

/**
 * The packaged application run as an operator runs it: {@code java -Xmx512m -XX:TieredStopAtLevel=1 -jar
 * target/priorauth-intake.jar}
 * in its own process, on its own folders under {@code root}, with the garbage collector's log kept so that the
 * fault reports can print the heap's peak. The fault suite drives it from outside, as staff and the folders do.
 */
public final class RunningJar {

    /** The heap every fault run is held to: a fault must not need more. */
    static final String MAX_HEAP = "-Xmx512m";

    /**
     * The JIT as the image runs it (Dockerfile, JAVA_TOOL_OPTIONS): the quick compiler only. On two cores the
     * optimising one took a quarter of a core for minutes, beside the OCR workers (top -H, EndToEndBenchmark).
     */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    public final Path root;
    final int port = freePort();
    private Process process;
    private String run;

    public RunningJar(String name) throws IOException {
        this.root = Files.createTempDirectory(name);
        for (String folder : List.of("fax", "portal", "email")) Files.createDirectories(root.resolve(folder));
    }

    private RunningJar(Path root) {
        this.root = root;
    }

    /** Another instance on the same folders and data folder, with its own port and logs (give it its own run name). */
    RunningJar alongside() {
        return new RunningJar(root);
    }

    /** Starts the jar; {@code run} names its log files, {@code extra} are more {@code --name=value} settings. */
    public Api start(String run, String... extra) throws Exception {
        return start(List.of(), run, extra);
    }

    /** Starts the jar with more JVM options too (a flight recording: {@code -XX:StartFlightRecording=...}). */
    public Api start(List<String> jvmOptions, String run, String... extra) throws Exception {
        this.run = run;
        Path jar = Path.of("target/priorauth-intake.jar");
        assertThat(jar).as("mvn package builds the jar before this test").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                MAX_HEAP,
                QUICK_JIT,
                "-Xlog:gc:file=" + gcLog()));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--intake.data-dir=" + root.resolve("data"),
                "--intake.fax.dir=" + root.resolve("fax"),
                "--intake.portal.dir=" + root.resolve("portal"),
                "--intake.email.drop-dir=" + root.resolve("email"),
                "--intake.demo.enabled=false",
                "--intake.bootstrap-admin.password=admin",
                "--intake.poll-delay-ms=200"));
        command.addAll(List.of(extra));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        process = builder.start();
        return awaitUp(Duration.ofMinutes(2));
    }

    private Api awaitUp(Duration within) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .build();
        await(within, () -> {
            if (!process.isAlive()) throw new AssertionError("the application stopped at start: see " + log());
            try {
                return http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return new Api(port, "admin", "admin");
    }

    Process process() {
        return process;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return root.resolve("app-" + run + ".log");
    }

    private Path gcLog() {
        return root.resolve("gc-" + run + ".log");
    }

    /** kill -9: no shutdown hook, no chance to tidy up. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as an operator stops it (Spring closes, and the embedded database with it); then any leftover. */
    public void stop() throws Exception {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
        }
        leftoverPostmaster().ifPresent(ProcessHandle::destroyForcibly);
    }

    /**
     * The most heap the run held, in MB: the largest occupancy before a collection in its GC log (the heap is
     * never fuller than just before the collector runs). Zero when it never collected.
     */
    public long peakHeapMb() throws IOException {
        return mostInGcLog(1);
    }

    /**
     * The most heap still in use right after a collection, in MB: what the run really needed at its fullest,
     * where {@link #peakHeapMb()} also counts garbage the collector had not yet been asked to clear.
     */
    public long liveHeapMb() throws IOException {
        return mostInGcLog(2);
    }

    /**
     * The largest of one figure of the collections' lines ("Pause Young (Normal) (G1 Evacuation Pause)
     * 120M->30M(512M)"); the concurrent cycle's Remark and Cleanup pauses free nothing and are left out.
     */
    private long mostInGcLog(int figure) throws IOException {
        Pattern collection = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");
        long most = 0;
        for (Path log : gcLogs()) {
            for (String line : Files.readAllLines(log)) {
                Matcher m = collection.matcher(line);
                boolean collected = line.contains("Pause Young") || line.contains("Pause Full");
                if (collected && m.find()) most = Math.max(most, Long.parseLong(m.group(figure)));
            }
        }
        return most;
    }

    private List<Path> gcLogs() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> f.getFileName().toString().startsWith("gc-"))
                    .toList();
        }
    }

    /** Whether any run of the jar ran out of heap. */
    boolean ranOutOfHeap() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith("app-"))
                    .toList()) {
                if (Files.readString(log).contains("OutOfMemoryError")) return true;
            }
        }
        return false;
    }

    Optional<ProcessHandle> leftoverPostmaster() throws IOException {
        Path pidFile = root.resolve("data/postgres/postmaster.pid");
        if (!Files.exists(pidFile)) return Optional.empty();
        return ProcessHandle.of(
                        Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                .filter(ProcessHandle::isAlive);
    }

    /** Drops a file into a watched folder as a scanner or a mail export does: written aside, then renamed in. */
    public void drop(String folder, String name, byte[] content) throws IOException {
        Path partial = root.resolve("incoming-" + System.nanoTime() + ".part");
        Files.write(partial, content);
        Files.move(partial, root.resolve(folder).resolve(name));
    }

    /** Files still waiting in the watched folders (those read are moved to .done/ or .failed/). */
    long waitingFiles() throws IOException {
        long waiting = 0;
        for (String folder : List.of("fax", "portal", "email")) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                waiting += files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> !f.getFileName().toString().endsWith(".camelLock"))
                        .count();
            }
        }
        return waiting;
    }

    static long settled(Api api) {
        return list(api.get("/api/documents").json()).stream()
                .filter(d -> !d.get("state").asString().equals("PROCESSING"))
                .count();
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    static void await(Duration within, Condition condition) throws Exception {
        Instant until = Instant.now().plus(within);
        while (!condition.holds()) {
            if (Instant.now().isAfter(until)) throw new AssertionError("not within " + within);
            Thread.sleep(250);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
