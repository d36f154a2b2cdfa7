package org.priorauth.intake.api;

import java.util.Map;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.IntakeInstance;
import org.priorauth.intake.intake.MailboxWatch;
import org.priorauth.intake.intake.WatchedFolders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IntakeStatusApi {

    /** @param instance the instance that answered (its {@code intake_instance} id; documents record it as read_by) */
    record IntakeStatus(
            Map<DocumentState, Long> documents,
            Map<String, Long> waiting,
            MailboxWatch.Mailbox mailbox,
            String instance) {}

    private final DocumentRepository documents;
    private final WatchedFolders folders;
    private final MailboxWatch mailbox;

    private final IntakeInstance instance;

    IntakeStatusApi(
            DocumentRepository documents, WatchedFolders folders, MailboxWatch mailbox, IntakeInstance instance) {
        this.instance = instance;
        this.documents = documents;
        this.folders = folders;
        this.mailbox = mailbox;
    }

    @GetMapping("/api/intake/status")
    IntakeStatus status() {
        return new IntakeStatus(documents.countByState(), folders.waiting(), mailbox.mailbox(), instance.id());
    }
}
