package org.priorauth.intake.reading;

/** The document cannot be read; the message is shown to staff as the reason, so it is written for them. */
public class UnreadableDocumentException extends RuntimeException {
    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
