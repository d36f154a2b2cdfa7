package org.priorauth.intake.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.priorauth.intake.IntakeSettings;
import org.springframework.stereotype.Component;

/** The watched folders, as staff and the API see their backlog. */
@Component
public class WatchedFolders {

    private final IntakeSettings settings;

    public WatchedFolders(IntakeSettings settings) {
        this.settings = settings;
    }

    /** Files waiting in each folder, by the names of CONTRACT.md's intake status. */
    public Map<String, Long> waiting() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        waiting.put("fax", waitingIn(settings.faxDir()));
        waiting.put("portal", waitingIn(settings.portalDir()));
        waiting.put("emailDrop", waitingIn(settings.emailDropDir()));
        return waiting;
    }

    /**
     * Files not yet picked up: regular, visible files at the top of the folder (.done and .failed are below),
     * without the read locks Camel sets beside the files it is picking up.
     */
    private static long waitingIn(Path dir) {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    // Camel's read lock beside a file being picked up is not another file
                    .filter(f -> !f.getFileName().toString().endsWith(".camelLock"))
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }
}
