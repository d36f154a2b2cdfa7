package org.priorauth.intake.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.fields.FieldEvidence;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.fields.Identifiers;
import org.priorauth.intake.fields.PatientNames;

/**
 * Finds the open case a document's identifiers point to. A case is a candidate when the PA reference, the
 * member ID, or the name together with the date of birth agree with it; or, on a letter that prints no date of
 * birth (a pharmacy's fax, a hub's note), the name together with the drug: two open cases of one name are then
 * told apart by the drug, and a name with no drug matches nothing. A candidate whose drug or PA
 * reference differs is about another request and drops out; a candidate whose identity contradicts the
 * letter (another date of birth, member ID or name) stops the match: a person looks. Only exactly one fitting
 * case, with nothing contradicting, is a match.
 */
public final class CaseMatcher {

    public static final String CREATE_CASE = "CREATE_CASE";

    private CaseMatcher() {}

    public static MatchOutcome match(Fields fields, List<PriorAuthCase> openCases) {
        boolean namesPatient = fields.memberId() != null
                || fields.patientName() != null && (fields.dateOfBirth() != null || fields.drug() != null);
        if (fields.paReference() == null && !namesPatient) {
            return new MatchOutcome.NeedsReview(
                    "the document names no PA reference, member ID, or name with date of birth or drug",
                    List.of(),
                    List.of(),
                    null);
        }
        List<PriorAuthCase> fitting = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Long> candidates = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (PriorAuthCase c : openCases) {
            List<String> agreeing = new ArrayList<>();
            double score = agreeing(fields, c, agreeing);
            if (agreeing.isEmpty()) continue;
            candidates.add(c.id());
            String evidence = "case " + c.id() + " (score " + score + "): " + String.join(", ", agreeing);
            List<String> identityConflicts = identityConflicts(fields, c);
            if (!identityConflicts.isEmpty()) {
                reasons.add(evidence + " but " + String.join(", ", identityConflicts));
                return new MatchOutcome.NeedsReview("identifiers contradict each other", candidates, reasons, null);
            }
            List<String> otherRequest = otherRequest(fields, c);
            if (!otherRequest.isEmpty()) {
                reasons.add(evidence + " but " + String.join(", ", otherRequest));
                continue;
            }
            reasons.add(evidence);
            fitting.add(c);
            scores.add(score);
        }
        if (fitting.size() == 1) {
            return new MatchOutcome.Matched(fitting.get(0).id(), scores.get(0), reasons);
        }
        if (fitting.isEmpty() && candidates.isEmpty()) {
            return new MatchOutcome.NeedsReview(
                    "no open case for this patient", candidates, reasons, namesPatient ? CREATE_CASE : null);
        }
        if (fitting.isEmpty()) {
            return new MatchOutcome.NeedsReview("no open case fits this request", candidates, reasons, null);
        }
        return new MatchOutcome.NeedsReview(fitting.size() + " open cases fit", candidates, reasons, null);
    }

    private static double agreeing(Fields f, PriorAuthCase c, List<String> agree) {
        double score = 0;
        if (sameId(f.paReference(), c.paReference())) {
            agree.add("same PA reference");
            score += 0.6;
        }
        if (f.memberId() != null
                && c.patient().memberId() != null
                && MemberIds.relation(f.memberId(), c.patient().memberId()) == MemberIds.Relation.SAME) {
            agree.add("same member ID");
            score += 0.3;
        }
        if (f.patientName() != null
                && f.dateOfBirth() != null
                && sameName(f.patientName(), c.patient().name())
                && f.dateOfBirth().equals(c.patient().dateOfBirth())) {
            agree.add("same name and date of birth");
            score += 0.3;
        }
        if (!sameId(f.paReference(), c.paReference()) && paReferenceSlip(f, c))
            agree.add("the PA reference one OCR slip from the case's (" + f.paReference() + ")");
        if (memberIdSlip(f, c)) agree.add("the member ID one OCR slip from the case's (" + f.memberId() + ")");
        if (f.patientName() != null
                && f.dateOfBirth() == null
                && f.drug() != null
                && sameName(f.patientName(), c.patient().name())
                && f.drug().equalsIgnoreCase(c.drug())) {
            agree.add("same name and drug");
            score += 0.2;
        }
        return Math.min(1.0, Math.round(score * 10) / 10.0);
    }

    private static List<String> identityConflicts(Fields f, PriorAuthCase c) {
        List<String> conflicts = new ArrayList<>();
        if (f.dateOfBirth() != null
                && c.patient().dateOfBirth() != null
                && !f.dateOfBirth().equals(c.patient().dateOfBirth())) {
            conflicts.add("another date of birth");
        }
        if (f.memberId() != null
                && c.patient().memberId() != null
                && MemberIds.relation(f.memberId(), c.patient().memberId()) == MemberIds.Relation.DIFFERENT
                && !memberIdSlip(f, c)) {
            conflicts.add("another member ID");
        }
        if (f.patientName() != null && !sameName(f.patientName(), c.patient().name())) {
            conflicts.add("another patient name");
        }
        return conflicts;
    }

