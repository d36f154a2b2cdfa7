package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventh set of corpus layouts, held back whole: written after the rules and the letter model of commit
 * 2d9030a were frozen, and evaluated once. Four of each type, worded unlike the earlier sets where that could
 * be managed: "not covered for your condition", "the denial stands", a request held as incomplete, "approved as
 * submitted", a pharmacy asked for an early refill, a payer's fax-number change, a privacy notice.
 */
final class FreshLayouts {

    private FreshLayouts() {}

    static final List<Template> ALL = List.of(
            new Template(
                    "ZD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    {name}
                    Member ID: {member}

                    After reviewing the information from your doctor, we have determined
                    that {drug} is not covered for your condition under your plan's
                    guidelines. {reason}
                    If you think we made a mistake, you can ask for an appeal within {days}
                    days of the date of this notice.
                    """),
            new Template(
                    "ZD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    PA DETERMINATION

                    Patient: {nameLF}
                    DOB: {dob_us}
                    Member ID: {member}
                    PA case: {ref}
                    Drug: {drug}

                    Determination: Declined
                    Basis: step therapy requirement not satisfied. {reason}
                    """),
            new Template(
                    "ZD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Authorization Decision Summary

                    Member: {name}     Member ID: {member}
                    Authorization: {ref}
                    Drug: {drug}

                    Approved: maintenance dosing, every 4 weeks, 6 months
                    Not approved: loading doses at weeks 0 and 4
                    Explanation: {reason}
                    You may appeal the part that was not approved by {deadline_us}.
                    """),
            new Template(
                    "ZD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals Review

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}
                    Drug: {drug}

                    Your appeal has been reviewed by a physician who was not involved in
                    the first decision. The denial stands. {reason}
                    You may ask for an independent external review within {days} days of
                    the date of this notice.
                    """),
            new Template(
                    "ZM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}    DOB: {dob_us}
                    Member ID: {member}
                    Request: {ref}
                    Drug: {drug}

                    This request is incomplete and is being held. Items outstanding:
                    {items_list}
                    Send them by {deadline_us}, or the request will be closed.
                    """),
            new Template(
                    "ZM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Notice: Pended for Clinical Review

                    Patient: {name}
                    ID: {member}
                    Case: {ref}
                    Drug: {drug}

                    The prescriber must submit the following before the clinical review:
                    {items_list}
                    """),
            new Template(
                    "ZM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Patient: {name}
                    Member ID: {member}
                    Reference: {ref}

                    The plan would like more information about your patient before making
                    a decision on {drug}:
                    {items_list}
                    You can fax these to the number at the top of this page.
                    """),
            new Template(
                    "ZM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Prior Authorization

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Case: {ref}

                    Follow-up: we have not yet received the documents we requested on
                    {earlier_us} for {drug}. Please forward them as soon as possible so
                    that the review is not delayed.
                    """),
            new Template(
                    "ZA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {name}       DOB: {dob_us}
                    Member ID: {member}
                    Request ID: {ref}
                    Drug: {drug}

                    Approved as submitted.
                    Authorization period: {start_us} - {end_us}
                    """),
            new Template(
                    "ZA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear Doctor,

                    We are pleased to let you know that coverage for {drug} for your patient
                    {name} has been authorized from {start_long} through {end_long}.
                    Member ID: {member}.  Authorization: {ref}.
                    """),
            new Template(
                    "ZA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}

                    Decision on your appeal: in your favor. We looked at your appeal about
                    {drug} and we now cover it. We are sorry for the trouble the first
                    decision caused.
                    """),
            new Template(
                    "ZA4",
                    "APPROVAL",
                    false,
                    """
                    PA APPROVAL NOTIFICATION

                    From: {pbm}
                    Patient: {nameUpper}
                    Member ID: {member}
                    PA #: {ref}
                    Medication: {drug}
                    Effective date: {start_us}
                    Expiration date: {end_us}
                    """),
            new Template(
                    "ZP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Hello {name},

                    Your specialty medication, {drug}, is ready. Please confirm your
                    delivery date and address by replying to this message or calling our
                    care team. We cannot send it until you confirm.
                    """),
            new Template(
                    "ZP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}     DOB: {dob_us}
                    Product: {drug}

                    We verified the patient's benefits with {payer}. A prior authorization
                    is required. Our access specialist can help your staff with the forms
                    and will follow the request until the plan answers.
                    """),
            new Template(
                    "ZP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    The patient asked for an early refill because of travel abroad next
                    month. The plan may not pay for an early fill without a vacation
                    override. Please advise whether you support the early refill.
                    """),
            new Template(
                    "ZP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    Patient: {name}
                    Medication: {drug}

                    The plan approved the prior authorization, but the patient's cost for
                    each fill is $4,500. The patient says they cannot afford it. We are
                    enrolling them in the manufacturer's copay card before we ship.
                    """),
            new Template(
                    "ZO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Important Notice for Providers

                    Our fax number for prior authorization requests is changing on
                    January 1. Requests sent to the old number after that date will not
                    be received. Electronic requests through the portal are not affected.
                    """),
            new Template(
                    "ZO2",
                    "OTHER",
                    false,
                    """
                    Northside Primary Care
                    PROGRESS NOTE

                    Patient: {name}      DOB: {dob_us}
                    Visit: {earlier_us}

                    Seen for a follow-up of blood pressure. Doing well on current
                    medication. Skin is followed by dermatology, currently on {drug}.
                    Plan: recheck in 6 months.
                    """),
            new Template(
                    "ZO3",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals and Grievances

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}

                    We received your request for an appeal about {drug} and gave it the
                    number above. Please use this number if you call us. A decision will
                    be sent to you and your doctor in writing.
                    """),
            new Template(
                    "ZO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Notice of Privacy Practices

                    This notice describes how medical information about you may be used
                    and disclosed and how you can get access to this information. Please
                    review it carefully. You have the right to get a copy of your health
                    records and to ask us to correct them.
                    """));
}
