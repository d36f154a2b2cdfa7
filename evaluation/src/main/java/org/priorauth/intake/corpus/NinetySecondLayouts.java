package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninety-second set of corpus layouts, held back whole: written after the rules and model of efd77d4 froze.
 * A state Medicaid plan's notice of action, decision forms with a row of boxes, decisions that change what was
 * asked, reconsiderations, numbered clinical questions, incomplete-request faxes, a provider representative's
 * e-mail, pharmacies that could not reach the patient or moved a prescription, a hub's benefits check, and mail
 * that asks about other insurance or announces a formulary change.
 */
final class NinetySecondLayouts {

    private NinetySecondLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BWD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    NOTICE OF ACTION

                    Date: {notice_us}
                    Member: {name}        Medicaid ID: {member}
                    Service requested: {drug}        Tracking #: {ref}

                    THE ACTION WE TOOK: We denied the service listed above.
                    WHY WE TOOK THIS ACTION: {reason}

                    You may ask for a plan appeal within {days} days of the date
                    of this notice. After the plan appeal you may ask for a State
                    Fair Hearing.
                    """),
            new Template(
                    "BWD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Prior Authorization Determination Summary

                    Patient: {name}      DOB: {dob_us}
                    Authorization #: {ref}

                    Requested:   {drug}, every 2 weeks, 12 months
                    Authorized:  {drug}, every 2 weeks, 3 months
                    Status:      MODIFIED

                    Rationale: {reason}
                    The portion not authorized may be appealed.
                    """),
            new Template(
                    "BWD3",
                    "DENIAL",
                    false,
                    """
                    FAX - {payer} PHARMACY SERVICES

                    PRIOR AUTHORIZATION DETERMINATION
                    Member name: {name}     Member #: {member}
                    Drug requested: {drug}
                    Case ID: {ref}

                    [ ] Approved    [X] Denied    [ ] Pended

                    Denial basis: {reason}
                    Prescriber may request reconsideration in writing.
                    """),
            new Template(
                    "BWD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Reconsideration Outcome     {notice_us}

                    Member: {name}
                    Appeal number: {appealref}
                    Drug: {drug}

                    Upon reconsideration by a board-certified physician, the
                    original determination is affirmed. {reason}
                    Further review is available through an independent review
                    organization.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BWM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Clinical Questions - Prior Authorization {ref}

                    Patient: {name}    Drug: {drug}

                    Please answer the questions below and fax this page back by
                    {deadline_us}:
                    1. What topical or systemic therapies has the patient used,
                       and for how long?{asks:prior therapy history}
                    2. What is the current body surface area involved?{asks:severity score / BSA}
                    ______________________________________________
                    """),
            new Template(
                    "BWM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Utilization Management
                    {notice_us}

                    RE: {name} - {drug} - {ref}

                    Before we make a decision, the reviewing physician would
                    like to speak with the prescriber. Please call 1-800-555-0190
                    by {deadline_us} to set up a peer-to-peer discussion.
                    Without the call, the request will be decided on the
                    records we have.
                    """),
            new Template(
                    "BWM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <h2>{payer} Provider Portal</h2>
                    <p>Message about case {ref} ({name})</p>
                    <p>Additional clinical information is required for {drug}.
                    Attach the following to this case:</p>
                    <ul>{items_html}</ul>
                    <p>Due: {deadline_us}</p>
                    """),
            new Template(
                    "BWM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    INCOMPLETE REQUEST

                    Patient: {name}   ID: {member}   Drug: {drug}
                    Reference: {ref}

                    The following is missing from the request:
                    {items_checks}
                    Resubmit the missing items by {deadline_us}, or the request
                    will be closed.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BWA1",
                    "APPROVAL",
                    false,
                    """
                    FAX - {payer} PHARMACY SERVICES

                    PRIOR AUTHORIZATION DETERMINATION
                    Member name: {name}     Member #: {member}
                    Drug requested: {drug}
                    Case ID: {ref}

                    [X] Approved    [ ] Denied    [ ] Pended

                    Effective {start_us} through {end_us}.
                    Quantity: as requested.
                    """),
            new Template(
                    "BWA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    NOTICE OF REDETERMINATION

                    {notice_us}
                    Enrollee: {name}        Member number: {member}
                    Drug: {drug}            Appeal: {appealref}

                    Our redetermination is fully favorable. We have reversed
                    our coverage determination, and the drug is covered from
                    {start_us} to {end_us}.
                    """),
            new Template(
                    "BWA3",
                    "APPROVAL",
                    false,
                    """
                    From: Provider Representative, {payer}
                    To: Prior Authorization Desk
                    Subject: RE: {name} - {drug}

                    Hi team - good news on this one. It went through:
                    Auth # {ref}, valid {start_us} - {end_us}.
                    Please let the patient know. Have a good week!
                    """),
            new Template(
                    "BWA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm} on behalf of {payer}
                    Coverage Determination     {notice_us}

                    Member: {name}    Reference: {ref}
                    {drug} is approved as requested from {start_us} to
                    {end_us}. The plan's standard quantity limit of 2 pens per
                    28 days applies, which matches the prescription.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BWP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    UNABLE TO REACH PATIENT

                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}
                    We have called the patient 3 times to schedule delivery and
                    left messages. The prescription is on hold. Please ask the
                    patient to call us at 1-866-555-0177.
                    """),
            new Template(
                    "BWP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Verification Summary

                    Patient: {name}
                    Product: {drug}
                    Primary insurance: {payer}
                    Prior authorization required: Yes
                    Estimated copay before assistance: $250
                    Next step: our case manager will send the PA form to your
                    office with the payer's criteria.
                    """),
            new Template(
                    "BWP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Transfer Notice

                    Patient: {name}    Rx: {drug}
                    {payer} requires this medication to be filled at its
                    contracted specialty pharmacy. We have transferred the
                    prescription there today. No new prescription is needed.
                    """),
            new Template(
                    "BWP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Claim Status Update

                    Patient: {name}
                    The claim for {drug} was rejected: the plan reports the
                    prior authorization was denied. Reference on the plan's
                    reply: {ref}. The manufacturer's bridge program will supply
                    the first fill while your office works on the appeal.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BWO1",
                    "OTHER",
                    false,
                    """
                    You are invited: Dermatology Dinner Program

                    Join us for a discussion of new data in moderate-to-severe
                    atopic dermatitis. Thursday 7:00 PM, Harbor Grill.
                    Speaker: a board-certified dermatologist.
                    Reply to this fax to reserve a seat. This program is not
                    CME accredited.
                    """),
            new Template(
                    "BWO2",
                    "OTHER",
                    false,
                    """
                    Valley Clinical Labs
                    Patient: {name}     DOB: {dob_us}
                    Collected: {notice_us}

                    Test                 Result     Flag   Range
                    WBC                  6.8               4.0-11.0
                    Hemoglobin           13.9              12.0-16.0
                    ALT                  22                7-56
                    Ordering provider: dermatology clinic
                    """),
            new Template(
                    "BWO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Formulary Change Notice

                    Effective 01/01/2027 the drug list changes for some
                    members. {drug} moves to the specialty tier; the prior
                    authorization criteria stay the same. Members already on
                    therapy will get a letter from us.
                    """),
            new Template(
                    "BWO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Coordination of Benefits Questionnaire

                    Member: {name}     Member ID: {member}
                    Our records show the member may have other health
                    insurance. Please ask the member to complete this form
                    and return it by {deadline_us} so claims are paid by the
                    right plan.
                    """));
}
