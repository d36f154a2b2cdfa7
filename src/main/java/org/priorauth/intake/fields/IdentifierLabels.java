package org.priorauth.intake.fields;

import static org.priorauth.intake.fields.LetterLabels.*;

import java.util.regex.Pattern;

/**
 * The labels a member ID and a PA reference are printed under ("Member ID:", "Subscriber #", "Recipient ID", a
 * bare "ID:" on a form, "Case number", "Reference #"), and the shape of a case number read without a label.
 */
final class IdentifierLabels {

    private IdentifierLabels() {}

    /**
     * A case's number read without a label in front of it (on a subject line, in prose): six or more letters,
     * digits and hyphens with at least two digits, so that a word ("Determination") is never taken for one.
     */
    static final String CASE_NUMBER_SHAPE = "(?=[A-Z0-9\\-]*\\d[A-Z0-9\\-]*\\d)[A-Z0-9][A-Z0-9\\-]{5,30}";

    /** {@link #CASE_NUMBER_SHAPE} read as a pattern's value (its group); the shape alone where it only ends a name. */
    static final String CASE_NUMBER = "(" + CASE_NUMBER_SHAPE + ")";

    /**
     * A case's number last in a portal's line of fields ("Jane Roe - Dupixent - QE94FE36"): never hours, a date or a
     * phone number in dashes ("0900-1700", "800-555-0147"); one with slashes is no {@link #CASE_NUMBER_SHAPE} at all.
     */
    static final String CASE_LAST_IN_A_LINE_OF_FIELDS = "(?!(?:\\d{1,4}-)+\\d{1,4}[ \\t]*$)" + CASE_NUMBER + "[ \\t]*$";

    /** A case's number after its label ("case 123456", "Ref: QE94FE36", "PA #123456"), where it follows a name. */
    static final String LABELLED_CASE_NUMBER =
            "(?:case|ref(?:erence)?|PA|auth(?:orization)?|request)\\b[ \\t#:]*" + CASE_NUMBER_SHAPE;

    /**
     * Before a reference's label: a pharmacy's, a hub's or a support program's own case or order, or a state
     * regulator's or an independent reviewer's ("DFR case number", "IRO case #", "DOI case"), not the payer's.
     */
    static final String NOT_A_PAYERS_OWN =
            "(?<!hub[ \\t])(?<!program[ \\t])(?<!pharmacy[ \\t])(?<!order[ \\t])(?<!enrollment[ \\t])(?<!support[ \\t])"
                    + "(?<!DFR[ \\t])(?<!DOI[ \\t])(?<!DMHC[ \\t])(?<!IRO[ \\t])(?<!review[ \\t]organi[sz]ation[ \\t])";

    /**
     * A form's or letter's name line up to the ID beside the name ("Patient: Jane Roe", "Re: Jane Roe"): the
     * member's ID follows it, with or without a colon (see {@link #MEMBER_ID}); never a request's, case's or
     * claim's ID.
     */
    static final String NAME_BEFORE_ID = LINE
            + "(?:patient|member|pt|recipient|enrollee|beneficiary|subscriber|insured|re)[ \\t]*:[^\\n:]{3,60}?(?<!request|case|auth|reference|claim|appeal|tracking)";

