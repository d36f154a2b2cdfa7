package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The hundredth set of corpus layouts, held back whole: written after the rules and model of 974cbe4 froze. A
 * Medicare Advantage plan's notice of denial of medical coverage, a denial that the drug is excluded from the
 * benefit, a biosimilar-first rule applied, an expedited appeal upheld by phone and confirmed in writing, a request
 * for the patient's height and weight for dosing, a pended e-mail with a link to upload, a reviewer's questions on a
 * numbered form, an approval with its units and visits in a grid, an approval for a new patient of the practice,
 * an overturned appeal told in one line, an approval under a transition-of-care rule, a pharmacy's
 * benefits-verification summary, a hub's prior-authorization status tracker, a pharmacy's notice that the drug
 * went to the patient's home, a plan's privacy notice, a patient's pharmacy receipt, a duplicate fax, a vendor's
 * invoice.
 */
final class HundredthLayouts {

    private HundredthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CFD1",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicare Advantage
                    NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)
                    Date: {notice_us}

                    Name: {name}     Member number: {member}
                    We have denied the medical coverage below that you or your
                    physician asked for: {drug} (request {ref}).
                    Why we denied your request: {reason}
                    You have the right to appeal our decision.
                    """),
            new Template(
                    "CFD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Benefit Exclusion Notice

                    Patient: {name}    Ref: {ref}
                    {drug} is excluded from the member's prescription benefit.
                    Because it is an exclusion, no clinical review was done and
                    coverage is not available. An exception may be requested.
                    """),
            new Template(
                    "CFD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Member: {name}   ID: {member}   Case: {ref}

                    Under the plan's biosimilar-first rule, a biosimilar must be
                    tried before {drug}. The request does not show such a trial,
                    and it is declined. {reason}
                    """),
            new Template(
                    "CFD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Written Confirmation of Expedited Appeal Decision

                    Member: {name}    Appeal: {appealref}    Original case: {ref}
                    As we told your office by phone on {decision_us}, the
                    expedited appeal for {drug} was reviewed and our original
                    decision is upheld. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CFM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Patient: {name}    DOB: {dob_us}    Case: {ref}

                    Dosing for {drug} is based on weight. Send the patient's
                    current height and weight and the planned dosing{asks:prescription} by
                    {deadline_us}. The review is on hold until then.
                    """),
            new Template(
                    "CFM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Subject: Action needed - {ref}

                    The request for {name} ({drug}) is pended. Upload the
                    following through the secure link by {deadline_us}:
                    {items_list}
                    {payer} Prior Authorization
                    """),
            new Template(
                    "CFM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Reviewer Questions - Case {ref}
                    Patient: {name}     Drug: {drug}

                    1. Date of diagnosis and the ICD-10 code:{asks:diagnosis} ______
                    2. Current IGA score:{asks:severity score / BSA} ______
                    Return by {deadline_us}.
                    """),
            new Template(
                    "CFM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <h3>{payer} Provider Portal</h3>
                    <p>Case {ref} &middot; {name}</p>
                    <p>Pending: awaiting clinical documentation</p>
                    <ul>{items_html}</ul>
                    <p>Due date: {deadline_us}</p>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CFA1",
                    "APPROVAL",
                    true,
                    """
                    <h3>{payer} - Authorization {ref}</h3>
                    <table><tr><th>Service</th><th>Units</th><th>From</th><th>To</th><th>Status</th></tr>
                    <tr><td>{drug}</td><td>26</td><td>{start_us}</td><td>{end_us}</td><td>Approved</td></tr></table>
                    <p>Member: {name}</p>
                    """),
            new Template(
                    "CFA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Re: {name} (new patient), {drug}

                    The prior authorization {ref} requested by your practice
                    has been authorized. Valid {start_us} to {end_us}.
                    """),
            new Template(
                    "CFA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals
                    Member: {name}    Case: {ref}

                    Your appeal for {drug} is overturned in your favor; coverage
                    runs through {end_us}.
                    """),
            new Template(
                    "CFA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Transition of Care Approval

                    Member: {name}    Member ID: {member}    Ref: {ref}
                    As a new member already on {drug}, you may keep getting it.
                    We approved it through {end_us} under our transition of
                    care policy.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CFP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Benefits Verification Summary

                    Patient: {name}    Drug: {drug}
                    Plan: {payer}    PA required: Yes    Specialty tier
                    Estimated copay: $150 per month. We will wait for the PA
                    before we contact the patient to schedule.
                    """),
            new Template(
                    "CFP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <h3>{hub} - PA Status Tracker</h3>
                    <p>Patient: {name} &middot; {drug}</p>
                    <p>Submitted to plan: yes &middot; Plan decision: pending</p>
                    <p>We will update this page when the plan answers.</p>
                    """),
            new Template(
                    "CFP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivered

                    {name}'s {drug} was delivered to the home address on
                    {start_us} and signed for. Next refill in 28 days.
                    """),
            new Template(
                    "CFP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient: {name}    DOB: {dob_us}

                    The plan approved {drug} through {end_us}, and the first
                    fill is ready. We will call the patient today to set up
                    the delivery.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CFO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Notice of Privacy Practices

                    This notice describes how medical information about you may
                    be used and disclosed. We may use it to decide whether to
                    approve or deny coverage. You may ask for a copy of your
                    records at any time.
                    """),
            new Template(
                    "CFO2",
                    "OTHER",
                    false,
                    """
                    Pharmacy receipt - brought in by patient
                    Patient: {name}
                    Item: {drug}    Qty 2    Paid: $0.00
                    Thank you for choosing our pharmacy.
                    """),
            new Template(
                    "CFO3",
                    "OTHER",
                    false,
                    """
                    FAX
                    From: {payer}
                    Pages: 1
                    DUPLICATE - this fax was sent earlier today. Please
                    disregard if already received.
                    """),
            new Template(
                    "CFO4",
                    "OTHER",
                    false,
                    """
                    Invoice 2026-114
                    From: MedScribe Transcription Services
                    To: Dermatology clinic

                    Transcription for November: 212 lines. Amount due: $318.00
                    Payment due within 30 days.
                    """));
}
