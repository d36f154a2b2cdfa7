package org.priorauth.intake.rules;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * One rule file and the rules read from it. Reading validates: a file that cannot be used throws
 * {@link RuleFileException} with its line, and at start that stops the application rather than run on
 * half a rule set.
 */
public class RuleFile<T> {

    private final Path file;
    private volatile T current;

    protected RuleFile(Path file, Function<RuleNode, T> parser) {
        this.file = file;
        this.current = parser.apply(RuleNode.read(file));
    }

    public T current() {
        return current;
    }

    public Path file() {
        return file;
    }
}
