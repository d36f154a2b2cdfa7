package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirty-fifth set of corpus layouts, held back whole: written after the rules and the letter model of
 * ebf634f froze, and evaluated once. Four of each type, among them: a long-form commercial denial signed by a
 * pharmacist, a Medicaid action that speaks of benefits continuing, an approval "with changes" to the dosing
 * interval, an administrative denial in a portal grid; an approval with its start and end dates, a member's
 * approval that warns about dose changes, a Medicare plan that changed its decision, a PBM's override; a pend
 * notice with three business days, a reviewer's voicemail typed up, an extension that names the missing test,
 * a portal's requested information; a pharmacy's intake asking for the insurance card, a delivery confirmed, a
 * hub's benefits investigation, a transfer to an in-network pharmacy; a medication policy update, a lone cover
 * sheet, a patient's thanks, an eligibility reply.
 */
final class ThirtyFifthLayouts {

    private ThirtyFifthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "XXD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Utilization Management

                    Dear Provider:

                    We received a request for coverage of {drug} for {name}. After
                    reviewing the information provided, we determined that the request
                    does not meet the medical necessity criteria of our clinical policy.
                    {reason}

                    This determination was made by a clinical pharmacist. You may ask for
                    a peer-to-peer conversation about this decision.
                    """),
            new Template(
                    "XXD2",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicaid Plan
                    NOTICE OF ACTION

                    Member: {name}       Medicaid ID: {member}
                    Service: {drug}

                    We are denying the service your provider asked for. {reason}
                    If you appeal within 10 days, your current benefits will continue
                    while the appeal is decided.
                    """),
            new Template(
                    "XXD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {nameLF}       DOB: {dob_us}
                    Reference: {ref}

                    Your request for {drug} was approved with changes: the plan approved
                    dosing every 4 weeks instead of every 2 weeks as written. {reason}
                    """),
            new Template(
                    "XXD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer} Authorization Center</h2>
                    <table>
                    <tr><th>Reference</th><th>Member</th><th>Item</th><th>Decision</th></tr>
                    <tr><td>{ref}</td><td>{name}</td><td>{drug}</td><td>Denied - administrative</td></tr>
                    </table>
                    <p>The information requested was not received by the due date.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "XXA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Coverage Determination

                    Member: {name}       ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    Determination: Approved
                    Approved quantity: as requested
                    Start date: {start_us}     End date: {end_us}
                    """),
            new Template(
                    "XXA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your prescription drug request for {drug} has been approved through
                    {end_us}. If your doctor changes the dose, a new request may be
                    needed.
                    """),
            new Template(
                    "XXA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicare Advantage
                    Redetermination

                    Enrollee: {name}        Member ID: {member}

                    We have changed our decision about {drug}. Your plan will cover it
                    from {start_us} through {end_us}.
                    """),
            new Template(
                    "XXA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    PA APPROVED

                    Patient: {name}
                    Case: {ref}

                    Override entered for {drug}, valid through {end_us}. The pharmacy may
                    resubmit the claim.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "XXM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Notice of Pended Request

                    Member: {name}
                    Reference: {ref}

                    The clinical reviewer requires the following information to make a
                    determination on {drug}:
                    {items_list}
                    If it is not received within 3 business days, the request will be
                    reviewed as submitted.
                    """),
            new Template(
                    "XXM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Clinical Intake
                    Subject: voicemail for prescriber - {ref}

                    Left a voicemail for the prescriber today: the reviewer needs the body
                    surface area and the prior treatments for {name}'s {drug} case. Please
                    call back.{asks:severity score / BSA|prior therapy history}
                    """),
            new Template(
                    "XXM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Extension Notice

                    Member: {nameLF}
                    Authorization request: {ref}

                    We are taking up to 14 more days to decide on {drug} because we need
                    the result of the patient's tuberculosis test.{asks:TB test}
                    """),
            new Template(
                    "XXM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{pbm} Prescriber Portal</h3>
                    <p>Case: {ref}</p>
                    <p>Patient: {name}</p>
                    <p>Drug: {drug}</p>
                    <p>Status: Information requested</p>
                    <ul>{items_html}</ul>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "XXP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    New Patient Intake

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    We are missing the patient's insurance information. Please send a copy
                    of the front and back of the card so that we can bill the plan.
                    """),
            new Template(
                    "XXP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery Confirmation

                    The package with {drug} for {name} was delivered today and signed for
                    at the door.
                    """),
            new Template(
                    "XXP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Investigation Results

                    Patient: {name}
                    Product: {drug}

                    Covered under the pharmacy benefit. No prior authorization was found on
                    file; the office will need to submit one to the plan.
                    """),
            new Template(
                    "XXP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The plan requires one of its network specialty pharmacies, so we
                    transferred this prescription to one. They will contact the patient.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "XXO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Medication Policy Update

                    The criteria for IL-23 inhibitors have been revised. The updated
                    policy applies to requests received after the first of next month.
                    """),
            new Template(
                    "XXO2",
                    "OTHER",
                    false,
                    """
                    FACSIMILE

                    To: Prior Authorization Dept.
                    From: {payer}
                    RE: prior authorization
                    Pages: 1
                    """),
            new Template(
                    "XXO3",
                    "OTHER",
                    false,
                    """
                    From: {name}
                    Subject: letter

                    My approval letter came in the mail today. Thank you all for your
                    help with this!
                    """),
            new Template(
                    "XXO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility Verification

                    Subscriber: {name}       ID: {member}
                    Plan status: Active
                    Specialty pharmacy benefit: PA required - Yes
                    """));
}
