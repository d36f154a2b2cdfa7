package org.priorauth.intake.fields;

import static org.priorauth.intake.fields.LetterDates.DATE;

import java.util.regex.Pattern;

/**
 * The labels letters print their facts under, as patterns: "Member ID:", "Subscriber #", "Recipient ID", a bare
 * "ID:" on a form, a table cell on a portal page. Each pattern's first matching group is the value. Kept apart
 * from {@link FieldReader}, which decides what to make of the readings.
 */
final class LetterLabels {

    private LetterLabels() {}

    static final int F = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;
    /**
     * Between a label and its value: a colon, "#", "no." or "number", and a fax's specks ("Date of birth . June 3,
     * 1958": a speck followed by a space, so that a value's own first character is never taken for one).
     */
    static final String SEP = "[ \\t]*(?:[:#]|no\\.|number)?[ \\t]*[:#]?[ \\t]*"
            + "(?:[.,;\\-_~*|'`\u2018\u2019\u2013\u2014][ \\t]+){0,2}\\n?[ \\t]*";
    /**
     * A line's start, and a speck of fax noise before its label ("_ Enrollee: ...", "' Patient: ...") that OCR
     * reads from a stray mark at the page's left edge.
     */
    static final String LINE = "^[ \\t]*(?:[_'\u2018\u2019`~;,.\\-][ \\t]+)?";

    /** After a label's colon: the value on the same line, or alone on the next (tables, OCR of forms). */
    static final String AFTER = "[ \\t]*\\n?[ \\t]*";

    /** After a label: a colon, or the tab between two table cells of a saved portal page. */
    static final String COLON = "(?:[ \\t]*:|\\t)";

    /**
     * A case's number read without a label in front of it (on a subject line, in prose): six or more letters,
     * digits and hyphens with at least two digits, so that a word ("Determination") is never taken for one.
     */
    private static final String CASE_NUMBER_SHAPE = "(?=[A-Z0-9\\-]*\\d[A-Z0-9\\-]*\\d)[A-Z0-9][A-Z0-9\\-]{5,30}";

    /** {@link #CASE_NUMBER_SHAPE} read as a pattern's value (its group); the shape alone where it only ends a name. */
    private static final String CASE_NUMBER = "(" + CASE_NUMBER_SHAPE + ")";

    /**
     * A case's number last in a portal's line of fields ("Jane Roe - Dupixent - QE94FE36"): never hours, a date or a
     * phone number in dashes ("0900-1700", "800-555-0147"); one with slashes is no {@link #CASE_NUMBER_SHAPE} at all.
     */
    private static final String CASE_LAST_IN_A_LINE_OF_FIELDS =
            "(?!(?:\\d{1,4}-)+\\d{1,4}[ \\t]*$)" + CASE_NUMBER + "[ \\t]*$";

    /** A case's number after its label ("case 123456", "Ref: QE94FE36", "PA #123456"), where it follows a name. */
    private static final String LABELLED_CASE_NUMBER =
            "(?:case|ref(?:erence)?|PA|auth(?:orization)?|request)\\b[ \\t#:]*" + CASE_NUMBER_SHAPE;

    static final Pattern NAME = Pattern.compile(
            "(?:\\b(?:patient|member|beneficiary|enrollee|insured|subscriber|customer|recipient|cardholder)(?:'s)?[ \\t]*(?:full[ \\t]+)?name"
                    // a label opening a line, or beside another field after a wide gap ("PA #123   Patient: Roe,
                    // Jane"), a gap that a fax's OCR may close to one space before a capitalised label
                    + "|(?:" + LINE
                    + "|(?<=\\S)(?:[ \\t]{3,}|[ \\t]+(?=(?-i:Patient|Member|Enrollee|Beneficiary)[ \\t]*:)))"
                    + "(?:patient|member|beneficiary|enrollee|customer|recipient|subscriber|insured|claimant|cardholder|pt|name))"
                    + COLON + AFTER
                    + "([A-Za-z][A-Za-z'\\-]+\\.?(?:,?[ \\t][A-Za-z][A-Za-z'\\-]*\\.?){1,3})"
                    // "RE: Jane Roe, date of birth 01/02/1980": a subject line naming the patient
                    + "|" + LINE
                    + "re:[ \\t]*([A-Za-z][A-Za-z'\\-]+(?:,?[ \\t][A-Za-z][A-Za-z'\\-]*\\.?){1,3}),?[ \\t]+(?:date[ \\t]+of[ \\t]+birth|dob|d\\.o\\.b)",
            F);

    /**
     * A form's line start, and a speck before its label that OCR read from a mark at the page's edge, touching the
     * label or not ("\u2018Member Jane Roe", "_ Drug: Taltz").
     */
    private static final String FORM_LINE = "^[ \\t]*(?:[_'\u2018\u2019\u201c\u201d`~;,.\\-][ \\t]*)?";

    /** Before a reference's label: a pharmacy's, a hub's or a support program's own case or order, not the payer's. */
    private static final String NOT_A_PAYERS_OWN =
            "(?<!hub[ \\t])(?<!program[ \\t])(?<!pharmacy[ \\t])(?<!order[ \\t])(?<!enrollment[ \\t])(?<!support[ \\t])";

    /**
     * Specks a fax's OCR leaves between a label and its value ("Member: . - Jane Roe", "Beneficiary - | ROE, JANE"),
     * and the colon itself.
     */
    private static final String SPECKS = "(?:[ \\t]*[.,:;\\-_~*|'`\u2018\u2019\u201c\u201d\u2013\u2014\u00a9\u00ae])*";

