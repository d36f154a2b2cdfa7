package org.priorauth.intake.fields;

import static org.priorauth.intake.fields.LetterLabels.*;

import java.util.regex.Pattern;

/**
 * Where a denial states its reason: under a label, in the sentence after the decision, in a reviewer's comment
 * that speaks of criteria, or in a bare sentence that does.
 */
final class ReasonLabels {

    private ReasonLabels() {}

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
    static final String TO_THE_READER = "(?-i:You|If|To|Please|We|Call|For|Your|Our|This)\\b";

    /**
     * A reason printed under a heading of its own line, colon or none ("REASON FOR DETERMINATION", "Why the request
     * was not approved", "Basis -" with a fax's speck), as a paragraph: its lines up to a blank line, a line that
     * turns to the reader or one that is a label of its own ("Policy applied: ...", capitalised: a wrapped
     * sentence's next line may hold a colon too). A letter that sets its reason apart so says where it is; the
     * policy it cites below it is no reason.
     */
    static final Pattern REASON_UNDER_HEADING = Pattern.compile(
            LINE
                    + "(?:(?:the[ \\t]+)?(?:reasons?|rationale|basis|explanation)(?:[ \\t]+for[ \\t]+(?:the[ \\t]+|this[ \\t]+|our[ \\t]+)?"
                    + "(?:denial|decision|determination|adverse[ \\t]+determination|non-?approval))?"
                    + "|denial[ \\t]+(?:reason|rationale)"
                    + "|why[ \\t]+[^\\n.:?]{0,60}?(?:den(?:y|ied)|not[ \\t]+(?:approve|cover|authori[sz]e)\\w*|decision|decided|determination)[^\\n.:?]{0,40})"
                    // a fax's specks after the heading ("Reason .", "Basis -")
                    + "[ \\t]*[:?]?(?:[ \\t]*[-.,;'`~_|\u2018\u2019\u2014])?[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*"
                    + "((?-i:[A-Z])[^\\n]+(?:\\n(?![ \\t]*\\n)(?![ \\t]*" + TO_THE_READER + ")"
                    + "(?![ \\t]*(?-i:[A-Z])[^\\n:]{0,40}:)[^\\n]+){0,7})",
            F);

    /** A character of a bare reason: not a full stop, nor a line break that starts the appeal instructions. */
    static final String REASON_CHAR = "(?:(?!\\n[ \\t]*" + TO_THE_READER + ")[^.])";

    /**
     * What an administrative denial says happened: the records asked for never came ("We did not receive the chart
     * notes", "none was received", "No response was received within the time allowed"), across a line's end.
     */
    static final String NOT_RECEIVED =
            "(?:(?:did|have|has|had)\\s+not|never)\\s+(?:been\\s+)?receiv\\w*|not\\s+(?:been\\s+)?received"
                    + "|\\bno(?:ne|\\s+(?:response|reply|records?|information))\\s+(?:was|were|has\\s+been)\\s+received";

    /** The words a reason speaks in: criteria, records, requirements, what was tried, what never came. */
    static final String REASON_WORDS = "\\b(?:" + NOT_RECEIVED
            + "|requir\\w*|criteria|not[ \\t]+(?:met|provided|included|shown|covered)|do(?:es)?[ \\t]+not[ \\t]+show"
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
    static final String BARE_CHAR = "(?:(?!\\n[ \\t]*\\n)(?!\\n[ \\t]*" + TO_THE_READER + ")[^.:])";

    /** {@link #REASON_WORDS} but "not covered", which a bare decision says too ("The drug is not covered."). */
    static final String BARE_WORDS = REASON_WORDS.replace("|covered", "");

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
                    // ("We did not receive the records" is a reason all the same)
                    + "(?!(?:You|If|To|Please|We(?![^.]{0,160}(?:" + NOT_RECEIVED
                    + "))|Call|For|Your|Our|Questions|Sincerely|Note|Dear|An?[ \\t]+appeal|This[ \\t]+(?:letter|notice|decision)|(?:The|This)[ \\t]+request)\\b)"
                    // nor a sentence that is itself the decision ("... the amount above the limit is denied."), unless
                    // it gives its cause ("No response was received, so the request is denied.")
                    + "(?!(?![^.]*(?:" + NOT_RECEIVED + "))[^.]*\\b(?:is|are|was|were)[ \\t]+denied\\b)"
                    // a capital first, looked at, not taken: the reason's words may start the sentence ("No reply was
                    // ...")
                    + "((?=(?-i:[A-Z]))" + BARE_CHAR + "{0,250}?" + BARE_WORDS + BARE_CHAR + "{0,250}\\.)",
            F);
}
