package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninety-first set of corpus layouts, all dev: an authorization's standing against a new decision. Reminders
 * that an authorization is on file, active or about to end (no new decision: OTHER, see the README's labelling
 * notes), beside decisions that approve a part, approvals of a renewal that say "on file", requests that open with
 * the case's status, and pharmacies that relay what the plan allowed.
 */
final class RoundFortyFourDevLayouts {

    private RoundFortyFourDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BVD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization Decision     {notice_us}

                    Member: {name}     Member ID: {member}
                    Request: {drug}, 12 months     Case: {ref}

                    We approved {drug} for 6 months instead of the 12 months
                    that were requested. The other 6 months were not approved
                    because {reason_lc}
                    You may appeal the part of the request we did not approve
                    within {days} days.
                    """),
            new Template(
                    "BVD2",
                    "DENIAL",
                    true,
                    """
                    <h2>{payer} Provider Portal</h2>
                    <p>Case {ref} &middot; {name} &middot; decided {decision_us}</p>
                    <table>
                    <tr><th>Line</th><th>Item</th><th>Outcome</th></tr>
                    <tr><td>1</td><td>{drug} maintenance dose</td><td>Approved</td></tr>
                    <tr><td>2</td><td>{drug} loading dose</td><td>Not approved</td></tr>
                    </table>
                    <p>Overall status: Partially approved. Reason for line 2: {reason}</p>
                    <p>Appeal rights apply to line 2.</p>
                    """),
            new Template(
                    "BVD3",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals Unit
                    {notice_us}

                    Re: {name}, ID {member}
                    Second-level review of {drug}, appeal {appealref}

                    Thank you for the records sent for this review. After a
                    second look by a dermatologist reviewer our answer stays
                    the same: {drug} is still not covered.
                    {reason}
                    You can ask for an independent external review.
                    """),
            new Template(
                    "BVD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Management

                    Member: {name}   DOB: {dob_us}
                    Your current authorization for {drug} stays on file through
                    {end_us}. The new request {ref} to raise the dose to every
                    week was reviewed on {decision_us} and was not approved.
                    Reason: {reason}
                    The earlier dose schedule is still covered. Appeal within
                    {days} days of this notice.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BVM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Prior Authorization Status

                    Patient: {name}     Member ID: {member}
                    Reference: {ref}     Drug: {drug}

                    Your request is on file and in clinical review. Before a
                    decision can be made we need:
                    {items_list}
                    Send them by {deadline_us}. If they do not arrive, the
                    request will be decided on what we have.
                    """),
            new Template(
                    "BVM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm} for {payer}
                    Renewal Review     {notice_us}

                    Member: {name}
                    The current authorization for {drug} ends on {end_us}. A
                    renewal request {ref} was received. For it to be reviewed,
                    please fax the chart notes and the current BSA{asks:chart notes|severity score / BSA}
                    showing response to therapy. Due date: {deadline_us}.
                    """),
            new Template(
                    "BVM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <h3>{payer} - Authorization Tracker</h3>
                    <p>{name} | {drug} | {ref}</p>
                    <p>Status: Pended - information needed</p>
                    <ul>{items_html}</ul>
                    <p>Respond by {deadline_us} using Upload Documents.</p>
                    """),
            new Template(
                    "BVM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: Nurse Reviewer, {payer}
                    Subject: {name} - {drug} request {ref}

                    Hello,
                    I'm reviewing the request for {name}. Could you fax the
                    prior therapy history and photos{asks:prior therapy history|photos}? Without them I
                    will have to finish the review on the records I have.
                    Please send by {deadline_us}.
                    Thank you
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BVA1",
                    "APPROVAL",
                    true,
                    """
                    <h2>{payer} Provider Portal</h2>
                    <p>Determination posted {decision_us}</p>
                    <p>Patient: {name} &nbsp; Member ID: {member}</p>
                    <p>New authorization {ref} for {drug}, {start_us} to {end_us}.</p>
                    <p>Nothing more is needed from your office.</p>
                    """),
            new Template(
                    "BVA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Updated Coverage Decision     {notice_us}

                    Member: {name}     ID: {member}
                    Case: {ref}

                    On our first review we allowed a lower quantity of {drug}.
                    With the records you sent we now approve the full quantity
                    you asked for, from {start_us} to {end_us}.
                    """),
            new Template(
                    "BVA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Renewal of Authorization

                    Patient: {name}   DOB: {dob_us}
                    Authorization {ref} for {drug} has been renewed after review
                    of the notes sent. The renewed authorization is on file
                    through {end_us}.
                    """),
            new Template(
                    "BVA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Member copy - sent to the prescriber as well

                    Dear {name},
                    We said yes to your doctor's request for {drug}. Your plan
                    will pay for it from {start_us} until {end_us}.
                    Reference number: {ref}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BVP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill Reminder to Prescriber

                    Patient: {name}    DOB: {dob_us}
                    The PA on file for {drug} ends {end_us}. We will need a
                    renewed authorization from {payer} before the next refill
                    can be billed. Please start the renewal with the plan.
                    """),
            new Template(
                    "BVP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Patient Support Update

                    Patient: {name}
                    {payer} approved {drug} for this patient. Our team is now
                    scheduling the first delivery with the specialty pharmacy
                    and will call the patient to confirm a date.
                    """),
            new Template(
                    "BVP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Dispensing Note

                    Patient: {name}   Rx: {drug}
                    The plan allowed 2 pens per 28 days. We shipped 2 pens
                    today for delivery on {start_us}. If the patient needs
                    more, the plan's limit has to be raised first.
                    """),
            new Template(
                    "BVP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Copay Program Renewal

                    {name}'s savings card for {drug} renews on {start_us}.
                    The card stays active for another year and we have sent
                    the new card number to the specialty pharmacy.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BVO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Authorization Reminder

                    Member: {name}     Member ID: {member}
                    This is a reminder that the prior authorization for {drug}
                    is on file and active through {end_us}. No action is
                    needed at this time.
                    """),
            new Template(
                    "BVO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Expiring Authorization Notice

                    Patient: {name}
                    The authorization for {drug} will end on {end_us}. To keep
                    coverage without a gap, a renewal request with current
                    notes should be sent to us 30 days before that date.
                    """),
            new Template(
                    "BVO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Monthly Authorization Summary for Your Practice

                    Active authorizations: 14
                    Ending in the next 30 days: 3
                    Decisions issued this month: 9 approved, 2 denied
                    Log in to the provider portal for the list.
                    """),
            new Template(
                    "BVO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility and Benefits Response

                    Member: {name}     ID: {member}
                    Coverage: active
                    Pharmacy benefit: {pbm}
                    Prior authorization on file for {drug}: Yes
                    Specialty pharmacy required: Yes
                    """));
}
