package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventy-first set of corpus layouts, held back whole: written after the rules and model of 2f1ebfc froze,
 * and evaluated once.
 */
final class SeventyFirstLayouts {

    private SeventyFirstLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BAD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Benefit Determination

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Reference: {ref}

                    Medication requested: {drug}
                    Determination: We cannot cover this medication.
                    Why: {reason}

                    Your prescriber may ask for a peer-to-peer review or file an appeal
                    within {days} days.
                    """),
            new Template(
                    "BAD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} Clinical Review</p>
                    <p>Re: {name}, request {ref}</p>
                    <p>We looked at the records sent for {drug}. The plan approves this
                    drug for members who meet its step therapy rules; this request does
                    not. {reason} The request is closed as not covered.</p>
                    </body></html>
                    """),
            new Template(
                    "BAD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Appeal Decision

                    Member: {name}      Appeal No.: {appealref}
                    Drug: {drug}

                    An independent physician reviewed your appeal. The original decision
                    is upheld. {reason}
                    You can ask for an external review within {days} days.
                    """),
            new Template(
                    "BAD4",
                    "DENIAL",
                    false,
                    """
                    {payer} - Prior Authorization Department
                    PA #{ref}      Patient: {nameLF}

                    Requested: {drug}, 12 fills
                    Allowed:   {drug}, 3 fills
                    The other 9 fills are not authorized. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BAM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Request for Clinical Information

                    Member: {name}      Case #: {ref}
                    Medication: {drug}

                    We cannot complete our review without the items below. Please fax
                    them to 1-800-555-0133 by {deadline_us}:
                    {items_list}
                    If we do not receive them, we will make a decision on the records we have.
                    """),
            new Template(
                    "BAM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{pbm} ePA</p>
                    <p>Case {ref} for {name} has new questions from the reviewer:</p>
                    <p>1. What is the patient's current BSA?<br>
                    2. Which topical treatments were used, and for how long?</p>
                    <p>Answer in the portal by {deadline_us}.{asks:severity score / BSA|prior therapy history}</p>
                    </body></html>
                    """),
            new Template(
                    "BAM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Utilization Management
                    Notice of Extension

                    Member: {name}      Reference: {ref}
                    We need more time to review the request for {drug} because we are
                    missing a TB test result. Please send it by {deadline_us}. Once we have
                    it, we will decide within 72 hours.{asks:TB test}
                    """),
            new Template(
                    "BAM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Peer-to-Peer Offer

                    Patient: {name}      PA: {ref}
                    Before we make a decision on {drug}, our medical director would like
                    to speak with the prescriber. Please call 1-877-555-0161 by
                    {deadline_us} to set a time.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BAA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Response

                    Member: {name}      ID: {member}
                    Authorization: {ref}
                    Drug: {drug}
                    Approved quantity: 2 syringes per 28 days
                    Approval dates: {start_us} through {end_us}
                    """),
            new Template(
                    "BAA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Appeals Unit</p>
                    <p>{name} - appeal {appealref}</p>
                    <p>We have reviewed your appeal and the added records. The earlier
                    denial of {drug} is reversed. Coverage runs through {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "BAA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    To: Prescriber of {name}
                    Re: {drug} - PA {ref}

                    Good news: your request was approved after we received the chart notes
                    you faxed on {earlier_us}. It is valid from {start_us} to {end_us}.
                    Earlier we had pended this case for those notes.
                    """),
            new Template(
                    "BAA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Coverage Determination

                    Enrollee: {name}      Case: {ref}
                    We reviewed the request for {drug} and decided in favor of the
                    enrollee. The plan will pay for this drug until {end_us}, subject to
                    the usual copay.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BAP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery Confirmation

                    Patient: {name}
                    Medication: {drug}
                    Shipped by overnight courier on {start_us}. Signature required.
                    """),
            new Template(
                    "BAP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>We heard from {name}'s plan: the prior authorization for {drug} was
                    denied. We are enrolling the patient in our bridge program while you
                    appeal. No action is needed on the bridge.</p>
                    </body></html>
                    """),
            new Template(
                    "BAP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Rx Intake Notice

                    Patient: {name}      Drug: {drug}
                    The claim returned "PA required" from the patient's plan. Please start
                    a prior authorization with the plan and let us know when it is done.
                    """),
            new Template(
                    "BAP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Copay Assistance Approved

                    Patient: {name}      Product: {drug}
                    The patient is enrolled in the copay program through {end_us}. The
                    pharmacy will apply the card at the next fill.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BAO1",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals
                    Appeal Received

                    Member: {name}      Appeal: {appealref}
                    We received your appeal of our decision about {drug} on {notice_us}.
                    A decision will be sent within 30 days.
                    """),
            new Template(
                    "BAO2",
                    "OTHER",
                    false,
                    """
                    Northgate Family Practice
                    Referral

                    Patient: {name}      DOB: {dob_us}
                    Reason: psoriasis not controlled with topicals; please evaluate
                    for a biologic.
                    """),
            new Template(
                    "BAO3",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Communications</p>
                    <p>Starting January 1, the prior authorization criteria for IL-17 and
                    IL-23 drugs will ask for a documented trial of one conventional
                    systemic agent. Approved authorizations stay in effect.</p>
                    </body></html>
                    """),
            new Template(
                    "BAO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility and Benefits

                    Member: {name}      ID: {member}
                    Plan status: Active      Specialty drug benefit: Yes
                    Prior authorization: Required for {drug}
                    """));
}
