package org.priorauth.intake.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.fields.FieldReader;
import org.priorauth.intake.fields.Fields;

/**
 * Finds the open case a document's identifiers point to. A case is a candidate when the PA reference, the
 * member ID, or the name together with the date of birth agree with it. A candidate whose drug or PA
 * reference differs is about another request and drops out; a candidate whose identity contradicts the
 * letter (another date of birth, member ID or name) stops the match: a person looks.
 */
public final class CaseMatcher {

    private CaseMatcher() {}

    public static MatchOutcome match(Fields fields, List<PriorAuthCase> openCases) {
        if (fields.paReference() == null && fields.memberId() == null
                && (fields.patientName() == null || fields.dateOfBirth() == null)) {
            return new MatchOutcome.NeedsReview("the document names no PA reference, member ID, or name with date of birth",
                    List.of(), List.of());
        }
        List<PriorAuthCase> fitting = new ArrayList<>();
        List<Long> candidates = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (PriorAuthCase c : openCases) {
            List<String> agreeing = agreeing(fields, c);
            if (agreeing.isEmpty()) continue;
            candidates.add(c.id());
            List<String> identityConflicts = identityConflicts(fields, c);
            if (!identityConflicts.isEmpty()) {
                reasons.add("case " + c.id() + ": " + String.join(", ", agreeing) + " but " + String.join(", ", identityConflicts));
                return new MatchOutcome.NeedsReview("identifiers contradict each other", candidates, reasons);
            }
            List<String> otherRequest = otherRequest(fields, c);
            if (!otherRequest.isEmpty()) {
                reasons.add("case " + c.id() + ": " + String.join(", ", agreeing) + " but " + String.join(", ", otherRequest));
                continue;
            }
            reasons.add("case " + c.id() + ": " + String.join(", ", agreeing));
            fitting.add(c);
        }
        if (fitting.size() == 1) {
            return new MatchOutcome.Matched(fitting.get(0).id(), reasons);
        }
        if (fitting.isEmpty()) {
            return new MatchOutcome.NeedsReview(candidates.isEmpty() ? "no open case fits: create a case?" : "no open case fits this request",
                    candidates, reasons);
        }
        return new MatchOutcome.NeedsReview(fitting.size() + " open cases fit", candidates, reasons);
    }

    private static List<String> agreeing(Fields f, PriorAuthCase c) {
        List<String> agree = new ArrayList<>();
        if (sameId(f.paReference(), c.paReference())) agree.add("same PA reference");
        if (sameId(f.memberId(), c.patient().memberId())) agree.add("same member ID");
        if (f.patientName() != null && f.dateOfBirth() != null && sameName(f.patientName(), c.patient().name())
                && f.dateOfBirth().equals(c.patient().dateOfBirth())) {
            agree.add("same name and date of birth");
        }
        return agree;
    }

    private static List<String> identityConflicts(Fields f, PriorAuthCase c) {
        List<String> conflicts = new ArrayList<>();
        if (f.dateOfBirth() != null && c.patient().dateOfBirth() != null && !f.dateOfBirth().equals(c.patient().dateOfBirth())) {
            conflicts.add("another date of birth");
        }
        if (f.memberId() != null && c.patient().memberId() != null && !sameId(f.memberId(), c.patient().memberId())) {
            conflicts.add("another member ID");
        }
        if (f.patientName() != null && !sameName(f.patientName(), c.patient().name())) {
            conflicts.add("another patient name");
        }
        return conflicts;
    }

    private static List<String> otherRequest(Fields f, PriorAuthCase c) {
        List<String> other = new ArrayList<>();
        if (f.drug() != null && c.drug() != null && !f.drug().equalsIgnoreCase(c.drug())) other.add("another drug (" + f.drug() + ")");
        if (f.paReference() != null && c.paReference() != null && !sameId(f.paReference(), c.paReference())) other.add("another PA reference");
        return other;
    }

    static boolean sameId(String a, String b) {
        return a != null && b != null && Objects.equals(FieldReader.identifierKey(a), FieldReader.identifierKey(b));
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && FieldReader.nameKey(a).equals(FieldReader.nameKey(b));
    }
}
