package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifty-sixth set of corpus layouts, all dev: denials dressed in approval words (an alternative approved in
 * the drug's place, "approved with limitations", an allowed quantity under the one asked), approvals said to the
 * member in plain words or carrying a limit and appeal rights, requests that acknowledge the submission first or
 * ask for copies of records for the review, and other mail that speaks of approvals in general.
 */
final class RoundTwentySevenDevLayouts {

    private RoundTwentySevenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AKD1",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Review Result

                    Patient: {name}      Case: {ref}

                    Decision: APPROVED WITH LIMITATIONS
                    Requested: 2 pens every 14 days
                    Allowed: 1 pen every 28 days
                    {reason}
                    """),
            new Template(
                    "AKD2",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}

                    The plan has approved a step therapy alternative, {altdrug}, for this
                    member. {drug} itself was not approved. {reason}
                    """),
            new Template(
                    "AKD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} ePA response for {name}</p>
                    <p>Request {ref}: {drug}</p>
                    <p>Response: Approve as alternative. The prescribed product is not covered;
                    the formulary product listed below may be dispensed instead.</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "AKD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Pharmacy Services

                    RE: {name}      Auth: {ref}

                    Only the first 16 weeks of {drug} fall within the plan's coverage rules,
                    and those have been authorized. Anything after week 16 is outside those
                    rules and will not be paid. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AKA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your doctor asked us to cover {drug} for you. You can now get it at
                    your pharmacy. This is good until {end_us}.
                    """),
            new Template(
                    "AKA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      PA: {ref}

                    You're all set: the PA you submitted for {drug} is complete and active.
                    A quantity limit of 2 pens per 28 days applies. If you disagree with any
                    part of this decision, you may appeal.
                    """),
            new Template(
                    "AKA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Authorization on File

                    Member: {nameLF}      Member ID: {member}
                    Drug: {drug}
                    On file from {start_us} to {end_us}. Reference: {ref}
                    """),
            new Template(
                    "AKA4",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Prior Authorization
                    Subject: {ref}

                    We previously denied {drug} for {name} because the TB test was missing.
                    With the negative result now on file, the request meets criteria and
                    coverage begins {start_us}.
                    """),
            new Template(
                    "AKA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Good news - {drug} is covered. No further paperwork is needed from your
                    office until the renewal on {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AKM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Case: {ref}

                    We received your prior authorization request for {drug}. To complete it,
                    please send copies of the following by {deadline_us}:
                    {items_list}
                    """),
            new Template(
                    "AKM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Medical Records Request - Prior Authorization

                    Patient: {name}      Drug: {drug}      PA: {ref}

                    For the review of this prior authorization, send copies of the medical
                    records from the last two visits.{asks:chart notes}
                    """),
            new Template(
                    "AKM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    RE: {name}      Ref: {ref}

                    Thank you for the request for {drug}. The nurse reviewer would like the
                    weight of the patient in kilograms to check the dose.
                    """),
            new Template(
                    "AKM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} | PA {ref}</p>
                    <p>Hi team, we are still missing a couple of things for {name} ({drug}):</p>
                    <ul>{items_html}</ul>
                    <p>Thanks!</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AKO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Newsletter

                    This quarter, 92% of dermatology prior authorizations submitted
                    electronically were decided within 2 days. Tips inside.
                    """),
            new Template(
                    "AKO2",
                    "OTHER",
                    false,
                    """
                    {pbm}

                    Reminder: approvals for biologics usually last 12 months. Start the
                    renewal 30 days before the end date so your patients do not go without.
                    """),
            new Template(
                    "AKO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Explanation of Benefits

                    Member: {name}
                    Service: office visit {notice_us}
                    Amount billed: $210.00   Plan paid: $148.00   You owe: $30.00
                    """),
            new Template(
                    "AKO4",
                    "OTHER",
                    false,
                    """
                    {payer}

                    RE: {name}      Case: {ref}

                    We received the prior authorization request for {drug} on {notice_us}.
                    It is with a clinical reviewer now. You do not need to send anything.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AKP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Drug: {drug}

                    Good news - the prior authorization went through and the claim paid.
                    The first shipment goes out tomorrow.
                    """),
            new Template(
                    "AKP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Re: {name}      {drug}

                    We need a new prescription: the one on file has no refills left. Please
                    send it to our pharmacy partner.
                    """));
}
