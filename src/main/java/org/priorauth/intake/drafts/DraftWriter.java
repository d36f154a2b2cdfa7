package org.priorauth.intake.drafts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.priorauth.intake.cases.PriorAuthCase;

/**
 * Writes drafts from facts on file only: the case record and the fields read from the letter. Every fact
 * written is listed as a source; every fact that is not on file becomes a visible {@code [[placeholder]]}
 * for staff to fill. Patient messages give no clinical advice and promise no timeline.
 */
public final class DraftWriter {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private DraftWriter() {}

    /** What the letter said, as far as the draft may use it. */
    public record LetterFacts(
            long documentId,
            String denialReason,
            LocalDate deadline,
            LocalDate decisionDate,
            List<String> requestedItems) {}

    public static DraftText checklist(PriorAuthCase c, LetterFacts letter, Map<String, List<Long>> possiblyOnFile) {
        return checklist(c, letter, possiblyOnFile, Map.of());
    }

    /**
     * @param chart what the case's chart facts hold of each requested item (the submission check's own reading,
     *     requirements.yaml's {@code askedAs}), each fact with its source
     */
    public static DraftText checklist(
            PriorAuthCase c,
            LetterFacts letter,
            Map<String, List<Long>> possiblyOnFile,
            Map<String, org.priorauth.intake.requirements.SubmissionCheck.ItemStatus> chart) {
        Facts f = new Facts(c, letter);
        StringBuilder body = new StringBuilder();
        body.append("Requested items: ")
                .append(f.caseValue("payer", c.payer()))
                .append(" request for information on ")
                .append(f.caseValue("drug", c.drug()))
                .append('\n');
        body.append("Patient: ")
                .append(f.caseValue("patient.name", c.patient().name()))
                .append(", PA reference ")
                .append(f.caseValue("paReference", c.paReference()))
                .append('\n');
        body.append("Respond by: ")
                .append(f.letterDate("deadline", letter.deadline(), "the response deadline: read the letter"))
                .append("\n\n");
        if (letter.requestedItems().isEmpty()) {
            body.append(f.missing("the items requested: the letter's list was not recognised, read document "
                            + letter.documentId()))
                    .append('\n');
        }
        for (String item : letter.requestedItems()) {
            f.sources.add(new DraftSource("document " + letter.documentId(), "requestedItems", item));
            List<Long> docs = possiblyOnFile.getOrDefault(item, List.of());
            body.append("[ ] ").append(item).append(" - ");
            var facts = chart.get(item);
            if (facts != null && !facts.facts().isEmpty()) {
                body.append(
                                facts.status() == org.priorauth.intake.requirements.SubmissionCheck.Status.FOUND
                                        ? "on the chart: "
                                        : "on the chart but " + facts.why() + ": ")
                        .append(String.join(
                                "; ",
                                facts.facts().stream()
                                        .map(x -> x.value()
                                                + (x.observedOn() == null ? "" : " (" + x.observedOn() + ")")
                                                + ", source: " + x.source())
                                        .toList()))
                        .append('\n');
                facts.facts().forEach(x -> f.sources.add(new DraftSource(x.source(), "chart fact", x.value())));
            } else if (docs.isEmpty()) {
                body.append("not found among this case's documents\n");
            } else {
                body.append("possibly on file: document")
                        .append(docs.size() > 1 ? "s " : " ")
                        .append(String.join(
                                ", ", docs.stream().map(String::valueOf).toList()))
                        .append(" mention")
                        .append(docs.size() > 1 ? "" : "s")
                        .append(" it; check before sending\n");
                docs.forEach(d -> f.sources.add(new DraftSource("document " + d, "mentions", item)));
            }
        }
        body.append("\nFrom document ")
                .append(letter.documentId())
                .append(". Nothing is sent until a staff member sends it.\n");
        return f.text(DraftKind.REQUESTED_ITEMS_CHECKLIST, body);
    }

