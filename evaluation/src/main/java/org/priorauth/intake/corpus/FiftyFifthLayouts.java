package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifty-fifth set of corpus layouts, held back whole: written after the rules and the letter model of f57997b
 * froze, and evaluated once with them.
 */
final class FiftyFifthLayouts {

    private FiftyFifthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AJD1",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicaid Plan
                    NOTICE OF ADVERSE BENEFIT DETERMINATION

                    Date: {notice_us}
                    Member: {name}      Medicaid ID: {member}

                    We reviewed the request from your provider for {drug}. We decided to deny
                    this service. {reason}
                    You have {days} days from the date of this notice to ask for an appeal.
                    """),
            new Template(
                    "AJD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Prior Authorization Response

                    Prescriber fax: 555-0134
                    Patient: {nameLF}      DOB: {dob_us}
                    PA Case ID: {ref}

                    Medication requested: {drug}
                    Coverage determination: the request does not meet the plan's guidelines
                    and has been closed as not approved.
                    {reason}
                    """),
            new Template(
                    "AJD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal - Authorization Detail</h3>
                    <table>
                    <tr><td>Auth #</td><td>{ref}</td></tr>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Line 1 (loading dose)</td><td>Approved</td></tr>
                    <tr><td>Line 2 (maintenance, 12 months)</td><td>Denied</td></tr>
                    </table>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "AJD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear Dr. Okafor:

                    Thank you for the information you sent on behalf of {name}. A pharmacist
                    and a physician reviewed it. The plan is not able to provide coverage for
                    {drug} at this time. {reason}
                    A peer-to-peer discussion can be requested within 14 days.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AJA1",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicare Advantage
                    Coverage Determination

                    Enrollee: {name}      Member ID: {member}

                    Your request for {drug} has been reviewed. We will cover this drug
                    from {start_us} through {end_us}. Fill it at a network pharmacy.
                    """),
            new Template(
                    "AJA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm} - ePA Determination

                    Key: {ref}
                    Patient: {name}
                    Drug: {drug}
                    PA Outcome: Approved (12 months)
                    Effective {start_us} - {end_us}
                    """),
            new Template(
                    "AJA3",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Appeals
                    Subject: Appeal {appealref}

                    Dear Provider, following the appeal, the denial of {drug} for {name}
                    dated {earlier_us} was overturned by the plan's medical director. The
                    medication may be dispensed through {end_us}.
                    """),
            new Template(
                    "AJA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Auth: {ref}

                    The prescriber's request to continue {drug} was reviewed and the
                    continuation criteria are satisfied. Next renewal: {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AJM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization

                    Member: {name}      ID: {member}      Case: {ref}

                    We received the request for {drug}. The following is needed to continue:
                    {items_list}
                    If the information is not received by {deadline_us}, we will make our
                    decision based on the records we have.
                    """),
            new Template(
                    "AJM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    PA {ref} - {name}

                    The prior authorization for {drug} cannot move forward. Diagnosis code
                    on the request (L40.9) does not match the chart notes. Please correct the
                    diagnosis code and resubmit.{asks:diagnosis}
                    """),
            new Template(
                    "AJM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} | Case {ref} | Status: Additional information requested</p>
                    <p>Member: {name}</p>
                    <p>Items: {items_html}</p>
                    <p>Respond by {deadline_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "AJM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Clinical Pharmacy

                    Patient: {name}      Drug: {drug}

                    Has the patient had a trial of a topical calcineurin inhibitor? If so,
                    please give the dates and the outcome. We will hold the case for you.{asks:prior therapy history}
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AJO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeals and Grievances

                    Member: {name}      Appeal: {appealref}

                    This is to let you know that your appeal for {drug} arrived on
                    {notice_us}. A decision will be sent to you within 30 days.
                    """),
            new Template(
                    "AJO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Member Services

                    Member: {name}      DOB: {dob_us}

                    Eligibility: Active. Plan type: PPO. Pharmacy benefit: {pbm}.
                    Specialty drugs: prior authorization applies.
                    """),
            new Template(
                    "AJO3",
                    "OTHER",
                    false,
                    """
                    Riverbend Dermatology Associates

                    Dear colleague,

                    Thank you for referring {name}. I saw the patient on {notice_us} for
                    hidradenitis. I recommend starting {drug}; my office will send the
                    prior authorization.
                    """),
            new Template(
                    "AJO4",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Important: Drug List Changes for 2027

                    The following drugs move to the non-preferred tier on January 1:
                    {drug}. Members taking them with an approved prior authorization may
                    continue until the authorization ends.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AJP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    The claim was rejected by the plan: prior authorization required.
                    Please start a PA with the plan. We will fill as soon as it is approved.
                    """),
            new Template(
                    "AJP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Re: {name}

                    The insurance denied {drug}. We have started the appeal paperwork and
                    the patient is enrolled in the bridge program while it is pending.
                    """),
            new Template(
                    "AJP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Delivery confirmation

                    {name}'s {drug} was delivered on {notice_us} and signed for at the
                    home address.
                    """),
            new Template(
                    "AJP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Verification Summary

                    Patient: {name}
                    Product: {drug}
                    Prior authorization: Required. Status: Approved through {end_us}.
                    Estimated copay: $0 with the savings card.
                    """));
}
