package org.priorauth.intake.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.rules.PatternStarts;
import org.priorauth.intake.rules.RuleNode;

/**
 * The named word lists of {@code classification.yaml}'s {@code words:} section, and the phrases that use them.
 *
 * <p>An admin should be able to read a cue and add the word a new payer uses without learning regular
 * expressions: the words a payer refuses with ({@code denied, declined, not certified, ...}) are one list, named
 * once, and every cue that needs "a refusal" says {@code {refused}}. A word added there counts in every such cue.
 *
 * <p>A phrase is words in order, any case, any spacing or line break between them, each letter also matching what
 * OCR reads it as (o and 0; l, i, 1 and |; s and 5). Besides plain words it knows:
 *
 * <ul>
 *   <li>{@code {name}}: any entry of the word list {@code name} (an entry is itself a phrase);
 *   <li>{@code (could|can|will)}: one of these words;
 *   <li>{@code [word]}, {@code [the|your]} or {@code [{name}]}: a word, a choice or a list that may be absent;
 *   <li>{@code word*}: the word and any letters after it ({@code authoriz*}); {@code *mab}: any word ending so;
 *   <li>{@code :} after a word: a label's separator, a colon, a dash or dotted leaders ({@code Status: {refused}});
 *   <li>{@code ...}: the next words follow later in the same sentence (within 60 characters);
 *   <li>an apostrophe matches any apostrophe, or none ({@code plan's} is also "plans").
 * </ul>
 *
 * <p>A {@code pattern:} (a regular expression, for what a phrase cannot say) may use {@code {name}} too.
 */
final class WordLists {

