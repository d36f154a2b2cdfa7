package org.priorauth.intake.fields;

import static org.priorauth.intake.fields.IdentifierLabels.CASE_NUMBER_SHAPE;
import static org.priorauth.intake.fields.IdentifierLabels.LABELLED_CASE_NUMBER;
import static org.priorauth.intake.fields.LetterDates.DATE;
import static org.priorauth.intake.fields.LetterLabels.*;

import java.util.regex.Pattern;

/** The labels a patient's name and date of birth are printed under, and a name in a salutation or a subject. */
final class PatientLabels {

    private PatientLabels() {}

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
     * A name as forms print it, in capitals or not: "ROE, JANE Q", "Roe, Jane", "Jane Q. Roe", "JANE ROE", "Jane
     * Roe-Smith"; an initial OCR read with a comma or a colon ("Jane Q, Roe", "Jane Q: Roe") too.
     */
    static final String FORM_NAME =
            "(?-i:(?:[A-Z][A-Za-z'\\-]+,[ \\t]*[A-Z][A-Za-z'\\-]+(?:[ \\t][A-Z]\\.?(?![A-Za-z]))?"
                    + "|[A-Z][A-Za-z'\\-]+(?:[ \\t][A-Z][.,:]?(?![A-Za-z]))?(?:[ \\t][A-Z][A-Za-z'\\-]+){1,2}))";

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

    static final Pattern DOB = Pattern.compile(
            "\\b(?:DOB|D\\.O\\.B\\.?|date[ \\t]+of[ \\t]+birth|birth[ \\t]*date|born(?:[ \\t]+on)?)" + SEP + "(" + DATE
                    + ")"
                    // "Patient: Jane Roe (03/02/1981)" on a portal page
                    + "|" + LINE + "(?:patient|member)[ \\t]*:[^\\n(]{3,60}\\([ \\t]*(" + DATE + ")[ \\t]*\\)",
            F);
}
