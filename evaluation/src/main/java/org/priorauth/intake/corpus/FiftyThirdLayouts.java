package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifty-third set of corpus layouts, held back whole: written after the rules and the model of fd34992 froze,
 * and committed before their one evaluation. A state plan's denial in plain words, a step-therapy denial, a denial
 * of a quantity over the limit, an appeal lost at the second level; requests that give a reviewer's name, a
 * checklist, a missing page; approvals by letter, portal and e-mail, one that names what was denied before; hub and
 * pharmacy notices; a claim denial, a chart note, a payer's holiday hours, a request for an appeal form.
 */
final class FiftyThirdLayouts {

    private FiftyThirdLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AGD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Member Notice

                    To: {name}
                    Member ID: {member}

                    We will not pay for {drug}. We looked at the information your doctor
                    sent us. {reason}
                    """),
            new Template(
                    "AGD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Step Therapy Review

                    Patient: {name}      Case #: {ref}

                    Step therapy requirements for {drug} have not been satisfied, so the
                    request is not approved at this time. {reason}
                    """),
            new Template(
                    "AGD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Pharmacy Benefit Review</p>
                    <p>Member {name} &middot; Auth {ref}</p>
                    <p>Quantity requested exceeds the plan limit. Quantity over the limit:
                    denied. Quantity within the limit: approved.</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "AGD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Level 2 Appeal Decision

                    Member: {nameLF}
                    Appeal: {appealref}

                    The level 2 appeal panel reviewed the request for {drug}. The panel
                    agreed with the level 1 decision. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AGM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Reference: {ref}

                    I am the pharmacist reviewing the {drug} request. I need the
                    following to complete my review by {deadline_us}:
                    {items_list}
                    - Dana, Clinical Pharmacist
                    """),
            new Template(
                    "AGM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Documentation Checklist

                    Patient: {name}      Case: {ref}      Drug: {drug}

                    [ ] Received    [X] Not received
                    {items_checks}
                    Return the items marked not received by {deadline_us}.
                    """),
            new Template(
                    "AGM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    RE: {name}
                    Auth: {ref}

                    Page 2 of the chart notes for {drug} did not come through on your fax.
                    Please fax the full notes again.{asks:chart notes}
                    """),
            new Template(
                    "AGM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} ePA</p>
                    <p>Request {ref} for {name} ({drug})</p>
                    <p>The plan has questions. Open the request in the portal to answer
                    them before {deadline_us}.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AGA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Approval

                    Member: {name}      DOB: {dob_us}
                    Authorization #: {ref}

                    {drug} has been approved. Authorization valid {start_us} through
                    {end_us}. Present this number to the pharmacy if asked.
                    """),
            new Template(
                    "AGA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} ePA Result</p>
                    <p>Patient: {name}<br>Medication: {drug}<br>Case: {ref}</p>
                    <p>Outcome: Approved<br>Through: {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "AGA3",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Utilization Management
                    Subject: {ref}

                    Good afternoon. The clinical information you sent was enough. {name}'s
                    {drug} is approved for one year.
                    """),
            new Template(
                    "AGA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Last month we could not approve {drug} because records were missing.
                    Your doctor sent them, and we have now approved it until {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AGP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    Quick start supply approved by the manufacturer program. Two doses
                    ship free while the plan decides.
                    """),
            new Template(
                    "AGP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    The patient's refill is due. We could not reach the patient by phone.
                    Please ask the patient to call us to set up the shipment.
                    """),
            new Template(
                    "AGP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    New Prescription Received

                    Patient: {name}
                    Drug: {drug}

                    We received the prescription. The plan requires a prior authorization;
                    we have sent the request form to your office.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AGO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Claim Status

                    Member: {name}
                    Claim for office visit on {notice_us}: denied. The visit was billed
                    with an invalid place of service code. Correct and resubmit the claim.
                    """),
            new Template(
                    "AGO2",
                    "OTHER",
                    false,
                    """
                    Progress Note

                    Patient: {name}      DOB: {dob_us}
                    Visit: {notice_us}

                    Atopic dermatitis, improving on current therapy. Continue {drug}.
                    Return in 3 months.
                    """),
            new Template(
                    "AGO3",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Holiday hours: our prior authorization line is closed on Thursday and
                    Friday. Urgent requests can still be sent through the portal.
                    """),
            new Template(
                    "AGO4",
                    "OTHER",
                    false,
                    """
                    {payer}

                    RE: {name}

                    You asked how to appeal the {drug} decision. The appeal form is
                    enclosed. Send it to us within 60 days of the decision.
                    """));
}
