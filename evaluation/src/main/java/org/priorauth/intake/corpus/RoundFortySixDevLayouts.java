package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninety-fifth set of corpus layouts, all dev: letters with enclosures. A decision, a request or a notice
 * on its first page, and behind it pages that say other things: a plan's questions and answers, a copy of the
 * request as the plan received it, a copy of an earlier letter, a notice of rights or of non-discrimination, a
 * fax-back form, a pharmacy's page of patient rights. And the other way round: a pharmacy's or a plan's cover
 * page in front of a letter it forwards, an acknowledgement with the appealed denial enclosed.
 */
final class RoundFortySixDevLayouts {

    private RoundFortySixDevLayouts() {}

    /** A plan's notice of non-discrimination, sent behind every letter. */
    private static final String NONDISCRIMINATION =
            """
            \f
            Notice of Nondiscrimination
            {payer} complies with federal civil rights laws and does not
            discriminate. If you believe we failed to provide these services,
            you can file a grievance with our Civil Rights Coordinator. You
            may also appeal any decision we make about your care by calling
            Member Services. Language assistance is free of charge.
            """;

    /** A plan's page of questions and answers about how requests are handled. */
    private static final String QUESTIONS_AND_ANSWERS =
            """
            \f
            Questions and answers about prior authorization
            What happens when a request is approved? We send a letter to
            you and your doctor, and the pharmacy can fill the drug.
            What happens when a request is denied? The letter explains why
            and how to appeal.
            What if I appeal? Once we have received your appeal, we will
            send our decision within 30 days.
            """;

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BZD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage Decision     {notice_us}

                    Member: {name}     Member ID: {member}
                    Request: {ref}     Drug: {drug}

                    We cannot cover this drug for you. {reason}
                    You may ask for an appeal within 60 days of this letter.
                    """
                            + QUESTIONS_AND_ANSWERS),
            new Template(
                    "BZD2",
                    "DENIAL",
                    false,
                    """
                    FAX
                    To: Prescriber's office
                    From: {pbm} Coverage Review
                    Pages: 3 (including this cover)
                    Confidential health information enclosed.
                    \f
                    {pbm}
                    Patient: {name}   DOB: {dob_us}   Case: {ref}

