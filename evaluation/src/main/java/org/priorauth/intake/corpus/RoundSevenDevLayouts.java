package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixteenth set of corpus layouts, all dev. Aimed at what the held-back confusion matrices (aggregates
 * only) still show: partial approvals that never say "denied" (a lower strength, fewer fills, a shorter span, a
 * biosimilar in place), requests for information that read like a status note, approvals with no decision
 * verb, and noise from pharmacies. New shapes too: e-mail replies that quote the earlier message below the
 * answer, decisions stated in the subject line only, all-capital faxes, dotted-leader forms, long legal
 * boilerplate around a short decision.
 */
final class RoundSevenDevLayouts {

    private RoundSevenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL (partial approvals, no "denied")
            new Template(
                    "ND1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Authorization: {ref}

                    Approved strength: {drug} 150 mg. Requested strength: 300 mg.
                    The plan's policy allows the lower strength for this diagnosis. {reason}
                    """),
            new Template(
                    "ND2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    Authorization granted for 3 fills of {drug}. The request was for 12
                    fills. A new request with a response assessment is needed for more.
                    """),
            new Template(
                    "ND3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Your doctor asked us to cover {drug}. We will cover its biosimilar
                    instead, which the plan prefers. {drug} itself is not part of this
                    approval. You can appeal if you disagree.
                    """),
            new Template(
                    "ND4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    AUTHORIZATION DECISION

                    MEMBER: {nameUpper}
                    MEMBER ID: {member}
                    AUTH: {ref}

                    DRUG: {drug}
                    DAYS REQUESTED: 365     DAYS AUTHORIZED: 90
                    REASON FOR REDUCTION: {reason}
                    """),
            new Template(
                    "ND5",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Pharmacy Services <rx@plan.example>
                    To: pa-desk@clinic.example
                    Subject: Case {ref} - limited approval

                    The reviewer approved {drug} for {name} at the standard maintenance
                    interval only. The shortened interval in the request was not
                    supported. {reason}
                    """),
            new Template(
                    "ND6",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Review Determination

                    Member: {name}
                    ID: {member}
                    Reference: {ref}

                    This letter is to notify you that the requested service, {drug}, does
                    not meet medical necessity guidelines. {reason}

                    IMPORTANT: This decision may be appealed. Your appeal must be filed
                    within {days} days of the date of this letter, {notice_us}. An expedited
                    appeal may be requested if waiting could seriously harm the member's
                    health. Information about your rights is enclosed. This notice does not
                    affect other benefits under the plan. Keep this letter for your records.
                    """),
            new Template(
                    "ND7",
                    "DENIAL",
                    false,
                    """
                    From: {pbm} Prior Authorization <pa@pbm.example>
                    To: pa-desk@clinic.example
                    Subject: RE: {ref} - DENIED

                    Please see the attached determination. {reason}

                    > From: pa-desk@clinic.example
                    > Subject: {ref}
                    > Attached are the chart notes you asked for. Please let us know if
                    > anything else is needed for the {drug} request for {name}.
                    """),
            new Template(
                    "ND8",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    EXTERNAL REVIEW DECISION

                    Enrollee: {name}
                    Case number: {ref}

                    The independent review organization has completed its review of the
                    plan's decision about {drug}. The reviewer found that the plan's
                    decision was correct. The plan is not required to cover the drug.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "NM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    STATUS NOTE

                    Member: {name}
                    Ref: {ref}
                    Drug: {drug}

                    Review on hold. Chart notes received do not include the affected body
                    surface area or prior treatments. Provider to send.
                    """),
            new Template(
                    "NM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {pbm} Clinical Pharmacist <rph@pbm.example>
                    To: pa-desk@clinic.example
                    Subject: RE: {ref}

                    Thanks for the notes. One more thing: what was the patient's response
                    to methotrexate and when was it stopped? Once I have that I can finish
                    the {drug} review.

                    > From: pa-desk@clinic.example
                    > Sent the chart notes for {name} as requested. Approved in the past?
                    """),
            new Template(
                    "NM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    ATTN: PRESCRIBER
                    RE: {nameUpper} - {drug}
                    CASE {ref}

                    WE HAVE NOT RECEIVED THE LAB RESULTS NEEDED FOR THIS REVIEW. FAX THEM
                    TO THE NUMBER BELOW BY {deadline_us} OR THE CASE WILL BE DECIDED WITH
                    THE RECORDS ON FILE.{asks:lab results}
                    """),
            new Template(
                    "NM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Request for Prescriber Statement

                    Member: {name}      Member ID: {member}
                    Reference: {ref}

                    The request for {drug} is for a use outside the FDA label. A statement
                    from the prescriber citing the supporting literature is needed to
                    review it.
                    """),
            new Template(
                    "NM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Case Update

                    Case: {ref}
                    Patient: {name}

                    Current status .......... Waiting for prescriber
                    Item needed ............. Updated clinical notes{asks:chart notes}
                    Respond by .............. {deadline_us}
                    """),
            new Template(
                    "NM6",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Case: {ref}

                    The member's chart lists two different weights. Confirm the current
                    weight so that the {drug} dose can be checked against the plan's
                    limits. The review resumes when we hear from you.
                    """),
            new Template(
                    "NM7",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h2>{payer} - Prior Authorization Inquiry</h2>
                    <p>Case {ref} | {name} | {drug}</p>
                    <p><b>Status:</b> Pending - Provider Action</p>
                    <p>The reviewer needs the following before a determination:</p>
                    <ul>{items_html}</ul>
                    </body></html>
                    """),
            new Template(
                    "NM8",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {nameLF}
                    Reference number: {ref}

                    This is a reminder. We wrote on {earlier_us} asking for records for
                    the {drug} request. They have not come in. We will make a decision
                    on {deadline_us} with what we have unless we receive them first.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "NA1",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Authorizations <auth@plan.example>
                    To: pa-desk@clinic.example
                    Subject: RE: {ref} - APPROVED

                    Attached is the approval letter.

                    > From: pa-desk@clinic.example
                    > Following up on the {drug} request for {name}. We sent the
                    > missing chart notes last week; is anything else needed?
                    """),
            new Template(
                    "NA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    PRIOR AUTHORIZATION

                    MEMBER: {nameUpper}
                    AUTH NUMBER: {ref}
                    DRUG: {drug}
                    DETERMINATION DATE: {decision_us}
                    DATES OF SERVICE: {start_us} TO {end_us}
                    UNITS: AS REQUESTED
                    """),
            new Template(
                    "NA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Member ID: {member}
                    Case: {ref}

                    The pharmacist reviewer has entered an override so that {drug} will
                    process at the pharmacy through {end_us}. No further action is needed
                    from your office.
                    """),
            new Template(
                    "NA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear Provider,

                    Re: {name}, Member ID {member}

                    The information submitted supports the medical necessity of {drug}.
                    Authorization {ref} is on file for {start_us} to {end_us}. This is
                    not a guarantee of payment; benefits depend on eligibility on the
                    date of service.
                    """),
            new Template(
                    "NA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Your appeal decision

                    Dear {name},

                    You asked us to look again at our decision about {drug}. We did, and
                    we now agree with you. We will cover it. We are sorry for the trouble.
                    """),
            new Template(
                    "NA6",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Review ........ Complete
                    Outcome ................ Covered as requested
                    Member ................. {name}
                    Drug ................... {drug}
                    Valid through .......... {end_us}
                    """),
            new Template(
                    "NA7",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Authorization: {ref}

                    Earlier, the plan asked for more records before deciding on {drug}.
                    Thank you for sending them. The reviewer found the criteria met, and
                    the drug is authorized for 12 months from {start_us}.
                    """),
            new Template(
                    "NA8",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Renewal Notice

                    Member: {name}      Member ID: {member}
                    Auth: {ref}

                    The continued use of {drug} was reviewed and extended through
                    {end_us}. The next renewal will need an updated response assessment.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "NP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    RE: {name}
                    Medication: {drug}

                    Good news: the plan approved the prior authorization and we ran a test
                    claim. The patient's cost is $5 with the copay card. We are calling the
                    patient to schedule delivery.
                    """),
            new Template(
                    "NP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {nameLF}
                    Medication: {drug}

                    The patient's plan needs more information from your office before it
                    decides. The plan's request was faxed to you separately. Once it is
                    answered, we will follow up on the decision and the first shipment.
                    """),
            new Template(
                    "NP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescriber Notice

                    Patient: {name}
                    Drug: {drug}

                    This prescription expires in 30 days and has no refills left. To keep
                    the patient on therapy, send a new prescription to our pharmacy.
                    """),
            new Template(
                    "NP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Enrollment Received

                    Patient: {name}
                    Therapy: {drug}

                    We received the enrollment form from your office. A case manager will
                    check the patient's coverage within two business days and send you
                    the results.
                    """),
            new Template(
                    "NP5",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The patient asked to delay the next shipment by two weeks because of
                    travel. The new ship date is {start_us}. No action is needed unless
                    the dosing should change.
                    """),
            new Template(
                    "NP6",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    The patient's application to the patient assistance program was
                    approved. Free medicine will ship from the program's pharmacy for
                    twelve months.
                    """),
            new Template(
                    "NP7",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Unable to Fill

                    Patient: {name}
                    Drug: {drug}
                    Plan: {payer}

                    The plan does not include our pharmacy in its specialty network. We
                    have sent the prescription to {pharmacy} in the network instead.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "NO1",
                    "OTHER",
                    false,
                    """
                    {pharmacy}
                    Continuing Education Invitation

                    Join our pharmacists for a one-hour evening session on injection
                    technique and storage for biologic therapies. Dinner will be served.
                    RSVP by fax.
                    """),
            new Template(
                    "NO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Prior Authorization Requirements Update

                    Beginning next quarter, prior authorization will no longer be needed
                    for several topical products. Biologics still need prior
                    authorization. The updated list is on our provider website.
                    """),
            new Template(
                    "NO3",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    Your request to change your primary care provider has been approved.
                    The change takes effect on the first day of next month.
                    """),
            new Template(
                    "NO4",
                    "OTHER",
                    false,
                    """
                    Pathology Associates

                    Patient: {name}       DOB: {dob_us}
                    Specimen: skin, left forearm, punch biopsy

                    Diagnosis: spongiotic dermatitis, consistent with eczema.
                    Comment: clinical correlation is recommended.
                    """),
            new Template(
                    "NO5",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Credentialing

                    Your recredentialing application has been approved. Your practice
                    stays in our network for three more years. No action is needed.
                    """),
            new Template(
                    "NO6",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Appeal: {appealref}

                    We need more time to decide your appeal about {drug}. We are taking
                    14 more days because we are waiting for an outside specialist's
                    review. You do not need to do anything.
                    """),
            new Template(
                    "NO7",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Portal Maintenance

                    The provider portal will be unavailable this Saturday from 6 am to
                    noon. Urgent prior authorization requests can be made by phone during
                    that time. Requests already submitted are not affected.
                    """),
            new Template(
                    "NO8",
                    "OTHER",
                    false,
                    """
                    From: front-desk@clinic.example
                    To: pa-desk@clinic.example
                    Subject: voicemail

                    {name} called to ask whether the insurance answered yet about
                    {drug}. Please call back when you know anything.
                    """));
}
