package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifth set of corpus layouts, held back whole: written after the rules and the letter model were frozen
 * (commit 49579a6), and evaluated once. Four of each type, among them: a denial from a clinical pharmacist,
 * a Medicaid "approved with changes", an appeal the reviewer lost, a pending notice, a plan's records request
 * made to finish a review, an appeal overturned, a pharmacy offering help with an appeal, a release-of-
 * information "authorization" form, a provider-enrollment approval, a patient's portal message.
 */
final class FinalCheckLayouts {

    private FinalCheckLayouts() {}

    static final List<Template> ALL = List.of(
            new Template(
                    "FD1",
                    "DENIAL",
                    false,
                    """
                    {payer} | Pharmacy Prior Authorization | Determination Letter

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Drug: {drug}       PA #: {ref}

                    Thank you for submitting a request for the drug above. After careful
                    review by a clinical pharmacist, this request has been denied for the
                    following reason(s): {reason}

                    Covered alternatives may be available. To appeal, send a written
                    request within {days} days of the date of this notice.
                    """),
            new Template(
                    "FD2",
                    "DENIAL",
                    false,
                    """
                    {payer} Community Health Plan

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Reference: {ref}

                    About your provider's request for {drug}:
                    We approved a different amount than your provider asked for. Your
                    provider asked for 4 pens a month. We approved 2 pens a month.
                    The reason: {reason}
                    If you disagree, you can file an appeal by {deadline_us}.
                    """),
            new Template(
                    "FD3",
                    "DENIAL",
                    false,
                    """
                    {payer} Grievance and Appeals

                    Date: {notice_long}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}
                    Drug: {drug}

                    Level 1 appeal decision: UNFAVORABLE

                    The appeal reviewer, a board-certified dermatologist, agreed with the
                    original decision. Explanation: {reason}
                    You may request a level 2 appeal within {days} days of the date of
                    this notice.
                    """),
            new Template(
                    "FD4",
                    "DENIAL",
                    false,
                    """
                    {pbm} PA REQUEST OUTCOME

                    MEMBER: {nameUpper}   DOB: {dob_us}
                    ID: {member}
                    PA REF: {ref}
                    DRUG: {drug}

                    OUTCOME: REJECTED - PLAN EXCLUSION
                    DRUG IS NOT A BENEFIT OF THE MEMBER'S PLAN.
                    """),
            new Template(
                    "FM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Notice of Pending Prior Authorization

                    Date: {notice_us}
                    Patient: {name}      DOB: {dob_us}
                    Member ID: {member}
                    Authorization: {ref}
                    Drug: {drug}

                    The following is required to complete the review:
                    {items_list}

                    Please respond by {deadline_us}.
                    """),
            new Template(
                    "FM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    A plan has responded to your request for {name}.

                    Drug: {drug}
                    Key: {ref}
                    Plan response: additional information required

                    The plan sent 3 questions about this request. Sign in to answer them
                    and upload these documents:
                    {items_list}
                    """),
            new Template(
                    "FM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Utilization Review
                    REQUEST FOR MEDICAL RECORDS

                    Date: {notice_us}
                    Member: {name}     DOB: {dob_us}
                    Member ID: {member}
                    Case: {ref}
                    Medication: {drug}

                    To continue processing the prior authorization request for the
                    medication above, send us:
                    {items_list}
                    Records not received by {deadline_us} may delay the decision.
                    """),
            new Template(
                    "FM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    {notice_long}

                    RE: {name}
                    Member ID: {member}
                    Case: {ref}
                    Drug: {drug}

                    PEER-TO-PEER OPPORTUNITY
                    Before we issue a determination on this request, the prescribing
                    physician may speak with one of our physician reviewers. Please call
                    within 2 business days to arrange the discussion.
                    """),
            new Template(
                    "FA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    PRIOR AUTHORIZATION APPROVED

                    Date: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Member ID: {member}
                    Approval #: {ref}
                    Drug: {drug}
                    Dates: {start_us} to {end_us}

                    Claims for this drug will pay during these dates, subject to the
                    member's benefits and eligibility.
                    """),
            new Template(
                    "FA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Decision

                    {notice_long}

                    Member: {name}
                    ID: {member}
                    Reference: {ref}

                    Your medication request for {drug} was approved.
                    Duration: 12 months, through {end_long}.
                    """),
            new Template(
                    "FA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Good news! We reviewed your doctor's request for {drug}, and it meets
                    our guidelines. We will pay for this drug until {end_long}. Keep this
                    letter for your records. Member ID: {member}
                    """),
            new Template(
                    "FA4",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}
                    Drug: {drug}

                    Appeal decision: OVERTURNED
                    The original denial dated {earlier_us} is reversed in full. The plan
                    will cover the drug from {start_us} through {end_us}.
                    """),
            new Template(
                    "FP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    New Prescription Intake

                    Date: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Drug: {drug}

                    We have the prescription and are checking the patient's insurance. If
                    the plan needs a prior authorization we will call your office. We
                    expect to contact the patient within 2 business days.
                    """),
            new Template(
                    "FP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery Confirmation

                    Patient: {name}
                    Item: {drug}, 1 carton
                    Delivered: {notice_us} 10:42 AM, left at front door
                    Temperature indicator: OK

                    Thank you for choosing us for your specialty medications.
                    """),
            new Template(
                    "FP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}
                    Product: {drug}

                    Enrollment received. Your patient is now part of the program. A field
                    reimbursement manager is available to your office for coverage
                    questions, and a nurse educator will call the patient this week.
                    """),
            new Template(
                    "FP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    The prior authorization for this medication was denied by {payer}.
                    Our team can help with an appeal: fax us the denial letter and your
                    latest notes, and we will prepare the appeal packet for your review.
                    """),
            new Template(
                    "FO1",
                    "OTHER",
                    false,
                    """
                    {payer} Member Appeals

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}

                    Thank you for your expedited appeal, which we received today by fax.
                    Because it was filed as expedited, we will tell you our decision
                    within 72 hours. You do not need to do anything else right now.
                    """),
            new Template(
                    "FO2",
                    "OTHER",
                    false,
                    """
                    AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION

                    Patient name: {name}       Date of birth: {dob_us}

                    I authorize the dermatology clinic to release my records to:
                    Regional Rheumatology Associates
                    Information to release: office notes and lab results, last 12 months
                    This authorization expires one year from the date signed.

                    Patient signature: ____________________  Date: {notice_us}
                    """),
            new Template(
                    "FO3",
                    "OTHER",
                    false,
                    """
                    {payer} Provider Network Services

                    Date: {notice_us}

                    Dear provider,

                    Your application to join our network has been approved. Your
                    participation begins on the first day of next month. Please keep your
                    practice information current in our provider directory.
                    """),
            new Template(
                    "FO4",
                    "OTHER",
                    false,
                    """
                    Patient portal message

                    From: {name}
                    Sent: {notice_us}
                    Subject: question about my medicine

                    Hi, I got a letter in the mail from my insurance about my shots and I
                    don't understand it. Can someone from the office call me back? Thanks.
                    """));
}
