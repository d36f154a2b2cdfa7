package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninety-sixth set of corpus layouts, held back whole: written after the rules and model of 2c406c4 froze.
 * A Medicaid plan's adverse determination with its fair-hearing page, a portal's e-mail of a determination, a
 * quantity cut by a pharmacy benefit manager, a step-therapy denial behind a fax cover, a pend notice that warns of
 * a decision on the records at hand, a questionnaire behind a request, a nurse reviewer's call written down, a
 * certification on a portal, an approval after a peer-to-peer talk, a hub's welcome packet, a pharmacy that cannot
 * fill, a prescription moved to the plan's pharmacy, an appeal receipt with a summary of rights, a lab report behind
 * a cover sheet, a plan's formulary bulletin, a patient asking whether the drug was approved.
 */
final class NinetySixthLayouts {

    private NinetySixthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CAD1",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicaid Managed Care
                    NOTICE OF ADVERSE BENEFIT DETERMINATION
                    Date: {notice_us}

                    Enrollee: {name}     Enrollee ID: {member}
                    Authorization number: {ref}
                    Service requested: {drug}

                    We have decided to deny the service listed above.
                    The reason for our decision: {reason}
                    \f
                    YOUR RIGHT TO A STATE FAIR HEARING
                    After an appeal with us, you may ask for a State Fair Hearing.
                    A hearing officer will listen to you and to us and decide. You
                    may bring a friend, a relative or a lawyer. Benefits may
                    continue during the hearing if you ask in time.
                    """),
            new Template(
                    "CAD2",
                    "DENIAL",
                    false,
                    """
                    Subject: Determination available - case {ref}

                    A determination has been made on case {ref} for {name}
                    ({drug}).

                    Result: Adverse - not medically necessary
                    Rationale: {reason}

