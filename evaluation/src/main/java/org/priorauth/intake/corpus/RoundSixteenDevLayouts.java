package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirty-fourth set of corpus layouts, all dev: letters whose loudest word is the other side's. Denials
 * that name what is approved (a different strength, the loading dose only, a generic, a shorter period, an
 * earlier approval that stays), approvals that recap a denial or say what is not needed, requests that say
 * what would be approved, and other mail that speaks of approvals and denials of something else.
 */
final class RoundSixteenDevLayouts {

    private RoundSixteenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "WWD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}       ID: {member}
                    Reference: {ref}

                    We approved the loading dose of {drug}. The maintenance doses that
                    follow are not approved at this time. {reason}
                    """),
            new Template(
                    "WWD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    Approved: 150 mg strength, 1 syringe per 28 days
                    Requested: 300 mg strength, 2 syringes per 28 days
                    {reason}
                    """),
            new Template(
                    "WWD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear Dr. Patel,

                    Your patient {name} has an approval for {drug} that runs until
                    {end_us}. The new request to double the dose is denied. {reason}
                    """),
            new Template(
                    "WWD4",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Utilization Management
                    Subject: {ref}

                    The plan approves the generic {generic} only. The request for brand
                    {drug} for {name} is not authorized. {reason}
                    """),
            new Template(
                    "WWD5",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Determination Letter

                    Member: {nameLF}
                    Authorization: {ref}

                    {drug} is authorized for 3 months instead of the 12 months requested.
                    Approval for a longer period needs proof of response. {reason}
                    """),
            new Template(
                    "WWD6",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Prior Authorization Status</h3>
                    <p>{name} - {ref}</p>
                    <p>{drug}</p>
                    <p>Approval status: Not granted</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "WWA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}     ID: {member}
                    Reference: {ref}

                    Our letter of {earlier_us} denied {drug}. With the chart notes you
                    sent later, the request now meets our criteria and is approved
                    through {end_us}.
                    """),
            new Template(
                    "WWA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    {drug} was not denied. The earlier notice was sent in error; the
                    request is approved as submitted through {end_us}.
                    """),
            new Template(
                    "WWA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {nameLF}
                    Authorization: {ref}

                    No step therapy is required for this member. {drug} is authorized
                    from {start_us} to {end_us}. No peer-to-peer review is needed.
                    """),
            new Template(
                    "WWA4",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Appeals and Grievances
                    Subject: Appeal {appealref}

                    The appeal for {name} was reviewed by a dermatologist who did not
                    take part in the first decision. The denial is withdrawn and {drug}
                    is covered until {end_us}.
                    """),
            new Template(
                    "WWA5",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{pbm} Case {ref}</h3>
                    <p>Patient: {name}</p>
                    <p>Drug: {drug}</p>
                    <p>Requested: 2 pens every 28 days</p>
                    <p>Approved: 2 pens every 28 days</p>
                    <p>Through: {end_us}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "WWM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    {drug} can be approved once we see a negative TB test from the last
                    12 months. Please fax the result by {deadline_us}.
                    """),
            new Template(
                    "WWM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}      DOB: {dob_us}
                    Case: {ref}

                    To avoid an adverse determination on {drug}, the reviewer needs the
                    following:
                    {items_list}
                    """),
            new Template(
                    "WWM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Pharmacy Review
                    Subject: {ref}

                    The last request for {drug} for {name} was denied for the same
                    reason. This time we need the dates of the topical trial before we can
                    decide.
                    """),
            new Template(
                    "WWM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Pend Notice

                    Member: {name}
                    Authorization: {ref}

                    No decision yet on {drug}. Missing from the submission:
                    {items_list}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "WWP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The plan approved the prior authorization yesterday. The claim paid
                    and the first shipment goes out tomorrow.
                    """),
            new Template(
                    "WWP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Medication: {drug}

                    The copay foundation denied the grant because the fund is closed.
                    We are looking for another source of help and will update you.
                    """),
            new Template(
                    "WWP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Claim Status

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    Claim rejected by the plan: refill too soon. We will fill on the next
                    eligible date.
                    """),
            new Template(
                    "WWP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Enrollment Update

                    {name} was approved for the manufacturer's bridge supply of {drug}
                    while the insurance decision is pending.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "WWO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Enrollment

                    Your application to join our network has been approved. Your
                    effective date and provider number are listed below.
                    """),
            new Template(
                    "WWO2",
                    "OTHER",
                    false,
                    """
                    {payer}

                    RE: {name}
                    Appeal: {appealref}

                    We have your appeal of the denial of {drug}. It is being reviewed by
                    a physician who was not involved in the first decision.
                    """),
            new Template(
                    "WWO3",
                    "OTHER",
                    false,
                    """
                    From: Billing Office
                    Subject: denied claim

                    The office visit claim for {name} was denied for a missing modifier.
                    I corrected it and sent it back today.
                    """),
            new Template(
                    "WWO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Relations

                    Your request for a meeting with our provider representative has been
                    approved for next Tuesday at 10 a.m.
                    """));
}
