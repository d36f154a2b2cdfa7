package org.priorauth.intake.api;

import java.util.Map;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.MailboxWatch;
import org.priorauth.intake.intake.WatchedFolders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IntakeStatusApi {

    record IntakeStatus(Map<DocumentState, Long> documents, Map<String, Long> waiting, MailboxWatch.Mailbox mailbox) {}

    private final DocumentRepository documents;
    private final WatchedFolders folders;
    private final MailboxWatch mailbox;

    IntakeStatusApi(DocumentRepository documents, WatchedFolders folders, MailboxWatch mailbox) {
        this.documents = documents;
        this.folders = folders;
        this.mailbox = mailbox;
    }

    @GetMapping("/api/intake/status")
    IntakeStatus status() {
        return new IntakeStatus(documents.countByState(), folders.waiting(), mailbox.mailbox());
    }
}