    private static List<String> otherRequest(Fields f, PriorAuthCase c) {
        List<String> other = new ArrayList<>();
        if (f.drug() != null && c.drug() != null && !f.drug().equalsIgnoreCase(c.drug()))
            other.add("another drug (" + f.drug() + ")");
        if (f.paReference() != null
                && c.paReference() != null
                && !sameId(f.paReference(), c.paReference())
                && !paReferenceSlip(f, c)) other.add("another PA reference");
        return other;
    }

    /** The patient's name and date of birth as the case has them: who the letter is about is settled. */
    private static boolean sameNameAndBirthDate(Fields f, PriorAuthCase c) {
        return f.patientName() != null
                && f.dateOfBirth() != null
                && sameName(f.patientName(), c.patient().name())
                && f.dateOfBirth().equals(c.patient().dateOfBirth());
    }

    /** A member ID the OCR read with a slip, on a letter whose name and date of birth are the case's. */
    static boolean memberIdSlip(Fields f, PriorAuthCase c) {
        return sameNameAndBirthDate(f, c)
                && OcrSlips.slipOfMemberId(f.memberId(), c.patient().memberId());
    }

    /**
     * A PA reference the OCR read with a slip, on a letter whose name and date of birth are the case's and whose
     * drug is the case's: one patient's other request of the same payer has another drug.
     */
    static boolean paReferenceSlip(Fields f, PriorAuthCase c) {
        return sameNameAndBirthDate(f, c)
                && f.drug() != null
                && f.drug().equalsIgnoreCase(c.drug())
                && OcrSlips.slipOf(f.paReference(), c.paReference());
    }

    /**
     * The fields of a letter matched to {@code c}, its identifiers read with an OCR slip put right to the case's:
     * the letter printed the case's identifier (its name, date of birth and drug say so), and staff must find the
     * letter under the identifier the payer uses. Each evidence line keeps what was read.
     */
    public static Fields withSlipsCorrected(Fields f, PriorAuthCase c) {
        Fields corrected = f;
        if (memberIdSlip(f, c))
            corrected =
                    corrected(corrected, "memberId", f.memberId(), c.patient().memberId());
        if (paReferenceSlip(f, c)) corrected = corrected(corrected, "paReference", f.paReference(), c.paReference());
        String name = nameWithSlipCorrected(f.patientName(), c.patient().name());
        if (name != null) corrected = corrected(corrected, "patientName", f.patientName(), name);
        return corrected;
    }

    /**
     * The printed name with the one word OCR misread ("Sobezak") spelled as the case has it ("Sobczak"), the rest
     * as printed ("AGNIESZKA SOBCZAK" stays in capitals, "Sobczak, Agnieszka M" keeps its order); null when the
     * name needs no correction or is not the case's with one slip.
     */
    static String nameWithSlipCorrected(String printed, String known) {
        if (printed == null || known == null || !sameName(printed, known)) return null;
        Matcher words = Pattern.compile("[A-Za-z]{6,}").matcher(printed);
        String misread = null;
        String right = null;
        while (words.find()) {
            String w = words.group();
            for (String k : known.split("[^A-Za-z]+")) {
                if (k.equalsIgnoreCase(w) || k.length() < 6) continue;
                if (oneEditApart(w.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT))) {
                    if (misread != null) return null;
                    misread = w;
                    right = w.equals(w.toUpperCase(Locale.ROOT)) ? k.toUpperCase(Locale.ROOT) : k;
                }
            }
        }
        return misread == null ? null : printed.replaceFirst("\\b" + misread + "\\b", right);
    }

    private static Fields corrected(Fields f, String field, String read, String known) {
        List<FieldEvidence> evidence = new ArrayList<>();
        for (FieldEvidence e : f.evidence()) {
            evidence.add(
                    e.field().equals(field)
                            ? new FieldEvidence(
                                    field,
                                    e.page(),
                                    e.text(),
                                    "read as " + read + ": one OCR slip from the matched case's " + known)
                            : e);
        }
        return f.with(field, known).withEvidence(evidence);
    }

    static boolean sameId(String a, String b) {
        return a != null && b != null && Objects.equals(Identifiers.key(a), Identifiers.key(b));
    }

    /**
     * The same words, in any order and case, initials aside; or OCR's misreading of one letter in one long word
     * ("Sobezak" for "Sobczak", "Rafae}" for "Rafael"): every other word the same, that word of six letters or more
     * and one letter off. Another date of birth or member ID still tells two people apart.
     */
    static boolean sameName(String a, String b) {
        if (a == null || b == null) return false;
        List<String> left = new ArrayList<>(List.of(PatientNames.key(a).split(" ")));
        List<String> right = new ArrayList<>(List.of(PatientNames.key(b).split(" ")));
        if (left.equals(right)) return !left.get(0).isEmpty();
        if (left.size() != right.size() || left.size() < 2) return false;
        List<String> onlyLeft = new ArrayList<>(left);
        right.forEach(onlyLeft::remove);
        List<String> onlyRight = new ArrayList<>(right);
        left.forEach(onlyRight::remove);
        return onlyLeft.size() == 1
                && onlyRight.size() == 1
                && Math.max(onlyLeft.get(0).length(), onlyRight.get(0).length()) >= 6
                && oneEditApart(onlyLeft.get(0), onlyRight.get(0));
    }

    /** One letter changed, added or dropped. */
    private static boolean oneEditApart(String a, String b) {
        return OcrSlips.editDistance(a, b, 1) == 1;
    }
}
