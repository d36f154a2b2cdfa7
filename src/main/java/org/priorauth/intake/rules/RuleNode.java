package org.priorauth.intake.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A value in a rule file together with the line it stands on. Every accessor that finds the file wrong
 * throws {@link RuleFileException} naming the file and that line.
 */
public final class RuleNode {

    private final Path file;
    private final Node node;

    private RuleNode(Path file, Node node) {
        this.file = file;
        this.node = node;
    }

    public static RuleNode read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return parse(file, reader);
        } catch (IOException e) {
            throw new RuleFileException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    public static RuleNode parse(Path file, Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            Node root = new Yaml(options).compose(reader);
            if (root == null) throw new RuleFileException(file, 1, "the file is empty");
            return new RuleNode(file, root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new RuleFileException(file, line, "not valid YAML: " + e.getProblem());
        }
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public RuleFileException error(String reason) {
        return new RuleFileException(file, line(), reason);
    }

    public Map<String, RuleNode> map() {
        if (!(node instanceof MappingNode mapping)) throw error("expected a mapping (key: value lines)");
        Map<String, RuleNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            RuleNode key = new RuleNode(file, tuple.getKeyNode());
            // the same key twice: one of the two would be silently ignored, so neither is taken
            if (entries.put(key.text(), new RuleNode(file, tuple.getValueNode())) != null) {
                throw key.error("'" + key.text() + "' is given twice");
            }
        }
        return entries;
    }

    /** The mapping, refusing keys outside {@code allowed}: a misspelt key must not be silently ignored. */
    public Map<String, RuleNode> map(Set<String> allowed) {
        Map<String, RuleNode> entries = map();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                RuleNode key = new RuleNode(file, tuple.getKeyNode());
                if (!allowed.contains(key.text())) {
                    throw key.error(
                            "unknown key '" + key.text() + "' (expected one of " + String.join(", ", allowed) + ")");
                }
            }
        }
        return entries;
    }

    /** Whether this is a list (lines starting with '-', or [a, b]). */
    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public List<RuleNode> list() {
        if (!(node instanceof SequenceNode sequence)) throw error("expected a list (lines starting with '-')");
        List<RuleNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) items.add(new RuleNode(file, item));
        return items;
    }

    public String text() {
        if (!(node instanceof ScalarNode scalar)) throw error("expected a single value");
        return scalar.getValue();
    }

    public double number() {
        try {
            return Double.parseDouble(text());
        } catch (NumberFormatException e) {
            throw error("'" + text() + "' is not a number");
        }
    }

    public int integer() {
        try {
            return Integer.parseInt(text());
        } catch (NumberFormatException e) {
            throw error("'" + text() + "' is not a whole number");
        }
    }

    public Pattern pattern() {
        return pattern(text());
    }

    /** A regular expression made from this node's text (a rule file's word lists spelled out), any case. */
    public Pattern pattern(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw error("not a valid pattern: " + e.getDescription());
        }
    }

    public <E extends Enum<E>> E oneOf(Class<E> type) {
        String value = text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) return constant;
        }
        throw error("'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    public static Optional<RuleNode> optional(Map<String, RuleNode> map, String key) {
        return Optional.ofNullable(map.get(key));
    }

    public RuleNode required(Map<String, RuleNode> map, String key) {
        RuleNode value = map.get(key);
        if (value == null) throw error("missing '" + key + "'");
        return value;
    }
}
