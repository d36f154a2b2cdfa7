package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixty-first set of corpus layouts, held back whole: written after the rules and the letter model of
 * 06caccd froze, and evaluated once with them.
 */
final class SixtyFirstLayouts {

    private SixtyFirstLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AQD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization Unit

                    {notice_us}

                    Prescriber: Dr. A. Lindqvist
                    Member: {name}      ID: {member}
                    Case: {ref}

                    Drug reviewed: {drug}
                    Our decision: we will not cover this drug.
                    Why: {reason}

                    You or the member may ask for a redetermination within {days} days of
                    this notice.
                    """),
            new Template(
                    "AQD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>Dear Provider,</p>
                    <p>Re: {name} - {drug} - request {ref}</p>
                    <p>After clinical review, {payer} is unable to authorize the requested
                    medication. {reason}</p>
                    <p>A peer-to-peer conversation is available within 14 days of this
                    decision. Call 1-800-555-0192.</p>
                    </body></html>
                    """),
            new Template(
                    "AQD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    COVERAGE DETERMINATION

                    Enrollee: {name}          DOB: {dob_us}
                    Reference #: {ref}

                    Requested: {drug}, 2 syringes every 28 days
                    Determination: 1 syringe every 28 days is approved. The second
                    syringe is not approved.
                    {reason}
                    """),
            new Template(
                    "AQD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals Department

                    Member: {name}      Appeal #: {appealref}

                    We have completed our review of your first-level appeal for {drug}.
                    The physician reviewer did not find a reason to change the original
                    decision, so it remains in place. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AQM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Request for Clinical Information

                    Member: {name}      Auth Ref: {ref}
                    Medication: {drug}

                    To make a decision we need the items below from the prescriber:
                    {items_list}
                    If we do not receive them by {deadline_us}, we will decide with the
                    information on file.
                    """),
            new Template(
                    "AQM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} ePA</p>
                    <p>Case {ref} for {name} ({drug}) needs answers to the questions in
                    the attached form before the review can continue.</p>
                    <p>Has the patient tried a topical calcineurin inhibitor? If so, give
                    the dates.{asks:prior therapy history}</p>
                    <p>Reply by {deadline_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "AQM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    RE: {name}   Case #: {ref}

                    We are holding the {drug} request open. The BSA and the name of each
                    topical used before are not in the chart notes sent. Please fax both
                    to 1-866-555-0110 by {deadline_us}.{asks:severity score / BSA|prior therapy history}
                    """),
            new Template(
                    "AQM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Request: {ref}

                    A medical director would like to discuss this {drug} request with the
                    prescriber before a decision is made. Please call 1-800-555-0133 to set
                    a time by {deadline_us}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AQA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_us}

                    Member: {name}      Member ID: {member}
                    Authorization: {ref}

                    Your request for {drug} has been reviewed and approved. The
                    authorization is valid {start_us} through {end_us}.
                    """),
            new Template(
                    "AQA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>Hi team,</p>
                    <p>{name}'s {drug} appeal ({appealref}) came back in our favor: {payer}
                    reversed the denial and will cover it through {end_us}.</p>
                    <p>- Billing office</p>
                    </body></html>
                    """),
            new Template(
                    "AQA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Prior Authorization Outcome

                    Patient: {name}      PA: {ref}
                    Drug: {drug}
                    Outcome: Approved as requested
                    Valid: {start_us} - {end_us}
                    Dispensing: specialty pharmacy in network
                    """),
            new Template(
                    "AQA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Ref: {ref}

                    Thank you for the additional records. With them, {drug} now meets the
                    plan's coverage criteria. Authorization runs from {start_us} to
                    {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AQP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}

                    We could not reach the patient to schedule delivery of {drug}. We
                    tried twice. Please ask the patient to call us at 1-877-555-0148.
                    """),
            new Template(
                    "AQP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>Benefits verification complete for {name}: {drug} needs a prior
                    authorization with {payer}. We can help your office start it.</p>
                    </body></html>
                    """),
            new Template(
                    "AQP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill Authorization Request

                    Patient: {name}
                    Medication: {drug}
                    No refills remain. Please send a new prescription so the next fill
                    is not late.
                    """),
            new Template(
                    "AQP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}

                    The plan has denied {drug}. We have put the order on hold and told the
                    patient. If your office appeals, let us know and we will keep the
                    prescription on file.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AQO1",
                    "OTHER",
                    false,
                    """
                    Regional Dermatopathology Lab

                    Patient: {name}      DOB: {dob_us}
                    Specimen: punch biopsy, left forearm
                    Diagnosis: spongiotic dermatitis, consistent with eczema.
                    """),
            new Template(
                    "AQO2",
                    "OTHER",
                    false,
                    """
                    {payer}

                    RE: {name}      Appeal: {appealref}

                    We received the appeal for {drug} on {notice_us}. A reviewer who was
                    not part of the first decision will look at it. We will write to you
                    with the answer.
                    """),
            new Template(
                    "AQO3",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider News</p>
                    <p>New in January: the prior authorization portal shows each request's
                    status and lets you upload records. Approved requests show their end
                    dates.</p>
                    </body></html>
                    """),
            new Template(
                    "AQO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility and Benefits

                    Member: {name}      ID: {member}
                    Plan status: Active
                    Specialty drugs: prior authorization required
                    """));
}
