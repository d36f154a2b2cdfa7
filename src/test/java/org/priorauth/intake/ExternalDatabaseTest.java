package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.datasource.url} set, the application uses that PostgreSQL (here a real server the test
 * starts, standing in for the clinic's) and starts no embedded one; Flyway builds the schema there.
 */
@SpringBootTest
@DirtiesContext // the application stops before the server it uses (which stops with the JVM)
class ExternalDatabaseTest {

    static final Path ROOT = TestFolders.create("external-db");
    static final EmbeddedPostgres CLINIC_SERVER = start();

    static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
        registry.add("spring.datasource.url", () -> CLINIC_SERVER.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Test
    void theConfiguredServerHoldsTheSchemaAndNoEmbeddedDatabaseRuns() throws Exception {
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(Files.exists(ROOT.resolve("data/postgres"))).isFalse();
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).contains(":" + CLINIC_SERVER.getPort() + "/");
        }
        Integer tables = new JdbcTemplate(CLINIC_SERVER.getPostgresDatabase())
                .queryForObject(
                        "select count(*) from information_schema.tables where table_name in ('document', 'pa_case', 'follow_up_task', 'audit_event')",
                        Integer.class);
        assertThat(tables).isEqualTo(4);
    }
}
