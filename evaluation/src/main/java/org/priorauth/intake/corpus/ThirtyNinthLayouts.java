package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirty-ninth set of corpus layouts, held back whole: written after the rules and the letter model of
 * round 18 froze, and read once. Letters in the manner of plans and vendors not yet in the corpus: a Part D
 * redetermination, a Medicaid notice with its fair-hearing rights, a utilization vendor's fax form, a hub's
 * status report, a PBM's e-mail reply, and the inbox's ordinary mail.
 */
final class ThirtyNinthLayouts {

    private ThirtyNinthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BBD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Redetermination Notice

                    Enrollee: {name}        Member number: {member}
                    Case ID: {ref}

                    We have completed our redetermination of your request for {drug}.
                    We have again decided that this drug is not covered by your plan.
                    {reason}
                    If you disagree, you can ask for an independent review. Your request
                    must reach the reviewer within {days} days of the date of this notice.
                    """),
            new Template(
                    "BBD2",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicaid

                    NOTICE OF ACTION

                    To: {name}
                    Recipient ID: {member}

                    The service your provider asked for, {drug}, has been refused.
                    {reason}
                    You have the right to a fair hearing. You may keep getting services
                    you already have while you wait, if you ask within 10 days.
                    """),
            new Template(
                    "BBD3",
                    "DENIAL",
                    false,
                    """
                    Utilization Review Services for {payer}
                    FAX - PROVIDER NOTIFICATION

                    Patient: {nameLF}      DOB: {dob_us}
                    UR #: {ref}
                    Requested: {drug}, 12 fills
                    Authorized: 0

                    Determination rationale: {reason}
                    """),
            new Template(
                    "BBD4",
                    "DENIAL",
                    false,
                    """
                    From: {pbm} Prior Authorization
                    Subject: RE: {ref}

                    Hi, following up on your call. The request for {name} was reviewed
                    by our pharmacist and it was not a match for coverage. {reason}
                    A new request can be sent once the missing trial is documented.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BBA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Redetermination Notice

                    Enrollee: {name}        Member number: {member}
                    Case ID: {ref}

                    We have completed our redetermination and we changed our answer.
                    Your plan now covers {drug}. This coverage ends {end_us}. You may
                    need to ask for a new coverage determination before then.
                    """),
            new Template(
                    "BBA2",
                    "APPROVAL",
                    false,
                    """
                    Utilization Review Services for {payer}
                    FAX - PROVIDER NOTIFICATION

                    Patient: {nameLF}      DOB: {dob_us}
                    UR #: {ref}
                    Requested: {drug}, 12 fills
                    Authorized: 12 fills, {start_us} - {end_us}
                    """),
            new Template(
                    "BBA3",
                    "APPROVAL",
                    false,
                    """
                    From: {pbm} Prior Authorization
                    Subject: RE: {ref}

                    Hi, following up on your call. The request for {name} went through.
                    {drug} will adjudicate at any network pharmacy until {end_us}.
                    """),
            new Template(
                    "BBA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} | Authorization Inquiry</p>
                    <table><tr><th>Member</th><th>Auth</th><th>Drug</th><th>Decision</th><th>Through</th></tr>
                    <tr><td>{name}</td><td>{ref}</td><td>{drug}</td><td>Approved</td><td>{end_us}</td></tr></table>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BBM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Utilization Review Services for {payer}
                    FAX - PROVIDER NOTIFICATION

                    Patient: {nameLF}      DOB: {dob_us}
                    UR #: {ref}
                    Requested: {drug}

                    Review status: Pend - clinical information incomplete
                    Fax to 1-888-555-0147:
                    {items_list}
                    """),
            new Template(
                    "BBM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Medicaid

                    Provider: Dermatology Associates
                    Recipient: {name}      Recipient ID: {member}
                    Tracking: {ref}

                    We cannot finish our review of {drug} yet. The last clinic visit note
                    is more than 6 months old. A visit note from the last 90 days is
                    needed by {deadline_us}.
                    """),
            new Template(
                    "BBM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {pbm} Prior Authorization
                    Subject: RE: {ref}

                    Hi, following up on your call. Before the pharmacist can finish the
                    {drug} review for {name}, we need the patient's weight and the
                    dosing schedule you plan to use.{asks:prescription}
                    """),
            new Template(
                    "BBM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Our medical director has reviewed the request for {drug} and would
                    like to discuss it with the ordering physician before a decision is
                    made. Please schedule a peer-to-peer call by {deadline_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BBP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Patient Status Report

                    Patient: {name}
                    Product: {drug}

                    Benefits verification: complete
                    PA on file: yes
                    Next step: specialty pharmacy triage to {pharmacy}
                    """),
            new Template(
                    "BBP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    Refill reminder: the patient's next shipment is due. We need a new
                    prescription; the current one has no refills left.
                    """),
            new Template(
                    "BBP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The patient's insurance has not approved this drug yet. We are
                    holding the order. Please tell us once the prior authorization is
                    in place so we can run the claim again.
                    """),
            new Template(
                    "BBP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}

                    Good news: the patient was enrolled in the savings program for
                    {drug}. Enrollment is good for 12 months.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BBO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Relations

                    Your annual credentialing review is complete. No action is needed.
                    Your practice stays in network through next year.
                    """),
            new Template(
                    "BBO2",
                    "OTHER",
                    false,
                    """
                    Valley Family Medicine

                    RE: {name}      DOB: {dob_us}

                    Thank you for seeing our patient. Please send your consult note and
                    any biologic plan to our office when available.
                    """),
            new Template(
                    "BBO3",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Re: {name}

                    This letter confirms that we received the request for an appeal of
                    our decision on {drug}. We will let you know the result within 30
                    days.
                    """),
            new Template(
                    "BBO4",
                    "OTHER",
                    false,
                    """
                    From: front desk
                    Subject: message for the PA team

                    {name} called and asked when the {drug} will be approved. She said
                    she can be reached after 3 pm.
                    """));
}
