package org.priorauth.intake.api;

import java.util.List;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.OriginalStore;
import org.priorauth.intake.intake.PageImageCache;
import org.priorauth.intake.intake.ReceivedDocument;
import org.priorauth.intake.pipeline.DocumentRetry;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/documents")
class DocumentApi {

    private final DocumentRepository documents;
    private final OriginalStore originals;
    private final PageImageCache pages;
    private final DocumentRetry retry;

    DocumentApi(DocumentRepository documents, OriginalStore originals, PageImageCache pages, DocumentRetry retry) {
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
