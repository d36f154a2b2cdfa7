package org.priorauth.intake.drafts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.drafts.DraftWriter.LetterFacts;
import org.priorauth.intake.fields.RequestedItemWords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts for a document attached to its case, and staff's decisions on them. Nothing is sent from here. */
@Service
public class DraftService {

    /** A draft cannot be decided twice, or was not found. */
    public static class NotADraft extends RuntimeException {
        public NotADraft(long id) {
            super("draft " + id + " is not waiting for a decision");
        }
    }

    /** A draft still holds a {@code [[placeholder]]}: a fact that is not on file must be filled by a person first. */
    public static class PlaceholdersLeft extends RuntimeException {
        public PlaceholdersLeft(List<String> left) {
            super("fill in " + String.join(", ", left) + " before approving: the draft still holds "
                    + (left.size() == 1 ? "a placeholder" : left.size() + " placeholders"));
        }
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\[\\[[^\\]]*]]");

    private final DraftRepository drafts;
    private final RequestedItemWords items;
    private final AuditTrail audit;

    private final org.priorauth.intake.requirements.SubmissionCheck submissionCheck;

    public DraftService(
            DraftRepository drafts,
            RequestedItemWords items,
            AuditTrail audit,
            org.priorauth.intake.requirements.SubmissionCheck submissionCheck) {
        this.drafts = drafts;
        this.items = items;
        this.audit = audit;
        this.submissionCheck = submissionCheck;
    }

    /** @param news the case status the letter brought (DENIED, PARTIALLY_APPROVED, INFO_REQUESTED, APPROVED) */
    @Transactional
    public void draftFor(DocumentType type, String news, PriorAuthCase paCase, LetterFacts letter) {
        switch (type) {
            case MORE_INFO_REQUEST -> {
                save(
                        paCase,
                        letter,
                        DraftWriter.checklist(
                                paCase,
                                letter,
                                possiblyOnFile(paCase.id(), letter.documentId()),
                                submissionCheck.onFileFor(paCase, letter.requestedItems())));
                save(paCase, letter, DraftWriter.patientMessage(paCase, letter, "INFO_REQUESTED"));
            }
            case DENIAL -> {
                save(paCase, letter, DraftWriter.appealLetter(paCase, letter));
                save(paCase, letter, DraftWriter.patientMessage(paCase, letter, news == null ? "DENIED" : news));
            }
            case APPROVAL -> save(paCase, letter, DraftWriter.patientMessage(paCase, letter, "APPROVED"));
            default -> {}
        }
    }

    /** Clinical documents of the case (labs, referrals: type OTHER) that mention an item may already hold it. */
    private Map<String, List<Long>> possiblyOnFile(long caseId, long documentId) {
        Map<String, List<Long>> onFile = new LinkedHashMap<>();
        for (Map.Entry<Long, String> page : drafts.pagesOfCase(caseId, documentId, DocumentType.OTHER.name())) {
            for (String item : items.itemsMentionedIn(page.getValue())) {
                List<Long> docs = onFile.computeIfAbsent(item, k -> new java.util.ArrayList<>());
                if (!docs.contains(page.getKey())) docs.add(page.getKey());
            }
        }
        return onFile;
    }

    private void save(PriorAuthCase paCase, LetterFacts letter, DraftText text) {
        long id = drafts.create(paCase.id(), letter.documentId(), text);
        audit.record(
                AuditTrail.SYSTEM,
                "draft.created",
                letter.documentId(),
                paCase.id(),
                Map.of(
                        "draftId",
                        id,
                        "kind",
                        text.kind().name(),
                        "sources",
                        text.sources().size(),
                        "missing",
                        text.missing()));
    }

    public List<Draft> ofCase(long caseId) {
        return drafts.ofCase(caseId);
    }

    public Optional<Draft> find(long id) {
        return drafts.find(id);
    }

    /** The placeholders a draft still holds, in order. */
    public static List<String> placeholders(String body) {
        return PLACEHOLDER
                .matcher(body)
                .results()
                .map(r -> r.group())
                .distinct()
                .toList();
    }

    /** A person's wording of a draft (filling its placeholders, say); only while it waits for a decision. */
    @Transactional
    public Draft edit(long id, String body, String actor) {
        Draft draft = drafts.find(id).orElseThrow(() -> new NotADraft(id));
        if (!drafts.edit(id, body.replace("\r\n", "\n"))) throw new NotADraft(id);
        audit.record(
                actor,
                "draft.edited",
                draft.documentId(),
                draft.caseId(),
                Map.of("draftId", id, "placeholdersLeft", placeholders(body).size()));
        return drafts.find(id).orElseThrow();
    }

    /**
     * Approved by a person; an approved patient message goes to the outbox for staff to send. A draft with a
     * placeholder left is refused: what reaches a patient or a payer says only what a person filled in.
     */
    @Transactional
    public Draft approve(long id, String actor) {
        Draft draft = drafts.find(id).orElseThrow(() -> new NotADraft(id));
        List<String> left = placeholders(draft.body());
        if (draft.status() == DraftStatus.DRAFT && !left.isEmpty()) throw new PlaceholdersLeft(left);
        if (!drafts.decide(id, DraftStatus.APPROVED, actor)) throw new NotADraft(id);
        if (draft.kind() == DraftKind.PATIENT_MESSAGE) drafts.queueForPatient(draft, actor);
        audit.record(
                actor,
                "draft.approved",
                draft.documentId(),
                draft.caseId(),
                Map.of("draftId", id, "kind", draft.kind().name()));
        return drafts.find(id).orElseThrow();
    }

    @Transactional
    public Draft reject(long id, String actor, String reason) {
        Draft draft = drafts.find(id).orElseThrow(() -> new NotADraft(id));
        if (!drafts.decide(id, DraftStatus.REJECTED, actor)) throw new NotADraft(id);
        audit.record(
                actor,
                "draft.rejected",
                draft.documentId(),
                draft.caseId(),
                Map.of("draftId", id, "reason", String.valueOf(reason)));
        return drafts.find(id).orElseThrow();
    }

    public List<OutboxMessage> outbox() {
        return drafts.outbox();
    }
}
