package org.priorauth.intake.fields;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fields of CONTRACT.md. Absent means the text does not say it (or says two different things); the JSON
 * form leaves absent fields out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Fields(
        String patientName,
        LocalDate dateOfBirth,
        String memberId,
        String paReference,
        String payer,
        String drug,
        LocalDate decisionDate,
        LocalDate deadline,
        List<String> requestedItems,
        String denialReason,
        LocalDate authorizedFrom,
        LocalDate authorizedThrough,
        @JsonIgnore List<FieldEvidence> evidence) {

    public Fields {
        requestedItems = requestedItems == null ? List.of() : List.copyOf(requestedItems);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /**
     * A deadline's line about filing an appeal ("an appeal must be filed by", "you may appeal within", "to ask for
     * an appeal"), not about deciding one ("we will decide your appeal by": the plan's own time).
     */
    private static final Pattern APPEAL = Pattern.compile(
            "\\bappeals?\\s+(?:must|should|has\\s+to|have\\s+to)\\s+be\\s+(?:filed|received|submitted|sent|made)\\b"
                    + "|\\b(?:file|submit|send|request|ask\\s+for)\\s+(?:an?\\s+|the\\s+|your\\s+)?appeal\\b"
                    + "|\\b(?:may|can|must|to)\\s+appeal\\b|(?<!(?:decide|review|process|answer)\\s(?:your|the|this)\\s)\\bappeal\\s+(?:by|before|within|no\\s+later\\s+than)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether the deadline was read from a line about filing an appeal: a denial's deadline, whoever relays it. */
    private boolean deadlineToAppeal() {
        return deadline != null
                && evidence.stream()
                        .anyMatch(e -> e.field().equals("deadline")
                                && e.text() != null
                                && APPEAL.matcher(e.text()).find());
    }

    public static Fields none() {
        return new Fields(null, null, null, null, null, null, null, null, List.of(), null, null, null, List.of());
    }

    /**
     * What belongs to one type of letter only (CONTRACT.md): requested items to a request for information, a
     * denial reason to a denial, a decision date to a denial or an approval, a deadline (to appeal, to answer) to a
     * denial or a request, or to any letter that relays one (a hub's "According to the plan, an appeal must be
     * filed by March 17"). A pharmacy's "next dose due" is no deadline.
     */
    public Fields keepTypeSpecific(boolean isRequest, boolean isDenial, boolean isApproval) {
        boolean keepDecisionDate = isDenial || isApproval;
        java.util.Set<String> period = java.util.Set.of("authorizedFrom", "authorizedThrough");
        boolean keepDeadline = isDenial || isRequest || !isApproval && deadlineToAppeal();
        List<FieldEvidence> kept = evidence.stream()
                .filter(e -> isRequest || !e.field().equals("requestedItems"))
                .filter(e -> isDenial || !e.field().equals("denialReason"))
                .filter(e -> keepDecisionDate || !e.field().equals("decisionDate"))
                .filter(e -> keepDeadline || !e.field().equals("deadline"))
                .filter(e -> isApproval || !period.contains(e.field()))
                .toList();
        return new Fields(
                patientName,
                dateOfBirth,
                memberId,
                paReference,
                payer,
                drug,
                keepDecisionDate ? decisionDate : null,
                keepDeadline ? deadline : null,
                isRequest ? requestedItems : List.of(),
                isDenial ? denialReason : null,
                isApproval ? authorizedFrom : null,
                isApproval ? authorizedThrough : null,
                kept);
    }

    /**
     * These fields with the type-specific ones this document's record did not keep taken from {@code reread}: a
     * person says a letter filed as OTHER is a denial, and its appeal deadline and reason, dropped when it was
     * filed, count again. What is here (read, or set by a person) stays.
     */
    public Fields withTypeSpecificFrom(Fields reread) {
        List<FieldEvidence> merged = new java.util.ArrayList<>(evidence);
        java.util.function.Predicate<String> take = name -> text(name) == null && reread.text(name) != null;
        for (String name : List.of(
                "decisionDate", "deadline", "requestedItems", "denialReason", "authorizedFrom", "authorizedThrough")) {
            if (take.test(name)) {
                reread.evidence.stream().filter(e -> e.field().equals(name)).forEach(merged::add);
            }
        }
        return new Fields(
                patientName,
                dateOfBirth,
                memberId,
                paReference,
                payer,
                drug,
                take.test("decisionDate") ? reread.decisionDate : decisionDate,
                take.test("deadline") ? reread.deadline : deadline,
                take.test("requestedItems") ? reread.requestedItems : requestedItems,
                take.test("denialReason") ? reread.denialReason : denialReason,
                take.test("authorizedFrom") ? reread.authorizedFrom : authorizedFrom,
                take.test("authorizedThrough") ? reread.authorizedThrough : authorizedThrough,
                merged);
    }

    /** These fields with where their values were read. */
    public Fields withEvidence(List<FieldEvidence> read) {
        return new Fields(
                patientName,
                dateOfBirth,
                memberId,
                paReference,
                payer,
                drug,
                decisionDate,
                deadline,
                requestedItems,
                denialReason,
                authorizedFrom,
                authorizedThrough,
                read);
    }

    /** The names of the fields, in CONTRACT.md's order: what a person may correct. */
    public static final List<String> NAMES = List.of(
            "patientName",
            "dateOfBirth",
            "memberId",
            "paReference",
            "payer",
            "drug",
            "decisionDate",
            "deadline",
            "requestedItems",
            "denialReason",
            "authorizedFrom",
            "authorizedThrough");

    /** A field's value as text, the way a person sees and corrects it (requested items one per line). */
    public String text(String name) {
        Object value =
                switch (name) {
                    case "patientName" -> patientName;
                    case "dateOfBirth" -> dateOfBirth;
                    case "memberId" -> memberId;
                    case "paReference" -> paReference;
                    case "payer" -> payer;
                    case "drug" -> drug;
                    case "decisionDate" -> decisionDate;
                    case "deadline" -> deadline;
                    case "requestedItems" -> requestedItems.isEmpty() ? null : String.join("\n", requestedItems);
                    case "denialReason" -> denialReason;
                    case "authorizedFrom" -> authorizedFrom;
                    case "authorizedThrough" -> authorizedThrough;
                    default -> throw new IllegalArgumentException("no field named " + name);
                };
        return value == null ? null : value.toString();
    }

    /**
     * These fields with one set by a person: blank clears it (a value the letter does not hold is worse than
     * none), dates as {@code 2027-03-17} or {@code 03/17/2027}, requested items one per line. The evidence of the
     * field read before goes: it no longer says where the value came from.
     *
     * @throws IllegalArgumentException for an unknown field or a date that is not one
     */
    public Fields with(String name, String value) {
        if (!NAMES.contains(name)) throw new IllegalArgumentException("no field named " + name);
        String v = value == null || value.isBlank() ? null : value.strip();
        List<FieldEvidence> kept =
                evidence.stream().filter(e -> !e.field().equals(name)).toList();
        return new Fields(
                name.equals("patientName") ? v : patientName,
                name.equals("dateOfBirth") ? date(name, v) : dateOfBirth,
                name.equals("memberId") ? v : memberId,
                name.equals("paReference") ? v : paReference,
                name.equals("payer") ? v : payer,
                name.equals("drug") ? v : drug,
                name.equals("decisionDate") ? date(name, v) : decisionDate,
                name.equals("deadline") ? date(name, v) : deadline,
                name.equals("requestedItems") ? lines(v) : requestedItems,
                name.equals("denialReason") ? v : denialReason,
                name.equals("authorizedFrom") ? date(name, v) : authorizedFrom,
                name.equals("authorizedThrough") ? date(name, v) : authorizedThrough,
                kept);
    }

    private static List<String> lines(String value) {
        return value == null
                ? List.of()
                : value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static LocalDate date(String name, String value) {
        if (value == null) return null;
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(value);
            return LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("M/d/uuuu"));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(name + " must be a date such as 2027-03-17 or 03/17/2027, not " + value);
        }
    }
}
