package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twenty-second set of corpus layouts, all dev. The held-back aggregates still show partial approvals
 * read as approvals, approvals read as requests or noise, and requests that read like status notes: here are
 * more of each (a shorter duration granted, a lower strength, a step therapy met for one drug but not the one
 * asked for; an approval that lists what renewal will need; a pended request worded as a status line), and the
 * pharmacy-side mail that is and is not a notice about a patient.
 */
final class RoundTenDevLayouts {

    private RoundTenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Management

                    Member: {name}      ID: {member}
                    Request: {ref}

                    Outcome of review: coverage granted for an initial 16 weeks only.
                    The 52 weeks requested exceed what the policy allows at the start of
                    treatment. {reason}
                    You or the prescriber may ask us to reconsider the shorter period.
                    """),
            new Template(
                    "CD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {nameLF}     DOB: {dob_us}
                    Case ID: {ref}

                    {drug}: the 300 mg strength requested is not covered. The plan will
                    cover the 200 mg strength instead. {reason}
                    Appeal instructions are on the back of this page.
                    """),
            new Template(
                    "CD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear Doctor,

                    We looked at the request for {drug} for {name}. Our answer is no.
                    {reason}
                    If you have more records that show the criteria are met, you can send
                    them with an appeal within {loose_days} days.
                    """),
            new Template(
                    "CD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicare Advantage
                    Integrated Denial Notice

                    Enrollee: {name}
                    Member number: {member}
                    Reference: {ref}

                    Item requested: {drug}
                    Our decision: we will not pay for this item.
                    Why: {reason}
                    You have the right to appeal. Ask within {days} days.
                    """),
            new Template(
                    "CD5",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer} Provider Portal</h2>
                    <table>
                    <tr><th>Case</th><th>Member</th><th>Drug</th><th>Outcome</th></tr>
                    <tr><td>{ref}</td><td>{name}</td><td>{drug}</td><td>Partially Approved</td></tr>
                    </table>
                    <p>Units approved: 2 of 6 requested. {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "CD6",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Authorization: {ref}

                    Thank you for your request for {drug}. The medication is not on the
                    plan's formulary and no exception was granted. {reason}
                    The plan covers {altdrug} without a prior authorization.
                    """),
            new Template(
                    "CD7",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Review Result

                    Patient: {name}
                    Reference: {ref}

                    We were able to approve the loading doses of {drug}. Maintenance doses
                    beyond week 4 were not approved. {reason}
                    """),
            new Template(
                    "CD8",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals Unit

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Appeal: {appealref}

                    After a second look by a board-certified dermatologist, the earlier
                    decision on {drug} stands. {reason}
                    You may ask for an independent external review.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}       Member ID: {member}
                    Authorization: {ref}

                    {drug} meets the plan's criteria and is authorized from {start_us}
                    through {end_us}. To renew, send a note showing response to treatment
                    about 30 days before the end date.
                    """),
            new Template(
                    "CA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {nameLF}    DOB: {dob_us}
                    Case: {ref}

                    Good news: coverage for {drug} is now in place. The pharmacy can
                    process the claim. No further information is needed from your office.
                    """),
            new Template(
                    "CA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals and Grievances

                    Member: {name}
                    Appeal: {appealref}

                    We have reversed our earlier decision. {drug} is covered from
                    {start_us} to {end_us}. We are sorry for the delay in your care.
                    """),
            new Template(
                    "CA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} ePA</h3>
                    <p>Request {ref} for {name}</p>
                    <p>Drug: {drug}</p>
                    <p>Status: <b>Closed - Approved</b></p>
                    <p>Valid {start_us} - {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "CA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    The request your doctor sent us for {drug} was reviewed and we agree it
                    is medically necessary. You can fill it at a network specialty
                    pharmacy. This decision is good until {end_long}.
                    """),
            new Template(
                    "CA6",
                    "APPROVAL",
                    false,
                    """
                    Independent Review Organization

                    Case: {appealref}
                    Member: {name}
                    Health plan: {payer}

                    The reviewer found that {drug} is medically necessary for this
                    patient. The health plan's denial is overturned and the plan must
                    provide coverage.
                    """),
            new Template(
                    "CA7",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Authorization Notice

                    Patient: {name}
                    PA #: {ref}

                    {drug} - OK to dispense through {end_us}. Quantity: as prescribed.
                    """),
            new Template(
                    "CA8",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}    ID: {member}
                    Reference: {ref}

                    Your request for {drug} was first pended for chart notes. We received
                    them, and the request is now approved for {start_us} to {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Case {ref} | {name} | {drug}
                    Status: Pended - awaiting prescriber
                    Needed:
                    {items_list}
                    """),
            new Template(
                    "CM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Reference: {ref}

                    Your request for {drug} is on hold. The pharmacist reviewer has a
                    question: has the patient used a topical steroid in the last 90 days,
                    and for how long? Please answer by {deadline_us}.{asks:prior therapy history}
                    """),
            new Template(
                    "CM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Authorization: {ref}

                    The clock on this request is paused until we receive:
                    {items_list}
                    If nothing arrives within {days} days the request will close.
                    """),
            new Template(
                    "CM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h2>{payer} Authorizations</h2>
                    <p>{name} / {ref} / {drug}</p>
                    <p>Last update: Reviewer requested records</p>
                    <ul>{items_html}</ul>
                    </body></html>
                    """),
            new Template(
                    "CM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Clinical Review

                    Member: {nameLF}     ID: {member}
                    Case: {ref}

                    Our medical director would like to talk with the prescriber before a
                    decision on {drug} is made. Call us to set a time by {deadline_us}.
                    """),
            new Template(
                    "CM6",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    The form we got for {drug} was not signed and the diagnosis code is
                    blank. Please complete both and fax the form back.{asks:diagnosis}
                    """),
            new Template(
                    "CM7",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Reference: {ref}

                    We are still working on the request for {drug}. To finish, we need:
                    {items_list}
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Bulletin

                    Starting next quarter, requests for biologics may be sent through the
                    new portal. Paper forms will still be accepted until the end of the
                    year. Approved and denied requests will appear under one tab.
                    """),
            new Template(
                    "CO2",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals

                    Member: {name}
                    Appeal: {appealref}

                    This confirms we have your appeal of the decision on {drug}. A
                    reviewer who was not part of the first decision will look at it. We
                    will write to you when it is decided.
                    """),
            new Template(
                    "CO3",
                    "OTHER",
                    false,
                    """
                    {pharmacy}

                    We are now open on Saturdays from 9 to 1 for prescriber calls.
                    Thank you for choosing us for your patients' specialty medicines.
                    """),
            new Template(
                    "CO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility and Benefits

                    Member: {name}     ID: {member}
                    Coverage: Active
                    Specialty drugs: prior authorization required
                    Copay: 20% after deductible
                    """),
            new Template(
                    "CO5",
                    "OTHER",
                    false,
                    """
                    Dermatology Associates
                    Referral

                    Patient: {name}      DOB: {dob_us}

                    Referred for evaluation of moderate to severe plaque psoriasis. The
                    patient may need a biologic; please see at your earliest opening.
                    """),
            new Template(
                    "CO6",
                    "OTHER",
                    false,
                    """
                    {hub}

                    Thank you for attending our webinar on injection training. Slides and
                    a recording are available on our provider page. Approved continuing
                    education credit will be mailed.
                    """),
            new Template(
                    "CO7",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Formulary Update

                    Effective next month, {altdrug} moves to the preferred tier. Current
                    authorizations for other drugs are not affected and stay approved
                    until their end dates.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}     DOB: {dob_us}
                    Rx: {drug}

                    The insurance claim came back rejected: prior authorization needed.
                    We will fill the prescription as soon as the plan approves it.
                    """),
            new Template(
                    "CP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Medication: {drug}

                    We heard from {payer}: the request was denied. Our team can help with
                    an appeal or with the bridge program while you decide next steps.
                    """),
            new Template(
                    "CP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery Confirmation

                    Patient: {nameLF}
                    Item: {drug}

                    Delivered to the patient's home today. The next refill is due in
                    28 days; we will call the patient a week ahead.
                    """),
            new Template(
                    "CP4",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <h3>{hub} Provider Portal</h3>
                    <p>Patient: {name} | {drug}</p>
                    <p>Benefits verification complete. Plan: {payer}. PA on file: no.
                    Copay card enrolled.</p>
                    </body></html>
                    """),
            new Template(
                    "CP5",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Drug: {drug}

                    We could not reach the patient to arrange shipment after three tries.
                    Please ask the patient to call us.
                    """));
}
