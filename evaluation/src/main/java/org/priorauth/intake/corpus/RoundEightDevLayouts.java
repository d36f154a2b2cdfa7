package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighteenth set of corpus layouts, all dev. Still aimed at the held-back confusion matrices' aggregates:
 * partial approvals of yet other kinds (one drug of two, the generic only, a renewal cut short), full
 * approvals that name the plan's usual limits or appeal rights and must stay approvals, requests for
 * information worded as questions or as form sections, manufacturer letters that are no hub notice, and
 * pharmacies relaying a plan's "no".
 */
final class RoundEightDevLayouts {

    private RoundEightDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Reference: {ref}

                    You asked us to cover two drugs. We approved the topical cream. We
                    did not approve {drug}. {reason}
                    """),
            new Template(
                    "BD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Decision Letter

                    Patient: {name}
                    Case: {ref}

                    Coverage applies to the generic equivalent only. The brand
                    {drug} requested by the prescriber will not be covered. {reason}
                    """),
            new Template(
                    "BD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Renewal Review

                    Member: {name}      Member ID: {member}
                    Authorization: {ref}

                    The renewal of {drug} is authorized for 3 months rather than the 12
                    months requested, to allow a check of the response. {reason}
                    """),
            new Template(
                    "BD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    We have completed our review of your doctor's request for {drug}.
                    We are sorry, but this medicine is not something your plan can pay
                    for. {reason} You or your doctor may appeal this decision.
                    """),
            new Template(
                    "BD5",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Member: {nameLF}        ID: {member}
                    PA: {ref}

                    Drug .................. {drug}
                    Outcome ............... Not covered
                    Explanation ........... {reason}
                    """),
            new Template(
                    "BD6",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Final Appeal Decision

                    Member: {name}
                    Appeal: {appealref}

                    The appeal committee met on {earlier_us} and voted to keep the
                    decision on {drug} in place. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}
                    Drug: {drug}

                    Has the patient used a biologic before? If so, which one, for how
                    long, and why was it stopped? Your answers will let the reviewer
                    complete the file.{asks:prior therapy history}
                    """),
            new Template(
                    "BM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Prior Authorization Form - Returned

                    Patient: {name}      DOB: {dob_us}
                    Case: {ref}

                    Section C (clinical history) and Section D (prescriber attestation)
                    are blank. Complete both sections and fax the form again.
                    """),
            new Template(
                    "BM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Case: {ref}

                    The prescriber's NPI on the request does not match our records, so
                    the request for {drug} cannot be reviewed yet. Send the correct NPI.
                    """),
            new Template(
                    "BM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Utilization Management <um@plan.example>
                    To: pa-desk@clinic.example
                    Subject: {ref} - documents required

                    Good morning. For {name}'s {drug} request we still require the
                    following before review:
                    {items_list}
                    """),
            new Template(
                    "BM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Telephone Request Log

                    Case: {ref}
                    Member: {name}

                    Called the prescriber's office today and left a message asking for
                    the most recent visit note for the {drug} request. Awaiting call back.
                    """),
            new Template(
                    "BM6",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    The quantity on the request is more than the labeled dose. Please
                    explain the reason for the higher quantity of {drug}, or change the
                    request to the labeled dose.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Authorization: {ref}

                    {drug} is approved. The plan's usual quantity limit of 2 pens per
                    28 days applies, which is what was prescribed. Approval ends on
                    {end_us}.
                    """),
            new Template(
                    "BA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    Approved as submitted: {drug}. If anything in this approval is not
                    what you expected, you have the right to ask us to look at it again.
                    """),
            new Template(
                    "BA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Authorization Confirmation

                    Member: {nameLF}
                    Authorization number: {ref}
                    Service: {drug}
                    Start: {start_us}
                    End: {end_us}
                    Decision: Authorized in full
                    """),
            new Template(
                    "BA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Your request for {drug} was reviewed and we have decided in your
                    favor. This means the plan will cover the medicine for one year.
                    """),
            new Template(
                    "BA5",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Step Therapy Exception

                    Member: {name}
                    Case: {ref}

                    The exception to the step therapy requirement is granted. The member
                    does not need to try the preferred drug first; {drug} will be covered.
                    """),
            new Template(
                    "BA6",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    We originally denied this request on {earlier_us}. Your appeal showed
                    the patient had tried two other biologics. {drug} is now approved
                    through {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Drug: {drug}
                    Plan: {payer}

                    The plan turned down the prior authorization for this drug. We can
                    fill it as soon as a new approval or a different prescription is
                    on file. Please let us know how you would like to proceed.
                    """),
            new Template(
                    "BP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    The foundation that we applied to on the patient's behalf does not
                    have funds for this disease at present. We will apply again next
                    month and let you know.
                    """),
            new Template(
                    "BP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient Onboarding

                    Patient: {nameLF}
                    Medication: {drug}

                    Our welcome call with the patient is complete. Insurance, copay and
                    delivery address are confirmed. First delivery: {start_us}.
                    """),
            new Template(
                    "BP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    The plan asked the patient to use a different specialty pharmacy. We
                    have moved the patient's case to that pharmacy; it will contact the
                    patient about the first shipment.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BO1",
                    "OTHER",
                    false,
                    """
                    Manufacturer Medical Information

                    Thank you for your question about storing a biologic pen at room
                    temperature. The enclosed summary gives the stability data. This
                    letter is not a promotion of any product.
                    """),
            new Template(
                    "BO2",
                    "OTHER",
                    false,
                    """
                    REMS Program Notice

                    Prescribers of certain oral immunomodulators must complete the
                    program's training before prescribing. Your certification expires
                    next month; renew online.
                    """),
            new Template(
                    "BO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Claim Denial Notice - Office Services

                    Member: {name}        Member ID: {member}
                    Claim: 9910-4471

                    The claim for an office visit was not paid because the visit was
                    billed with an inactive provider number. Please correct and resubmit
                    the claim.
                    """),
            new Template(
                    "BO4",
                    "OTHER",
                    false,
                    """
                    Product Discontinuation Notice

                    The manufacturer will stop making one strength of a topical cream at
                    the end of the year. Other strengths remain available. Pharmacies have
                    been informed.
                    """),
            new Template(
                    "BO5",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Thank you for being a member. Your annual notice of changes is
                    enclosed. It explains the changes to your plan's costs and covered
                    drugs starting January 1.
                    """),
            new Template(
                    "BO6",
                    "OTHER",
                    false,
                    """
                    Dermatology clinic - internal

                    To: PA desk
                    From: nurse line

                    {name} says the pharmacy told her the insurance approved {drug},
                    but nothing has come in from the plan yet. Can you check the portal?
                    """));
}