    /**
     * A name as forms print it, in capitals or not: "ROE, JANE Q", "Roe, Jane", "Jane Q. Roe", "JANE ROE", "Jane
     * Roe-Smith"; an initial OCR read with a comma ("Jane Q, Roe") too.
     */
    private static final String FORM_NAME =
            "(?-i:(?:[A-Z][A-Za-z'\\-]+,[ \\t]*[A-Z][A-Za-z'\\-]+(?:[ \\t][A-Z]\\.?(?![A-Za-z]))?"
                    + "|[A-Z][A-Za-z'\\-]+(?:[ \\t][A-Z][.,]?(?![A-Za-z]))?(?:[ \\t][A-Z][A-Za-z'\\-]+){1,2}))";

    /**
     * The patient's label opening a line of a form, with no colon or with specks around it, the name after it:
     * "Patient DANIEL A ROE", "Member   Roe, Jane  Drug Skyrizi", "Enrollee\u2019s name: ROE, JANE",
     * "Appellant \u2014 . Jane Q. Roe". Never a label of another field ("Member ID", "Patient DOB").
     */
    static final Pattern NAME_ON_A_FORM = Pattern.compile(
            FORM_LINE
                    + "(?:patient|member|enrollee|beneficiary|appellant|insured|subscriber|cardholder)"
                    + "(?:['\u2019]s)?\\.?(?:[ \\t]+(?:full[ \\t]+)?name)?"
                    + "(?![ \\t]*(?:id|number|no\\b|#|dob|date|birth|services|portal|information|support|rights|since)\\b)"
                    + "(?=[ \\t:.\\-|\u2014\u2013])" + SPECKS + "[ \\t]*(" + FORM_NAME + ")",
            F);

    /** Two to four capitalised words, case-sensitive even inside a case-insensitive pattern: a person's name. */
    private static final String PERSON_SHAPE = "[A-Z][A-Za-z'\\-]+(?:[ \\t][A-Z][A-Za-z'\\-]*\\.?){1,3}";

    /** {@link #PERSON_SHAPE} read as a pattern's value (its group). */
    private static final String PERSON = "(?-i:(" + PERSON_SHAPE + "))";

