package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirteenth set of corpus layouts, held back whole: written after the rules and the letter model of
 * commit f754df0 were frozen, and evaluated once. Four of each type.
 */
final class ThirteenthLayouts {

    private ThirteenthLayouts() {}

    static final List<Template> ALL = List.of(
            new Template(
                    "TD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage Review Outcome

                    Date: {notice_us}
                    Member: {name}       Member ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    Outcome: the plan cannot cover this medication.
                    Clinical reason: {reason}
                    Appeal deadline: {deadline_us}
                    """),
            new Template(
                    "TD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    {notice_long}

                    Dear Doctor,

                    The prior authorization you submitted for {name} has been reviewed.
                    Unfortunately, {drug} will not be authorized. {reason}
                    If you wish, you can request a peer-to-peer review or file an appeal.
                    Reference: {ref}
                    """),
            new Template(
                    "TD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Authorization: {ref}

                    Your request for {drug} was approved for 8 weeks only, not for the
                    6 months requested. Coverage after 8 weeks needs proof of response.
                    You may appeal the shorter approval by {deadline_us}.
                    """),
            new Template(
                    "TD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals Committee

                    Date: {notice_us}
                    Member: {name}
                    Appeal number: {appealref}
                    Drug: {drug}

                    The committee has considered your appeal. We are unable to change our
                    decision, and the drug remains not covered. {reason}
                    """),
            new Template(
                    "TM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    Please supply the following within 10 days so that we can complete the
                    prior authorization review:
                    {items_list}
                    """),
            new Template(
                    "TM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    We are holding this request for {drug} open. The prescriber has not
                    yet answered our questions from {earlier_us}. Please reply by
                    {deadline_us}.
                    """),
            new Template(
                    "TM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Documentation Request

                    Member: {name}      DOB: {dob_us}
                    Member ID: {member}
                    Case: {ref}

                    The case for {drug} is missing supporting documentation. Submit:
                    {items_list}
                    """),
            new Template(
                    "TM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Medical Review

                    {notice_long}

                    RE: {name}
                    Member ID: {member}
                    Case: {ref}

                    Our medical reviewer has requested a peer-to-peer conversation with
                    the ordering physician before finalizing the review of {drug}.
                    """),
            new Template(
                    "TA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Coverage Review Outcome

                    Date: {notice_us}
                    Member: {name}       Member ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    Outcome: the plan will cover this medication from {start_us} through
                    {end_us}.
                    """),
            new Template(
                    "TA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    {notice_long}

                    Dear Doctor,

                    The prior authorization you submitted for {name} has been reviewed,
                    and {drug} is authorized through {end_long}. Reference: {ref}
                    """),
            new Template(
                    "TA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals Committee

                    Date: {notice_us}
                    Member: {name}
                    Appeal number: {appealref}
                    Drug: {drug}

                    The committee has considered your appeal and agrees with you. The drug
                    is now covered, and the first decision no longer applies.
                    """),
            new Template(
                    "TA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm} PA RESULT

                    PATIENT: {nameUpper}
                    ID: {member}
                    PA: {ref}
                    DRUG: {drug}
                    RESULT: APPROVED FOR 12 MONTHS
                    """),
            new Template(
                    "TP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Dear {name},

                    Your order of {drug} is packed and will leave our pharmacy tonight.
                    Please store it in the refrigerator when it arrives.
                    """),
            new Template(
                    "TP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}     DOB: {dob_us}
                    Drug: {drug}

                    The insurance rejected the claim at the pharmacy with the message
                    "prior authorization required". Please start a PA with the plan.
                    """),
            new Template(
                    "TP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Date: {notice_us}
                    Patient: {name}
                    Product: {drug}

                    Good news: the plan approved the prior authorization. We have asked
                    the specialty pharmacy to contact the patient to schedule the first
                    delivery.
                    """),
            new Template(
                    "TP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Hi {name},

                    We noticed your insurance changed. Please send us a photo of your new
                    card so we can keep filling your {drug} without delays.
                    """),
            new Template(
                    "TO1",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals

                    Date: {notice_us}
                    Member: {name}
                    Appeal number: {appealref}

                    We got your appeal about {drug}. It is now with a reviewer. We will
                    mail you our decision; you do not need to call us.
                    """),
            new Template(
                    "TO2",
                    "OTHER",
                    false,
                    """
                    Pediatric Dermatology Group
                    Transfer of Care

                    Patient: {name}     DOB: {dob_us}

                    This patient turned 18 and will continue care at your clinic. A copy
                    of the last visit note and the medication list are attached.
                    """),
            new Template(
                    "TO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Annual Notice of Changes

                    Dear member,

                    This notice tells you about changes to your plan's costs and benefits
                    for next year. Read it and decide whether the plan still meets your
                    needs. Open enrollment runs from October 15 to December 7.
                    """),
            new Template(
                    "TO4",
                    "OTHER",
                    false,
                    """
                    FAX COVER SHEET

                    To: Dermatology
                    From: {pharmacy}
                    Date: {notice_us}
                    Number of pages including this one: 1

                    Sorry, the attachment did not go through. We will fax it again.
                    """));
}
