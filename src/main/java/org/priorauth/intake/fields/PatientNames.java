package org.priorauth.intake.fields;

import static org.priorauth.intake.fields.PatientLabels.NAME_TAIL;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether what a label or a salutation is followed by is a patient's name, and how two spellings of one name
 * compare. Names on letters run into drugs, titles, offices and plans: those are cut off or refused here.
 */
public final class PatientNames {

    private final Vocabulary vocabulary;

    PatientNames(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Words that make a capitalised "Dear ..." or "RE: ..." something other than a patient. */
    private static final Set<String> NOT_A_PERSON = Set.of(
            // a form's other labels, read as a value when a row of headings stands where the name should
            "date",
            "birth",
            "dob",
            "id",
            "number",
            // a condition named where a patient would be ("Immunomodulators for Atopic Dermatitis")
            "dermatitis",
            "psoriasis",
            "psoriatic",
            "hidradenitis",
            "suppurativa",
            "eczema",
            "urticaria",
            "arthritis",
            "alopecia",
            "vitiligo",
            "disease",
            // a signature's title, a pharmacy's status line ("Front Desk Lead |", "RX READY - PLAN PAID")
            "lead",
            "desk",
            "coordinator",
            "specialist",
            "specialists",
            "ready",
            "paid",
            "region",
            "fund",
            "trust",
            "benefit",
            "benefits",
            "units",
            "dr",
            "doctor",
            "provider",
            "prescriber",
            "prescribing",
            "physician",
            "office",
            "clinic",
            "dermatology",
            "pharmacy",
            "department",
            "review",
            // a reviewer's note heading a page: "Nurse Reviewer Note - Anthem"
            "reviewer",
            "nurse",
            "note",
            "team",
            "services",
            "service",
            "center",
            "health",
            "medical",
            "plan",
            "member",
            "patient",
            "prior",
            "authorization",
            "request",
            "appeal",
            "notice",
            "determination",
            "coverage",
            "care",
            "sir",
            "madam",
            "colleague",
            "customer",
            "valued",
            "insurance",
            "unit",
            "management",
            "group",
            "associates",
            "medicine",
            "specialty",
            "new",
            "prescription",
            "enclosed",
            "drug",
            "medication",
            "blue",
            "cross",
            "shield",
            "support",
            // the subject of an "RE:" line that is not a person
            "information",
            "missing",
            "decision",
            "denial",
            "approval",
            "status",
            "update",
            "urgent",
            "expedited",
            "additional",
            "reminder",
            // a status between the fields of a portal line ("Ref 123 - CASE PENDED - Dupixent")
            "case",
            "pended",
            "pending",
            // a portal's report of a practice's requests ("Open Requests - Report")
            "requests",
            "report",
            // "Request for Ordering Notes" on an imaging centre's heading
            "notes",
            "closed",
            "approved",
            "denied",
            // a portal's navigation and a request's own words, in brackets or between bars
            "home",
            "contact",
            "login",
            "help",
            "search",
            "privacy",
            "policy",
            "terms",
            "step",
            "therapy",
            "exception",
            "program",
            "form",
            // a salutation to the office's staff ("Dear Practice Manager,"), a subject's status ("- Action Needed")
            "practice",
            "manager",
            "administrator",
            "billing",
            "staff",
            "action",
            "needed",
            "required",
            "response",
            // a heading that opens a line like a name before a dash: "Welcome Packet - Prescriber Copy", "Fill
            // History - Jane Roe"
            "welcome",
            "history",
            "packet",
            "copy",
            // a heading's "For Your Records", an "Authorization Record Update"
            "your",
            "record",
            "records",
            // an e-mail's subject before a dash: "Subject: Monthly Newsletter - December"
            "newsletter",
            "bulletin",
            "announcement",
            "monthly",
            "weekly",
            // a form's heading before a dash: "Clinical Questions - Prior Authorization 123"
            "clinical",
            "questions",
            "question");

    /**
     * "Re: Jane Roe Sotyktu": a PDF's text layer closes the gap between a name and the drug after it, so the
     * capitalised words run on into the drug's name; the drug is cut off when two words are left. The same for a
     * label's value that goes on to the drug after a comma ("Patient: Jane Roe, Cosentyx").
     */
    String withoutTrailingDrug(String name) {
        String[] words = name.split("[ \\t]+");
        int end = words.length;
        while (end > 2 && !vocabulary.drugsIn(words[end - 1]).isEmpty()) end--;
        return end == words.length
                ? name
                : String.join(" ", Arrays.copyOf(words, end)).replaceAll(",$", "");
    }

    /** Words a page's markup ran together ("LookupPA StatusDrug"): a capital after the fourth small letter. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("[a-z]{4}[A-Z]");

    /**
     * An unlabelled reading is a patient only if it reads like a person: no title or office word, and not a payer's
     * or a drug's name ("coverage for Aetna Better Health was ...").
     */
    boolean personLike(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s,.]+")) {
            if (NOT_A_PERSON.contains(word)) return false;
        }
        if (RUN_TOGETHER.matcher(name).find()) return false;
        return vocabulary.payersIn(name).isEmpty() && vocabulary.drugsIn(name).isEmpty();
    }

    static String cleanName(String raw) {
        String name = NAME_TAIL.matcher(raw.strip()).replaceFirst("").strip();
        // an initial's full stop that OCR read as a colon ("Jane Q: Roe")
        name = name.replaceAll("(?<=\\b[A-Z]):(?=[ \\t])", ".");
        // "Patient: Jane Roe. We got the appeal": the name ends at a full stop after a word (not an initial's)
        name = name.replaceFirst("(?<=[a-z]{2})\\.[ \\t]+[A-Z].*$", "");
        name = name.replaceAll("[,.]+$", "").strip();
        return name.split("\\s+").length >= 2 || name.contains(",") ? name : null;
    }

    /** "LINDQVIST, Harriet Q." and "Harriet Lindqvist" are one reading: same words, initials aside. */
    public static String key(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z' -]", " ")
                        .split("[\\s-]+"))
                .filter(w -> w.length() > 1)
                .sorted()
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }
}
