package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighty-ninth set of corpus layouts, all dev: the line between a denial and an approval. Decisions that
 * approve less than was asked (a lower quantity, a shorter time, another strength, one of two drugs), told in the
 * approving voice; full approvals that mention a limit the plan always applies; requests and mail that talk about
 * quantities.
 */
final class RoundFortyThreeDevLayouts {

    private RoundFortyThreeDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BTD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage Decision

                    Member: {name}   Reference: {ref}
                    Good news: we approved {drug} for you.
                    Quantity asked for: 4 pens every 28 days
                    Quantity approved: 2 pens every 28 days
                    We lowered the quantity to the amount in the
                    drug's label. You can appeal this change.
                    """),
            new Template(
                    "BTD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    {notice_us}

                    Re: {name}
                    The request for {drug} is approved for 6 months
                    instead of the 12 months asked for, from {start_us}.
                    A new request with an updated severity score will be
                    needed to continue after that.
                    """),
            new Template(
                    "BTD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal</h3>
                    <p>Request {ref} - {name}</p>
                    <table>
                    <tr><td>Requested</td><td>{drug} 300 mg</td></tr>
                    <tr><td>Outcome</td><td>Authorized at a lower strength</td></tr>
                    <tr><td>Authorized</td><td>200 mg, {start_us} to {end_us}</td></tr>
                    </table>
                    <p>The strength requested was not authorized.</p>
                    </body></html>
                    """),
            new Template(
                    "BTD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Notice of Decision

                    Member: {name}
                    You asked for two drugs: {drug} and {altdrug}.
                    We approved {altdrug}. We did not approve {drug}
                    because {reason_lc}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BTM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Quantity Review

                    Patient: {name}   Ref: {ref}
                    The quantity on the request for {drug} is more than
                    the label allows. Before we decide, send the reason
                    for the higher dose and the last two visit notes.{asks:prescription|chart notes}
                    Due: {deadline_us}
                    """),
            new Template(
                    "BTM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    {notice_us}

                    Re: {name}, {drug}
                    We can approve only the quantity in the label unless
                    we get chart notes showing the standard dose did not
                    work. Please send them by {deadline_us}.{asks:chart notes}
                    """),
            new Template(
                    "BTM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Pharmacy Review
                    Subject: {drug} dose question

                    Which dose is the patient on now? The request says
                    every 2 weeks but the notes say every 4 weeks.
                    Please confirm the dose and frequency by
                    {deadline_us} so we can finish the review.{asks:prescription}
                    """),
            new Template(
                    "BTM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Pending - Prescriber Action

                    Patient: {name}
                    Drug: {drug}
                    The request is pending. We need:
                    {items_list}
                    Send by {deadline_us}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BTA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Coverage Decision

                    Member: {name}   Reference: {ref}
                    We approved {drug} as asked.
                    Quantity approved: 2 pens every 28 days
                    Dates: {start_us} to {end_us}
                    """),
            new Template(
                    "BTA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    {notice_us}

                    Re: {name}
                    {drug} is approved from {start_us} to {end_us}.
                    As with all drugs on this plan, the quantity is
                    limited to the amount in the label.
                    """),
            new Template(
                    "BTA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal</h3>
                    <p>Request {ref} - {name}</p>
                    <table>
                    <tr><td>Requested</td><td>{drug}</td></tr>
                    <tr><td>Outcome</td><td>Authorized as requested</td></tr>
                    <tr><td>Authorized</td><td>{start_us} to {end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "BTA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Notice of Decision

                    Member: {name}
                    Earlier this year we approved a lower dose of
                    {drug}. Your doctor asked for the full dose. We
                    approved the full dose from {start_us} to {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BTP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    The plan approved {drug} but only 2 pens a month.
                    We will ship 2 pens on {start_us}. Please send a new
                    prescription if the dose should change.
                    """),
            new Template(
                    "BTP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Quantity limit

                    Patient: {name}   DOB: {dob_us}
                    The claim for {drug} stopped at the plan's quantity
                    limit. We can fill 28 days now. Please ask the plan
                    for an override if more is needed.
                    """),
            new Template(
                    "BTP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}
                    The plan approved a shorter time than asked. The
                    patient's copay card is active for the same dates.
                    We will remind your office before it ends.
                    """),
            new Template(
                    "BTP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery confirmed

                    Patient: {name}
                    {drug} was delivered on {start_us}. The patient
                    has the next dose on hand.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BTO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Quantity Limit Update

                    Starting next year, {drug} is limited to the dose in
                    the label. Members already approved for more keep
                    their approval until it ends.
                    """),
            new Template(
                    "BTO2",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals
                    {notice_us}

                    We received the appeal about the quantity approved
                    for {drug} for {name}. A decision will be sent in
                    writing. No action is needed now.
                    """),
            new Template(
                    "BTO3",
                    "OTHER",
                    false,
                    """
                    Internal message - PA desk

                    {name} asked whether the lower quantity the plan
                    approved is enough. Please ask Dr. Lee at the next
                    visit.
                    """),
            new Template(
                    "BTO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Explanation of Benefits - This is not a bill

                    Member: {name}   ID: {member}
                    Service: office visit
                    Plan paid: $112.40   You owe: $25.00
                    """));
}
