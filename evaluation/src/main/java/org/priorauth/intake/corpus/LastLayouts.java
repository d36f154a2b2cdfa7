package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninth set of corpus layouts, held back whole: written after the rules and the letter model of commit
 * d09ce59 were frozen, and evaluated once. Four of each type, among them a request "modified", an appeal
 * denied as "correct", a payer's one-question e-mail, "insufficient information", a hub's copay assistance
 * "approved", a pharmacy that sent the office a PA request, an appeal "logged", a lab requisition.
 */
final class LastLayouts {

    private LastLayouts() {}

    static final List<Template> ALL = List.of(
            new Template(
                    "LD1",
                    "DENIAL",
                    false,
                    """
                    {payer} - Utilization Management Determination

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Reference: {ref}

                    The requested medication, {drug}, has not been approved. Medical
                    necessity was not established based on the records received.
                    Specifically: {reason}
                    An appeal may be requested within {days} days of the date of this notice.
                    """),
            new Template(
                    "LD2",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    We regret to inform you that the prior authorization request for
                    {drug} could not be approved at this time. {reason}
                    Please see the enclosed notice of your appeal rights.
                    Member ID: {member}
                    """),
            new Template(
                    "LD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Prior Authorization Notice

                    Patient: {name}    DOB: {dob_us}
                    Member ID: {member}
                    Case: {ref}
                    Drug: {drug}

                    Your request was modified.
                    Requested: 4 units per 28 days
                    Authorized: 2 units per 28 days
                    Reason for the change: {reason}
                    """),
            new Template(
                    "LD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals Department

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}
                    Drug: {drug}

                    Your appeal is denied. After a full review, we find that the original
                    determination was correct. {reason}
                    You may request an external review by {deadline_us}.
                    """),
            new Template(
                    "LM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Case: {ref}
                    Drug: {drug}

                    Status: pending - awaiting clinical documentation from the prescriber.
                    Outstanding items:
                    {items_list}
                    """),
            new Template(
                    "LM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    {notice_long}

                    Patient: {name}
                    ID: {member}
                    Reference: {ref}

                    To help us make a decision on {drug}, please answer the questions on
                    the enclosed form and return it with:
                    {items_list}
                    """),
            new Template(
                    "LM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Hi,

                    Quick question on the PA for {name} ({drug}): can you confirm whether
                    the patient has tried methotrexate or cyclosporine, and when? We need
                    this to move forward with the review.

                    Thanks,
                    {payer} prior authorization team
                    """),
            new Template(
                    "LM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Prior Authorization Review

                    Date: {notice_us}
                    Patient: {nameLF}     DOB: {dob_us}
                    Member ID: {member}
                    Reference: {ref}

                    There is insufficient information to make a determination on the
                    request for {drug}. Submit the following by {deadline_us}:
                    {items_list}
                    """),
            new Template(
                    "LA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Patient: {name}      Member ID: {member}
                    Drug: {drug}

                    Authorization approved. Your authorization number is {ref}.
                    Approved units: 2 per 28 days, {start_us} through {end_us}.
                    """),
            new Template(
                    "LA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Hello {name},

                    We're happy to let you know your request for {drug} has been
                    approved! You can pick up or receive your medication as usual.
                    Member ID: {member}
                    """),
            new Template(
                    "LA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}

                    Your appeal for {drug} was approved. We've reversed our earlier
                    decision and the drug is now covered through {end_us}.
                    """),
            new Template(
                    "LA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>Prior authorization {ref}</h3>
                    <p>Patient: {name} ({dob_us})</p>
                    <p>Drug: {drug}</p>
                    <p>Case closed &ndash; approved. Approval dates: {start_us} to {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "LP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Hi {name},

                    Your prescription for {drug} has shipped! Estimated delivery: tomorrow
                    by 8 PM. Someone 18 or older may need to sign for the package.
                    """),
            new Template(
                    "LP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}      DOB: {dob_us}
                    Drug: {drug}

                    Benefit check complete: the patient's plan requires prior
                    authorization. We have sent a PA request to your office through your
                    ePA inbox. We will fill the prescription once the plan approves it.
                    """),
            new Template(
                    "LP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Date: {notice_us}
                    Patient: {name}
                    Product: {drug}

                    Copay assistance approved. The patient's maximum program benefit is
                    $15,000 per calendar year. The specialty pharmacy has the card details.
                    """),
            new Template(
                    "LP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Onboarding Summary

                    Patient: {name}
                    Medication: {drug}

                    Onboarding call completed. The patient prefers deliveries on Tuesdays
                    and was taught how to use the pen. The first shipment is set.
                    """),
            new Template(
                    "LO1",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}

                    Your appeal request has been logged under the number above. A clinical
                    reviewer will be assigned. Expect our written decision within 30
                    calendar days.
                    """),
            new Template(
                    "LO2",
                    "OTHER",
                    false,
                    """
                    LABORATORY REQUISITION

                    Patient: {nameLF}      DOB: {dob_us}
                    Ordering provider: Dermatology clinic
                    Tests ordered: CBC with differential, hepatic panel, QuantiFERON
                    Diagnosis: L40.0 psoriasis vulgaris
                    Fasting: not required
                    """),
            new Template(
                    "LO3",
                    "OTHER",
                    false,
                    """
                    NEW PATIENT QUESTIONNAIRE

                    Name: {name}
                    Date of birth: {dob_us}

                    What brings you in today? Itchy rash on arms and legs for 2 years.
                    Current medications: none
                    Allergies: penicillin
                    """),
            new Template(
                    "LO4",
                    "OTHER",
                    false,
                    """
                    Voicemail transcript

                    Received: {notice_us} 9:14 AM
                    Caller: {name}

                    Hi, this is a message for the front desk. I need to move my appointment
                    next week to the afternoon if possible. Please call me back. Thank you.
                    """));
}