                    Log in to the provider portal to view the full letter and
                    appeal options. This mailbox is not monitored.
                    """),
            new Template(
                    "CAD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Quantity Limit Review

                    Patient: {name}    DOB: {dob_us}    Ref: {ref}
                    Medication: {drug}

                    You asked for 4 pens every 28 days. We can cover 2 pens every
                    28 days, the plan's limit for this drug. The request for the
                    higher amount was denied. {reason}
                    You may appeal this decision.
                    """),
            new Template(
                    "CAD4",
                    "DENIAL",
                    false,
                    """
                    FACSIMILE
                    To: Dermatology office     From: {payer} Pharmacy Services
                    Total pages: 2
                    \f
                    {payer}
                    Step Therapy Determination     {notice_us}

                    Member: {name}     ID: {member}     Case: {ref}
                    {drug} is covered after a trial of a preferred drug. Our
                    records show no such trial, so the request is not approved.
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CAM1",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <h3>{payer} Provider Portal - Case {ref}</h3>
                    <p>Patient: {name} &nbsp; Drug: {drug}</p>
                    <p><b>Additional information required to process this request</b></p>
                    <ul>{items_html}</ul>
                    <p>Respond by {deadline_us}.</p>
                    """),
            new Template(
                    "CAM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Member: {name}    Reference: {ref}    Date: {notice_us}

                    Thank you for the request for {drug}. Please complete the
                    questionnaire on the next page and fax it back by
                    {deadline_us}.
                    \f
                    {drug} Questionnaire
                    1. What is the patient's current body surface area affected?{asks:severity score / BSA}
                    2. List the topical steroids tried and the dates.{asks:prior therapy history}
                    3. Prescriber signature and date.
                    """),
            new Template(
                    "CAM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Phone message - taken by front desk
                    Caller: nurse reviewer, {payer}
                    Re: {name}, {drug}, case {ref}

                    She needs the last two office notes and a photo of the
                    affected skin{asks:chart notes|photos} before she can finish the review.
                    Fax them by {deadline_us}. Call back number on file.
                    """),
            new Template(
                    "CAM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    PEND NOTICE     {notice_us}

                    Patient: {name}    Request: {ref}    Drug: {drug}
                    Information needed:
                    {items_list}
                    Failure to respond by {deadline_us} will result in a
                    decision based on the information on file.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CAA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Member: {name}    Member ID: {member}
                    Prior authorization: {ref}

                    {drug} has been approved for {start_us} through {end_us}.
                    \f
                    Important
                    This approval is not a guarantee of payment. Payment depends
                    on the member's eligibility on the date of service and on the
                    terms of the plan. If you have questions, call Provider
                    Services.
                    """),
            new Template(
                    "CAA2",
                    "APPROVAL",
                    true,
                    """
                    <h3>{payer} Authorizations</h3>
                    <table><tr><td>Case</td><td>{ref}</td></tr>
                    <tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Case status</td><td>Certified</td></tr>
                    <tr><td>Valid</td><td>{start_us} - {end_us}</td></tr></table>
                    """),
            new Template(
                    "CAA3",
                    "APPROVAL",
                    false,
                    """
                    Subject: Renewal {ref} - {name}

                    Hello, the renewal for {drug} went through. It is good until
                    {end_us}. No further action needed from the office.
                    {payer} Pharmacy Prior Authorization team
                    """),
            new Template(
                    "CAA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Date: {notice_us}
                    Re: {name}, {drug}, request {ref}

                    Following your peer-to-peer discussion with our medical
                    director, the request has been approved. Coverage starts
                    {start_us} and ends {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CAP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Welcome to your {drug} support program

                    Dear {name},
                    Your nurse educator will call you this week to set up your
                    first injection training. We will also check your insurance
                    coverage for you.
                    \f
                    Frequently asked questions
                    What if my insurance denies coverage? We will help your
                    doctor's office with the appeal.
                    What if it is approved? Your specialty pharmacy will call to
                    schedule delivery.
                    """),
            new Template(
                    "CAP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    UNABLE TO FILL

                    Patient: {name}    DOB: {dob_us}
                    Rx: {drug}
                    The claim rejected with "prior authorization required" from
                    {payer}. We cannot fill until a PA is approved. Please
                    start one with the plan and let us know.
                    """),
            new Template(
                    "CAP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Transfer Notice

                    {name}'s prescription for {drug} was transferred to
                    {pharmacy} because the plan requires its members to use
                    this pharmacy. No new prescription is needed.
                    """),
            new Template(
                    "CAP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Copay card activated

                    Patient: {name}    Product: {drug}
                    The copay card is active. Most patients pay $0 per fill.
                    The specialty pharmacy will apply it to the next fill.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CAO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    We received your appeal

                    Member: {name}    Appeal number: {appealref}
                    Your appeal about {drug} arrived on {notice_us}. A reviewer
                    who was not part of the first decision will look at it.
                    \f
                    Summary of your appeal rights
                    If we uphold the denial, you may ask for an external review.
                    If we overturn it, we will tell you and your doctor.
                    """),
            new Template(
                    "CAO2",
                    "OTHER",
                    false,
                    """
                    FAX
                    From: Regional Reference Laboratory
                    Pages: 2
                    \f
                    LABORATORY REPORT
                    Patient: {name}    DOB: {dob_us}
                    QuantiFERON-TB Gold: negative
                    Hepatitis B surface antigen: non-reactive
                    """),
            new Template(
                    "CAO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Formulary Bulletin - changes effective January 1

                    Some drugs will move tiers or need prior authorization.
                    Approvals already on file stay in place until they end.
                    Requests denied under the old rules may be sent again.
                    See the full list on our website.
                    """),
            new Template(
                    "CAO4",
                    "OTHER",
                    false,
                    """
                    Patient portal message
                    From: {name}

                    Hi, has my {drug} been approved yet? The pharmacy said they
                    are waiting on the insurance. Thank you!
                    """));
}
