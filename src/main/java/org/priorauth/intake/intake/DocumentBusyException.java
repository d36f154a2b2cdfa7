package org.priorauth.intake.intake;

/**
 * These bytes are a document another reader holds right now and has not finished. The source that brought
 * them again is kept where it is (a file stays in its folder, a mail unseen) and tried on a later poll: by
 * then the reader has recorded the document (and the source is a duplicate) or is known to be dead (and the
 * document is read again). Letting the source go now could leave the document unread for good.
 */
public class DocumentBusyException extends RuntimeException {

    public DocumentBusyException(long documentId) {
        super("document " + documentId + " is being read by another reader: its source is tried again later");
    }
}
