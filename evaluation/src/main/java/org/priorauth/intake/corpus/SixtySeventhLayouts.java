package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixty-seventh set of corpus layouts, held back whole: written after the rules and letter model of 8db7009
 * froze, committed before its one evaluation. Four of each type, in layouts and words the rules were not written
 * on.
 */
final class SixtySeventhLayouts {

    private SixtySeventhLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AWD1",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Pharmacy Coverage Determination

                    Member: {name}      Date of Birth: {dob_us}
                    Reference Number: {ref}
                    Medication Requested: {drug}

                    After review of the information submitted, coverage for the requested
                    medication has been declined.
                    Clinical rationale: {reason}

                    You or your prescriber may request a redetermination within {days} days
                    of the date of this notice, {notice_us}.
                    """),
            new Template(
                    "AWD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} | Provider Portal | Case Detail</p>
                    <table>
                    <tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Case</td><td>{ref}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Closed - Adverse</td></tr>
                    <tr><td>Notes</td><td>{reason}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "AWD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear Dr. Lindqvist:

                    Re: {name}, authorization {ref}

                    We have completed our review of your request for {drug}. We can cover
                    a 3-month supply so that the patient can show a response. We cannot
                    cover the 12 months you asked for. {reason}

                    To appeal the part we did not cover, call Provider Services.
                    """),
            new Template(
                    "AWD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicare Advantage
                    NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE

                    Enrollee: {name}      Member ID: {member}
                    Drug: {drug}

                    We denied your request because: {reason}
                    You have the right to ask us for a redetermination.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AWM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Clinical Review
                    REQUEST FOR ADDITIONAL CLINICAL INFORMATION

                    Patient: {name}      Auth #: {ref}
                    Drug: {drug}

                    The clinical reviewer is unable to make a determination based on the
                    records received. Please submit:
                    {items_list}
                    Information must be received by {deadline_us} or the request will be
                    decided with the records on file.
                    """),
            new Template(
                    "AWM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>Hi team,</p>
                    <p>Following up on {name} ({drug}, case {ref}). Our pharmacist looked at
                    the chart you sent and could not find the body surface area involved. Can
                    your office fax the most recent exam with the BSA? We are holding the case
                    until {deadline_us}.{asks:severity score / BSA}</p>
                    <p>Thanks,<br>{payer} PA Desk</p>
                    </body></html>
                    """),
            new Template(
                    "AWM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Peer-to-Peer Opportunity

                    Patient: {name}      Case: {ref}      Medication: {drug}

                    Before a decision is made, the reviewing physician would like to speak
                    with the prescriber. Please call 1-800-555-0182 to schedule by
                    {deadline_us}. If we do not hear from you, the case will be reviewed
                    as submitted.
                    """),
            new Template(
                    "AWM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Pended Request - Information Needed

                    Member: {name}
                    Tracking: {ref}
                    Drug: {drug}

                    {items_checks}
                    Return this form with the checked items by {deadline_us}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AWA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Determination Approval

                    Member: {name}      DOB: {dob_us}
                    Case ID: {ref}
                    Drug: {drug}

                    Your request has been approved. This approval is valid from {start_us}
                    through {end_us}. Refills may be subject to plan quantity limits.
                    """),
            new Template(
                    "AWA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} ePA Update</p>
                    <p>{name} | {drug} | Key {ref}</p>
                    <p>Determination: Approved. Effective {start_us}. Expires {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "AWA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Reconsideration Decision

                    Member: {name}      Reference: {ref}

                    Our first decision on {drug} was a denial. With the photos and
                    the records of the therapies tried that came with the
                    reconsideration, the request now meets our criteria. It is
                    covered from {start_us} to {end_us}.
                    """),
            new Template(
                    "AWA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {name}
                    Member ID {member}

                    Dear Member,
                    Your doctor asked us to cover {drug}. We are glad to let you know
                    that it is covered through {end_us}. Your pharmacy can fill it now.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AWP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Specialty Pharmacy Intake

                    Patient: {name}      Medication: {drug}

                    We received the referral. The patient's plan requires a prior
                    authorization before we can dispense. Please send it to the plan
                    and let us know when it is approved.
                    """),
            new Template(
                    "AWP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>Benefits verification for {name} is complete. {drug} is covered
                    under the pharmacy benefit with prior authorization. We will help the
                    office with the forms.</p>
                    </body></html>
                    """),
            new Template(
                    "AWP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Delivery confirmation
                    Patient: {name}
                    Item: {drug}, 1 carton
                    Delivered {start_us}, signed by the patient.
                    """),
            new Template(
                    "AWP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Re: {name} - {drug}
                    The plan denied the claim at the pharmacy: it needs a prior
                    authorization. We will hold the prescription for 14 days.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AWO1",
                    "OTHER",
                    false,
                    """
                    Riverside Pathology Associates
                    SURGICAL PATHOLOGY REPORT

                    Patient: {name}      DOB: {dob_us}
                    Specimen: skin, left forearm, punch biopsy
                    Diagnosis: spongiotic dermatitis, consistent with eczema.
                    """),
            new Template(
                    "AWO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Member Services</p>
                    <p>Eligibility for {name}: active. Plan: PPO. Pharmacy benefit: {pbm}.
                    Prior authorization required for specialty drugs: yes.</p>
                    </body></html>
                    """),
            new Template(
                    "AWO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Grievance and Appeals Department

                    Re: {name}

                    This letter confirms that we received your appeal on {notice_us}. We
                    will send you our decision. If the appeal is about a drug you have not
                    started, we decide within 72 hours.
                    """),
            new Template(
                    "AWO4",
                    "OTHER",
                    false,
                    """
                    FAX COVER SHEET

                    To: Prior Authorization Desk
                    From: {payer}
                    Pages: 1 (including cover)
                    Re: documents as requested
                    """));
}
