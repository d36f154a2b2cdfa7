package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifteenth set of corpus layouts, held back whole: written after the rules and the letter model of commit
 * a751ecc froze, and committed before its one evaluation. Other senders' ways again: a Part D denial notice,
 * a PBM's decision table, an induction-only approval, an adverse determination "maintained", an ePA
 * platform's questions, a peer-to-peer offered before the decision, a member's extension letter, portal
 * status fields, an approval that recalls the first denial, a pharmacy that relays the plan's denial, a hub's
 * benefits summary, a compounding pharmacy's advertisement, an eligibility reply, an appeal's receipt.
 */
final class FifteenthLayouts {

    private FifteenthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "QD1",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE

                    Date: {notice_us}
                    Enrollee's name: {name}
                    Member number: {member}

                    Your request for coverage of {drug} is denied. We denied this request
                    because {reason_lc}

                    You have the right to ask us for a redetermination (appeal) of our
                    decision. You must ask within 65 days of the date of this notice.
                    """),
            new Template(
                    "QD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Clinical Program Review

                    Patient ........ {nameLF}
                    Patient ID ..... {member}
                    PA Number ...... {ref}

                    DRUG REQUESTED                    DECISION
                    {drug}                            DENIED

                    Criteria not met: {reason}
                    """),
            new Template(
                    "QD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Specialty Drug Review

                    {notice_long}

                    Member: {name}
                    Member ID: {member}
                    Authorization: {ref}

                    We have authorized {drug} for the 16-week induction period only.
                    Maintenance therapy after week 16 was not authorized: {reason_lc}
                    Send the week-16 response assessment if you wish us to reconsider.
                    """),
            new Template(
                    "QD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Provider Appeals Unit

                    Re: appeal {appealref} on behalf of {name}
                    Original authorization request: {ref}

                    Your appeal has been reviewed by a board-certified dermatologist who
                    was not involved in the initial review. After careful consideration,
                    the original adverse determination for {drug} is maintained.
                    Rationale: {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "QM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}      DOB: {dob_us}
                    Reference: {ref}

                    Clinical documentation received for {drug} is insufficient for us to
                    proceed. Please submit the following within 14 days:
                    {items_list}
                    """),
            new Template(
                    "QM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: ePA Notifications <noreply@epa.example>
                    Subject: Action required - questions from {pbm}

                    Patient: {name}
                    Medication: {drug}
                    Key: {ref}

                    The plan has returned questions for this request. Open the request
                    to answer them. The request will expire if not answered by
                    {deadline_us}.
                    """),
            new Template(
                    "QM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Medical Director Outreach

                    Member: {name}
                    Case #: {ref}

                    Our physician reviewer is not yet able to approve {drug} based on the
                    records received, and would like a peer-to-peer discussion with the
                    ordering provider first. Please call by {deadline_us}.
                    """),
            new Template(
                    "QM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    We are taking up to 14 more days to decide on your doctor's request
                    for {drug}. We have asked your doctor for:
                    {items_list}
                    We will let you know our decision as soon as we can.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "QA1",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal</h3>
                    <p>Request Status: <b>Approved</b></p>
                    <p>Patient: {name}</p>
                    <p>Authorization #: {ref}</p>
                    <p>Service: {drug}</p>
                    <p>Approved Through: {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "QA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    {notice_long}

                    {name}
                    Member ID {member}

                    Your prescription drug coverage request has been approved. This
                    means your plan will pay its share of the cost of {drug} when your
                    prescription is filled at a network pharmacy, until {end_long}.
                    """),
            new Template(
                    "QA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Appeal Resolution

                    Member: {name}        Member ID: {member}
                    Appeal number: {appealref}

                    After reviewing the appeal, the plan has reversed its prior decision.
                    Authorization {ref} has been issued for {drug}, effective {start_us}.
                    """),
            new Template(
                    "QA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Reference: {ref}

                    Although the first request for {drug} was turned down on
                    {earlier_us}, the records you sent since then show the member meets
                    the plan's criteria. The request is now approved for 12 months.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "QP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Status Update

                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    Status: awaiting prior authorization. The patient's insurance will
                    not pay for this prescription until the prescriber's office obtains
                    approval. We have sent an electronic PA request to your office.
                    """),
            new Template(
                    "QP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Verification Summary

                    Patient: {name}
                    Product: {drug}
                    Primary plan: {payer}

                    Prior authorization required: Yes
                    Dispensing pharmacy: {pharmacy}
                    Estimated patient cost per fill: $250
                    Copay program eligible: Yes - enrollment sent to patient
                    """),
            new Template(
                    "QP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Delivery confirmation

                    The order of {drug} for {name} was delivered on {start_us} and
                    signed for at the patient's home. The next refill is due in 28 days.
                    """),
            new Template(
                    "QP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    To: prescriber
                    Patient: {name}
                    Drug: {drug}

                    We were told today that the patient's health plan denied coverage of
                    this drug. We referred the patient to the manufacturer's assistance
                    program and will keep the prescription on file.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "QO1",
                    "OTHER",
                    false,
                    """
                    Regional Reference Laboratory

                    Patient: {name}      DOB: {dob_us}
                    Collected: {earlier_us}

                    Test                      Result     Reference range
                    ALT                       22 U/L     7-56
                    AST                       19 U/L     10-40
                    Creatinine                0.9 mg/dL  0.6-1.3
                    """),
            new Template(
                    "QO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    271 Eligibility Response

                    Subscriber: {name}
                    Subscriber ID: {member}
                    Coverage status: Active
                    Pharmacy benefit manager: {pbm}
                    Prior authorization: required for specialty drugs
                    """),
            new Template(
                    "QO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Grievance and Appeals Department

                    This letter confirms receipt of the appeal request for {name}
                    regarding the denial of {drug}. The appeal was assigned number
                    {appealref}. A decision will be sent to you and to the member.
                    """),
            new Template(
                    "QO4",
                    "OTHER",
                    false,
                    """
                    Compounding Pharmacy of the Valley

                    New for dermatology practices: custom topical compounds for eczema and
                    psoriasis, shipped to your patients in two days. Fax this sheet back to
                    request our formulary book. To stop these faxes, call the number below.
                    """));
}
