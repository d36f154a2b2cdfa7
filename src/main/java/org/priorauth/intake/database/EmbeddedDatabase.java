package org.priorauth.intake.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.priorauth.intake.IntakeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, a real PostgreSQL (binaries shipped inside the jar) runs with its
 * data under {@code <data-dir>/postgres}, so the demo needs nothing installed and keeps its data between runs.
 * Production points {@code spring.datasource.url} at its own server; the schema is the same (Flyway).
 *
 * <p>It holds patient data, so it is run as a server that keeps it: every commit is flushed to disk (the
 * library's test defaults turn that off), it answers on localhost only and to a password kept beside the
 * data ({@link DatabasePassword}), never to any local user. A server left running by a killed application
 * is stopped first ({@link LeftoverPostmaster}), so the first start after a crash works.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(IntakeSettings settings) {
        Path dataDir = settings.dataDir().resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            LeftoverPostmaster.stopIfRunning(dataDir);
            String password = DatabasePassword.readOrCreate(settings.dataDir().resolve("postgres.password"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // stopped by the context, after the routes and the pool that use it: with its own JVM hook it
                    // died at once on Ctrl-C (or a test run's end) while documents were still being recorded
                    .setRegisterShutdownHook(false)
                    // durable: a commit the application reported is on disk, whatever happens next
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", password)
                    .start();
            DatabasePassword.require(postgres.getPostgresDatabase(), dataDir, password);
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDir);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, IntakeSettings settings) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        pool.setUsername("postgres");
        pool.setPassword(DatabasePassword.readOrCreate(settings.dataDir().resolve("postgres.password")));
        pool.setMaximumPoolSize(8);
        pool.setPoolName("embedded-postgres");
        return pool;
    }

    /** Runs one statement as the server's superuser. */
    static void execute(DataSource database, String sql) {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
