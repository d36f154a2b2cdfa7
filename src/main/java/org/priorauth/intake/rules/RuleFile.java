package org.priorauth.intake.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/**
 * One rule file and the rules read from it. Reading validates: a file that cannot be used throws
 * {@link RuleFileException} with its line. At start that stops the application rather than run on half a
 * rule set; later, a wrong edit is refused and the rules in use stay in use.
 */
public class RuleFile<T> {

    private final Path file;
    private final Function<RuleNode, T> parser;
    private volatile T current;
    private volatile String currentText;
    private volatile RuleFileException lastRefusal;

    protected RuleFile(Path file, Function<RuleNode, T> parser) {
        this(file, parser, null);
    }

    /**
     * A rule file the application can do without: while it is absent from the folder, {@code whenAbsent} stands in
     * for it (and a file put there later is taken into use at the next check, like any edit).
     */
    protected RuleFile(Path file, Function<RuleNode, T> parser, String whenAbsent) {
        this.file = file;
        this.parser = parser;
        this.whenAbsent = whenAbsent;
        this.currentText = readText();
        this.current = parse(currentText);
    }

    public T current() {
        return current;
    }

    public Path file() {
        return file;
    }

    public String name() {
        return file.getFileName().toString();
    }

    public String currentText() {
        return currentText;
    }

    /** Why the last edit was refused (file, line, reason), or null when the file in use is the file on disk. */
    public RuleFileException lastRefusal() {
        return lastRefusal;
    }

    /** Reads and validates a draft without putting it in use (for dry runs). */
    public T parse(String text) {
        return parser.apply(RuleNode.parse(file, new StringReader(text)));
    }

    /**
     * Takes the file on disk into use when it changed and is valid.
     *
     * @return the new text when it was taken into use; null when nothing changed
     * @throws RuleFileException when the file changed but cannot be used: the rules in use stay
     */
    public synchronized String reloadIfChanged() {
        String text = readText();
        if (text.equals(currentText)) {
            return null;
        }
        if (lastRefusal != null && text.equals(refusedText)) {
            throw lastRefusal;
        }
        try {
            T rules = parse(text);
            current = rules;
            currentText = text;
            lastRefusal = null;
            refusedText = null;
            return text;
        } catch (RuleFileException e) {
            lastRefusal = e;
            refusedText = text;
            throw e;
        }
    }

    private volatile String refusedText;

    /** Validates, writes the file (atomically) and puts the rules in use. */
    public synchronized T publish(String text) {
        T rules = parse(text);
        try {
            Path tmp = Files.createTempFile(file.getParent(), ".publish-", ".yaml");
            Files.writeString(tmp, text);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        current = rules;
        currentText = text;
        lastRefusal = null;
        refusedText = null;
        return rules;
    }

    private final String whenAbsent;

    private String readText() {
        if (whenAbsent != null && !Files.exists(file)) return whenAbsent;
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new RuleFileException(file, 0, "cannot be read: " + e.getMessage());
        }
    }
}