    /**
     * A patient named without a label, in capitalised words: cited in prose with the date of birth ("the PA for
     * Jane Roe (DOB 01/02/1980)") or as the subject of a request ("the PA for Jane Roe (Dupixent)", "Case 123456
     * for Jane Roe"), the salutation of a letter to the patient ("Dear Jane Roe,"), the whole of an "RE:" or a
     * voicemail's "Caller:" line (not "To:": a fax cover sheet is addressed to the clinic's staff), "your patient
     * Jane Roe", the line above the member ID in a letter's address block (also as "To: Jane Roe"), a "To:" line with
     * the date of birth beside it.
     * {@link FieldReader} keeps only readings that look like a person's name.
     */
    static final Pattern NAME_UNLABELLED = Pattern.compile(
            PERSON + "[ \\t]*\\n?[ \\t]*[(,][ \\t]*(?:DOB|D\\.O\\.B|date[ \\t]+of[ \\t]+birth|born)\\b"
                    // "the PA for Jane Roe (Dupixent)", "Request PA-123 for Jane Roe (Dupixent)"
                    + "|\\b(?:PA|prior[ \\t]+auth\\w*|authorization|request)(?:[ \\t]+[A-Z0-9][A-Z0-9\\-]{3,30})?[ \\t]+for[ \\t]+"
                    + PERSON + "[ \\t]*\\("
                    // "the request for Dupixent for Jane Roe was reviewed", "Case 123456 for Jane Roe", "a prescription
                    // for Jane Roe for Dupixent", "Good news for Jane Roe:" (or "!"), a heading's "Coverage update for
                    // Jane Roe      11/02/2026" (the name, then a wide gap)
                    // (also "... for Jane Roe (Dupixent):", "we previously denied Dupixent for Jane Roe because", "has
                    // paused the review of Dupixent for Jane Roe and is waiting for", "the plan's decision for Jane Roe
                    // below")
                    + "|\\bfor\\s+(?-i:([A-Z][a-z'\\-]+[ \\t][A-Z][a-z'\\-]+(?:-[A-Z][a-z]+)?))(?=[ \\t]*(?:[.,:?!(]|$)|[ \\t]{3,}\\S|\\s+(?:was|is|has|meets|were|at|as|on|with|came|got|went|continues|for|before|after|because|cannot|can't|will|may|below|and\\s+(?:is|was|has|needs)\\b))"
                    // "the request for Jane Roe went through", "your appeal for Jane Roe again": the subject, then a
                    // verb
                    + "|\\b(?:PA|prior[ \\t]+auth\\w*|authorization|request|appeal)[ \\t]+for[ \\t]+(?-i:([A-Z][a-z'\\-]+[ \\t][A-Z][a-z'\\-]+))(?=[ \\t]+(?-i:[a-z]))"
                    // "for Jane Roe's Dupixent request", "before we can review Jane Roe's request", "the date of Jane
                    // Roe's last TB test", "look again at Jane Roe's Dupixent", "This is about Jane Roe's request", "We
                    // heard from Jane Roe's plan", "Quick question on Jane Roe's request", and opening a line: "Jane
                    // Roe's Dupixent was delivered"
                    + "|(?:\\b(?:for|of|at|about|from|regarding|on|review|reviewing)\\s+|" + LINE + ")"
                    + "(?-i:([A-Z][a-z\\-]+[ \\t][A-Z][a-z\\-]+(?:-[A-Z][a-z]+)?))'s\\b"
                    // a message about the patient, the name before its colon: "Message for the office about Jane Roe:"
                    + "|\\b(?:message|note|update|call)\\b[^.:\\n]{0,30}?\\babout[ \\t]+" + PERSON + "(?=[ \\t]*:)"
                    // a record's heading that ends in the name: "Authorization History - Jane Roe" (before the
                    // portal line's reading below, which would take "Authorization History" for the name)
                    + "|" + LINE + "[A-Za-z ]{0,40}\\b(?:history|summary|profile)[ \\t]+[-:\\u2013\\u2014][ \\t]*"
                    + PERSON
                    + "[ \\t]*$"
                    // a portal line of fields: "PA-123 | Jane Roe | Dupixent", "Jane Roe · Dupixent",
                    // "Member Jane Roe · Auth 123", "Authorization 123 – Jane Roe – Dupixent",
                    // "Ref 123 - Jane Roe - Dupixent"; also "Member Jane Roe, authorization 123" and, the name
                    // last, "Case 123 · Jane Roe"
                    + "|(?:" + LINE + "(?:member|patient)[ \\t]+|^|[|\\u00b7\\u2013]|[ \\t][/-](?=[ \\t]))[ \\t]*"
                    + PERSON
                    + "(?=[ \\t]*(?:[|\\u00b7\\u2013]|[/-][ \\t]))"
                    // (also with a colon: "Member Jane Roe: active coverage")
                    + "|" + LINE + "(?:member|patient)[ \\t]+" + PERSON + "(?=[,:])"
                    // "Case 123 · Jane Roe": the name last on such a line
                    + "|[|\\u00b7\\u2013][ \\t]*" + PERSON + "[ \\t]*$"
                    // "the request for Dupixent (Jane Roe)": a name alone in brackets, two words; or first in them,
                    // "PA 123 (Jane Roe, Dupixent)"
                    + "|\\((?-i:([A-Z][a-z'\\-]+[ \\t][A-Z][a-z'\\-]+))(?:\\)|(?=,[ \\t]+(?-i:[A-Z])[^)\\n]{1,40}\\)))"
                    // "PA 1234567 - Jane Roe": the name last, after a case's number
                    + "|\\b(?:e?PA|case|ref(?:erence)?|auth(?:orization)?|request)[ \\t]*[#:]?[ \\t]*"
                    + "(?=[A-Z0-9\\-]*\\d[A-Z0-9\\-]*\\d)[A-Z0-9][A-Z0-9\\-]{3,30}[ \\t]+-[ \\t]+" + PERSON + "[ \\t]*$"
                    // "Quick update on Jane Roe (0522876582):", the case's number in brackets after the name (not a
                    // phone number); or its label and number: "About Jane Roe (case 123456):", "about Jane Roe, case
                    // 123456" (over a line break too)
                    + "|\\b(?:on|for|about|regarding)[ \\t]+" + PERSON
                    + "(?:[ \\t]*\\((?:(?![ \\t]*\\d{3}-\\d{3}-\\d{4})[ \\t]*" + CASE_NUMBER_SHAPE + "[ \\t]*\\)"
                    + "|(?=[ \\t]*" + LABELLED_CASE_NUMBER + "))|(?=,\\s*" + LABELLED_CASE_NUMBER + "))"
                    // "Following up on Jane Roe (Dupixent, case 123456)": the name a follow-up is about, then brackets
                    + "|\\b(?:following[ \\t]+up|follow-up|update)[ \\t]+on[ \\t]+" + PERSON + "[ \\t]*\\("
                    // "We tried to reach Jane Roe three times"
                    + "|\\b(?:tried|trying|unable|able)[ \\t]+to[ \\t]+reach[ \\t]+" + PERSON
                    + "(?=[ \\t]*[.,;]|[ \\t]+(?:by|at|on|to|three|two|twice|again|several|\\d+)\\b)"
                    // "Subject: PA update - Jane Roe": the name last on an e-mail's subject, after a dash
                    + "|" + LINE + "subject[ \\t]*:[^\\n]{0,40}?[ \\t]-[ \\t]+" + PERSON + "[ \\t]*$"
                    // "Thank you for referring Jane Roe."
                    + "|\\bfor[ \\t]+referring[ \\t]+" + PERSON + "(?=[ \\t]*[.,;]|[ \\t]+(?:to|for)\\b)"
                    // "Re: case 123456, Jane Roe": the name last on a subject line
                    + "|" + LINE + "re[ \\t]*:[^\\n]*,[ \\t]*" + PERSON + "[ \\t]*$"
                    // "Jane Roe is due for a refill", "Jane Roe was approved for the bridge supply", "Jane Roe has no
                    // refills left", the name opening a pharmacy's sentence about the patient
                    + "|" + LINE + "(?-i:(?:Patient|Member)[ \\t]+)?" + PERSON
                    + "(?=\\s+(?:is|was|has\\s+been)\\s+(?:now\\s+)?(?:due|scheduled|enrolled|approved)\\b|\\s+(?:called|phoned|left\\s+a|asked\\s+(?:whether|if|about|for|when|why|how))\\b|\\s+has\\s+no\\s+refills\\b)"
                    // a member letter's "For: Jane Roe      11/02/2026", the addressee opening a line
                    + "|" + LINE + "for[ \\t]*:[ \\t]*" + PERSON + "(?=[ \\t]*$|[ \\t]{2,})"
                    // "an appeal on behalf of Jane Roe"
                    + "|\\bon[ \\t]+behalf[ \\t]+of[ \\t]+" + PERSON + "\\b(?-i:(?![ \\t]*[A-Z]))"
                    // the sender of a message from the patient portal
                    + "|patient[ \\t]+portal\\b[^\\n]*\\n(?:[^\\n]*\\n){0,2}?" + LINE + "from[ \\t]*:[ \\t]*" + PERSON
                    + "[ \\t]*$"
                    // a voicemail's caller, the whole line
                    + "|" + LINE + "caller[ \\t]*:[ \\t]*" + PERSON + "[ \\t]*$"
                    // "your patient Jane Roe", "office visit, patient Jane Roe.", "our client Jane Roe" (lower case:
                    // not a label); two or three words, no full stop, so that the next sentence stays out of the name
                    + "|\\b(?-i:patient|client)\\s+(?-i:([A-Z][A-Za-z'\\-]+(?:[ \\t][A-Z][A-Za-z'\\-]+){1,2}))\\b(?-i:(?![ \\t]*[A-Z]))"
                    + "|" + LINE + "(?:dear|hi|hello)[ \\t]+" + PERSON + "[ \\t]*(?:[,:]|$)"
                    // (also after a wide gap, "To: Prescriber     Re: Jane Roe")
                    + "|(?:" + LINE + "|[ \\t\\u00a0]{3,})re[ \\t]*:[ \\t]*" + PERSON + "[ \\t]*$"
                    // "RE: Jane Roe, ID W123", "RE: Jane Roe    Member #: W123": the name first, then other facts
                    // (also "RE: Jane Roe (ref QE94FE36)", "RE: Jane Roe — ID: W123")
                    + "|" + LINE + "re[ \\t]*:[ \\t]*" + PERSON
                    + "(?=[ \\t]*,|[ \\t]*\\(|[ \\t]{2,}\\S|[ \\t]+[-\\u2013\\u2014][ \\t]"
                    // the same when OCR has closed the gap: "RE: Jane Roe Auth #: 123" (or left a speck in it:
                    // "RE: Jane Roe | Member ID:")
                    + "|[ \\t]+(?:[|.][ \\t]+)?(?:auth(?:orization)?|ref(?:erence)?|case|member|id|dob|appeal|drug|rx|medication|pa)\\b[^\\n]{0,12}[:#]|[ \\t]+/[ \\t]"
                    // or the label with no colon, its number right after it: "RE: Jane Roe Ref A46001735"
                    + "|[ \\t]+(?:auth(?:orization)?|ref(?:erence)?|case|appeal|pa)[ \\t]+" + CASE_NUMBER_SHAPE
                    // (a fax's OCR may leave a stray mark after the number: "Case NA55SBE86—")
                    + "[ \\t]*[^\\w\\n]{0,2}[ \\t]*$)"
                    // "Jane Roe, case 123456: after the peer-to-peer call ...": the name opening a line, then its case
                    + "|" + LINE + PERSON + "(?=,[ \\t]*" + LABELLED_CASE_NUMBER + ")"
                    // "To the prescriber of Jane Roe:"
                    + "|\\b(?:prescriber|physician|doctor|provider)[ \\t]+of[ \\t]+" + PERSON
                    + "(?=[ \\t]*[:,]|[ \\t]*$)"
                    // a status report's line that opens with the name, last name first, then the case: "Roe, Jane
                    //      PA 1234567"
                    + "|" + LINE + "(?-i:([A-Z][a-z'\\-]+(?:-[A-Z][a-z]+)?,[ \\t][A-Z][a-z'\\-]+))"
                    + "(?=[ \\t]{2,}(?:e?PA|case|ref(?:erence)?|auth(?:orization)?|request)\\b)"
                    // the address block of a letter to a member: the name, then the member ID on the next line
                    + "|" + LINE + "(?:to[ \\t]*:[ \\t]*)?" + PERSON
                    + "[ \\t]*\\n[ \\t]*(?:member|subscriber|recipient|enrollee|beneficiary)[ \\t]+(?:id|number)\\b"
                    // or on the same line, the member ID beside it: "Jane Roe      Member ID: W123", "To: Jane Roe
                    // Medicaid ID: W123"
                    + "|" + LINE + "(?:to[ \\t]*:[ \\t]*)?" + PERSON
                    + "(?=[ \\t]+(?:member|subscriber|recipient|enrollee|beneficiary|medicaid|medicare)[ \\t]+(?:id|number|#)[ \\t]*[:#])"
                    // a notice addressed to the member, the date of birth beside: "To: Jane Roe      Date of birth:"
                    // (a fax's OCR closes the gap to one space)
                    + "|" + LINE + "to[ \\t]*:[ \\t]*" + PERSON
                    + "(?=[ \\t]+(?:dob|d\\.o\\.b|date[ \\t]+of[ \\t]+birth|birth[ \\t]*date)\\b)",
            F);