    public static DraftText appealLetter(PriorAuthCase c, LetterFacts letter) {
        Facts f = new Facts(c, letter);
        String drug = f.caseValue("drug", c.drug());
        StringBuilder body = new StringBuilder();
        body.append(f.missing("practice letterhead")).append("\n\n");
        body.append("Date: ").append(f.missing("date of sending")).append('\n');
        body.append("To: ").append(f.caseValue("payer", c.payer())).append(", Appeals\n");
        body.append("Re: Appeal of the prior authorization denial for ")
                .append(drug)
                .append('\n');
        body.append("Patient: ")
                .append(f.caseValue("patient.name", c.patient().name()))
                .append("    Date of birth: ")
                .append(f.caseDate("patient.dateOfBirth", c.patient().dateOfBirth()))
                .append('\n');
        body.append("Member ID: ")
                .append(f.caseValue("patient.memberId", c.patient().memberId()))
                .append('\n');
        body.append("PA reference: ")
                .append(f.caseValue("paReference", c.paReference()))
                .append('\n');
        body.append("Date of the decision: ")
                .append(f.letterDate("decisionDate", letter.decisionDate(), "date of the denial"))
                .append("\n\n");
        body.append("To whom it may concern,\n\n");
        body.append("I am writing to appeal the denial of coverage for ")
                .append(drug)
                .append(" for the patient named above.\n");
        if (letter.denialReason() != null) {
            f.sources.add(new DraftSource("document " + letter.documentId(), "denialReason", letter.denialReason()));
            body.append("The denial letter gives this reason: \"")
                    .append(letter.denialReason())
                    .append("\"\n\n");
        } else {
            body.append("The denial letter gives this reason: ")
                    .append(f.missing("the reason given in the denial letter"))
                    .append("\n\n");
        }
        body.append(
                        f.missing(
                                "clinician: the diagnosis, its severity (for example BSA or a severity score) and when it was assessed"))
                .append("\n");
        body.append(f.missing("clinician: the therapies tried before, with dates and outcomes"))
                .append("\n");
        body.append(f.missing("clinician: why " + drug
                        + " is medically necessary for this patient, answering the reason above"))
                .append("\n\n");
        body.append("Enclosed: ").append(f.missing("the records enclosed")).append("\n\n");
        body.append("The denial letter sets the appeal deadline at ")
                .append(f.letterDate("deadline", letter.deadline(), "the appeal deadline: read the denial letter"))
                .append(".\n\n");
        body.append("Sincerely,\n")
                .append(f.missing("prescriber's name, credentials and NPI"))
                .append('\n');
        return f.text(DraftKind.APPEAL_LETTER, body);
    }

    /** @param news "DENIED", "PARTIALLY_APPROVED", "INFO_REQUESTED" or "APPROVED": what the plan answered */
    public static DraftText patientMessage(PriorAuthCase c, LetterFacts letter, String news) {
        Facts f = new Facts(c, letter);
        String drug = f.caseValue("drug", c.drug());
        StringBuilder body = new StringBuilder();
        body.append("Dear ")
                .append(f.caseValue("patient.name", c.patient().name()))
                .append(",\n\n");
        body.append(
                switch (news) {
                    case "APPROVED" ->
                        "Your insurance plan has approved the prior authorization request for " + drug
                                + ". Our team will contact you about the next steps.";
                    case "PARTIALLY_APPROVED" ->
                        "Your insurance plan has approved part of the prior authorization request for " + drug
                                + ". Our prior authorization team is reviewing the letter and will contact you about the next steps.";
                    case "INFO_REQUESTED" ->
                        "Your insurance plan has asked our office for more information about the prior authorization"
                                + " request for " + drug
                                + ". Our team is gathering it and will contact you if we need anything from you.";
                    default ->
                        "Your insurance plan has answered the prior authorization request for " + drug
                                + " and did not approve it as it was sent. Our prior authorization team is reviewing the letter and will"
                                + " contact you about the next steps.";
                });
        body.append("\n\nIf you have questions, please call our office.\n")
                .append(f.missing("clinic name and phone number"))
                .append('\n');
        return f.text(DraftKind.PATIENT_MESSAGE, body);
    }

    /** Collects sources and placeholders while a draft is written. */
    private static final class Facts {
        final PriorAuthCase paCase;
        final LetterFacts letter;
        final List<DraftSource> sources = new ArrayList<>();
        final List<String> missing = new ArrayList<>();

        Facts(PriorAuthCase paCase, LetterFacts letter) {
            this.paCase = paCase;
            this.letter = letter;
        }

        String caseValue(String field, String value) {
            if (value == null || value.isBlank()) return missing(field);
            add(new DraftSource("case " + paCase.id(), field, value));
            return value;
        }

        String caseDate(String field, LocalDate value) {
            return value == null ? missing(field) : caseValue(field, value.format(US));
        }

        String letterDate(String field, LocalDate value, String placeholder) {
            if (value == null) return missing(placeholder);
            add(new DraftSource("document " + letter.documentId(), field, value.format(US)));
            return value.format(US);
        }

        String missing(String what) {
            if (!missing.contains(what)) missing.add(what);
            return "[[" + what + "]]";
        }

        private void add(DraftSource source) {
            if (!sources.contains(source)) sources.add(source);
        }

        DraftText text(DraftKind kind, StringBuilder body) {
            return new DraftText(kind, body.toString(), sources, missing);
        }
    }
}
