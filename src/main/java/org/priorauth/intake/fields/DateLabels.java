package org.priorauth.intake.fields;

import static org.priorauth.intake.fields.LetterDates.DATE;
import static org.priorauth.intake.fields.LetterLabels.*;

import java.util.regex.Pattern;

/** The labels of a decision's date, the letter's own date, and a deadline, printed or counted in days. */
final class DateLabels {

    private DateLabels() {}

    static final Pattern DECISION_DATE = Pattern.compile(
            // ("Date of" may end a line of prose, its "determination:" start the next)
            "\\b(?:date[ \\t]+of\\s+(?:the[ \\t]+)?(?:appeal[ \\t]+|final[ \\t]+)?(?:decision|determination|denial|approval|review)"
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
                    // "We made our decision on March 3, 2027", "the plan reached its determination on 03/03/2027"
                    + "|\\b(?:made|reached)\\s+(?:our|its|their|the|a)\\s+(?:final\\s+)?(?:decision|determination)\\s+on\\s+("
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
}
