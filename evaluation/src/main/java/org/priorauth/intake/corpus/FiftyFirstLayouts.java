package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifty-first set of corpus layouts, held back whole: written after the rules and the model of 39a76c7 froze,
 * and committed before their one evaluation. A denial kept after a peer-to-peer, a Part D denial, a terse fax, a
 * pended request and its second request, a reviewer who wants to talk first, approvals with their quantity, after a
 * denial or in a portal's status, a pharmacy that relays a denial, a patient who relays an approval, a lone cover
 * sheet.
 */
final class FiftyFirstLayouts {

    private FiftyFirstLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AED1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Management Department

                    Patient: {name}      Member ID: {member}
                    Reference: {ref}

                    Following the peer-to-peer discussion on {notice_us}, the medical
                    director maintained the denial of {drug}. {reason}
                    """),
            new Template(
                    "AED2",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicare Advantage

                    Notice of Denial of Medicare Prescription Drug Coverage

                    Enrollee: {name}
                    Drug: {drug}

                    We denied your request for the following reason: {reason}

                    You have the right to ask us for a redetermination.
                    """),
            new Template(
                    "AED3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} Prior Authorization Portal</p>
                    <table>
                    <tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Case</td><td>{ref}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Decision</td><td>Partially Approved</td></tr>
                    <tr><td>Requested quantity</td><td>2 per 28 days</td></tr>
                    <tr><td>Approved quantity</td><td>1 per 28 days</td></tr>
                    </table>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "AED4",
                    "DENIAL",
                    false,
                    """
                    {payer} PHARMACY PA UNIT

                    PA DENIED - {drug} - {name} - REF {ref}
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AEM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Notice of Pended Request

                    Member: {name}      DOB: {dob_us}
                    Reference: {ref}

                    Additional clinical information is required to process this request
                    for {drug}. Please submit the following by {deadline_us}:
                    {items_list}
                    """),
            new Template(
                    "AEM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    SECOND REQUEST

                    Patient: {name}      Case: {ref}

                    We still need the following for the {drug} request:
                    {items_list}
                    If we do not have them by {deadline_us}, the request will be decided on
                    the information we have.
                    """),
            new Template(
                    "AEM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    RE: {name}      Reference: {ref}

                    The reviewing physician would like to discuss the {drug} request with
                    the prescriber before making a determination. Please call 1-800-555-0142
                    by {deadline_us} to schedule.
                    """),
            new Template(
                    "AEM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Clinical Pharmacy
                    Subject: {ref} - quick question

                    Can you confirm the date of {name}'s last TB test for the {drug}
                    review? We can't finish without it.{asks:TB test}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AEA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Approval Letter

                    Member: {name}      ID: {member}

                    Coverage has been approved for {drug}.
                    Approved quantity: 2 syringes per 28 days
                    Approval dates: {start_us} - {end_us}
                    """),
            new Template(
                    "AEA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {nameLF}      Case: {ref}

                    On {earlier_us} we denied this request because records were missing.
                    After receiving the additional records, we have approved {drug}
                    through {end_us}.
                    """),
            new Template(
                    "AEA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Authorization Lookup</p>
                    <table>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Authorization #</td><td>{ref}</td></tr>
                    <tr><td>Medication</td><td>{drug}</td></tr>
                    <tr><td>Case status</td><td>Complete - Approved</td></tr>
                    <tr><td>Expires</td><td>{end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "AEA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    You can now get {drug} at your pharmacy. We approved it on
                    {notice_us}, and it stays approved until {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AEP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Shipment Confirmation

                    Patient: {name}
                    Medication: {drug}

                    Shipped today by overnight courier. Expected delivery {start_us}. A
                    signature is required at delivery.
                    """),
            new Template(
                    "AEP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Prior Authorization Support

                    Patient: {name}
                    Product: {drug}

                    At your office's request we submitted the prior authorization to
                    {payer}. We will let you know as soon as the plan answers.
                    """),
            new Template(
                    "AEP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      Rx: {drug}

                    The patient's plan denied the prior authorization. We have put the
                    prescription on hold. Please contact the plan or send us a new
                    prescription for a covered alternative.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AEO1",
                    "OTHER",
                    false,
                    """
                    Northgate Diagnostic Laboratory

                    Patient: {name}      DOB: {dob_us}
                    Collected: {notice_us}

                    QuantiFERON-TB Gold Plus ........ Negative
                    Ordering provider: Dermatology Clinic
                    """),
            new Template(
                    "AEO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeals and Grievances

                    RE: {name}

                    This letter confirms receipt of your level 1 appeal about {drug},
                    number {appealref}. A clinician who was not part of the first
                    decision will review it.
                    """),
            new Template(
                    "AEO3",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Eligibility and Benefits</p>
                    <table>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Plan status</td><td>Active</td></tr>
                    <tr><td>Specialty drug tier</td><td>5</td></tr>
                    <tr><td>Prior authorization required</td><td>Yes</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "AEO4",
                    "OTHER",
                    false,
                    """
                    Patient portal message

                    From: {name}
                    Hi, I got a letter that says my {drug} was approved. Do I need to do
                    anything before my next shot? Thanks.
                    """),
            new Template(
                    "AEO5",
                    "OTHER",
                    false,
                    """
                    FAX COVER SHEET

                    To: Dermatology Clinic
                    From: {payer}
                    Pages: 1
                    Message: Please see the attached.
                    """));
}
