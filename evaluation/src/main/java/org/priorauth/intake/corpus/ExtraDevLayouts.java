package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fourth set of corpus layouts, all of them dev: written after the third set showed how far rules written
 * on our own wording fall on letters worded otherwise, to give the rules and the letter model more ways of
 * saying the same five things (apologetic denials, tables, forms, nurses' e-mails, refill requests, bills).
 */
final class ExtraDevLayouts {

    private ExtraDevLayouts() {}

    static final List<Template> ALL = List.of(
            new Template(
                    "XD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Your doctor asked us to pay for {drug}. We're sorry, but we can't
                    approve this request. Here is why: {reason}

                    What you can do: talk with your doctor about other treatments, or ask
                    us for an appeal. Call Member Services to learn how. Member ID: {member}
                    """),
            new Template(
                    "XD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    PRIOR AUTHORIZATION RESULT

                    Patient: {nameLF}       DOB: {dob_us}
                    Member ID: {member}     Ref: {ref}

                    Line  Drug                     Qty asked  Qty approved  Status
                    1     {drug}     2     0     NOT APPROVED

                    Comment: {reason}
                    Appeal rights are on the back of this page.
                    """),
            new Template(
                    "XD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Formulary Exception Review

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Request #: {ref}

                    The drug requested, {drug}, is excluded from the member's formulary.
                    The exception request was reviewed, and the exception is not granted.
                    Formulary alternatives include {altdrug}. An appeal may be submitted
                    within {days} days of the date of this notice.
                    """),
            new Template(
                    "XD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Review Determination

                    Date: {notice_us}
                    Member: {name}       Member ID: {member}
                    Authorization: {ref}
                    Drug: {drug}

                    Requested: 12 months of therapy
                    Determination: 3 months approved; the remaining 9 months are not
                    covered. Continued therapy will need a new request with a response
                    assessment. Reason: {reason}
                    You may appeal the reduction by {deadline_us}.
                    """),
            new Template(
                    "XD5",
                    "DENIAL",
                    false,
                    """
                    NOTICE OF DENIAL OF MEDICAL COVERAGE

                    Date: {notice_us}
                    Name: {name}
                    Member number: {member}

                    We have denied the medical item listed below that you or your doctor
                    asked for: {drug} injections given in the office.
                    Why: {reason}
                    You have the right to appeal our decision. Ask within {days} days of
                    the date of this notice.
                    """),
            new Template(
                    "XM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Pharmacy Management

                    Date: {notice_us}
                    Member: {name}     DOB: {dob_us}
                    Member ID: {member}
                    Drug: {drug}

                    PRIOR AUTHORIZATION FORM REQUIRED
                    We got a request for this drug without the plan's prior authorization
                    form. Please complete the enclosed form, including:
                    {items_list}
                    and fax it back so that the review can begin.
                    """),
            new Template(
                    "XM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    URGENT - EXPEDITED REVIEW

                    {payer} Clinical Services
                    Date: {notice_us}
                    Member: {nameLF}   Member ID: {member}
                    Case: {ref}

                    This request was filed as expedited. We need the following clinical
                    information within 24 hours to finish the review:
                    {items_list}
                    If we cannot get it in time, the case will move to standard review.
                    """),
            new Template(
                    "XM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Good afternoon,

                    I am the nurse reviewer for the {drug} request for {name}
                    (DOB {dob_us}). The chart you sent does not show:
                    {items_list}

                    Could you fax those over by {deadline_us}? Once I have them I can send
                    the case to our pharmacist.

                    Nurse reviewer, {payer} Utilization Management
                    """),
            new Template(
                    "XM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h2>Authorization {ref}</h2>
                    <p>Member: {name} &middot; ID {member} &middot; DOB {dob_us}</p>
                    <p>Medication: {drug}</p>
                    <p>Status: <b>Pending provider response</b></p>
                    <p>Reviewer note: send the following so we can finish the review:</p>
                    <ul>{items_html}</ul>
                    </body></html>
                    """),
            new Template(
                    "XM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Medical Necessity Questionnaire

                    Date: {notice_us}
                    Patient: {name}
                    ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    The questionnaire below must be completed by the prescriber and
                    returned before a coverage decision is made. Attach:
                    {items_checks}
                    Return by {deadline_us}.
                    """),
            new Template(
                    "XA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Approval Letter

                    {notice_long}

                    Dear {name},

                    Your doctor asked us to cover {drug}. We are happy to tell you that
                    we said yes. You can get this drug from {start_long} to {end_long}.
                    Member ID: {member}   Reference: {ref}
                    """),
            new Template(
                    "XA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h2>{pbm} ePA</h2>
                    <table>
                    <tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Member ID</td><td>{member}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Request ID</td><td>{ref}</td></tr>
                    <tr><td>Determination</td><td>Approved</td></tr>
                    <tr><td>Approval valid through</td><td>{end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "XA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Authorization: {ref}
                    Drug: {drug}

                    Renewal request: approved. Your doctor sent the records we need to
                    continue coverage. The authorization is extended through {end_us}.
                    """),
            new Template(
                    "XA4",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals Unit

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal: {appealref}

                    Your appeal for {drug} is successful. We looked again at the request
                    we turned down on {earlier_us}, with the new information, and we have
                    changed our decision in your favor. The drug is covered starting
                    {start_us}.
                    """),
            new Template(
                    "XA5",
                    "APPROVAL",
                    false,
                    """
                    {pbm}  PA NOTIFICATION

                    MEMBER: {nameUpper}
                    ID: {member}
                    CASE: {ref}
                    DRUG: {drug}
                    AUTH GRANTED {start_us} THRU {end_us}
                    """),
            new Template(
                    "XP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Dear {name},

                    Welcome! Your doctor sent your prescription for {drug} to us. Your
                    first fill is being prepared. A nurse will call to explain how to give
                    yourself the injection, and we will ship your medicine in a cooler.
                    """),
            new Template(
                    "XP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    REFILL AUTHORIZATION REQUEST

                    Date: {notice_us}
                    To: Prescriber
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    The prescription has no refills left. Please authorize additional
                    refills or send a new prescription so the patient does not miss a dose.
                    """),
            new Template(
                    "XP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Date: {notice_us}
                    Patient: {name}
                    Product: {drug}

                    Benefit update: the patient's plan, {payer}, approved the prior
                    authorization on {earlier_us}. We sent the prescription to the plan's
                    specialty pharmacy, which will contact the patient to arrange delivery.
                    """),
            new Template(
                    "XP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    The patient told us today that they want to stop this therapy, and
                    declined their next delivery. We have closed the prescription in our
                    system. Please contact the patient if you have concerns.
                    """),
            new Template(
                    "XP5",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Dear {name},

                    Your savings card for {drug} has paid most of your costs this year and
                    will soon reach its yearly maximum. After that, your share of the cost
                    may go up. Call us to learn about other support programs.
                    """),
            new Template(
                    "XO1",
                    "OTHER",
                    false,
                    """
                    Dermatology clinic - Patient Statement

                    Statement date: {notice_us}
                    Patient: {name}

                    Previous balance: $120.00
                    Payment received: $120.00
                    Balance due: $0.00

                    Thank you for your payment.
                    """),
            new Template(
                    "XO2",
                    "OTHER",
                    false,
                    """
                    DERMATOPATHOLOGY REPORT

                    Patient: {nameLF}    DOB: {dob_us}
                    Received: {earlier_us}

                    Specimen: skin, left elbow, punch biopsy
                    Diagnosis: psoriasiform dermatitis, consistent with psoriasis
                    Comment: no fungal organisms seen on special stain.
                    """),
            new Template(
                    "XO3",
                    "OTHER",
                    false,
                    """
                    NOW AVAILABLE FOR YOUR PATIENTS

                    A new autoinjector and a simpler dosing schedule for adults with
                    moderate to severe plaque psoriasis. Ask your representative for
                    samples and for patient brochures.

                    This fax was sent to dermatology practices. To stop receiving these
                    faxes, call the number below.
                    """),
            new Template(
                    "XO4",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Important: changes to your drug list

                    {name}
                    Member ID: {member}

                    Starting next year, some drugs on our list will move to a higher tier,
                    and some will need prior authorization or step therapy. If you take one
                    of these drugs, talk with your doctor. This is not a decision about any
                    request you made.
                    """),
            new Template(
                    "XO5",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Submission Confirmation

                    Date: {notice_us}
                    Patient: {name}
                    Request ID: {ref}
                    Drug: {drug}

                    Your prior authorization request was received and is in the queue for
                    review. Most requests are decided within 72 hours. You will get the
                    decision by fax. Please do not send the same request again.
                    """));
}
