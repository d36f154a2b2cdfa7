package org.priorauth.intake.api;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.OriginalStore;
import org.priorauth.intake.intake.PageImageCache;
import org.priorauth.intake.intake.ReceivedDocument;
import org.priorauth.intake.pipeline.DocumentRetry;
import org.priorauth.intake.review.DocumentReview;
import org.priorauth.intake.tuning.TypeCorrections;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents")
class DocumentApi {

    private final DocumentRepository documents;
    private final OriginalStore originals;
    private final PageImageCache pages;
    private final DocumentRetry retry;
    private final DocumentReview review;
    private final TypeCorrections corrections;

    DocumentApi(
            DocumentRepository documents,
            OriginalStore originals,
            PageImageCache pages,
            DocumentRetry retry,
            DocumentReview review,
            TypeCorrections corrections) {
        this.review = review;
        this.corrections = corrections;
        this.documents = documents;
        this.originals = originals;
        this.pages = pages;
        this.retry = retry;
    }

    /** A FAILED document read again from its original, once its cause is fixed; 409 for any other state. */
    @PostMapping("/{id}/retry")
    ResponseEntity<ReceivedDocument> retry(@PathVariable long id, java.security.Principal user) {
        return ResponseEntity.of(retry.retry(id, user.getName()));
    }

    record Attachment(Long caseId, DocumentType type, String note) {}

    /**
     * A person's decision on a document: its type (null keeps it), its case (null keeps the one it has), then
     * the same follow-up as an automatic decision. 409 when the document is not waiting for one.
     */
    @PostMapping("/{id}/review")
    ReceivedDocument review(@PathVariable long id, @RequestBody(required = false) Attachment body, Principal user) {
        Attachment a = body == null ? new Attachment(null, null, null) : body;
        return review.decide(id, new DocumentReview.Decision(a.type(), a.caseId(), false, a.note()), user.getName());
    }

    /** Attach a document to a case a person chose (and, with {@code type}, set its type in the same step). */
    @PostMapping("/{id}/attach")
    ReceivedDocument attach(@PathVariable long id, @RequestBody Attachment body, Principal user) {
        if (body.caseId() == null) throw new DocumentReview.CannotDecide("say which case: caseId");
        return review.decide(
                id, new DocumentReview.Decision(body.type(), body.caseId(), false, body.note()), user.getName());
    }

    /** Open a case from the document's fields (correct them first where the letter does not say) and attach it. */
    @PostMapping("/{id}/case")
    ReceivedDocument openCase(@PathVariable long id, @RequestBody(required = false) Attachment body, Principal user) {
        DocumentType type = body == null ? null : body.type();
        return review.decide(
                id, new DocumentReview.Decision(type, null, true, body == null ? null : body.note()), user.getName());
    }

    /** Set fields by name (CONTRACT.md's names; blank clears one); each change is kept with who made it. */
    @PostMapping("/{id}/fields")
    ReceivedDocument correctFields(@PathVariable long id, @RequestBody Map<String, String> values, Principal user) {
        return review.correctFields(id, values, user.getName());
    }

    record TypeChange(DocumentType type, String note) {}

    /** A staff member sets a document's type; the correction is kept for rule proposals. */
    @PostMapping("/{id}/type")
    ReceivedDocument correctType(@PathVariable long id, @RequestBody TypeChange change, Principal user) {
        // in review with its case known (or noise, which needs none), the type was all that was missing: the
        // correction decides the document and it goes on as a sure one would
        ReceivedDocument document = documents.find(id).orElseThrow();
        if (document.state() == DocumentState.NEEDS_REVIEW
                && (document.caseId() != null || change.type() == DocumentType.OTHER)) {
            return review.decide(
                    id, new DocumentReview.Decision(change.type(), null, false, change.note()), user.getName());
        }
        return corrections.correct(id, change.type(), user.getName(), change.note());
    }

    /** A page as a PNG for the viewer (faxes, scans and PDFs; 404 for HTML and mail, which have no pages to show). */
    @GetMapping(value = "/{id}/pages/{page}", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> page(@PathVariable long id, @PathVariable int page) {
        return documents
                .find(id)
                .flatMap(d -> pages.page(d, d.contentType(), page))
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping
    List<ReceivedDocument> newestFirst() {
        return documents.newestFirst();
    }

    @GetMapping("/{id}")
    ResponseEntity<ReceivedDocument> one(@PathVariable long id) {
        return ResponseEntity.of(documents.find(id));
    }

    /** The original bytes, exactly as received. */
    @GetMapping("/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable long id) {
        return documents
                .find(id)
                .map(d -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename("document-" + id)
                                        .build()
                                        .toString())
                        .body(originals.read(d.sha256())))
                .orElse(ResponseEntity.notFound().build());
    }
}
