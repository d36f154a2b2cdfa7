package org.priorauth.intake.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IntakeStatusApi {

    record IntakeStatus(Map<DocumentState, Long> documents, Map<String, Long> waiting) {}

    private final DocumentRepository documents;
    private final IntakeSettings settings;

    IntakeStatusApi(DocumentRepository documents, IntakeSettings settings) {
        this.documents = documents;
        this.settings = settings;
    }

    @GetMapping("/api/intake/status")
    IntakeStatus status() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        waiting.put("fax", waitingIn(settings.faxDir()));
        waiting.put("portal", waitingIn(settings.portalDir()));
        waiting.put("emailDrop", waitingIn(settings.emailDropDir()));
        return new IntakeStatus(documents.countByState(), waiting);
    }

    /** Files not yet picked up: regular, visible files at the top of the folder (.done and .failed are below). */
    private static long waitingIn(Path dir) {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }
}
