package org.priorauth.intake.rules;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.priorauth.intake.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * All rule files, their versions and their reloading. A file edited on disk is taken into use at the next
 * check when it is valid and refused (with file, line and reason, in the log, the audit trail and the API)
 * when it is not; either way documents keep flowing. Every version put in use is recorded: who, when, diff.
 */
@Component
public class RuleBook implements SmartInitializingSingleton {

    /** Whoever changed a file on disk is not known to the application: the version says so. */
    public static final String EDITED_ON_DISK = "file edited on disk";

    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);

    public record Version(long id, String file, int version, String publishedBy, Instant publishedAt, String diff) {}

    private final Map<String, RuleFile<?>> files = new LinkedHashMap<>();
    private final JdbcClient db;
    private final AuditTrail audit;

    public RuleBook(List<RuleFile<?>> ruleFiles, JdbcClient db, AuditTrail audit) {
        ruleFiles.forEach(f -> files.put(f.name(), f));
        this.db = db;
        this.audit = audit;
    }

    /** The versions in use at start are recorded when they differ from the last recorded ones. */
    @Override
    public void afterSingletonsInstantiated() {
        files.values().forEach(f -> recordIfNew(f, f.currentText(), "application start"));
    }

    public Map<String, RuleFile<?>> files() {
        return files;
    }

    public Optional<RuleFile<?>> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** Checks every file on disk; called on a timer (routes/rules-reload.camel.yaml). */
    public int reloadChanged() {
        int taken = 0;
        for (RuleFile<?> file : files.values()) {
            RuleFileException before = file.lastRefusal();
            try {
                String text = file.reloadIfChanged();
                if (text != null) {
                    recordIfNew(file, text, EDITED_ON_DISK);
                    log.info("Rules {} reloaded from disk", file.name());
                    taken++;
                }
            } catch (RuleFileException refused) {
                if (before == null || !before.getMessage().equals(refused.getMessage())) {
                    log.warn("Rules {} refused, the previous rules stay in use: {}", file.name(), refused.getMessage());
                    audit.record(
                            AuditTrail.SYSTEM,
                            "rules.refused",
                            null,
                            null,
                            Map.of("file", file.name(), "line", refused.line(), "reason", refused.reason()));
                }
            }
        }
        return taken;
    }

    /** Validates and puts a new text of a file in use, for an admin. */
    @Transactional
    public Version publish(String name, String text, String actor) {
        RuleFile<?> file = files.get(name);
        file.publish(text);
        return recordIfNew(file, text, actor);
    }

    /** The newest version's number, 0 when the file has none recorded yet. */
    public int latestVersion(String name) {
        List<Version> versions = versions(name);
        return versions.isEmpty() ? 0 : versions.get(0).version();
    }

    /** The text of one version of a file, to look at or to go back to. */
    public Optional<String> text(String name, int version) {
        return db.sql("select content from rule_version where file = ? and version = ?")
                .params(name, version)
                .query(String.class)
                .optional();
    }

    public List<Version> versions(String name) {
        return db.sql("select * from rule_version where file = ? order by version desc")
                .param(name)
                .query((rs, n) -> new Version(
                        rs.getLong("id"),
                        rs.getString("file"),
                        rs.getInt("version"),
                        rs.getString("published_by"),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getString("diff")))
                .list();
    }

    private Version recordIfNew(RuleFile<?> file, String text, String actor) {
        String sha = sha256(text);
        Optional<Map<String, Object>> last = db
                .sql("select version, sha256, content from rule_version where file = ? order by version desc limit 1")
                .param(file.name())
                .query()
                .listOfRows()
                .stream()
                .findFirst();
        if (last.isPresent() && sha.equals(last.get().get("sha256"))) {
            return versions(file.name()).get(0);
        }
        int version = last.map(r -> ((Number) r.get("version")).intValue() + 1).orElse(1);
        String diff = LineDiff.between(last.map(r -> (String) r.get("content")).orElse(null), text);
        db.sql(
                        "insert into rule_version (file, version, content, sha256, published_by, published_at, diff) values (?, ?, ?, ?, ?, ?, ?)")
                .params(file.name(), version, text, sha, actor, Timestamp.from(Instant.now()), diff)
                .update();
        audit.record(actor, "rules.published", null, null, Map.of("file", file.name(), "version", version));
        return versions(file.name()).get(0);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