    private static final String WORD_GAP = "[\\s\\-]+";
    private static final String SAME_SENTENCE = "[\\s\\-]+(?:[^.]{0,60}?[\\s\\-]+)?";
    private static final String LABEL_SEPARATOR = "\\s*(?:[:\\-\u2013\u2014]|\\.{2,})";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][\\w-]*");
    /** {@code {name}} in a pattern; {@code \{} stays a literal brace and {@code {2,5}} a repetition. */
    private static final Pattern NAME_IN_PATTERN = Pattern.compile("(?<!\\\\)\\{([A-Za-z][\\w-]*)\\}");

    private final Map<String, RuleNode> lists;
    private final Map<String, String> resolved = new HashMap<>();
    private final java.util.Set<String> named = new java.util.HashSet<>();

    private WordLists(Map<String, RuleNode> lists) {
        this.lists = lists;
    }

    static WordLists none() {
        return new WordLists(Map.of());
    }

    /** Reads {@code words:}; every list is resolved here, so that an unknown name or a loop fails the load. */
    static WordLists from(Optional<RuleNode> words) {
        Map<String, RuleNode> lists = new LinkedHashMap<>();
        if (words.isPresent()) {
            for (Map.Entry<String, RuleNode> entry : words.get().map().entrySet()) {
                if (!NAME.matcher(entry.getKey()).matches())
                    throw entry.getValue()
                            .error("'" + entry.getKey() + "' is not a list name (letters, digits, '-' and '_')");
                if (!entry.getValue().isList() || entry.getValue().list().isEmpty())
                    throw entry.getValue()
                            .error("the word list '" + entry.getKey() + "' is a list of words or phrases");
                lists.put(entry.getKey(), entry.getValue());
            }
        }
        WordLists result = new WordLists(lists);
        // resolved up front so that a list's own mistakes are reported at the list
        for (String name : lists.keySet()) result.list(name, lists.get(name), new ArrayList<>());
        return result;
    }

    /**
     * Refuses a list that no cue and no other list names: an admin who adds a word to it would see nothing change.
     * Called once every cue is read.
     */
    void requireEachNamed() {
        for (Map.Entry<String, RuleNode> list : lists.entrySet()) {
            if (!named.contains(list.getKey()))
                throw list.getValue()
                        .error("the word list '" + list.getKey() + "' is named by no cue: name it as {" + list.getKey()
                                + "} in a phrase or pattern, or remove it");
        }
    }

    /** A phrase as a whole cue: it starts and ends at a word's edge. */
    Pattern phrase(RuleNode node) {
        return wholeWords(phraseBody(node.text(), node, new ArrayList<>()), node);
    }

    /**
     * A phrase of plain words that no rule file holds (a phrase a proposal learnt from letters), compiled as a
     * {@code phrase:} of classification.yaml is, so that its dry run is what publishing it would do.
     *
     * @throws IllegalArgumentException for a phrase that uses the rule files' syntax
     */
    Pattern phrase(String phrase) {
        return wholeWords(phraseBody(phrase, null, new ArrayList<>()), null);
    }

    /** Any of a list of phrases, as one cue ({@code phrases: ["has been denied", "have been denied"]}). */
    Pattern anyPhrase(RuleNode list) {
        List<String> bodies = new ArrayList<>();
        for (RuleNode phrase : list.list()) bodies.add(phraseBody(phrase.text(), phrase, new ArrayList<>()));
        if (bodies.isEmpty()) throw list.error("phrases: lists at least one phrase");
        return wholeWords("(?:" + String.join("|", bodies) + ")", list);
    }

    /** A phrase's regular expression held to whole words: no letter or digit right before or after it. */
    private static Pattern wholeWords(String body, RuleNode at) {
        return compile(PatternStarts.WHOLE_WORD + body + "(?![\\p{Alnum}])", at);
    }

    /** A regular expression, its {@code {name}}s replaced by their lists. */
    Pattern pattern(RuleNode node) {
        return compile(expand(node.text(), node), node);
    }

    private String expand(String regex, RuleNode at) {
        Matcher names = NAME_IN_PATTERN.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            String name = names.group(1);
            names.appendReplacement(out, Matcher.quoteReplacement(list(name, at, new ArrayList<>())));
        }
        names.appendTail(out);
        return out.toString();
    }

    private static Pattern compile(String regex, RuleNode at) {
        if (at != null) return at.pattern(regex);
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The refusal of a mistake, with the rule file's line when there is one. */
    private static RuntimeException fail(RuleNode at, String why) {
        return at == null ? new IllegalArgumentException(why) : at.error(why);
    }

    /** A list as one alternation, its longest entries first (so "not approved" is tried before "not"). */
    private String list(String name, RuleNode at, List<String> resolving) {
        if (!resolving.isEmpty() || at != lists.get(name)) named.add(name);
        String done = resolved.get(name);
        if (done != null) return done;
        RuleNode node = lists.get(name);
        if (node == null)
            throw fail(
                    at,
                    "no word list named '" + name + "' under words:"
                            + (lists.isEmpty()
                                    ? " (there is no words: section)"
                                    : " (there are " + lists.keySet() + ")"));
        if (resolving.contains(name))
            throw fail(
                    at,
                    "the word list '" + name + "' contains itself: " + String.join(" -> ", resolving) + " -> " + name);
        resolving.add(name);
        List<String> entries = new ArrayList<>();
        for (RuleNode entry : node.list()) {
            String text = entry.text().strip();
            if (text.isEmpty()) throw entry.error("an empty entry in the word list '" + name + "'");
            entries.add(text);
        }
        entries.sort(Comparator.comparingInt(String::length).reversed());
        List<String> bodies = new ArrayList<>();
        for (String entry : entries) bodies.add(phraseBody(entry, node, resolving));
        resolving.remove(name);
        String regex = "(?:" + String.join("|", bodies) + ")";
        resolved.put(name, regex);
        return regex;
    }

    private String phraseBody(String phrase, RuleNode at, List<String> resolving) {
        // "Status: denied" and "Status : denied" are one phrase: the colon is a token of its own
        String[] tokens =
                phrase.strip().replaceAll("\\s*:(?=\\s|$)", " : ").strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        String gap = "";
        for (String token : tokens) {
            if (token.equals(":")) {
                if (out.isEmpty()) throw fail(at, "a phrase starts with a word, not with ':' (" + phrase + ")");
                out.append(LABEL_SEPARATOR);
                gap = "\\s*";
            } else if (token.equals("...")) {
                if (out.isEmpty()) throw fail(at, "a phrase starts with a word, not with '...' (" + phrase + ")");
                gap = SAME_SENTENCE;
            } else if (token.length() > 2 && token.startsWith("[") && token.endsWith("]")) {
                String inner = token.substring(1, token.length() - 1);
                String body = token(inner.contains("|") ? "(" + inner + ")" : inner, phrase, at, resolving);
                if (out.isEmpty()) {
                    out.append("(?:").append(body).append(WORD_GAP).append(")?");
                } else {
                    out.append("(?:").append(gap).append(body).append(")?");
                }
            } else {
                out.append(gap).append(token(token, phrase, at, resolving));
                gap = WORD_GAP;
            }
        }
        if (gap.equals(SAME_SENTENCE)) throw fail(at, "a phrase ends with a word, not with '...' (" + phrase + ")");
        return out.toString();
    }

    private String token(String token, String phrase, RuleNode at, List<String> resolving) {
        // "(could|can|will)": one of these words
        if (token.length() > 2 && token.startsWith("(") && token.endsWith(")")) {
            List<String> bodies = new ArrayList<>();
            for (String word : token.substring(1, token.length() - 1).split("\\|", -1)) {
                if (word.isEmpty()) throw fail(at, "an empty choice in '" + token + "' in \"" + phrase + "\"");
                bodies.add(token(word, phrase, at, resolving));
            }
            return "(?:" + String.join("|", bodies) + ")";
        }
        if (token.startsWith("{") && token.endsWith("}")) {
            String name = token.substring(1, token.length() - 1);
            if (!NAME.matcher(name).matches())
                throw fail(at, "'" + token + "' in \"" + phrase + "\" is not a word list's name");
            return list(name, at, resolving);
        }
        if (token.contains("{") || token.contains("}"))
            throw fail(at, "a word list stands as a word of its own: '" + token + "' in \"" + phrase + "\"");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean edge = i == 0 || i == token.length() - 1;
            if (c == '*') {
                if (!edge || token.length() == 1)
                    throw fail(at, "'*' stands at a word's start or end: '" + token + "' in \"" + phrase + "\"");
                out.append("\\w*");
            } else if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`') {
                out.append("['\u2019\u2018`]?");
            } else {
                out.append(ocrTolerant(c));
            }
        }
        return out.toString();
    }

    private static String ocrTolerant(char c) {
        return switch (Character.toLowerCase(c)) {
            case 'o', '0' -> "[o0]";
            case 'l', 'i', '1' -> "[li1|]";
            case 's', '5' -> "[s5]";
            default -> Pattern.quote(String.valueOf(c));
        };
    }
}