                    Decision: {drug} is not approved.
                    Why: {reason}
                    """
                            + NONDISCRIMINATION),
            new Template(
                    "BZD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Member: {name}   ID: {member}
                    Reference: {ref}   Date: {notice_us}

                    After review, the plan will not pay for {drug}. {reason}
                    The request as we received it is enclosed.
                    \f
                    Copy of the request received
                    Request type: new start     Drug: {drug}
                    Prior authorization required: Yes
                    Prescriber notes: see attached chart notes.
                    Requested duration: 12 months
                    """),
            new Template(
                    "BZD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Partial decision for {name} ({ref})

                    We approved the starting doses of {drug} only. The
                    maintenance doses were not approved. {reason}
                    Details of what was covered are on the next page.
                    \f
                    Authorization details
                    Item: {drug} starting doses    Status: Approved
                    Dates: {start_us} to {end_us}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BZM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Request for Clinical Information

                    Member: {name}     Reference: {ref}
                    Before we can decide on {drug}, please send:
                    {items_list}
                    Use the fax-back form on the next page by {deadline_us}.
                    \f
                    Fax-back form
                    Reference: {ref}
                    Has this drug been approved for the patient before?  Yes / No
                    Prescriber signature: ____________  Date: ________
                    """),
            new Template(
                    "BZM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    FAX TRANSMITTAL
                    From: {payer} Utilization Management
                    Number of pages: 2
                    \f
                    {payer}
                    Patient: {name}    Case: {ref}    Drug: {drug}

                    We have not approved or denied this request yet. The
                    reviewer needs chart notes from the last visit{asks:chart notes}
                    by {deadline_us}.
                    """),
            new Template(
                    "BZM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Pended Request     {notice_us}

                    Patient: {name}    PA #: {ref}
                    To review {drug} we need the patient's weight and the
                    dosing planned{asks:prescription}. Please reply by {deadline_us}.
                    \f
                    Your rights
                    If your request is denied, the letter will explain your
                    appeal rights. If it is approved, nothing more is needed.
                    """),
            new Template(
                    "BZM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Member: {name}   Member ID: {member}   Ref: {ref}

                    The request for {drug} is incomplete. Please send:
                    {items_list}
                    We must have them by {deadline_us}.
                    """
                            + QUESTIONS_AND_ANSWERS),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BZA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Approval Notice     {notice_us}

                    Member: {name}     Member ID: {member}
                    Authorization: {ref}
                    {drug} is approved from {start_us} through {end_us}.
                    """
                            + NONDISCRIMINATION),
            new Template(
                    "BZA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Appeal Decision

                    Member: {name}    Appeal: {ref}
                    We looked at the appeal for {drug} again and now approve
                    it, from {start_us} to {end_us}. The earlier letter is
                    enclosed for your records; it no longer applies.
                    \f
                    Copy of earlier letter
                    Your request for {drug} was denied. {reason}
                    """),
            new Template(
                    "BZA3",
                    "APPROVAL",
                    false,
                    """
                    FAX
                    From: {pbm}
                    Pages: 3
                    \f
                    {pbm}
                    Patient: {name}   DOB: {dob_us}   PA: {ref}
                    Determination: approved. {drug} is covered {start_us} -
                    {end_us}.
                    \f
                    Filling this prescription
                    Our network specialty pharmacy, {pharmacy}, will call the
                    member to schedule delivery. Refills ship each month.
                    """),
            new Template(
                    "BZA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Member: {name}   Reference: {ref}

                    Good news: the request for {drug} meets the plan's rules
                    and is authorized until {end_us}.
                    """
                            + QUESTIONS_AND_ANSWERS),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BZP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Fax cover - 2 pages
                    To: Prescriber's office
                    We are forwarding the plan's decision for {name} below.
                    We will ship {drug} once the patient confirms the address.
                    \f
                    {payer}
                    Reference: {ref}
                    The request for {drug} is approved from {start_us} to {end_us}.
                    """),
            new Template(
                    "BZP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery Scheduled

                    Patient: {name}    Medication: {drug}
                    Delivery is set for {start_us}. Someone must sign for it.
                    \f
                    Patient Rights and Responsibilities
                    You have the right to file a complaint about our service.
                    You may appeal a decision about your care to your health
                    plan. Ask us for this page in another language.
                    """),
            new Template(
                    "BZP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Verification Results

                    Patient: {name}    Product: {drug}
                    We checked the patient's coverage. Details are below.
                    \f
                    Plan: {payer}
                    PA required: Yes
                    PA status: denied on {decision_us}
                    Next step: the office may appeal; our team can help.
                    """),
            new Template(
                    "BZP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill Reminder

                    {name}'s refill of {drug} is ready to ship on {start_us}.
                    \f
                    Save on your copay
                    Most patients with commercial insurance pay as little as $5.
                    Ask us to enroll you in the manufacturer's program.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BZO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeal Acknowledgement

                    Member: {name}   Appeal: {appealref}
                    We have received your appeal about {drug}. We will send our
                    decision within 30 days. A copy of the decision you appealed
                    is enclosed.
                    \f
                    Copy of decision under appeal
                    The request for {drug} was denied. {reason}
                    """),
            new Template(
                    "BZO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Medical Records Request

                    Patient: {name}   DOB: {dob_us}
                    For a quality review, please send the office visit notes for
                    the last year. This is not about a prior authorization.
                    \f
                    Authorization to release health information
                    Patient signature: ____________   Date: ________
                    """),
            new Template(
                    "BZO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility and Benefits Response

                    Member: {name}   Member ID: {member}
                    Coverage: active     Specialty drug tier: 5
                    PA required: Yes
                    \f
                    Benefit summary
                    Specialist visit copay: $40
                    Specialty drugs: 20% after deductible
                    """),
            new Template(
                    "BZO4",
                    "OTHER",
                    false,
                    """
                    Referral
                    To: Dermatology
                    Patient: {name}   DOB: {dob_us}

                    Please see this patient for chronic hand eczema.
                    \f
                    Lab results
                    CBC: within normal limits. Ordered by the referring doctor.
                    """));
}
