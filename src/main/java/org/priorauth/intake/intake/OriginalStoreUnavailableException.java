package org.priorauth.intake.intake;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The disk under the data folder refused to keep an original (full, read-only, gone): nothing about the
 * document is wrong, so it is not FAILED; the source is kept and read again once the disk takes writes.
 */
public class OriginalStoreUnavailableException extends UncheckedIOException {

    public OriginalStoreUnavailableException(String message, IOException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
