package org.priorauth.intake.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.reading.PageView;
import org.springframework.stereotype.Component;

/**
 * Page images for the viewer, kept under {@code <data-dir>/pages/<sha256>/<page>.png}: drawn from the
 * original the first time a page is looked at, then served from disk. Intake itself spends nothing on them.
 */
@Component
public class PageImageCache {

    private final Path root;
    private final OriginalStore originals;
    private final PageView view;

    public PageImageCache(IntakeSettings settings, OriginalStore originals, PageView view) {
        this.root = settings.dataDir().resolve("pages");
        this.originals = originals;
        this.view = view;
    }

    public Optional<byte[]> page(ReceivedDocument document, String contentTypeHint, int page) {
        if (document.state() == DocumentState.FAILED
                || document.pages() == null
                || page < 1
                || page > document.pages()) {
            return Optional.empty();
        }
        Path cached = root.resolve(document.sha256()).resolve(page + ".png");
        try {
            if (Files.exists(cached)) return Optional.of(Files.readAllBytes(cached));
            Optional<byte[]> png =
                    view.png(document.sourceName(), originals.read(document.sha256()), contentTypeHint, page);
            if (png.isPresent()) {
                Files.createDirectories(cached.getParent());
                Path tmp = Files.createTempFile(cached.getParent(), ".page-", ".tmp");
                Files.write(tmp, png.get());
                Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
