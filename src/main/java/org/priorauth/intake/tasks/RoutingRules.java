package org.priorauth.intake.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.priorauth.intake.cases.CaseStatus;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.rules.PatternBudget;
import org.priorauth.intake.rules.RuleNode;

/**
 * {@code routing.yaml}: which document (by type, payer, drug, case status) moves its case to which status and
 * raises which task. Rules are tried top to bottom; the first that fits wins. {@code review} is the task for a
 * document a person must look at first.
 */
public record RoutingRules(TaskRule review, List<Rule> rules) {

    /** How long one routing pattern may read one letter. */
    static final java.time.Duration MENTIONS_BUDGET = java.time.Duration.ofSeconds(1);

    /**
     * What a rule applies to; an empty condition matches anything. {@code mentions} is a pattern the letter's
     * text must contain (for example "partially approved").
     */
    public record When(
            DocumentType type, String payer, String drug, CaseStatus caseStatus, java.util.regex.Pattern mentions) {

        boolean fits(
                DocumentType documentType,
                String documentPayer,
                String documentDrug,
                CaseStatus currentStatus,
                String text) {
            return (type == null || type == documentType)
                    && (payer == null || payer.equalsIgnoreCase(String.valueOf(documentPayer)))
                    && (drug == null || drug.equalsIgnoreCase(String.valueOf(documentDrug)))
                    && (caseStatus == null || caseStatus == currentStatus)
                    && (mentions == null || text != null && mentions(text));
        }

        /**
         * Whether the letter holds the admin's pattern, within {@link #MENTIONS_BUDGET}: a pattern that runs away
         * on a letter does not fit it (the rule is passed over and the next one tried) rather than stall intake.
         */
        private boolean mentions(String text) {
            try {
                return PatternBudget.within(MENTIONS_BUDGET, () -> mentions.matcher(PatternBudget.text(text))
                        .find());
            } catch (PatternBudget.TooSlow e) {
                org.slf4j.LoggerFactory.getLogger(RoutingRules.class)
                        .warn(
                                "routing.yaml: the pattern {} ran over its time on a document and was passed over",
                                mentions);
                return false;
            }
        }
    }

    /**
     * @param dueDaysBeforeDeadline when the letter gives a deadline: due this many days before it
     * @param dueInDays otherwise: due this many days after the document arrived (the desk's service level)
     */
    public record TaskRule(
            String title, StaffRole role, Integer dueDaysBeforeDeadline, int dueInDays, TaskPriority priority) {}

    public record Rule(String name, When when, CaseStatus caseStatus, TaskRule task, int line) {}

    public static RoutingRules from(RuleNode root) {
        Map<String, RuleNode> top = root.map(Set.of("review", "rules"));
        TaskRule review = task(root.required(top, "review"));
        List<Rule> rules = new ArrayList<>();
        for (RuleNode item : root.required(top, "rules").list()) {
            Map<String, RuleNode> rule = item.map(Set.of("name", "when", "caseStatus", "task"));
            Map<String, RuleNode> when =
                    item.required(rule, "when").map(Set.of("type", "payer", "drug", "caseStatus", "mentions"));
            When condition = new When(
                    RuleNode.optional(when, "type")
                            .map(n -> n.oneOf(DocumentType.class))
                            .orElse(null),
                    RuleNode.optional(when, "payer").map(RuleNode::text).orElse(null),
                    RuleNode.optional(when, "drug").map(RuleNode::text).orElse(null),
                    RuleNode.optional(when, "caseStatus")
                            .map(n -> n.oneOf(CaseStatus.class))
                            .orElse(null),
                    RuleNode.optional(when, "mentions").map(RuleNode::pattern).orElse(null));
            String name = RuleNode.optional(rule, "name")
                    .map(RuleNode::text)
                    .orElse(
                            condition.type() == null
                                    ? "rule at line " + item.line()
                                    : condition.type().name().toLowerCase(Locale.ROOT));
            rules.add(new Rule(
                    name,
                    condition,
                    RuleNode.optional(rule, "caseStatus")
                            .map(n -> n.oneOf(CaseStatus.class))
                            .orElse(null),
                    RuleNode.optional(rule, "task").map(RoutingRules::task).orElse(null),
                    item.line()));
        }
        return new RoutingRules(review, rules);
    }

    public Optional<Rule> firstFitting(
            DocumentType type, String payer, String drug, CaseStatus currentStatus, String text) {
        return rules.stream()
                .filter(r -> r.when().fits(type, payer, drug, currentStatus, text))
                .findFirst();
    }

    /**
     * The rule a person's move of a case to {@code status} follows: the first that moves a case there, fits the
     * case's payer and drug and does not depend on a letter's words (there is no letter).
     */
    public Optional<Rule> firstMovingTo(CaseStatus status, String payer, String drug, CaseStatus from) {
        return rules.stream()
                .filter(r -> r.caseStatus() == status && r.when().mentions() == null)
                .filter(r -> r.when().fits(r.when().type(), payer, drug, from, null))
                .findFirst();
    }

    private static TaskRule task(RuleNode node) {
        Map<String, RuleNode> t = node.map(Set.of("title", "role", "dueDaysBeforeDeadline", "dueInDays", "priority"));
        int dueInDays = node.required(t, "dueInDays").integer();
        if (dueInDays < 0) throw t.get("dueInDays").error("dueInDays cannot be negative");
        return new TaskRule(
                node.required(t, "title").text(),
                node.required(t, "role").oneOf(StaffRole.class),
                RuleNode.optional(t, "dueDaysBeforeDeadline")
                        .map(RuleNode::integer)
                        .orElse(null),
                dueInDays,
                RuleNode.optional(t, "priority")
                        .map(n -> n.oneOf(TaskPriority.class))
                        .orElse(TaskPriority.NORMAL));
    }
}
