package org.priorauth.intake.pipeline;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.IntakeItem;
import org.priorauth.intake.intake.OriginalStore;
import org.priorauth.intake.intake.ReceivedDocument;
import org.springframework.stereotype.Component;

/**
 * A FAILED document read again from its stored original, on a person's word (after the cause was fixed: a
 * rule, a limit, a database that was away), through the same route as when it arrived.
 */
@Component
public class DocumentRetry {

    /** Only a FAILED document is read again: any other already has its outcome. */
    public static class NotFailed extends RuntimeException {
        public NotFailed(long id, DocumentState state) {
            super("document " + id + " is " + state + ", not FAILED: there is nothing to retry");
        }
    }

    private final DocumentRepository documents;
    private final OriginalStore originals;
    private final CamelContext camel;
    private final AuditTrail audit;

    // resolved at the first retry: injected eagerly, it kept routes advised by AdviceWith from starting again
    DocumentRetry(
            DocumentRepository documents,
            OriginalStore originals,
            @org.springframework.context.annotation.Lazy CamelContext camel,
            AuditTrail audit) {
        this.documents = documents;
        this.originals = originals;
        this.camel = camel;
        this.audit = audit;
    }

    /** @return the document after its new reading, or empty when there is no such document */
    public java.util.Optional<ReceivedDocument> retry(long id, String user) {
        ReceivedDocument document = documents.find(id).orElse(null);
        if (document == null) return java.util.Optional.empty();
        if (document.state() != DocumentState.FAILED) throw new NotFailed(id, document.state());
        IntakeItem item = documents.receivedItem(id, originals).orElseThrow();
        audit.record(
                user, "document.retried", id, document.caseId(), Map.of("error", String.valueOf(document.error())));
        try (ProducerTemplate producer = camel.createProducerTemplate()) {
            producer.requestBody("direct:document", DocumentInProgress.received(item));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return documents.find(id);
    }
}
