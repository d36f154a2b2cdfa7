package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventeenth set of corpus layouts, held back whole: written after the rules and the letter model of
 * commit 9411c4c froze, and committed before its one evaluation. A state Medicaid "disapproved", an unfavorable
 * Part D coverage determination, a loading dose left out, a reconsideration affirmed, an incomplete-request
 * notice, records asked for a pending case, a terse "pended" line, a pend notice to the member, favorable and
 * confirming approvals, an external review that overturns, a portal line with pipes, a copay program's
 * approval, a rejected pharmacy claim, a weather delay, an attorney's records request, a lone cover sheet, an
 * explanation of benefits, and the practice's own letter of medical necessity faxed back.
 */
final class SeventeenthLayouts {

    private SeventeenthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "HD1",
                    "DENIAL",
                    false,
                    """
                    STATE MEDICAID PHARMACY PROGRAM
                    NOTICE OF PRIOR AUTHORIZATION DECISION

                    Recipient: {name}          Recipient ID: {member}
                    PA number: {ref}
                    Drug: {drug}

                    Status: DISAPPROVED
                    Explanation: {reason}

                    The recipient may request a fair hearing within {days} days of the
                    date of this notice, {notice_us}.
                    """),
            new Template(
                    "HD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Medicare Part D Coverage Determination

                    Beneficiary: {nameLF}
                    Case ID: {ref}

                    Coverage determination: UNFAVORABLE
                    Drug: {drug}
                    {reason}
                    If you disagree, you may request a redetermination.
                    """),
            new Template(
                    "HD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}    Member ID: {member}
                    Authorization: {ref}

                    We approved {drug} at 2 pens every 28 days for maintenance. We did
                    not approve the loading dose of 4 pens in the first month. {reason}
                    """),
            new Template(
                    "HD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Reconsideration Outcome

                    Member: {name}
                    Reconsideration number: {appealref}

                    Your request for reconsideration of the decision on {drug} has been
                    completed. The plan's original determination is affirmed. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "HM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    NOTICE OF INCOMPLETE REQUEST

                    Member: {name}     DOB: {dob_us}
                    Request number: {ref}
                    Medication: {drug}

                    Before we can process this request, we need:
                    {items_list}
                    Return these by {deadline_us}.
                    """),
            new Template(
                    "HM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Medical Records Request - Prior Authorization {ref}

                    Patient: {name}

                    To finish the clinical review of {drug}, please provide the most
                    recent office notes and any photographs of the affected areas.{asks:chart notes|photos}
                    """),
            new Template(
                    "HM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}   PA DESK

                    {ref}  {nameUpper}  {drug}
                    CASE PENDED - AWAITING CLINICALS FROM PRESCRIBER
                    """),
            new Template(
                    "HM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    We asked your doctor for more information about the request for
                    {drug}. We have not made a decision yet. Once your doctor sends it,
                    we will review the request and write to you.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "HA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Coverage determination: FAVORABLE
                    Member: {name}       ID: {member}
                    Case: {ref}
                    Drug: {drug}
                    Approved quantity: 2 pens per 28 days
                    Approval period: {start_us} - {end_us}
                    """),
            new Template(
                    "HA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Re: {name}, Member ID {member}

                    This letter confirms that {drug} has been authorized under
                    reference {ref} through {end_us}. Please keep this letter with the
                    patient's records.
                    """),
            new Template(
                    "HA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Independent External Review

                    Enrollee: {name}
                    Case: {ref}

                    The independent review organization reversed the plan's denial of
                    {drug}. The plan must provide coverage within 72 hours of this notice.
                    """),
            new Template(
                    "HA4",
                    "APPROVAL",
                    false,
                    """
                    {payer} provider portal - printout

                    {ref} | {name} | {drug} | Auth status: APPROVED | {start_us} - {end_us}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "HP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Referral received for {name}
                    Medication: {drug}

                    Thank you for the referral. We are verifying the patient's benefits
                    and will let you know what the plan requires before the first fill.
                    """),
            new Template(
                    "HP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    The patient has been approved for the copay program. The card has
                    been activated and the pharmacy has the card details.
                    """),
            new Template(
                    "HP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    PRESCRIBER ALERT

                    Patient: {nameLF}      DOB: {dob_us}
                    Drug: {drug}

                    Claim rejected by plan: 75 - Prior Authorization Required.
                    Please start a prior authorization with the patient's plan. We will
                    fill the prescription once the plan approves it.
                    """),
            new Template(
                    "HP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Medication: {drug}

                    Because of severe weather at our distribution center, this shipment
                    is delayed. The new delivery date is {start_us}. The patient has been
                    told.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "HO1",
                    "OTHER",
                    false,
                    """
                    Hartwell & Lowe LLP

                    Re: {name}, DOB {dob_us}

                    Our office represents the above-named individual. Enclosed is a signed
                    authorization. Please forward copies of all records from the past
                    five years to our office.
                    """),
            new Template(
                    "HO2",
                    "OTHER",
                    false,
                    """
                    FAX COVER SHEET

                    To: Prior Authorization Desk
                    From: {payer}
                    Pages: 1 (including cover)
                    Re: your request

                    CONFIDENTIAL: this fax may contain protected health information.
                    """),
            new Template(
                    "HO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    EXPLANATION OF BENEFITS - THIS IS NOT A BILL

                    Member: {name}        Member ID: {member}

                    Service            Billed     Plan paid    You owe
                    Office visit       $180.00    $132.00      $48.00
                    """),
            new Template(
                    "HO4",
                    "OTHER",
                    false,
                    """
                    LETTER OF MEDICAL NECESSITY

                    To whom it may concern:

                    I am writing on behalf of my patient, {name}, DOB {dob_us}, to request
                    coverage of {drug}. The patient has moderate to severe disease that has
                    not responded to topical therapy. I ask that you approve this request.

                    Sincerely,
                    Dermatology Clinic
                    """));
}