    static final Pattern MEMBER_ID = Pattern.compile(
            "(?:\\b(?:(?:member|mbr|subscriber|insured|enrollee|beneficiary|recipient|customer|cardholder|medicaid|medicare|insurance|health[ \\t]+plan|plan)"
                    + "[ \\t]*(?:id(?:entification)?|number|no\\.?|#)(?:[ \\t]*(?:number|no\\.?|#))?|MBI)"
                    // a bare "ID:" opening a line of a form: the member's ID on PBM and pharmacy forms
                    + "|" + LINE + "(?:ID|MBR)[ \\t]*(?:#|no\\.?|number)?[ \\t]*(?=[:#])"
                    // "Patient: Jane Roe      ID: W123...": an ID beside the patient's name on a form (or on a
                    // letter's "Re: Jane Roe      ID: W123...")
                    + "|" + NAME_BEFORE_ID + "(?:[ \\t]{2,}ID|[ \\t](?-i:ID))[ \\t]*(?=[:#])"
                    // the same with no colon after "ID" ("Member: Jane Roe   ID W123..."), its gap closed by a fax's
                    // OCR to one space: a capital "ID" before a value with digits in it
                    + "|" + NAME_BEFORE_ID + "[ \\t](?-i:ID)[ \\t]+(?=[A-Z0-9\\-]*\\d[A-Z0-9\\-]*\\d)"
                    // "Insurance: Aetna   ID: W123...": the ID printed after the plan's name
                    + "|" + LINE
                    + "(?:primary[ \\t]+)?(?:insurance|plan|payer|carrier)(?:[ \\t]+on[ \\t]+file)?[ \\t]*:[^\\n:]{1,60}?[ \\t]ID[ \\t]*(?=[:#]))"
                    // ("ID#: W123": a number sign and a colon both)
                    + "[ \\t]*(?:#[ \\t]*:|[:#])?" + AFTER + "([A-Z0-9][A-Z0-9\\-]{3,24})\\b"
                    // a portal's "Member: Jane Roe (W123456789)" and "Jane Roe · ID W123456789": no word before "ID"
                    + "|" + LINE
                    + "(?:member|patient)[ \\t]*:[^\\n(]{3,60}\\([ \\t]*([A-Z0-9][A-Z0-9\\-]{5,24})[ \\t]*\\)"
                    + "|(?<![A-Za-z][ \\t])(?<![A-Za-z])\\bID[ \\t]+(?=[A-Z0-9\\-]*\\d[A-Z0-9\\-]*\\d)([A-Z0-9][A-Z0-9\\-]{5,24})\\b",
            F);

