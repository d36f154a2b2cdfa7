package org.priorauth.intake.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.priorauth.intake.faults.RunningJar.await;
import static org.priorauth.intake.faults.RunningJar.list;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.Api;
import org.priorauth.intake.samples.LetterRenderer;

/**
 * Three instances of the packaged jar on one PostgreSQL and one ActiveMQ Artemis broker (both real, started by
 * the test), sharing the inbox folders and the data folder as a shared volume would. The first instance starts
 * alone, so it leads every source and reads documents too; it is killed with {@code kill -9} while it holds a
 * document in the middle of a batch of faxes, portal PDFs and mails, and a second batch is dropped after it
 * died. Every document must end exactly once (no duplicate, none lost, none stuck, none read twice, none tasked
 * twice), read by more than one instance, the dead one's document and sources taken over by the others.
 */
class ClusterIT {

    private static final int FAXES = 8;
    private static final int LETTERS = 16;
    private static final int MAILS = 12;
    private static final int BEFORE_KILL = FAXES + LETTERS;
    private static final int SETTLED_BEFORE_KILL = 6;

    private final List<RunningJar> instances = new ArrayList<>();
    private EmbeddedPostgres database;
    private EmbeddedActiveMQ broker;

    @AfterEach
    void stopAll() throws Exception {
        for (RunningJar instance : instances) instance.stop();
        if (broker != null) broker.stop();
        if (database != null) database.close();
    }

