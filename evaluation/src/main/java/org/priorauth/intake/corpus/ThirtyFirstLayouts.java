package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirty-first set of corpus layouts, held back whole: written after the rules and the letter model of
 * d08e4da froze, and evaluated once. Four of each type, among them: a denial with a long notice of appeal
 * rights, a denial for a missing step that names the drugs to try, a denial of an off-label dose by a PBM's
 * pharmacist, a denial read from a portal's history table; an approval with the usual "not a guarantee of
 * payment", an approval of a quantity-limit exception, an approval for a dose escalation, an approval written
 * to the member; a request for the patient's weight, a request for a completed attestation, a notice
 * that the review clock has stopped, a portal's pended case; a pharmacy's delivery scheduling, a pharmacy's
 * question about the sig, a hub's reverification, a pharmacy's note that a fill is on hold; a payer's notice of
 * a new fax number, a dermatology society's newsletter, a payment remittance, a patient's cancellation.
 */
final class ThirtyFirstLayouts {

    private ThirtyFirstLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "SSD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Medicare Prescription Drug Coverage Determination

                    Date: {notice_us}
                    Enrollee name: {name}
                    Member number: {member}
                    Drug: {drug}

                    We have denied your request for the prescription drug listed above.
                    {reason}

                    You have the right to ask us for a redetermination (appeal) of our
                    decision. You must ask within {days} days of the date of this notice.
                    Your doctor may ask for the appeal for you.
                    """),
            new Template(
                    "SSD2",
                    "DENIAL",
                    false,
                    """
                    {pbm} Clinical Pharmacist Review

                    Patient: {nameLF}        DOB: {dob_us}
                    Reference #: {ref}

                    The dose submitted for {drug} is above the labeled maintenance dose.
                    The clinical pharmacist has determined that coverage cannot be
                    provided at this dose. {reason}

                    The prescriber may call to discuss the case with a pharmacist.
                    """),
            new Template(
                    "SSD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Management Department

                    RE: {name}
                    PA #: {ref}

                    Step therapy requirement: {drug} may be covered only after a trial
                    of {altdrug}. Our records show no such trial, and the request is
                    therefore not approved. {reason}
                    """),
            new Template(
                    "SSD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer} - Request History</h2>
                    <table>
                    <tr><th>Submitted</th><th>Reference</th><th>Member</th><th>Drug</th><th>Status</th></tr>
                    <tr><td>{earlier_us}</td><td>{ref}</td><td>{name}</td><td>{drug}</td><td>Denied - see letter</td></tr>
                    </table>
                    <p>Determination note: {reason}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "SSA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}               Member ID: {member}
                    Authorization number: {ref}
                    Medication: {drug}

                    This authorization is valid from {start_us} to {end_us}.
                    Authorization is not a guarantee of payment. Payment depends on the
                    member's eligibility and benefits on the date of service.
                    """),
            new Template(
                    "SSA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Quantity Limit Exception

                    Patient: {name}
                    Case: {ref}

                    The exception to the quantity limit for {drug} was reviewed. The
                    quantity your office asked for is allowed through {end_us}.
                    """),
            new Template(
                    "SSA3",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Prior Authorization Team
                    Subject: Dose escalation {ref}

                    The request to increase the dosing frequency of {drug} for {name}
                    was reviewed by our medical director and is approved through
                    {end_us}. The pharmacy can process the claim now.
                    """),
            new Template(
                    "SSA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    We reviewed your doctor's request for {drug}. Your plan will cover this
                    medicine from {start_us} through {end_us}. You can fill it at a network
                    specialty pharmacy.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "SSM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}       ID: {member}
                    Reference: {ref}

                    {drug} is dosed by weight. The request did not state the patient's
                    current weight. Please fax the weight and the date it was taken by
                    {deadline_us}.
                    """),
            new Template(
                    "SSM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Prescriber Attestation Required

                    Patient: {name}      DOB: {dob_us}
                    Case: {ref}

                    The attestation section of the {drug} form was left blank. Complete
                    the attestation and return the form. The review is paused until it is
                    received.
                    """),
            new Template(
                    "SSM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Notice: Review Time Stopped

                    Member: {nameLF}
                    Authorization request: {ref}

                    The time we have to decide on {drug} has stopped while we wait for
                    records from your office:
                    {items_list}
                    """),
            new Template(
                    "SSM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal</h3>
                    <p>Case {ref} | {name} | {drug}</p>
                    <p>Status: Pended - additional documentation</p>
                    <p>Requested documents: {items_html}</p>
                    <p>Respond by {deadline_us}.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "SSP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Medication: {drug}

                    Your patient's first shipment is ready. We left two messages for the
                    patient to confirm a delivery date and have not heard back.
                    """),
            new Template(
                    "SSP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Clarification

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    The directions on the prescription do not match the loading dose in
                    the label. Please call the pharmacist to confirm the directions.
                    """),
            new Template(
                    "SSP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    The annual benefits reverification is complete. Coverage has not
                    changed and the patient stays enrolled in the copay program.
                    """),
            new Template(
                    "SSP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    This refill is on hold. The authorization on file with the plan has
                    ended and the claim was rejected. Let us know when a new one is in
                    place.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "SSO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Services

                    Starting next month, send prior authorization requests to our new
                    fax number. The old number will stop working at the end of the
                    quarter.
                    """),
            new Template(
                    "SSO2",
                    "OTHER",
                    false,
                    """
                    Regional Dermatology Society
                    Newsletter

                    Our fall meeting covers the newest biologics for atopic dermatitis
                    and a session on winning prior authorization appeals.
                    """),
            new Template(
                    "SSO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Remittance Advice

                    Claim for office visit, patient {name}. Paid amount: $84.12.
                    Adjustment reason: contractual obligation.
                    """),
            new Template(
                    "SSO4",
                    "OTHER",
                    false,
                    """
                    From: {name}
                    Subject: appointment

                    I need to cancel my appointment on Friday. I will call to set up a new
                    one. Thanks.
                    """));
}