    static final Pattern NAME_TAIL = Pattern.compile(
            "(?i)[ \\t,]+(?:dob|d\\.o\\.b|date|birth|member|id|sex|gender|phone|address|ref|reference|plan|drug|medication|rx|product"
                    + "|recipient|subscriber|enrollee|customer|patient|account|policy|group|case|born|claim|cardholder|medicaid|medicare|appeal|pa|auth|record|request|review|tracking"
                    // a label that a fax's OCR runs on into the name: "Enrollee: Jane Roe Health plan: Anthem",
                    // "Enrollee: Jane Roe Enrollee ID: W123",
                    // "Patient: Jane Roe Prior auth: 123"
                    + "|certification|authorization|therapy|service|health[ \\t]+plan|payer|insurer|prior[ \\t]+auth\\w*"
                    // "Member: Jane Roe Reconsideration of case 123"
                    + "|reconsideration|redetermination|grievance"
                    // the next cell of a form's row run on by OCR: "Patient ROE, JANE Ordering provider ..."
                    + "|ordering|prescriber|provider|collected|reported|received|status|npi"
                    // "Jane Roe MemberID: W123": OCR closed "Member ID" to one word
                    + "|memberid)\\b.*$");

    /**
     * A line that names the letter's drug: under a drug's label ("Drug:", "Medication Taltz 80 mg", "Requested
     * medication", "Product"), with specks around the label, or a subject line; its first group is the rest of
     * the line.
     */
    static final Pattern DRUG_LINE = Pattern.compile(
            // opening a line, after a wide gap, or capitalised after another field ("Roe, Jane M. Drug Simlandi")
            "(?:" + FORM_LINE + "|[ \\t]{3,}|\\t"
                    + "|(?<=[\\w.,)][ \\t])(?=(?-i:Drug|Medication|Medicine)\\b))"
                    + "(?:(?:requested|prescribed)[ \\t]+)?"
                    + "(?:drug|medication|medicine|product|prescription|therapy|service|treatment(?:[ \\t]+under[ \\t]+review)?)"
                    + "(?:[ \\t]+(?:name|requested|prescribed|ordered))?(?:[ \\t]*\\([^)\\n]{0,20}\\))?"
                    + "(?=[ \\t:.\\-|\u2014\u2013])" + SPECKS + "[ \\t]*([^\\n]+)"
                    + "|^[ \\t]*(?:subject|re)[ \\t]*:([^\\n]+)",
            F);

