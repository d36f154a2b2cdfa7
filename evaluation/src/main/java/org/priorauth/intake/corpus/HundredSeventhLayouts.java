package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The hundred-and-seventh set of corpus layouts, held back whole: written after the rules and model of 6e30194
 * froze, to check the figures of that commit on letters nobody had tuned for. An employer plan's and a PBM's
 * decisions, an external reviewer's, a dose and a duration that are cut, a request by phone written down, a pend
 * for a form, approvals by e-mail and on a renewal, a pharmacy's and a hub's relays and asks, and mail that looks
 * like them: a formulary letter, a prescriber's own request echoed back, a grievance reply, a webinar.
 */
final class HundredSeventhLayouts {

    private HundredSeventhLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CMD1",
                    "DENIAL",
                    false,
                    """
                    {payer} - Employer Group Benefits
                    Notice of Adverse Benefit Determination     {notice_us}

                    Claimant: {name}     Claim/Request: {ref}
                    Benefit requested: {drug}
                    Determination: coverage is not available under the plan.
                    {reason}
                    You may request a full and fair review within 180 days.
                    """),
            new Template(
                    "CMD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Re: {name}     PA {ref}

                    Approved length: 6 months. Requested length: 12 months.
                    The remaining months fall outside the plan's criteria for
                    a first authorization of {drug}. {reason}
                    """),
            new Template(
                    "CMD3",
                    "DENIAL",
                    true,
                    """
                    <p>Independent Review Organization - decision for {payer}</p>
                    <p>Enrollee: {name}. Case {ref}.</p>
                    <p>The reviewer agrees with the health plan: {drug} is not
                    medically necessary for this enrollee. {reason}</p>
                    """),
            new Template(
                    "CMD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    {notice_long}
                    To the prescriber of {name}

                    The dose increase of {drug} you asked for on {earlier_us}
                    will not be covered; the current dose stays authorized.
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CMM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Phone note - Prior Auth Desk     {notice_us}
                    Call from {payer} nurse reviewer about {name}, case {ref}.
                    She needs the BSA and the dates of the topical steroids
                    tried before she can finish the review of {drug}.
                    Due back by {deadline_us}.{asks:severity score / BSA}{asks:prior therapy history}
                    """),
            new Template(
                    "CMM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Form required     Ref {ref}

                    Member: {name}     Drug: {drug}
                    The plan's drug-specific form was not included with this
                    request. Complete it and fax it back with the chart notes
                    by {deadline_us}.{asks:chart notes}
                    """),
            new Template(
                    "CMM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <p>From: {payer} Pharmacy Review</p>
                    <p>Re: {name} / {ref}</p>
                    <p>Quick question before we decide: was methotrexate stopped
                    for side effects or for lack of response?{asks:prior therapy history}
                    Please reply by {deadline_us}.</p>
                    """),
            new Template(
                    "CMM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Extension of review time     {notice_us}

                    Member: {name}     Reference: {ref}
                    We are taking up to 14 more days to decide on {drug}
                    because we need the lab results from the last 6 months.{asks:lab results}
                    Send them by {deadline_us}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CMA1",
                    "APPROVAL",
                    true,
                    """
                    <p>Hello,</p>
                    <p>Your prior authorization request {ref} for {name} ({drug})
                    has been approved. Approval dates: {start_us} - {end_us}.</p>
                    <p>Thank you, {payer} Utilization Management</p>
                    """),
            new Template(
                    "CMA2",
                    "APPROVAL",
                    false,
                    """
                    Independent Review Organization - decision for {payer}
                    Enrollee: {name}     Case {ref}

                    The reviewer does not agree with the health plan's denial.
                    The plan must cover {drug} for this enrollee.
                    """),
            new Template(
                    "CMA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Renewal decision     PA {ref}

                    Member: {name}
                    {drug}: continued therapy approved. The records show a
                    good response. Valid {start_us} through {end_us}.
                    """),
            new Template(
                    "CMA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    {notice_us}

                    Re: {name}, {drug}
                    Authorization number: {ref}
                    Status: APPROVED     Units: 2 per 28 days (as requested)
                    Effective {start_us}   Expires {end_us}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CMP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient: {name}     Medication: {drug}

                    We received the plan's approval and billed the claim.
                    The patient's copay is $0 with the manufacturer card.
                    First shipment goes out {start_us}.
                    """),
            new Template(
                    "CMP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <p>{hub} - Benefits investigation</p>
                    <p>Patient: {name}. Product: {drug}.</p>
                    <p>Result: prior authorization required by the plan; we have
                    not started one. The office should submit it to the plan.</p>
                    """),
            new Template(
                    "CMP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill request     {notice_us}

                    {name} has no refills left on {drug}. Please send a new
                    prescription so the next shipment is not late.
                    """),
            new Template(
                    "CMP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    We could not fill this prescription

                    Patient: {name}     Drug: {drug}
                    The plan rejected the claim: the authorization on file ended
                    on {earlier_us}. A renewal must be approved before we fill.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CMO1",
                    "OTHER",
                    false,
                    """
                    {payer}   Formulary update     {notice_long}

                    Starting next quarter, {drug} moves to the preferred tier.
                    Prior authorization is still required for new starts.
                    No action is needed for patients already approved.
                    """),
            new Template(
                    "CMO2",
                    "OTHER",
                    false,
                    """
                    Riverside Dermatology
                    Letter of medical necessity - copy returned by fax

                    Patient: {name}     Drug: {drug}
                    We are requesting approval of {drug} for this patient, who
                    has not responded to topical therapy. Please approve.
                    """),
            new Template(
                    "CMO3",
                    "OTHER",
                    false,
                    """
                    {payer}   Grievance Department
                    {notice_us}

                    Re: {name}
                    We have looked into your complaint about the time it took to
                    answer the phone. This letter closes the complaint.
                    """),
            new Template(
                    "CMO4",
                    "OTHER",
                    true,
                    """
                    <p>{pbm} webinar for dermatology offices</p>
                    <p>Faster approvals, fewer denials: how to send a complete
                    prior authorization request the first time. Register today.</p>
                    """));
}
