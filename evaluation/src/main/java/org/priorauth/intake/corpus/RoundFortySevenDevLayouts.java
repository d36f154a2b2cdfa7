package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninety-seventh set of corpus layouts, all dev: what was approved against what was asked. Decisions that
 * approve less, something else, or for a shorter time than asked (by the policy, denials), set beside approvals
 * told in few words ("all set", "coverage is in place", "meets criteria"), pharmacies and hubs that relay either,
 * requests that ask before a full approval, and mail that only mentions approvals.
 */
final class RoundFortySevenDevLayouts {

    private RoundFortySevenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CBD1",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Determination     {notice_us}

                    Patient: {name}    DOB: {dob_us}    Case: {ref}
                    Requested: {drug}, 300 mg every week
                    Determination: approved as modified - 300 mg every 2 weeks
                    The weekly dose is above the labeled dose. {reason}
                    """),
            new Template(
                    "CBD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Member: {name}     Member ID: {member}     Ref: {ref}

                    Coverage has been authorized for {altdrug}, the plan's
                    preferred drug. The drug your doctor asked for, {drug}, is
                    not covered for this use. {reason}
                    """),
            new Template(
                    "CBD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Re: {name}, {drug}, request {ref}

                    Authorization period granted: 3 months (12 months requested).
                    A longer period needs proof of response at the 3-month visit.
                    This is a partial approval of the request. {reason}
                    """),
            new Template(
                    "CBD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Dose Change Request     {notice_us}

                    Member: {name}    PA: {ref}
                    The existing authorization for {drug} at the current dose
                    stays in effect. The request to raise the dose was reviewed
                    and is not approved. {reason}
                    """),
            new Template(
                    "CBD5",
                    "DENIAL",
                    true,
                    """
                    <h3>{payer} Provider Portal</h3>
                    <table><tr><th>Case</th><th>Item</th><th>Qty requested</th><th>Qty approved</th></tr>
                    <tr><td>{ref}</td><td>{drug}</td><td>4</td><td>2</td></tr></table>
                    <p>Outcome: Approved - reduced quantity. Patient: {name}</p>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CBM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Member: {name}    Ref: {ref}

                    Before we can approve {drug} for a full year, we need the
                    current EASI score and the score at the start of treatment{asks:severity score / BSA}.
                    Please send them by {deadline_us}. Nothing has been decided yet.
                    """),
            new Template(
                    "CBM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm} Clinical Review
                    Patient: {name}    Case: {ref}

                    The request lists {drug} every week. Please confirm the
                    dose and frequency{asks:prescription} by {deadline_us} so that the
                    reviewer can finish. A decision follows within 2 business days.
                    """),
            new Template(
                    "CBM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Status: Pending clinical review

                    Patient: {name}     Reference: {ref}
                    Send the treatment history for the last 12 months{asks:prior therapy history}, with
                    start and stop dates, by {deadline_us}.
                    """),
            new Template(
                    "CBM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <h3>{payer} - Case {ref}</h3>
                    <p>{name} &middot; {drug}</p>
                    <p>Status: Additional info requested</p>
                    <ul>{items_html}</ul>
                    <p>Due {deadline_us}</p>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CBA1",
                    "APPROVAL",
                    false,
                    """
                    Subject: {name} - {drug}

                    You're all set. {drug} is good to go through {end_us}.
                    Reference {ref}.
                    {payer} Provider Services
                    """),
            new Template(
                    "CBA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Member: {name}    Member ID: {member}

                    Coverage is in place for {drug} from {start_us} to {end_us}
                    (authorization {ref}). The pharmacy may fill it now.
                    """),
            new Template(
                    "CBA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Case {ref}    Patient: {name}    DOB: {dob_us}

                    Review result: meets medical necessity criteria.
                    Authorization dates: {start_us} to {end_us}
                    Quantity: as requested
                    """),
            new Template(
                    "CBA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Re: {name}, {drug}, {ref}

                    This request was first set aside as incomplete. With the
                    chart notes we received, it now meets our criteria and is
                    approved from {start_us} through {end_us}.
                    """),
            new Template(
                    "CBA5",
                    "APPROVAL",
                    false,
                    """
                    AUTHORIZATION CONFIRMATION
                    {payer}
                    Authorization number: {ref}
                    Member: {name}
                    Drug: {drug}     Units authorized: 2 per 28 days (as requested)
                    Valid: {start_us} - {end_us}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CBP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient: {name}    Rx: {drug}

                    The insurance approved {drug}. We will ship on {start_us}
                    after we confirm the delivery address with the patient.
                    """),
            new Template(
                    "CBP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Good news for {name}

                    The insurance approved coverage of {drug}. With the copay
                    program the patient pays $0. The specialty pharmacy will call.
                    """),
            new Template(
                    "CBP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient: {name}    DOB: {dob_us}

                    The plan allowed 2 pens of {drug} per month, not the 4 on
                    the prescription. We can ship 2 pens now. Call us if the
                    office plans to appeal with the plan.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CBO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Member: {name}    Authorization: {ref}

                    This is not a new decision. The authorization for {drug}
                    remains active until {end_us}. No action is needed now.
                    """),
            new Template(
                    "CBO2",
                    "OTHER",
                    false,
                    """
                    Dermatology clinic - call log
                    Patient: {name}

                    Called {payer} about the {drug} request. Rep said it is with
                    a reviewer and an approval or denial should come this week.
                    """),
            new Template(
                    "CBO3",
                    "OTHER",
                    false,
                    """
                    {payer} Provider Newsletter

                    Faster answers: most prior authorization requests for
                    specialty drugs were approved or denied within 2 business
                    days last quarter. Submit electronically for the fastest reply.
                    """));
}