    static final Pattern DOB = Pattern.compile(
            "\\b(?:DOB|D\\.O\\.B\\.?|date[ \\t]+of[ \\t]+birth|birth[ \\t]*date|born(?:[ \\t]+on)?)" + SEP + "(" + DATE
                    + ")"
                    // "Patient: Jane Roe (03/02/1981)" on a portal page
                    + "|" + LINE + "(?:patient|member)[ \\t]*:[^\\n(]{3,60}\\([ \\t]*(" + DATE + ")[ \\t]*\\)",
            F);

    /**
     * A form's or letter's name line up to the ID beside the name ("Patient: Jane Roe", "Re: Jane Roe"): the
     * member's ID follows it, with or without a colon (see {@link #MEMBER_ID}); never a request's, case's or
     * claim's ID.
     */
    private static final String NAME_BEFORE_ID = LINE
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

    static final Pattern DECISION_DATE = Pattern.compile(
            "\\b(?:date[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?:appeal[ \\t]+|final[ \\t]+)?(?:decision|determination|denial|approval|review)"
                    + "|(?:decision|determination|denial|approval)[ \\t]+date)" + SEP + "(" + DATE + ")"
                    // a label of its own: "Appeal decided on: 11/28/2026", a portal case's "Closed on<TAB>11/08/2026"
                    // (a label at a line's start, not "the office is closed on 11/26/2026" in prose)
                    + "|" + LINE + "(?:(?:appeal|case|request|review)[ \\t]+)?(?:decided|closed)[ \\t]+on" + COLON
                    + "[ \\t]*(" + DATE + ")"
                    // a portal's line: "Case QE94FE36 · Jane Roe · decided 11/22/2026", "Determination posted
                    // 10/27/2026" (not "will be decided 12/01/2026", a day to come)
                    + "|(?<!be[ \\t])\\bdecided[ \\t]+(?:on[ \\t]+)?(" + DATE + ")"
                    + "|\\b(?:determination|decision)[ \\t]+(?:posted|issued)[ \\t]+(?:on[ \\t]+)?(" + DATE + ")"
                    // a status line with its day: "PA status: denied on 10/11/2026" (a status changes on the day
                    // of the decision, unlike prose's "approved on", below)
                    + "|\\bstatus[ \\t]*[:\\-][ \\t]*(?:denied|declined|not[ \\t]+approved|approved|certified|authorized)"
                    + "[ \\t]+on[ \\t]+(" + DATE + ")"
                    // the decision told by phone first: "As we told your office by phone on 11/09/2026, ..."
                    + "|\\b(?:told|informed|notified)\\s+(?:you|your\\s+office|the\\s+office|your\\s+doctor|the\\s+prescriber)"
                    + "(?:\\s+by\\s+(?:phone|telephone))?\\s+on\\s+(" + DATE + ")"
                    // (what was told is a decision, not "we told your office on 11/02 that we need the notes")
                    + "(?=[^.]{0,120}?\\b(?:decision|determination|upheld|approved|denied|overturned)\\b)"
                    // the plan's own act, dated: "On March 22, 2027 we approved coverage", "the request was therefore
                    // closed on 02/02/2027", "it is denied as of 01/21/2027"
                    + "|\\bon[ \\t]+(" + DATE
                    + "),?[ \\t]+we[ \\t]+(?:approved|denied|authorized|upheld|overturned|reversed|closed|decided)\\b"
                    + "|\\b(?:was|were|is|has[ \\t]+been)[ \\t]+(?:therefore[ \\t]+)?(?:closed|denied)[ \\t]+(?:on|as[ \\t]+of)[ \\t]+("
                    + DATE + ")"
                    // "we said yes on 11/22/2026" (not "approved on", which may be the day coverage starts)
                    + "|\\bsaid[ \\t]+(?:yes|no)[ \\t]+on[ \\t]+(" + DATE + ")"
                    // "your doctor's request was reviewed on 11/22/2026"
                    + "|\\b(?:was|were)\\s+(?:reviewed|decided)\\s+on\\s+(" + DATE + ")"
                    // a portal's status change: "changed from Pended to Approved on 10/18/2026"
                    + "|\\bchanged\\s+(?:from\\s+[\\w -]{1,20}?\\s+)?to\\s+(?:approved|authorized|certified|denied|declined|modified)\\s+on\\s+("
                    + DATE + ")"
                    // "The continuation request for Otezla was processed on 10/18/2026" (not an order, a refill)
                    + "|\\b(?:request|renewal|appeal|re-?authori[sz]ation)\\b[^.\\n]{0,40}?\\s(?:was|were)\\s+processed\\s+on\\s+("
                    + DATE + ")"
                    // a PBM's override, the decision carried out: "An override was loaded on 11/02/2026"
                    + "|\\boverride\\s+(?:was|has\\s+been)\\s+(?:loaded|entered|placed)\\s+on\\s+(" + DATE + ")",
            F);

