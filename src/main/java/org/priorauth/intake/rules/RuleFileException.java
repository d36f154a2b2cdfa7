package org.priorauth.intake.rules;

import java.nio.file.Path;

/** A rule file that cannot be used, with where and why, in words an admin can act on. */
public class RuleFileException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String reason;

    public RuleFileException(Path file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
