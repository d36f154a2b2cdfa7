package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twenty-first set of corpus layouts, held back whole: written after the rules and the letter model of
 * commit dfb81bd froze, and committed before its one evaluation. A denial in four headed sections, an approval
 * "with the following change", a payer representative's e-mail, an independent review entity siding with the
 * plan, a pending notice listing what is missing, a questionnaire to complete, a member told what was asked of
 * the doctor, a portal's documentation request, an approval notification table, an exception granted, a
 * re-authorization, a member's approval in plain words, a pharmacy's intake, a hub's enrolment, a cold-chain
 * delivery, a pharmacy relaying the approval, a referral, a P&T committee update, an appeal acknowledgement
 * and a webinar invitation.
 */
final class TwentyFirstLayouts {

    private TwentyFirstLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "JD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization

                    Member: {name}       Member ID: {member}
                    Reference: {ref}

                    What we reviewed: a request for {drug}.
                    What we decided: we are not covering this drug.
                    Why: {reason}
                    What you can do: you can appeal within {days} days of {notice_us}.
                    """),
            new Template(
                    "JD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}       ID: {member}
                    Case: {ref}

                    The request for {drug} is approved with the following change: the
                    quantity is limited to one syringe every 28 days instead of two.
                    {reason}
                    """),
            new Template(
                    "JD3",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Provider Relations <provider.relations@plan.example>
                    To: pa-desk@clinic.example
                    Subject: {ref}

                    Hi, the PA for {name} came back denied on our side. The reviewer's
                    note says: {reason} The letter is going out in the mail today.
                    """),
            new Template(
                    "JD4",
                    "DENIAL",
                    false,
                    """
                    Medicare Part D Independent Review Entity

                    Enrollee: {name}
                    Appeal number: {appealref}
                    Drug: {drug}

                    We reviewed the plan's denial of your request. We agree with the
                    plan: the drug is not covered for you. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "JM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    PA STATUS: PENDING

                    Patient: {nameLF}     DOB: {dob_us}
                    Case: {ref}
                    Drug: {drug}

                    Missing information:
                    {items_list}
                    Submit by fax. Include the case number on every page.
                    """),
            new Template(
                    "JM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Reference: {ref}

                    We are unable to complete our review of {drug} at this time. Please
                    have the prescriber complete the attached questionnaire and return
                    it by {deadline_us}.
                    """),
            new Template(
                    "JM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    We need more information from your doctor before we can decide about
                    {drug}. We have asked your doctor for it. If we do not get it by
                    {deadline_long}, we will decide based on what we have.
                    """),
            new Template(
                    "JM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{payer} | Authorization Request {ref}</h3>
                    <p>Member: {name}</p>
                    <p>Additional documentation is needed to process this request for {drug}:</p>
                    <ul>{items_html}</ul>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "JA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    PRIOR AUTHORIZATION APPROVAL NOTIFICATION

                    The following request has been approved:
                    Patient ......... {nameLF}
                    Drug ............ {drug}
                    PA number ....... {ref}
                    Effective ....... {start_us} to {end_us}
                    """),
            new Template(
                    "JA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}     Member ID: {member}
                    Reference: {ref}

                    Your coverage exception request for {drug} has been granted. The drug
                    will be covered at the non-preferred brand copay until {end_us}.
                    """),
            new Template(
                    "JA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}  PA UNIT
                    RE-AUTHORIZATION APPROVED
                    {name} / {drug} / auth {ref}
                    New end date {end_us}
                    """),
            new Template(
                    "JA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Your medicine, {drug}, is approved. Your approval starts on
                    {start_long} and ends on {end_long}. Ask your doctor to send a new
                    request before it ends if you still need the medicine.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "JP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    New Prescription Intake

                    Patient: {name}      DOB: {dob_us}
                    Medication: {drug}

                    We received the new prescription. The patient's plan requires prior
                    authorization, and we have started the request electronically for your
                    office to complete.
                    """),
            new Template(
                    "JP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    Enrollment is complete. A copay card has been issued to the patient and
                    linked to the dispensing pharmacy.
                    """),
            new Template(
                    "JP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {nameLF}
                    Rx: {drug}

                    Delivery is scheduled for {start_us} in cold-chain packaging. Someone
                    must be home to receive it.
                    """),
            new Template(
                    "JP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    To: prescriber office
                    Patient: {name}
                    Medication: {drug}

                    Good news: we received the plan's approval of the prior authorization
                    and will ship the first fill this week.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "JO1",
                    "OTHER",
                    false,
                    """
                    Lakeside Family Medicine

                    Referral to dermatology
                    Patient: {name}      DOB: {dob_us}
                    Reason for referral: plaque psoriasis not controlled with topicals.
                    Please schedule a consultation.
                    """),
            new Template(
                    "JO2",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Pharmacy and Therapeutics Committee Update

                    The committee reviewed the dermatology drug class this quarter. Two
                    products move to a higher tier next year. No current authorizations
                    are affected.
                    """),
            new Template(
                    "JO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeal Acknowledgment

                    Member: {name}
                    Appeal number: {appealref}

                    This confirms that we received your appeal on {earlier_us} about our
                    decision on {drug}. You will get our decision in writing.
                    """),
            new Template(
                    "JO4",
                    "OTHER",
                    false,
                    """
                    Free Webinar for Dermatology Offices

                    Learn how to get biologic prior authorizations approved faster. Join
                    us next Thursday at noon. Register at the link in this fax.
                    """));
}
