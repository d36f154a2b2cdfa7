package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fiftieth set of corpus layouts, all dev: denials worded as approvals with limits (less quantity, a lower
 * dose, a shorter time, "with modification"), approvals worded as updates (an extension, an active status, an
 * authorization on file), requests that look like forms or records requests, and records requests that are not
 * about a prior authorization at all (quality audits, chart reviews).
 */
final class RoundTwentyFourDevLayouts {

    private RoundTwentyFourDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "ABD1",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      ID: {member}
                    Reference: {ref}

                    {drug} is approved for a quantity of 2 pens per 28 days. The 4 pens per
                    28 days that were requested are not approved. {reason}
                    """),
            new Template(
                    "ABD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Determination

                    Member: {nameLF}
                    Case: {ref}

                    Determination: Approved with modification.
                    {drug} is covered at the standard dose. The higher dose requested is
                    not covered. {reason}
                    """),
            new Template(
                    "ABD3",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Pharmacy Review
                    Subject: {ref}

                    We can cover {drug} for {name} for 3 months rather than the 12 months
                    requested. {reason}
                    """),
            new Template(
                    "ABD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal - Authorization Detail</p>
                    <p>Member: {name} | Auth {ref}</p>
                    <p>Status: Closed - Adverse</p>
                    <p>Drug: {drug}</p>
                    <p>Decision notes: {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "ABD5",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your plan reviewed the request for {drug}. Your plan will not pay for
                    this medicine. {reason} Your doctor may send a new request with more
                    information.
                    """),
            new Template(
                    "ABD6",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Formulary Exception Decision

                    Patient: {name}      DOB: {dob_us}

                    The formulary exception for {drug} was reviewed and is not granted.
                    {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "ABA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Authorization Update

                    Member: {name}      ID: {member}
                    Authorization: {ref}

                    Your authorization for {drug} has been extended through {end_us}.
                    """),
            new Template(
                    "ABA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} ePA</p>
                    <table>
                    <tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Medication</td><td>{drug}</td></tr>
                    <tr><td>PA status</td><td>Active</td></tr>
                    <tr><td>Start</td><td>{start_us}</td></tr>
                    <tr><td>End</td><td>{end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "ABA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    To the prescriber of {name}:

                    The medical director agreed with your request. {drug} will be covered
                    from {start_us} to {end_us}. Reference {ref}.
                    """),
            new Template(
                    "ABA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Drug: {drug}

                    A prior authorization is now on file. The pharmacy can run the claim
                    again; it will pay through {end_us}.
                    """),
            new Template(
                    "ABA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Redetermination Notice

                    Enrollee: {nameLF}      Member ID: {member}

                    We have reversed our coverage determination. {drug} is now covered for
                    you. This coverage lasts until {end_us}.
                    """),
            new Template(
                    "ABA6",
                    "APPROVAL",
                    false,
                    """
                    Fax from {payer}

                    Re: {name} / {ref}

                    Request for {drug} - APPROVED AS REQUESTED. Dates of service {start_us}
                    to {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "ABM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Medical Records Request - Prior Authorization Review

                    Member: {name}
                    Reference: {ref}

                    To decide the request for {drug}, we need copies of the following
                    records by {deadline_us}:
                    {items_list}
                    """),
            new Template(
                    "ABM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Case: {ref}

                    Please complete the attached clinical questionnaire for {drug} and
                    return it by {deadline_us}. The case stays open until we have it.
                    """),
            new Template(
                    "ABM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    RE: {name}      Reference: {ref}

                    Before a decision on {drug} can be made, the reviewer would like to
                    see photographs of the affected areas.{asks:photos} Upload them to the portal
                    or fax them.
                    """),
            new Template(
                    "ABM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Authorization {ref}</p>
                    <p>{name} &middot; {drug}</p>
                    <p>Status: Waiting on provider</p>
                    <p>What we need: {items_html}</p>
                    </body></html>
                    """),
            new Template(
                    "ABM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    The diagnosis code on the request for {drug} does not match the chart
                    notes. Send a corrected request or an explanation by {deadline_us}.{asks:diagnosis}
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "ABO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Quality Program - HEDIS Medical Record Review

                    Please send the medical records for the members listed on the
                    enclosed sheet for our annual quality measures review by the end of
                    the month.
                    """),
            new Template(
                    "ABO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Risk Adjustment Chart Review

                    Our vendor will contact your office to schedule a chart retrieval.
                    Records can be faxed, uploaded, or collected on site.
                    """),
            new Template(
                    "ABO3",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}

                    Our records show that your coverage ended on {earlier_us}. If you
                    have new insurance, please give your doctor's office the new card.
                    """),
            new Template(
                    "ABO4",
                    "OTHER",
                    false,
                    """
                    Lakeside Rheumatology

                    Re: {name}

                    Thank you for the referral. We saw the patient today for joint pain.
                    Our note is attached. We agree that a biologic is reasonable.
                    """),
            new Template(
                    "ABO5",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Prior Authorization Turnaround Report

                    Last quarter your office sent 112 requests. 88 were approved, 14
                    were denied and 10 were closed for missing information.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "ABP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Medication: {drug}

                    The patient asked us to transfer the prescription to another specialty
                    pharmacy. Records were sent to the new pharmacy today.
                    """),
            new Template(
                    "ABP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    Copay card activated. The patient will pay $5 per fill. The plan's
                    approval is on file with us through {end_us}.
                    """));
}
