package org.priorauth.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.priorauth.intake.IntakeFlowTest.awaitLetGo;
import static org.priorauth.intake.IntakeFlowTest.drop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.samples.Samples;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Rules an admin tunes without a restart: a wrong edit is refused with its line while documents keep flowing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulesLifecycleTest {

    static final Path ROOT = TestFolders.create("rules-lifecycle");
    static final Path RULES = copyRules(ROOT);

    /** A copy of the repository's rule files under {@code root}, for a test that publishes rules. */
    static Path copyRules(Path root) {
        try {
            Path rules = root.resolve("rules");
            Files.createDirectories(rules);
            try (Stream<Path> files = Files.list(Path.of("routes/rules"))) {
                for (Path f : files.toList()) Files.copy(f, rules.resolve(f.getFileName()));
            }
            return rules;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestFolders.register(registry, ROOT);
        registry.add("intake.rules-dir", RULES::toString);
        registry.add("intake.rules.reload-period", () -> "200");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcUserDetailsManager users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void editsAreValidatedReloadedVersionedAndDryRun() throws Exception {
        Api api = new Api(port, "admin", "admin");
        String original = Files.readString(RULES.resolve("classification.yaml"));
        assertThat(status(api).get("version").asInt()).isEqualTo(1);

        // a wrong edit on disk: refused with its line, the rules in use stay, documents keep flowing
        String wrong = original.replace("strongEvidence: 5", "strongEvidence: plenty");
        edit("classification.yaml", wrong);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !status(api).path("refusedEdit").isNull());
        int line = lineOf(wrong, "strongEvidence: plenty");
        assertThat(status(api).get("refusedEdit").asString())
                .contains("classification.yaml:" + line, "'plenty' is not a number");
        drop(Samples.dir().resolve("portal/epa-request-status.html"), ROOT.resolve("portal"), "status.html");
        awaitLetGo(ROOT.resolve("portal"), "status.html");
        JsonNode document = api.documentNamed("status.html");
        assertThat(document.get("documentType").asString()).isEqualTo("MORE_INFO_REQUEST");
        assertThat(api.get("/api/audit").json().toString()).contains("rules.refused");

        // a valid edit on disk: taken into use and recorded, with its diff
        edit("classification.yaml", original.replace("threshold: 0.5", "threshold: 0.55"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> status(api).get("version").asInt() == 2);
        JsonNode version =
                api.get("/api/rules/classification.yaml/versions").json().get(0);
        assertThat(version.get("publishedBy").asString()).isEqualTo("file edited on disk");
        assertThat(version.get("diff").asString())
                .contains(
                        "-" + lineOf(original, "threshold: 0.5") + ": threshold: 0.5",
                        "+" + lineOf(original, "threshold: 0.5") + ": threshold: 0.55");
        assertThat(status(api).path("refusedEdit").isNull()).isTrue();

        // a dry run lists what a draft would change, and changes nothing (a cue heavy enough to make the rules
        // sure: the letter model, very sure of the request, still names its type, but nothing is accepted against
        // sure rules, so the letter that went through goes to a person)
        String draft = original.replace(
                "  OTHER:\n    evidence:\n",
                "  OTHER:\n    evidence:\n      - { phrase: \"electronic prior authorization\", weight: 60 }\n");
        assertThat(draft).isNotEqualTo(original);
        JsonNode dryRun =
                api.postText("/api/rules/classification.yaml/dry-run", draft).json();
        assertThat(dryRun.get("documentsChanged").asInt()).isEqualTo(1);
        assertThat(dryRun.get("changes").get(0).get("before").asString()).startsWith("MORE_INFO_REQUEST");
        assertThat(dryRun.get("changes").get(0).get("before").asString()).doesNotContain("to review");
        assertThat(dryRun.get("changes").get(0).get("after").asString()).endsWith("to review)");
        assertThat(api.getText("/api/rules/classification.yaml")).contains("threshold: 0.55");

        // publishing: refused with the line when wrong, admins only, recorded with who
        Api.Answer refused = api.putText("/api/rules/classification.yaml", wrong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("line").asInt()).isEqualTo(line);
        assertThat(refused.json().get("title").asString()).isEqualTo("Rule file refused");
        users.createUser(User.withUsername("desk")
                .password(encoder.encode("desk-secret"))
                .roles("STAFF")
                .build());
        assertThat(new Api(port, "desk", "desk-secret")
                        .putText("/api/rules/classification.yaml", original)
                        .status())
                .isEqualTo(403);
        assertThat(api.putText("/api/rules/classification.yaml", original)
                        .json()
                        .get("publishedBy")
                        .asString())
                .isEqualTo("admin");
        assertThat(Files.readString(RULES.resolve("classification.yaml"))).isEqualTo(original);

        // a staff correction is kept, and proposals come with their dry-run effect; nothing is published
        JsonNode corrected = api.post(
                        "/api/documents/" + document.get("id").asLong() + "/type",
                        "{\"type\": \"OTHER\", \"note\": \"portal status page\"}")
                .json();
        assertThat(corrected.get("documentType").asString()).isEqualTo("OTHER");
        JsonNode proposals = api.get("/api/rules/proposals").json();
        assertThat(proposals.size()).isGreaterThan(0);
        assertThat(proposals.get(0).get("type").asString()).isEqualTo("OTHER");
        assertThat(proposals.get(0).get("yaml").asString()).startsWith("- { phrase: ");
        assertThat(proposals.get(0).has("effect")).isTrue();
        assertThat(status(api).get("version").asInt()).isEqualTo(3);
    }

    private static JsonNode status(Api api) {
        for (JsonNode f : api.get("/api/rules").json()) {
            if (f.get("file").asString().equals("classification.yaml")) return f;
        }
        throw new AssertionError("no classification.yaml");
    }

    private static void edit(String file, String text) throws Exception {
        Path tmp = Files.createTempFile(ROOT, "edit-", ".yaml");
        Files.writeString(tmp, text);
        Files.move(tmp, RULES.resolve(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static int lineOf(String text, String content) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(content)) return i + 1;
        }
        throw new AssertionError(content);
    }
}
