package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The third set of corpus layouts, written after the classification rules of commit a69062c were frozen, and held back whole:
 * the rules were not changed after their first evaluation on these. Four of each type, among them hard
 * confusions: a partial approval worded as an approval, an approval that says it received the appeal, a
 * pharmacy asking the prescriber to clarify a prescription, a hub waiting on the payer, an authorization's
 * renewal reminder, a fax machine's transmission report.
 */
final class UnseenLayouts {

    private UnseenLayouts() {}

    static final List<Template> ALL = List.of(
            new Template(
                    "UD1",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Drug Coverage Decision

                    Date: {notice_us}
                    Member: {name}          Member ID: {member}
                    Drug: {drug}
                    Reference: {ref}

                    Outcome of the coverage review: this medication will not be covered
                    under the member's prescription benefit.

                    Criteria that were not met: {reason}

                    The member or prescriber may ask for a redetermination within {days}
                    days of the date of this notice.
                    """),
            new Template(
                    "UD2",
                    "DENIAL",
                    false,
                    """
                    MEDICAID PHARMACY PRIOR AUTHORIZATION RESPONSE

                    RECIPIENT: {nameUpper}
                    RECIPIENT ID: {member}
                    PA NUMBER: {ref}
                    NDC / DRUG: {drug}
                    PA STATUS: DENY
                    DENIAL CODE: 47 - CLINICAL CRITERIA NOT MET

                    A NOTICE WITH HEARING RIGHTS IS MAILED TO THE RECIPIENT.
                    """),
            new Template(
                    "UD3",
                    "DENIAL",
                    false,
                    """
                    External Review Decision

                    Date: {notice_long}
                    Claimant: {name}
                    Health plan: {payer}
                    Plan member ID: {member}
                    Service: {drug}

                    The independent physician reviewer has completed the external review
                    of the health plan's decision. The reviewer upheld the plan's decision:
                    the requested medication is not medically necessary for this patient
                    at this time. This decision is binding on the plan and the claimant,
                    except to the extent other remedies are available under law.
                    """),
            new Template(
                    "UD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Member: {name}
                    Member ID: {member}
                    Authorization: {ref}

                    We approved part of the request for {drug}. We approved the
                    maintenance doses for 6 months. We did not approve the starting
                    (loading) dose that was asked for, because {reason_lc}

                    If you do not agree with the part we did not approve, you can ask for
                    an appeal by {deadline_us}.
                    """),
            new Template(
                    "UM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Pharmacy Clinical Review

                    Date: {notice_us}
                    Member: {nameLF}   DOB: {dob_us}
                    Member ID: {member}
                    Case: {ref}
                    Drug: {drug}

                    ATTESTATION NEEDED
                    The prescriber must attest to the following before the review of this
                    request can continue:
                    {items_checks}

                    Sign the attestation and fax it back to us. Thank you.
                    """),
            new Template(
                    "UM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h2>{payer} Provider Portal</h2>
                    <p>Authorization {ref} &mdash; {drug}</p>
                    <p>Member: {name} ({member})</p>
                    <div class="alert">Action required: upload clinical documentation</div>
                    <p>The reviewer has asked for:</p>
                    <ul>{items_html}</ul>
                    <p>Upload the documents by {deadline_us} to keep this authorization open.</p>
                    </body></html>
                    """),
            new Template(
                    "UM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    {notice_long}

                    Patient: {name}
                    Date of birth: {dob_long}
                    ID: {member}
                    Case number: {ref}
                    Medication: {drug}

                    Your case is open. To make a decision we need more details from the
                    prescriber:
                    {items_list}

                    We will keep the case open until {deadline_long}.
                    """),
            new Template(
                    "UM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Prior Authorization Intake

                    Date: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Member ID: {member}
                    Medication: {drug}

                    We are returning this prior authorization request. It is missing:
                    {items_list}

                    Resubmit the request with these items and it will be reviewed.
                    """),
            new Template(
                    "UA1",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicare Prescription Drug Plan

                    Date: {notice_us}
                    Enrollee: {name}
                    Member ID: {member}
                    Drug: {generic}

                    Coverage Determination: Approval

                    Your request for coverage of the drug above meets our requirements.
                    The drug is covered through {end_us}, as long as you remain enrolled
                    in our plan and the drug is filled at a network pharmacy.
                    """),
            new Template(
                    "UA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    {notice_long}

                    {name}
                    Member ID: {member}

                    Your coverage review is complete

                    {drug} is now covered by your plan from {start_long} until {end_long}.
                    No further action is needed. Show your member ID card at the pharmacy
                    when you fill your prescription.
                    """),
            new Template(
                    "UA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}
                    Drug: {drug}

                    We received your appeal on {earlier_us}. A doctor who did not make the
                    first decision reviewed it, with the new records your prescriber sent.
                    We are reversing our decision and approving the drug. The approval
                    runs from {start_us} to {end_us}.
                    """),
            new Template(
                    "UA4",
                    "APPROVAL",
                    false,
                    """
                    AUTHORIZATION DETAIL

                    Member name: {nameLF}
                    Member number: {member}
                    Auth number: {ref}
                    Item: {drug}
                    Auth status: Approved / Active
                    Start: {start_us}    End: {end_us}
                    Units: 26

                    Printed from the {payer} provider portal.
                    """),
            new Template(
                    "UP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    {notice_us}

                    Hi {name},

                    Great news: your insurance approved {drug}! Our team will call you in
                    the next two days to set up your delivery and go over how to store and
                    inject your medicine. Call us sooner if you have questions.
                    """),
            new Template(
                    "UP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Case Status Update

                    Date: {notice_us}
                    Patient: {name}
                    Product: {drug}

                    Status: prior authorization submitted by the office; awaiting the
                    payer's decision.
                    What we are doing: we check with the payer every 3 business days and
                    will let your office know as soon as there is an answer. The patient is
                    enrolled in our support program.
                    """),
            new Template(
                    "UP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient Financial Services

                    Date: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    The patient's share of cost for this fill is $1,250.00 after insurance.
                    We have not been able to apply a manufacturer coupon. Please let the
                    patient know, or ask them to call us to discuss options before we ship.
                    """),
            new Template(
                    "UP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    PRESCRIPTION CLARIFICATION REQUEST

                    Date: {notice_us}
                    To: Prescriber
                    Patient: {name}     DOB: {dob_us}
                    Drug written: {drug}

                    We need a clarification before we can dispense this prescription:
                    the strength and the dosing schedule are missing. Please call our
                    pharmacists or fax back a corrected prescription.
                    """),
            new Template(
                    "UO1",
                    "OTHER",
                    false,
                    """
                    Rheumatology Associates
                    CONSULTATION NOTE

                    Patient: {name}      DOB: {dob_us}
                    Date of visit: {earlier_us}

                    Thank you for asking us to see this patient for joint pain with
                    psoriasis. Exam shows swelling of two finger joints. Impression:
                    psoriatic arthritis. We agree a biologic would treat both the skin
                    and the joints, and will follow up in three months.
                    """),
            new Template(
                    "UO2",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Welcome to your new health plan

                    {name}
                    Member ID: {member}

                    Your member ID card is enclosed. Keep it with you and show it at every
                    visit and at the pharmacy. Your plan year starts January 1. Visit our
                    website to find doctors, pharmacies and your drug list.
                    """),
            new Template(
                    "UO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Authorization Renewal Reminder

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Drug: {drug}

                    The current authorization for this drug ends on {end_us}. To avoid a
                    gap in therapy, a renewal request with current clinical notes should
                    be sent 30 days before that date.
                    """),
            new Template(
                    "UO4",
                    "OTHER",
                    false,
                    """
                    TRANSMISSION REPORT

                    Time: {notice_us} 14:02
                    Destination: payer fax line
                    Pages sent: 4
                    Duration: 00:02:41
                    Mode: ECM
                    Result: OK
                    """));
}