    @Test
    void threeInstancesReadEachDocumentOnceAndTakeOverAKilledOnesWork() throws Exception {
        Instant started = Instant.now();
        database = EmbeddedPostgres.builder().start();
        int brokerPort = RunningJar.freePort();
        Path brokerData = Files.createTempDirectory("cluster-broker");
        broker = startBroker(brokerPort, brokerData);

        RunningJar first = new RunningJar("cluster-");
        instances.add(first);
        instances.add(first.alongside());
        instances.add(first.alongside());
        String[] settings = {
            "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--intake.cluster.enabled=true",
            "--spring.artemis.broker-url=tcp://127.0.0.1:" + brokerPort,
            "--intake.cluster.busy-retry-delay=2000",
            "--intake.cluster.leader-check-interval=1000",
            "--logging.level.org.apache.camel.impl.cluster=INFO"
        };
        // the first alone, so that it leads every source; then the two others
        Map<RunningJar, Api> apis = new LinkedHashMap<>();
        apis.put(first, first.start("instance-1", settings));
        for (int i = 1; i < 3; i++) apis.put(instances.get(i), instances.get(i).start("instance-" + (i + 1), settings));
        Map<String, RunningJar> byId = new LinkedHashMap<>();
        for (var e : apis.entrySet())
            byId.put(
                    e.getValue()
                            .get("/api/intake/status")
                            .json()
                            .get("instance")
                            .asString(),
                    e.getKey());

        for (int i = 0; i < FAXES; i++)
            first.drop(
                    "fax",
                    "fax-%03d.tif".formatted(i),
                    LetterRenderer.faxTiff(List.of(
                            LetterRenderer.faxPage(CrashRecoveryIT.letter(i), "FROM: 800-555-0199", i),
                            LetterRenderer.faxPage(CrashRecoveryIT.letter(i + 1000), "FROM: 800-555-0199", i + 1000))));
        for (int i = FAXES; i < BEFORE_KILL; i++)
            first.drop("portal", "letter-%03d.pdf".formatted(i), LetterRenderer.textPdf(CrashRecoveryIT.letter(i)));

        // the first instance killed while it holds a document it is reading, once the batch is under way
        String firstId = idOf(first, byId);
        await(
                Duration.ofMinutes(3),
                () -> settledInDatabase() >= SETTLED_BEFORE_KILL
                        && holding(firstId).isPresent());
        long heldAtKill = holding(firstId).orElseThrow();
        first.kill();
        Instant killed = Instant.now();

        // the second batch arrives after the leader of every folder died
        for (int i = BEFORE_KILL; i < BEFORE_KILL + MAILS; i++)
            first.drop("email", "mail-%03d.eml".formatted(i), CrashRecoveryIT.mail(i));
        int total = BEFORE_KILL + MAILS;
        Api survivor = apis.get(instances.get(1));
        await(Duration.ofMinutes(5), () -> settledInDatabase() == total && first.waitingFiles() == 0);
        Duration takeOver = Duration.between(killed, Instant.now());

        CrashRecoveryIT.Tally tally = CrashRecoveryIT.Tally.of(survivor, total);
        Map<String, Long> readBy = readByInstance();
        String heldReadBy = readByOf(heldAtKill);
        long taskedTwice = list(survivor.get("/api/tasks").json()).stream()
                .filter(t -> !t.get("documentId").isNull())
                .collect(Collectors.groupingBy(t -> t.get("documentId").asLong(), Collectors.counting()))
                .values()
                .stream()
                .filter(n -> n > 1)
                .count();
        Map<String, Long> perInstance = new LinkedHashMap<>();
        for (var e : byId.entrySet()) {
            perInstance.put("instance-" + (instances.indexOf(e.getValue()) + 1), readBy.getOrDefault(e.getKey(), 0L));
        }
        FaultReport.add(String.format(
                """
                ---- fault report: three instances, one killed mid-batch ----
                instances                3 jars (-Xmx512m each) on one PostgreSQL and one Artemis broker
                documents dropped        %d (%d two-page faxes, %d portal PDFs before the kill; %d mails after it)
                killed                   instance-1 (leader of every source) while it held document %d
                read by                  %s
                its document             read again by %s
                all settled              %d s after the kill
                lost %d, duplicated %d, stuck PROCESSING %d, FAILED %d, read twice %d, tasked twice %d
                whole run                %d s
                """,
                total,
                FAXES,
                LETTERS,
                MAILS,
                heldAtKill,
                perInstance,
                heldReadBy == null || !byId.containsKey(heldReadBy)
                        ? String.valueOf(heldReadBy)
                        : "instance-" + (instances.indexOf(byId.get(heldReadBy)) + 1),
                takeOver.toSeconds(),
                tally.lost(),
                tally.duplicated(),
                tally.stuck(),
                tally.failed(),
                tally.readTwice(),
                taskedTwice,
                Duration.between(started, Instant.now()).toSeconds()));

        tally.assertNothingLostDoubledOrStuck();
        assertThat(tally.reads()).hasSize(total);
        assertThat(taskedTwice).isZero();
        assertThat(heldReadBy)
                .as("the killed instance's document, read by another")
                .isNotEqualTo(firstId);
        assertThat(readBy.keySet()).as("the work spread across instances").hasSizeGreaterThanOrEqualTo(2);
        assertThat(readBy.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
    }

    private static EmbeddedActiveMQ startBroker(int port, Path data) throws Exception {
        // the broker's audit log says every message sent and acknowledged: the instances' own logs say enough
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.activemq"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Configuration config = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setLargeMessagesDirectory(data.resolve("large").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.start();
        return broker;
    }

    private static String idOf(RunningJar instance, Map<String, RunningJar> byId) {
        return byId.entrySet().stream()
                .filter(e -> e.getValue() == instance)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    /** A document the instance is reading now (PROCESSING under its lease). */
    private Optional<Long> holding(String instanceId) throws Exception {
        try (Connection c = database.getPostgresDatabase().getConnection();
                var query = c.prepareStatement(
                        "select id from document where state = 'PROCESSING' and lease_owner = ? limit 1")) {
            query.setString(1, instanceId);
            try (ResultSet r = query.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    private long settledInDatabase() throws Exception {
        try (Connection c = database.getPostgresDatabase().getConnection();
                ResultSet r =
                        c.createStatement().executeQuery("select count(*) from document where state <> 'PROCESSING'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private Map<String, Long> readByInstance() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.getPostgresDatabase().getConnection();
                ResultSet r =
                        c.createStatement().executeQuery("select read_by, count(*) from document group by read_by")) {
            while (r.next()) counts.put(r.getString(1), r.getLong(2));
        }
        return counts;
    }

    private String readByOf(long document) throws Exception {
        try (Connection c = database.getPostgresDatabase().getConnection();
                var query = c.prepareStatement("select read_by from document where id = ?")) {
            query.setLong(1, document);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
