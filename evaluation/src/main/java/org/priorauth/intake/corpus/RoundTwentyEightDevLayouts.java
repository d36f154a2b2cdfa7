package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifty-eighth set of corpus layouts, all dev: partial approvals said with numbers in prose ("we approved
 * one pen a month; you asked for two"), denials whose only no is a limit or a reviewer's agreement with the
 * plan, approvals that carry words of refusal for something else, requests headed "Action needed", and other
 * mail about a decision already made.
 */
final class RoundTwentyEightDevLayouts {

    private RoundTwentyEightDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AMD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}      Auth: {ref}

                    We approved one {drug} pen a month. Your office asked for two pens a
                    month, and the second pen is above the plan's limit. {reason}
                    """),
            new Template(
                    "AMD2",
                    "DENIAL",
                    false,
                    """
                    {payer} Independent Review

                    RE: {name}      Appeal: {appealref}

                    The outside reviewer, a dermatologist, read the file and agrees with the
                    plan: {drug} should not be covered for this member. {reason}
                    """),
            new Template(
                    "AMD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    PA Determination

                    Patient: {name}      PA #: {ref}
                    {drug} 300 mg every 2 weeks: covered for 16 weeks only
                    Continued dosing after week 16: outside policy
                    {reason}
                    """),
            new Template(
                    "AMD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} | {ref} | {name}</p>
                    <p>Thank you for your patience. We finished the review of {drug}. The
                    plan will not be covering it at this time.</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AMA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Auth: {ref}

                    {drug} is approved through {end_us}. The loading dose was not needed
                    because the patient is already on therapy, so none was requested.
                    """),
            new Template(
                    "AMA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Case: {ref}

                    We can't think of anything else we need. {drug} is good to go: the
                    pharmacy can fill it starting {start_us}.
                    """),
            new Template(
                    "AMA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Appeal Result

                    Member: {nameLF}      Appeal: {appealref}

                    The reviewer did not agree with the first decision. {drug} will be
                    covered from {start_us} through {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AMM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Prior Authorization
                    Subject: Action needed on {ref}

                    {name} - {drug}. The case is open and waiting on your office for:
                    {items_list}
                    """),
            new Template(
                    "AMM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Case: {ref}

                    The request for {drug} arrived without the prescriber's notes. We can
                    look at it as soon as the notes are in.{asks:chart notes}
                    """),
            new Template(
                    "AMM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Prior Authorization - Pending

                    Patient: {nameLF}      PA: {ref}      Drug: {drug}

                    Reason pending: BSA not documented. Attach current BSA to the case in
                    the portal.{asks:severity score / BSA}
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AMO1",
                    "OTHER",
                    false,
                    """
                    {payer}

                    RE: {name}      Case: {ref}

                    This is a courtesy copy of the denial letter mailed to the member on
                    {notice_us}. Nothing new has been decided; the original letter stands
                    as sent.
                    """),
            new Template(
                    "AMO2",
                    "OTHER",
                    false,
                    """
                    {pbm}

                    Our clinical team will be at the regional dermatology meeting next month.
                    Stop by our booth to learn about faster prior authorizations.
                    """),
            new Template(
                    "AMO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Relations

                    Your office's request to add Dr. Lin to your group's contract was
                    approved. Dr. Lin can see members starting {start_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AMP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}

                    The plan did not approve {drug}, so we cannot fill it. Please let us
                    know if you send an appeal or change the prescription.
                    """),
            new Template(
                    "AMP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}      Product: {drug}

                    Insurance review is done: the plan needs a prior authorization. Our
                    team can help your office with the forms.
                    """));
}
