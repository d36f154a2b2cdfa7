package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninety-fourth set of corpus layouts, held back whole: written after the rules and model of c4213bf froze.
 * Medicare Part D redeterminations and coverage determinations, a portal's e-mail that a letter is posted, a
 * quantity exception refused while the usual quantity stays covered, an offer of another drug instead, an external
 * review that overturns, attestation forms, a pharmacy whose patient declined or changed insurance, a request
 * withdrawn at the office's call, a copy of an insurance card.
 */
final class NinetyFourthLayouts {

    private NinetyFourthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BYD1",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicare Part D
                    REDETERMINATION NOTICE     {notice_us}

                    Enrollee: {name}     Member number: {member}
                    Drug: {drug}         Appeal number: {appealref}

                    Our redetermination is UNFAVORABLE. We are not changing our
                    decision to deny coverage of this drug.
                    {reason}
                    If you disagree, you can ask for a reconsideration by an
                    Independent Review Entity within {days} days.
                    """),
            new Template(
                    "BYD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Quantity Limit Exception - Determination

                    Patient: {name}    Reference: {ref}
                    Drug: {drug}

                    The request to exceed the quantity limit was denied. The
                    standard quantity of {drug} remains covered under the plan.
                    Reason: {reason}
                    """),
            new Template(
                    "BYD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Member: {name}    ID: {member}    Case: {ref}

                    We reviewed the request for {drug}. The plan will not cover
                    {drug}. We can cover {altdrug} instead, which is on the
                    plan's preferred list; a new request is needed for it.
                    Why: {reason}
                    """),
            new Template(
                    "BYD4",
                    "DENIAL",
                    false,
                    """
                    From: Provider Portal Notifications <noreply@portal.example>
                    Subject: {payer}: new letter posted for case {ref}

                    A determination letter is ready in the provider portal.
                    Patient: {name}
                    Medication: {drug}
                    Determination: Adverse - not medically necessary as submitted
                    Sign in to view and download the full letter.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BYM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Medicare Part D
                    Request for Additional Information - Coverage Determination

                    Enrollee: {name}     Drug: {drug}
                    Case: {ref}
                    To make a decision we need a supporting statement from the
                    prescriber and {items_list}
                    Fax it by {deadline_us}. If we do not get it, we must decide
                    with the information we have.
                    """),
            new Template(
                    "BYM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    PRESCRIBER ATTESTATION - REQUIRED

                    Patient: {name}    Drug: {drug}    PA: {ref}
                    The request cannot be reviewed until the prescriber signs
                    below that the patient has had a negative TB test in the last
                    12 months{asks:TB test}.
                    Signature: ____________________   Date: ________
                    Return by {deadline_us}.
                    """),
            new Template(
                    "BYM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <h2>{payer} Provider Portal</h2>
                    <p>{name} &middot; {drug} &middot; {ref}</p>
                    <p>Case status: Pending - awaiting clinicals</p>
                    <p>Required: {items_html}</p>
                    <p>Due {deadline_us}</p>
                    """),
            new Template(
                    "BYM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Phone message for the PA desk
                    Caller: nurse reviewer at {payer}
                    Re: {name}, {drug}, case {ref}

                    She needs the patient's current weight and the dose being
                    requested{asks:prescription} before she can finish the review.
                    Call back by {deadline_us}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BYA1",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicare Part D
                    NOTICE OF COVERAGE DETERMINATION     {notice_us}

                    Enrollee: {name}     Member number: {member}
                    Your coverage determination request for {drug} has been
                    approved. You can get this drug at a network pharmacy from
                    {start_us} until {end_us}.
                    """),
            new Template(
                    "BYA2",
                    "APPROVAL",
                    false,
                    """
                    Independent Review Organization
                    External Review Decision     {notice_us}

                    Patient: {name}     Health plan: {payer}
                    Treatment in dispute: {drug}
                    The reviewer found that the treatment is medically necessary.
                    The health plan's denial is OVERTURNED. The plan must provide
                    coverage.
                    """),
            new Template(
                    "BYA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    PA STATUS: APPROVED

                    Patient: {name}   DOB: {dob_us}
                    Drug: {drug}   Auth#: {ref}
                    Valid: {start_us} - {end_us}
                    """),
            new Template(
                    "BYA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Pharmacy Authorization     {notice_us}

                    Member: {name}     Reference: {ref}
                    {drug} in the strength and quantity your office asked for
                    is authorized from {start_us} to {end_us}. Claims will pay
                    at the specialty pharmacy.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BYP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Copay Card Activated

                    Patient: {name}
                    The copay card for {drug} is active. The patient's cost for
                    each fill is expected to be $5. The specialty pharmacy has
                    the card's details.
                    """),
            new Template(
                    "BYP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Therapy Declined by Patient

                    Patient: {name}    DOB: {dob_us}
                    Medication: {drug}
                    The patient told us they do not want to start {drug} at this
                    time. We have closed the referral. Send a new prescription
                    if the patient changes their mind.
                    """),
            new Template(
                    "BYP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Insurance Change

                    Patient: {name}    Rx: {drug}
                    The patient's insurance changed to {payer}. We are running a
                    new benefits check; a new prior authorization may be needed
                    with the new plan. We will let you know.
                    """),
            new Template(
                    "BYP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery Rescheduled

                    {name}'s delivery of {drug} moved to {start_us} at the
                    patient's request. Nothing is needed from the office.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BYO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Request Withdrawn

                    Member: {name}    Case: {ref}
                    As your office asked by phone, the prior authorization
                    request for {drug} has been withdrawn. No decision was made.
                    """),
            new Template(
                    "BYO2",
                    "OTHER",
                    false,
                    """
                    FAX
                    To: Dermatology clinic - front desk
                    From: {name}
                    Pages: 2

                    Here is a copy of my new insurance card, front and back,
                    for my visit next week.
                    """),
            new Template(
                    "BYO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Newsletter - Winter Edition

                    In this issue: faster decisions for biologics through the
                    portal, a reminder to include chart notes with each request,
                    and new hours for the pharmacy help desk.
                    """),
            new Template(
                    "BYO4",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals
                    Member: {name}     Appeal: {appealref}

                    Your appeal about {drug} has been sent to an outside
                    reviewer. You will get the decision in writing. You do not
                    need to send anything else.
                    """));
}
