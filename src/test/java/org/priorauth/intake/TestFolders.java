package org.priorauth.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Fresh watched folders and data directory for one test class, with no demo cases. */
final class TestFolders {

    private TestFolders() {}

    static Path create(String name) {
        try {
            Path root = Files.createTempDirectory(name + "-");
            for (String dir : new String[] {"fax", "portal", "email", "data"})
                Files.createDirectories(root.resolve(dir));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void register(DynamicPropertyRegistry registry, Path root) {
        registry.add("intake.data-dir", () -> root.resolve("data").toString());
        registry.add("intake.fax.dir", () -> root.resolve("fax").toString());
        registry.add("intake.portal.dir", () -> root.resolve("portal").toString());
        registry.add("intake.email.drop-dir", () -> root.resolve("email").toString());
        registry.add("intake.demo.enabled", () -> "false");
        // outside the demo there is no default password: the tests set the admin's, as an operator would
        registry.add("intake.bootstrap-admin.password", () -> "admin");
        registry.add("intake.poll-delay-ms", () -> "200");
    }

    /** The shared inbox as the mail tests set it up: user pa-desk on plain IMAP at 127.0.0.1:{@code port}. */
    static void registerInbox(DynamicPropertyRegistry registry, int port) {
        registry.add("intake.email.enabled", () -> "true");
        registry.add("intake.email.protocol", () -> "imap");
        registry.add("intake.email.host", () -> "127.0.0.1");
        registry.add("intake.email.port", () -> String.valueOf(port));
        registry.add("intake.email.username", () -> "pa-desk");
        registry.add("intake.email.password", () -> "inbox-secret");
        registry.add("intake.email.poll-delay-ms", () -> "300");
    }
}
