package org.priorauth.intake.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.priorauth.intake.IntakeSettings;
import org.springframework.stereotype.Component;

/**
 * Keeps every original immutable under {@code <data-dir>/originals/ab/cd/<sha256>}. Writing is atomic
 * (temporary file, then move) so a crash never leaves half an original under its final name.
 */
@Component
public class OriginalStore {

    private final Path root;

    public OriginalStore(IntakeSettings settings) {
        this.root = settings.dataDir().resolve("originals");
    }

    public StoredOriginal store(byte[] content) {
        String sha = sha256(content);
        Path target = pathOf(sha);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
                try {
                    Files.write(tmp, content);
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    // a full disk leaves half a file: it would hold the space the retry needs
                    Files.deleteIfExists(tmp);
                }
                target.toFile().setReadOnly();
            }
        } catch (IOException e) {
            throw new OriginalStoreUnavailableException("cannot keep the original under " + root, e);
        }
        return new StoredOriginal(sha, target, content.length);
    }

    public Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    public byte[] read(String sha256) {
        try {
            return Files.readAllBytes(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
