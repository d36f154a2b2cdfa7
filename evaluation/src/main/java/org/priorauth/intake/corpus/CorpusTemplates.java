package org.priorauth.intake.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * Letter layouts for the labelled corpus, kept as data under {@code src/main/resources/layouts/}: one file per
 * kind of letter and channel ({@code denial.yaml}, {@code denial-portal-page.yaml}, ...) written in the varied
 * wording payers, Medicare and Medicaid plans, PBMs, hubs, specialty pharmacies and other senders use, not in
 * the words of our rules, and {@code sets.yaml}, which puts them in the sets they were written in, in order,
 * each with its split. A {placeholder} is a fact the letter states; the truth follows from the placeholders a
 * layout prints. Portal-page layouts are HTML.
 */
final class CorpusTemplates {

    record Template(String id, String type, boolean html, String text) {}

    /**
     * One set of layouts: its key in {@code truth.jsonl}, which split its letters are in, and for a set held back
     * whole, what its evaluation row says of it (the commit whose rules and model froze before it was written).
     */
    record CorpusSet(String key, Split split, List<Template> layouts, String heldBackAs) {}

    /** DEV and HELD_BACK take a set whole; ONE_IN_FOUR holds back every fourth layout (the first two sets). */
    enum Split {
        DEV,
        HELD_BACK,
        ONE_IN_FOUR
    }

    /** The document types a layout file can hold, named in the file's name ({@code more-info-request.yaml}). */
    private static final List<String> TYPES =
            List.of("DENIAL", "MORE_INFO_REQUEST", "APPROVAL", "PHARMACY_NOTICE", "OTHER");

    /** A page break, written as a line of its own in the data (a form feed is not allowed in YAML). */
    private static final Pattern NEW_PAGE = Pattern.compile("(?m)^--- new page ---$");

    private CorpusTemplates() {}

    static final List<CorpusSet> SETS = loadSets(loadLayouts());

    static final List<Template> ALL =
            SETS.stream().flatMap(set -> set.layouts().stream()).toList();

    /** The set the layout at this index of {@link #ALL} belongs to. */
    static CorpusSet setOf(int index) {
        int end = 0;
        for (CorpusSet set : SETS) {
            end += set.layouts().size();
            if (index < end) return set;
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** "dev" or "heldback", the split of the layout at this index of {@link #ALL}. */
    static String splitOf(int index) {
        return switch (setOf(index).split()) {
            case DEV -> "dev";
            case HELD_BACK -> "heldback";
            case ONE_IN_FOUR -> index % 4 == 3 ? "heldback" : "dev";
        };
    }

    private static Map<String, Template> loadLayouts() {
        Map<String, Template> byId = new LinkedHashMap<>();
        for (String type : TYPES) {
            String kind = type.toLowerCase(Locale.ROOT).replace('_', '-');
            for (boolean html : new boolean[] {false, true}) {
                String file = kind + (html ? "-portal-page" : "") + ".yaml";
                for (Map<String, Object> entry : entries(file)) {
                    String id = String.valueOf(entry.get("id"));
                    String text =
                            NEW_PAGE.matcher(String.valueOf(entry.get("text"))).replaceAll("\f");
                    if (byId.put(id, new Template(id, type, html, text)) != null) {
                        throw new IllegalStateException(file + ": layout " + id + " is named twice");
                    }
                }
            }
        }
        return byId;
    }

    private static List<CorpusSet> loadSets(Map<String, Template> layouts) {
        List<CorpusSet> sets = new ArrayList<>();
        for (Map<String, Object> entry : entries("sets.yaml")) {
            String key = String.valueOf(entry.get("set"));
            List<Template> members = new ArrayList<>();
            for (Object id : (List<?>) entry.get("layouts")) {
                Template layout = layouts.remove(String.valueOf(id));
                if (layout == null) {
                    throw new IllegalStateException("sets.yaml: set " + key + " names " + id
                            + ", which no layout file holds or another set already took");
                }
                members.add(layout);
            }
            Split split = Split.valueOf(
                    String.valueOf(entry.get("split")).toUpperCase(Locale.ROOT).replace('-', '_'));
            sets.add(new CorpusSet(key, split, List.copyOf(members), (String) entry.get("heldBackAs")));
        }
        if (!layouts.isEmpty()) {
            throw new IllegalStateException("layouts in no set of sets.yaml: " + layouts.keySet());
        }
        return List.copyOf(sets);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(String file) {
        try (InputStream in = CorpusTemplates.class.getResourceAsStream("/layouts/" + file)) {
            if (in == null) return List.of();
            List<Map<String, Object>> entries = new Yaml().load(in);
            return entries == null ? List.of() : entries;
        } catch (IOException e) {
            throw new UncheckedIOException("layouts/" + file, e);
        }
    }
}
