package org.priorauth.intake.requirements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.priorauth.intake.rules.RuleNode;
import org.priorauth.intake.tasks.StaffRole;

/**
 * The model of {@code requirements.yaml}: the items a payer expects for a drug, which chart facts satisfy each, who
 * can supply a missing one, and how long a measure stays current.
 *
 * @param groups drug groups by name ("atopic-dermatitis-biologic": Dupixent, Adbry, ...), keys in lower case
 * @param items every item by name
 * @param requirements tried top to bottom; the first that fits the case's drug and payer says what is expected
 */
public record RequirementRules(
        Map<String, List<String>> groups, Map<String, Item> items, List<Requirement> requirements) {

    /**
     * One thing a payer expects. Found when the case holds a fact of one of {@code facts}, whose value matches
     * {@code mentions} where it is given (a prior therapy that is a topical one), and no older than {@code
     * freshForDays} where that is given (an undated measure is not current).
     */
    public record Item(
            String name,
            String label,
            Set<FactKind> facts,
            Pattern mentions,
            StaffRole supplier,
            Integer freshForDays,
            List<String> askedAs) {}

    /** The item a request for information means by one of requested-items.yaml's names, if any says so. */
    public Optional<Item> askedAs(String requestedItem) {
        return items.values().stream()
                .filter(i -> i.askedAs().stream().anyMatch(a -> a.equalsIgnoreCase(requestedItem.strip())))
                .findFirst();
    }

    /** For a drug (or group) and, where given, a payer (a word of its name): the items it expects, in its order. */
    public record Requirement(String drug, String payer, boolean paLikely, List<Item> items, int line) {

        boolean fits(String caseDrug, String casePayer, Map<String, List<String>> groups) {
            if (caseDrug == null) return false;
            String d = caseDrug.strip().toLowerCase(Locale.ROOT);
            List<String> group = groups.get(drug.toLowerCase(Locale.ROOT));
            boolean drugFits =
                    group != null ? group.stream().anyMatch(g -> g.equalsIgnoreCase(d)) : drug.equalsIgnoreCase(d);
            if (!drugFits) return false;
            return payer == null
                    || casePayer != null && casePayer.toLowerCase(Locale.ROOT).contains(payer.toLowerCase(Locale.ROOT));
        }
    }

    public Optional<Requirement> forCase(String drug, String payer) {
        return requirements.stream().filter(r -> r.fits(drug, payer, groups)).findFirst();
    }

    public static RequirementRules from(RuleNode root) {
        Map<String, RuleNode> top = root.map(Set.of("drugGroups", "items", "requirements"));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        if (top.containsKey("drugGroups")) {
            for (Map.Entry<String, RuleNode> g : top.get("drugGroups").map().entrySet()) {
                List<String> drugs = new ArrayList<>();
                for (RuleNode d : g.getValue().list()) drugs.add(d.text().strip());
                if (drugs.isEmpty()) throw g.getValue().error("the drug group '" + g.getKey() + "' names no drug");
                groups.put(g.getKey().toLowerCase(Locale.ROOT), List.copyOf(drugs));
            }
        }
        Map<String, Item> items = new LinkedHashMap<>();
        for (Map.Entry<String, RuleNode> e : root.required(top, "items").map().entrySet()) {
            RuleNode node = e.getValue();
            Map<String, RuleNode> i =
                    node.map(Set.of("label", "facts", "mentions", "supplier", "freshForDays", "askedAs"));
            Set<FactKind> facts = java.util.EnumSet.noneOf(FactKind.class);
            for (RuleNode f : node.required(i, "facts").list()) facts.add(f.oneOf(FactKind.class));
            if (facts.isEmpty()) throw i.get("facts").error("an item names at least one kind of fact");
            Integer fresh = null;
            if (i.containsKey("freshForDays")) {
                fresh = i.get("freshForDays").integer();
                if (fresh <= 0) throw i.get("freshForDays").error("freshForDays must be above 0");
            }
            items.put(
                    e.getKey(),
                    new Item(
                            e.getKey(),
                            node.required(i, "label").text(),
                            Set.copyOf(facts),
                            i.containsKey("mentions") ? i.get("mentions").pattern() : null,
                            node.required(i, "supplier").oneOf(StaffRole.class),
                            fresh,
                            i.containsKey("askedAs")
                                    ? i.get("askedAs").list().stream()
                                            .map(a -> a.text().strip())
                                            .toList()
                                    : List.of()));
        }
        List<Requirement> requirements = new ArrayList<>();
        for (RuleNode r : root.required(top, "requirements").list()) {
            Map<String, RuleNode> m = r.map(Set.of("drug", "payer", "paLikely", "items"));
            List<Item> expected = new ArrayList<>();
            for (RuleNode name : r.required(m, "items").list()) {
                Item item = items.get(name.text());
                if (item == null)
                    throw name.error("'" + name.text() + "' is not an item under items: (" + items.keySet() + ")");
                expected.add(item);
            }
            if (expected.isEmpty()) throw m.get("items").error("a requirement lists at least one item");
            boolean paLikely = !m.containsKey("paLikely")
                    || Boolean.parseBoolean(m.get("paLikely").text());
            requirements.add(new Requirement(
                    r.required(m, "drug").text().strip(),
                    m.containsKey("payer") ? m.get("payer").text().strip() : null,
                    paLikely,
                    List.copyOf(expected),
                    r.line()));
        }
        return new RequirementRules(Map.copyOf(groups), items, List.copyOf(requirements));
    }
}