    static final Pattern PA_REFERENCE = Pattern.compile(
            "(?<!appeal[ \\t])(?<!appeals[ \\t])(?<!IRE[ \\t])(?<!grievance[ \\t])(?<!hearing[ \\t])"
                    + NOT_A_PAYERS_OWN
                    + "\\b(?:PA|prior[ \\t]+auth(?:orization)?|authorization|auth|certification|approval|reference|ref|case|request|tracking|(?:ePA|CMM)[ \\t]*key|U[RM](?=[ \\t]*(?:number|no\\.|#))"
                    // "Review number: ...", "Determination #: ...", never a bare "Review:"
                    + "|(?:review|determination)(?=[ \\t]*(?:number|no\\.|id\\b|#))"
                    // an "Authorization Record Update" names its "Record:", never a chart's ("Medical Record #")
                    + "|(?<!medical[ \\t])(?<!patient[ \\t])(?<!health[ \\t])record)"
                    + "[ \\t]*(?:reference|ref\\.?|id|number|no[.,]?|#)?(?:[ \\t]*(?:number|no[.,]?|#|id))?"
                    + "(?:[ \\t]*[:#]|\\t)" + AFTER + "([A-Z0-9][A-Z0-9\\-]{3,30})\\b"
                    // an ePA's "Key:" opening a line or after a wide gap ("Patient: Jane Roe   Key: QE94FE36")
                    + "|(?:" + LINE + "|[ \\t\\u00a0]{2,})key[ \\t]*:[ \\t]*([A-Z0-9][A-Z0-9\\-]{5,30})\\b"
                    // the number in brackets after its label: "The approval (#QE94FE36) runs until ...", "Jane Roe's
                    // Dupixent request (A14035557)" (a label's, not a name's: "Jane Roe (0522876582)" stays unread),
                    // or after the drug a request is for: "Jane Roe's request for Dupixent (PA-1407-034059)"
                    + "|\\b(?:approval|authorization|auth|case|request|reference|ref|PA"
                    + "|request\\s+for\\s+[A-Za-z][\\w-]+(?:\\s+\\([a-z][a-z -]+\\))?)"
                    + "\\s*\\([ \\t]*#?[ \\t]*" + CASE_NUMBER + "[ \\t]*\\)"
                    // an ePA's key in a portal's line of fields, no colon: "Jane Roe | Dupixent | Key QE94FE36"
                    + "|[|\\u00b7][ \\t]*(?:e?PA[ \\t]+|CMM[ \\t]+)?key[ \\t]+" + CASE_NUMBER + "\\b"
                    // the same opening such a line: "Key QE94FE36 - Jane Roe - Dupixent"
                    + "|" + LINE + "(?:e?PA[ \\t]+|CMM[ \\t]+)?key[ \\t]+" + CASE_NUMBER
                    + "(?=[ \\t]+[-|\\u00b7\\u2013][ \\t])"
                    + "|\\b(?:prior[ \\t]+authorization|e?PA|authorization)[ \\t]+request[ \\t]+(?:number[ \\t]+|#[ \\t]*)?([A-Z0-9][A-Z0-9\\-]{5,30})\\b"
                    // an e-mail's subject that names the case: "Subject: RE: PA-1234-567890 - DENIED"
                    + "|" + LINE
                    + "subject[ \\t]*:[ \\t]*(?:(?:re|fwd?)[ \\t]*:[ \\t]*)*" + CASE_NUMBER
                    + "(?=[ \\t]*(?:-[ \\t]|$)|[ \\t]+(?-i:[a-z]))"
                    // "Subject: Dose escalation QE94FE36": the case named last on the subject, not an appeal's
                    + "|" + LINE
                    + "subject[ \\t]*:(?![^\\n]*(?:appeal|grievance|hearing|claim|invoice|order|account|ticket))[^\\n]{0,40}?[ \\t]"
                    // never a date or a phone number that ends a subject ("Fax received 2026-11-26")
                    + "(?!\\d{4}-\\d{1,2}-\\d{1,2}[ \\t]*$|\\d{3}-\\d{3}-\\d{4}[ \\t]*$)"
                    + CASE_NUMBER + "[ \\t]*$"
                    // "Subject: Renewal QE94FE36 - Jane Roe": the case before the name that ends the subject
                    + "|" + LINE
                    + "subject[ \\t]*:(?![^\\n]*(?:appeal|grievance|hearing|claim|invoice|order|account|ticket))[^\\n]{0,30}?[ \\t]"
                    + CASE_NUMBER + "(?=[ \\t]+-[ \\t]+(?-i:" + PERSON_SHAPE + ")[ \\t]*$)"
                    // "Jane Roe - Dupixent - QE94FE36" (or "|" between): a portal alert's line of the patient, the drug
                    // and the case, the number last after a second dash (never a date, a phone number or hours:
                    // "0900-1700"); also as a subject: "RE: Jane Roe - Dupixent - QE94FE36"
                    + "|" + LINE + "(?:(?:subject|re|fwd?)[ \\t]*:[ \\t]*){0,2}"
                    + "(?-i:" + PERSON_SHAPE + ")[ \\t]+[\\-|\u00b7][ \\t]+[^\\n]{2,40}?[ \\t]+[\\-|\u00b7][ \\t]+"
                    + CASE_LAST_IN_A_LINE_OF_FIELDS
                    // a portal's line of fields with the case first, or last after the name: "QE94FE36 · Jane Roe ·
                    // Dupixent", "Letter type: Approval · Jane Roe · QE94FE36"
                    + "|" + LINE + CASE_NUMBER + "[ \\t]+[|\u00b7][ \\t]+(?-i:" + PERSON_SHAPE + ")[ \\t]+[|\u00b7]"
                    + "|[|\u00b7][ \\t]+(?-i:" + PERSON_SHAPE + ")[ \\t]+[|\u00b7][ \\t]+"
                    + CASE_LAST_IN_A_LINE_OF_FIELDS
                    // "Re: Jane Roe, Dupixent, QE94FE36": the case last on an RE line of the name and the drug
                    + "|" + LINE + "re[ \\t]*:[ \\t]*(?-i:" + PERSON_SHAPE + "),[^\\n,]{1,40},[ \\t]*"
                    + CASE_LAST_IN_A_LINE_OF_FIELDS
                    // "Re: Jane Roe / 8037584019": the case after a slash, last on an RE line
                    + "|" + LINE + "re[ \\t]*:[^\\n]{1,40}?[ \\t]/[ \\t]*" + CASE_NUMBER + "[ \\t]*$"
                    // "PA 1177592371 (Jane Roe, Dupixent)" in a portal's message list, "ePA 123456", "PA ID
                    // A54790738." in an ePA's message; not a state and its ZIP code (", PA 19103")
                    + "|(?<!,[ \\t])\\b(?-i:e?PA)(?:[ \\t]+(?-i:ID|No\\.|Number))?[ \\t]+(?!\\d{5}(?:-\\d{4})?\\b)"
                    + CASE_NUMBER + "\\b"
                    // a utilization-management vendor's "Episode: QE94FE36", "Episode ID 123456"
                    + "|\\bepisode(?:[ \\t]+(?:id|number|no\\.|#))?[ \\t]*[:#]?[ \\t]*" + CASE_NUMBER + "\\b"
                    // "Dupixent is now authorized under QE94FE36", "is not authorized\nunder 123456"
                    + "|\\b(?:authori[sz]ed|approved|covered)\\s+under\\s+(?:(?:authorization|auth|reference|ref|case)\\s+)?(?:#[ \\t]*)?"
                    + CASE_NUMBER + "\\b"
                    // "A new authorization was created: QE94FE36", its number after the sentence that made it
                    + "|\\b(?:authorization|approval|certification|case|request)\\s+(?:was|has\\s+been)\\s+(?:created|issued|opened|entered)[ \\t]*:[ \\t]*"
                    + CASE_NUMBER + "\\b"
                    // "The approval number is QE94FE36", "the number is 123456" (not "the member number is")
                    + "|\\b(?:the|your|its)\\s+(?:approval\\s+|authorization\\s+|auth\\s+|reference\\s+|case\\s+)?number\\s+is\\s+"
                    + CASE_NUMBER + "\\b"
                    // "..., reference QE94FE36." in the prose of an e-mail; "Jane Roe | Ref 123456"; "quote PA-123"
                    // (not a pharmacy's, a hub's or a support program's own case: "Program case UCB-123")
                    + "|" + NOT_A_PAYERS_OWN
                    + "\\b(?:reference|ref|authorization|auth|request|case|quote|quoting)\\s+(?:(?:number|id|no\\.?|#)[ \\t]+(?:is[ \\t]+)?)?"
                    + CASE_NUMBER + "\\b",
            F);

    /**
     * A request's number on a form's line with no colon after its label, or on the line below a label that stands
     * alone: "PA number MH-PA-2701-00944", "Review no. KPNW-557201", "Coverage determination PDC-27-004417". The
     * label opens the line (a hub's "Program case ..." does not), and the value has the shape of a number: two
     * digits or more.
     */
    static final Pattern PA_REFERENCE_ON_A_FORM = Pattern.compile(
            "^[ \\t]*(?:[_'\u2018\u2019`~;,.\\-][ \\t]*)?"
                    + "(?:(?:prior[ \\t]+auth(?:orization)?|PA|auth(?:orization)?)(?:[ \\t]+request)?|reference|ref\\.?|case|request"
                    + "|review|tracking|coverage[ \\t]+determination|determination|redetermination|episode|certification)"
                    + "(?:[ \\t]+(?:number|no\\.?|#|id))?[ \\t]*[.#]?[ \\t]*(?:\\n[ \\t]*)?"
                    + "((?=[A-Z0-9\\-]*\\d[A-Z0-9\\-]*\\d)[A-Z0-9][A-Z0-9\\-]{5,30})[ \\t_.,;|]*$",
            F);
}
