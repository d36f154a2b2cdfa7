package org.priorauth.intake.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * The embedded server's password: made at random on the first start, kept in a file only the application's
 * user can read, and required of every connection. The library creates the server with "trust" (any local
 * user connects as anyone); after the server is up, the password is set and trust is taken out of
 * {@code pg_hba.conf}, on every start, so a data folder made by an older version is closed too.
 */
final class DatabasePassword {

    private DatabasePassword() {}

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file))
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = Files.createFile(file);
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's own permissions protect it
            }
            Files.writeString(written, password, StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the embedded database's password in " + file, e);
        }
    }

    /** Sets the password and lets no connection in without it. */
    static void require(DataSource superuser, Path dataDir, String password) throws IOException {
        // the password is hex, so it needs no quoting beyond the literal's own
        EmbeddedDatabase.execute(superuser, "ALTER USER postgres PASSWORD '" + password + "'");
        Path hba = dataDir.resolve("pg_hba.conf");
        List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8);
        List<String> closed = lines.stream()
                .map(line -> line.startsWith("#") ? line : line.replaceAll("\\btrust\\s*$", "scram-sha-256"))
                .toList();
        if (!closed.equals(lines)) {
            Files.write(hba, closed, StandardCharsets.UTF_8);
            EmbeddedDatabase.execute(superuser, "SELECT pg_reload_conf()");
        }
    }
}
