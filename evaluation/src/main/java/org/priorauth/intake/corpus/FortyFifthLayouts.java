package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The forty-fifth set of corpus layouts, held back whole: written after the rules and the letter model of
 * round 21 (43220c0) froze, and read once. Forms in the manner of Medicare drug plans and large PBMs, a portal's status
 * page, a pharmacy's refill request, a hub's benefits investigation, and the inbox's eligibility answers,
 * marketing and cover sheets.
 */
final class FortyFifthLayouts {

    private FortyFifthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "LLD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE

                    Enrollee's name: {name}
                    Member number: {member}

                    We denied coverage of the prescription drug listed below that you or
                    your prescriber asked for: {drug}
                    We denied this request because: {reason}
                    You have the right to ask us for a redetermination (appeal).
                    """),
            new Template(
                    "LLD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Adverse Determination - Quantity Limit

                    Patient: {nameLF}
                    Request #: {ref}
                    Medication: {drug}

                    Quantity asked for: 4 per 28 days. Plan limit: 2 per 28 days.
                    The quantity over the limit is denied. {reason}
                    """),
            new Template(
                    "LLD3",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Pharmacy Review
                    Subject: Step therapy - {ref}

                    Dr. Patel, we reviewed {drug} for {name}. The step therapy rule
                    applies and we are not able to grant an exception. {reason}
                    """),
            new Template(
                    "LLD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal</p>
                    <table><tr><td>Authorization #</td><td>{ref}</td></tr>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Denied - see letter</td></tr>
                    <tr><td>Reason</td><td>{reason}</td></tr></table>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "LLA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    COVERAGE DETERMINATION APPROVAL

                    Enrollee's name: {name}
                    Member number: {member}

                    We have approved your request for coverage of the following drug:
                    {drug}. This approval is good from {start_us} until {end_us}.
                    """),
            new Template(
                    "LLA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Prior Authorization - Provider Copy

                    Patient: {nameLF}
                    Request #: {ref}
                    Medication: {drug}

                    Coverage has been provided for the quantity requested. Effective
                    {start_us}. Expires {end_us}.
                    """),
            new Template(
                    "LLA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal</p>
                    <table><tr><td>Authorization #</td><td>{ref}</td></tr>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Approved</td></tr>
                    <tr><td>Valid</td><td>{start_us} - {end_us}</td></tr></table>
                    </body></html>
                    """),
            new Template(
                    "LLA4",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Pharmacy Review
                    Subject: Step therapy - {ref}

                    Dr. Patel, we reviewed {drug} for {name}. The patient's history
                    satisfies the step therapy rule, so no further steps are needed and
                    the drug will pay through {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "LLM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Request for Additional Information - Medicare Part D

                    Enrollee's name: {name}
                    Drug: {drug}

                    We need more information from your prescriber to make a decision.
                    We have asked your prescriber for it. If we do not receive it by
                    {deadline_us}, we will make our decision without it.
                    """),
            new Template(
                    "LLM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Missing Information Notice

                    Patient: {nameLF}
                    Request #: {ref}
                    Medication: {drug}

                    The following was not received with the request:
                    {items_list}
                    """),
            new Template(
                    "LLM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Clinical Review Form

                    Member: {name}      Reference: {ref}
                    Drug: {drug}

                    Complete questions 1 to 5 and fax the form back.
                    1. Diagnosis and date  2. Affected BSA  3. Prior topicals
                    4. Prior systemic drugs  5. Planned dose
                    """),
            new Template(
                    "LLM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal</p>
                    <table><tr><td>Authorization #</td><td>{ref}</td></tr>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Pending - information requested</td></tr>
                    <tr><td>Due</td><td>{deadline_us}</td></tr></table>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "LLP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill Authorization Request

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    No refills remain. Please authorize refills or send a new
                    prescription.
                    """),
            new Template(
                    "LLP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Investigation Summary

                    Patient: {name}
                    Product: {drug}

                    Primary insurance: {payer}
                    PA required: Yes. Step edit: Yes.
                    Estimated copay after PA: $50
                    """),
            new Template(
                    "LLP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Welcome to specialty pharmacy

                    Patient: {name}

                    The patient has been enrolled with our pharmacy for {drug}. A
                    pharmacist will call before each shipment.
                    """),
            new Template(
                    "LLP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    We received the denial letter from the plan. We will not fill the
                    prescription unless an appeal is approved.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "LLO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility Response

                    Member: {name}      ID: {member}
                    Status: Active
                    Pharmacy benefit: Yes. Prior Authorization Required: Yes.
                    """),
            new Template(
                    "LLO2",
                    "OTHER",
                    false,
                    """
                    Greenfield Compounding

                    Custom topical creams, shipped to your patients in 48 hours. Fax us
                    a prescription today. To opt out, call 800-555-0192.
                    """),
            new Template(
                    "LLO3",
                    "OTHER",
                    false,
                    """
                    FAX

                    To: Prior Authorization Desk
                    From: {payer}
                    Pages: 1 (including cover)
                    Notes: see attached
                    """),
            new Template(
                    "LLO4",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Re: {name}

                    Your request for a redetermination of {drug} arrived on
                    {earlier_us}. We will send our answer within 7 days.
                    """));
}