    static final Pattern LETTER_DATE = Pattern.compile(
            // a line's start, or a wide gap after another field ("Reference: QE94FE36        Date: 10/02/2026")
            "(?:^|[ \\t]{3,}|\\t)[ \\t]*(?:date(?:[ \\t]+of[ \\t]+(?:this[ \\t]+)?(?:notice|letter))?|notice[ \\t]+date|letter[ \\t]+date"
                    + "|date[ \\t]+(?:sent|mailed|issued)|mailing[ \\t]+date)" + SEP + "(" + DATE + ")"
                    + "|" + LINE + "(" + DATE + ")[ \\t]*$"
                    // the same after another "label: value" when a fax's OCR has closed the gap to one space
                    + "|(?<=:[^\\n:]{1,40}[ \\t])date[ \\t]*:[ \\t]*(" + DATE + ")",
            F);

    static final Pattern PRINTED_DEADLINE = Pattern.compile(
            "(?:no[ \\t]+later[ \\t]+than|on[ \\t]+or[ \\t]+before|must[ \\t]+be[ \\t]+(?:received|submitted|filed)[ \\t]+by"
                    + "|(?:respond|reply|appeal)[ \\t]+by|deadline(?:[ \\t]+(?:for|to)[ \\t]+\\w+(?:[ \\t]+\\w+)?)?[ \\t]*(?:is|:)"
                    // not the end of an approval: "Reauthorization due 09/21/2027", "the next review is due by ...";
                    // nor a pharmacy's "Next fill due:" (a fill, a refill, a dose, a delivery)
                    + "|(?<!(?:reauthorization|renewal|recertification)[ \\t])(?<!review[ \\t])(?<!review[ \\t]is[ \\t])(?<!(?:fill|dose|delivery|shipment)[ \\t])due(?:[ \\t]+(?:date|by|back[ \\t]+by))?[ \\t]*:?|close[ \\t]+of[ \\t]+business[ \\t]+(?:on[ \\t]+)?"
                    // "we must receive the statement by", "please submit it by", "fax the records by"
                    // (not "you can get Dupixent until 09/30/2027": that is where an approval ends)
                    + "|\\b(?!get\\b[^.\\n]{0,30}?\\suntil\\b)(?:receive|submit|resubmit|send|resend|fax|return|respond|file|request|appeal"
                    + "|hear|call|schedule|set|decide|decision|upload|keep|kept|reply|hold|held|get|answer|need|complete|provide|wait"
                    // "if the records reach us by 12/01/2026", "if they arrive by ..."
                    + "|reach|reaches|arrive)"
                    // not the end of an approval: "this decision is good until 09/09/2027", "approved as requested
                    // until 09/09/2027"
                    + "(?:s|d|ed|ted|ing)?\\b[^.\\n]{0,50}?(?<!good|valid|effective|active)(?:\\s(?:by|before)|(?<!approved|authorized|covered|certified|requested)\\suntil)"
                    // "send a new prescription before the next fill date, 10/17/2026"
                    + "(?:\\s+the\\s+(?:next\\s+)?(?:fill|refill|due)\\s+date,?)?"
                    // "we will make a decision on 11/08/2026 with what we have"
                    + "|make\\s+a\\s+decision\\s+on"
                    // "if we do not have them by 10/05/2026", "Without these by 12/20/2026, we will decide on what we
                    // have"
                    + "|\\b(?:(?:do\\s+not|don't)\\s+(?:have|get|receive)|without)\\s+(?:them|it|this|these|those|the\\s+\\w+)\\s+by"
                    // "Reply\nthrough the ePA portal by 12/29/2026": an ask that runs onto the next line
                    // ("Upload the\nfollowing through the secure link by 11/11/2026:"; two lines of what to send:
                    // "Please send the chart notes and\nprescriptions for ... by 12/12/2026")
                    // ("List the drugs tried, dates and outcome by 12/01/2026", "Please book a time by ...")
                    + "|\\b(?:reply|respond|fax|send|resend|submit|return|call|need|add|answer|receive|clarify|confirm|tell|attach|upload|provide|list|book)\\b[^.]{0,90}?\\s(?:by|before)"
                    // "We must have it by 12/17/2026", "the request will be decided on 11/04/2026 with the records on
                    // file"
                    // ("must receive ... by" and "must get ... by" are the verbs' alternative above)
                    + "|\\bmust\\s+have\\b[^.\\n]{0,30}?\\s(?:by|before)|\\bwill\\s+be\\s+decided\\s+on"
                    // "Our reviewer picks it back up on 11/05/2026": the day the review goes on without the answer
                    + "|\\breview(?:er)?\\b[^.\\n]{0,30}?\\b(?:resumes|picks\\s+(?:it|this|the\\s+\\w+)\\s+(?:back\\s+)?up)\\s+on"
                    // "It will be closed on 11/26/2026 if these do not arrive" (not "... unless you sign in": an
                    // account)
                    + "|\\bwill\\s+be\\s+(?:closed|denied|withdrawn)\\s+on(?=\\s+\\S+\\s+if\\b)"
                    // the date on its own line under a list of what is needed: "we first need\n 1. ...\nby 12/04/2026."
                    + "|^[ \\t]*by)"
                    // (a fax's OCR may read a speck after "by" as a full stop: "Fax it by. 12/11/2026")
                    + "[ \\t]*[:.]?\\s*("
                    + DATE + ")",
            F);

