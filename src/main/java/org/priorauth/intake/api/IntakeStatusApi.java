package org.priorauth.intake.api;

import java.util.Map;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.WatchedFolders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IntakeStatusApi {

    record IntakeStatus(Map<DocumentState, Long> documents, Map<String, Long> waiting) {}

    private final DocumentRepository documents;
    private final WatchedFolders folders;

    IntakeStatusApi(DocumentRepository documents, WatchedFolders folders) {
        this.documents = documents;
        this.folders = folders;
    }

    @GetMapping("/api/intake/status")
    IntakeStatus status() {
        return new IntakeStatus(documents.countByState(), folders.waiting());
    }
}