    /**
     * A deadline counted in days: group 1 the days; group 2 what they count from ("this notice", "the decision"),
     * with group 3 that letter's date when it is printed right there ("... of the date of this letter,
     * 10/02/2026"); or group 4, a date the sentence counts from itself ("within 30 days of 10/02/2026").
     */
    static final Pattern RELATIVE_DEADLINE = Pattern.compile(
            "(?:within|have|has|up\\s+to)\\s+(\\d{1,3})\\s+(?:calendar\\s+)?days?\\s+(?:of|from|after)\\s+"
                    + "(?:(?:the\\s+)?(?:date\\s+(?:of|on)\\s+)?(?:this|the|our)\\s+(notice|letter|decision|determination|denial)"
                    + "(?:,?[ \\t]*\\n?[ \\t]*(" + DATE + "))?"
                    + "|(?:the\\s+date\\s+)?(" + DATE + "))",
            F);

    static final Pattern DENIAL_REASON = Pattern.compile(
            "(?:\\breason(?:[ \\t]+for[ \\t]+(?:the[ \\t]+|this[ \\t]+|our[ \\t]+)?(?:denial|decision|determination))?"
                    + "|denial[ \\t]+(?:reason|rationale)|rationale(?:[ \\t]+for[ \\t]+(?:the[ \\t]+|this[ \\t]+|our[ \\t]+)?(?:decision|denial|determination))?|basis(?:[ \\t]+for[ \\t]+(?:the[ \\t]+|our[ \\t]+)?(?:decision|denial))?"
                    + "|\\bhere[ \\t]+is[ \\t]+why|explanation|specifically|reviewer(?:'s)?[ \\t]+notes?(?:[ \\t]+says)?|reason[ \\t]+for[ \\t]+(?:the[ \\t]+)?(?:changes?|modifications?|reduction)|reason[ \\t]+given(?:[ \\t]+by[ \\t]+the[ \\t]+plan)?|for\\s+the\\s+following\\s+reasons?(?:\\(s\\))?|"
                    + LINE
                    + "why(?:[ \\t]+we[ \\t]+(?:made[ \\t]+this[ \\t]+decision|denied[ \\t]+(?:this|your)[ \\t]+request))?"
                    + "|criteria[ \\t]+(?:that[ \\t]+(?:were|was|are)[ \\t]+)?not[ \\t]+met"
                    // "Maintenance after week 16 was not authorized: the plan requires ..."
                    + "|\\b(?:was|were|is|are)[ \\t]+not[ \\t]+(?:authorized|approved|covered))[ \\t]*:\\s*"
                    // the reason, and the lines that carry it on (not a blank line, nor one that turns to the reader)
                    + "(.+(?:\\n(?![ \\t]*\\n)(?![ \\t]*(?:>|(?-i:You|If|To|Please|We|Call|For|Your|Our|This|Send|Fax)\\b)).+){0,3})"
                    + "|\\b(?:denied|(?:not[ \\t]+able|unable)[ \\t]+to[ \\t]+approve|cannot[ \\t]+approve|did[ \\t]+not[ \\t]+approve)"
                    // ("We denied your request because: the plan requires ...")
                    + "[^.]{0,80}?,?\\s+(?:because|due[ \\t]+to)[ \\t]*:?\\s+"
                    + "((?s:.+?))(?:\\.\\s|\\.$|\\n\\s*\\n)",
            F);

    /** A line that turns to the reader ("You may appeal", "If you disagree"): where a reason has ended. */
    private static final String TO_THE_READER = "(?-i:You|If|To|Please|We|Call|For|Your|Our|This)\\b";

    /** A character of a bare reason: not a full stop, nor a line break that starts the appeal instructions. */
    private static final String REASON_CHAR = "(?:(?!\\n[ \\t]*" + TO_THE_READER + ")[^.])";

    /** The words a reason speaks in: criteria, records, requirements, what was tried. */
    private static final String REASON_WORDS =
            "\\b(?:requir\\w*|criteria|not[ \\t]+(?:met|provided|included|shown|covered)|do(?:es)?[ \\t]+not[ \\t]+show"
                    + "|no[ \\t]+(?:record|documentation)|trial|tried|failed|higher[ \\t]+than|exceeds|limit|policy|indication|documentation)\\b";

    /**
     * A reviewer's comment ("Comment: ...", "Reviewer comments: ..."): read as the reason only when no other
     * reason is there and the comment speaks of criteria, since approvals carry comments too.
     */
    static final Pattern REASON_IN_COMMENT = Pattern.compile(
            LINE + "(?:reviewer[ \\t]+)?(?:comments?|remarks?|notes?)[ \\t]*:[ \\t]*((?-i:[A-Z])[^.\\n]{0,250}?"
                    + REASON_WORDS + "[^.]{0,250}\\.)",
            F);

    /**
     * A reason printed bare, in the sentence right after the decision (or the one after it) ("The denial stands. The records do not show
     * ..."): read only when no labelled reason is there, and only when that sentence speaks of criteria, records
     * or requirements, so that "You may appeal." is never taken for a reason.
     */
    static final Pattern REASON_AFTER_DECISION = Pattern.compile(
            "\\b(?:denied|declined|rejected|refused|not[ \\t]+support[ \\t]+coverage|not[ \\t]+(?:be(?:en)?[ \\t]+)?(?:approved|authorized|covered|granted)|not[ \\t]+(?:to[ \\t]+)?approve[ \\t]+(?:it|the[ \\t]+request|your[ \\t]+\\S+[ \\t]+request)"
                    + "|maintain[ \\t]+the[ \\t]+denial|determination[ \\t]+was[ \\t]+correct|can'?t[ \\t]+approve[ \\t]+it"
                    + "|modified|approve[ \\t]+part[ \\t]+of|not[ \\t]+qualify"
                    + "|cannot[ \\t]+approve[ \\t]+it|(?:denial|decision|it)(?:[ \\t]+on[ \\t]+[^.\\n]{1,40})?[ \\t]+stands|answer\\s+is\\s+no|no\\s+exception\\s+(?:was\\s+|is\\s+)?(?:granted|approved|made)|of\\s+\\d+\\s+requested|not\\s+supported|not\\s+meet|rather\\s+than|(?:keep|leave)\\w*\\s+(?:the|our|its)\\s+(?:first\\s+|earlier\\s+|original\\s+)?decision|turned\\s+down|did\\s+not\\s+approve|(?:is|was|been)\\s+(?:affirmed|upheld)"
                    + "|reduced\\s+to|no\\s+coverage\\s+is\\s+available|excluded\\s+from|revoked|rescinded|(?:cannot|can't|will\\s+not)\\s+be\\s+provided|(?:will\\s+not|could\\s+not|cannot|can't)\\s+be\\s+(?:extended|renewed)|(?:were|was)\\s+not\\s+(?:satisfied|met)|(?:does|do|will)\\s+not\\s+(?:cover|pay)|not\\s+payable|not\\s+a\\s+match|not\\s+possible|as\\s+prescribed|approved\\s+in\\s+part|instead\\s+of)[^.]{0,120}\\.\\s+"
                    // the reason may come one sentence later ("Approved in part. The first doses are covered. The
                    // ..."), but only when the first sentence is no reason itself: the later one may be advice
                    // ("A new request can be sent once the missing trial is documented.")
                    + "(?:(?-i:[A-Z])[^.]{0,160}\\.\\s+(?=(?-i:[A-Z])[^.]{0,250}?" + REASON_WORDS + "))??"
                    + "(?!(?:You|If|To|Please|We|Call|For|Your|Our|Questions|Sincerely|This[ \\t]+(?:letter|notice|decision))\\b)"
                    // nor a line that is another decision ("Quantity within the limit: approved.")
                    + "(?![^.\\n]{0,80}:[ \\t]*(?:approved|denied|authorized|covered)[ \\t]*\\.)"
                    + "((?-i:[A-Z])" + REASON_CHAR + "{0,250}?" + REASON_WORDS + REASON_CHAR + "{0,250}\\.)",
            F);

    /** A character of prose: not a full stop, no "label:", no blank line, no line that turns to the reader. */
    private static final String BARE_CHAR = "(?:(?!\\n[ \\t]*\\n)(?!\\n[ \\t]*" + TO_THE_READER + ")[^.:])";

    /** {@link #REASON_WORDS} but "not covered", which a bare decision says too ("The drug is not covered."). */
    private static final String BARE_WORDS = REASON_WORDS.replace("|covered", "");

    /**
     * A reason printed bare anywhere in a denial (after a table of what was asked and allowed, in a portal's
     * paragraph): a sentence that speaks of criteria, records or requirements and does not turn to the reader.
     * Read last, and kept only when every such sentence of the letter says the same, so a letter with two
     * candidates gives none.
     */
    static final Pattern REASON_BARE = Pattern.compile(
            // a sentence's start, not the name after "Dr." ("Dr. Patel, the request ... does not meet our criteria.")
            "(?:^|(?<=[.:][ \\t])(?<!\\b(?:Dr|Mr|Ms|Mrs)\\.[ \\t]))[ \\t]*"
                    // nor the decision itself, said of the request ("The request does not meet our criteria.")
                    // nor the salutation's sentence ("Dear prescriber, the request was reviewed against the criteria")
                    + "(?!(?:You|If|To|Please|We|Call|For|Your|Our|Questions|Sincerely|Note|Dear|An?[ \\t]+appeal|This[ \\t]+(?:letter|notice|decision)|(?:The|This)[ \\t]+request)\\b)"
                    // nor a sentence that is itself the decision ("... the amount above the limit is denied.")
                    + "(?![^.]*\\b(?:is|are|was|were)[ \\t]+denied\\b)"
                    + "((?-i:[A-Z])" + BARE_CHAR + "{0,250}?" + BARE_WORDS + BARE_CHAR + "{0,250}\\.)",
            F);
}
