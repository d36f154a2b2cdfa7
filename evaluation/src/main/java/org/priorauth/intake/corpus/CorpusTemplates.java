package org.priorauth.intake.corpus;

import java.util.List;

/**
 * Letter layouts for the labelled corpus, written in the varied wording payers, Medicare and Medicaid
 * plans, PBMs, hubs, specialty pharmacies and other senders use — not in the words of our rules. A
 * {placeholder} is a fact the letter states; the truth is derived from the placeholders a layout prints.
 * {@code html} layouts are portal pages.
 */
final class CorpusTemplates {

    record Template(String id, String type, boolean html, String text) {}

    private CorpusTemplates() {}

    private static final List<Template> FIRST = List.of(
            // ---------------------------------------------------------------- DENIAL
            new Template(
                    "D1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Clinical Pharmacy Review

                    Date of notice: {notice_long}

                    NOTICE OF ADVERSE BENEFIT DETERMINATION

                    Member Name: {name}
                    Member ID: {member}
                    Date of Birth: {dob_us}
                    Reference Number: {ref}
                    Medication: {drug}

                    Your request for coverage of the medication listed above has been denied.
                    Reason for denial: {reason}

                    You have {days} days from the date of this notice to file an appeal.
                    To appeal, call the number on your ID card or write to the address below.
                    """),
            new Template(
                    "D2",
                    "DENIAL",
                    false,
                    """
                    NOTICE OF DENIAL OF MEDICARE PRESCRIPTION DRUG COVERAGE

                    Date: {notice_us}
                    Enrollee's name: {name}
                    Member number: {member}
                    Drug: {generic}

                    We have denied the drug listed above that you or your prescriber requested.
                    We denied this request because {reason_lc}

                    If you disagree with our decision, you have the right to ask for a
                    redetermination. You must ask within {days} days of the date of this notice.
                    Case number: {ref}
                    """),
            new Template(
                    "D3",
                    "DENIAL",
                    false,
                    """
                    STATE MEDICAID PROGRAM
                    NOTICE OF ACTION

                    Notice date: {notice_us}
                    Recipient: {nameUpper}      Recipient ID: {member}
                    Birth date: {dob_us}
                    Prior Authorization Number: {ref}

                    The request for prior authorization of {drug} is DENIED.
                    Basis for the decision: {reason}

                    You may ask for a fair hearing. Your hearing request must be received
                    no later than {deadline_us}.
                    """),
            new Template(
                    "D4",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    PRIOR AUTHORIZATION DETERMINATION

                    Patient: {nameLF}        DOB: {dob_us}
                    ID: {member}             Case #: {ref}
                    Drug requested: {drug}
                    Determination: DENIED     Date of determination: {decision_us}

                    Denial rationale: {reason}

                    The prescriber may submit an appeal with supporting documentation.
                    """),
            new Template(
                    "D5",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Services

                    {notice_long}

                    RE: {name}, date of birth {dob_long}
                    Member ID: {member}
                    Authorization #: {ref}

                    Coverage determination: approved with modifications

                    Requested: {drug}, 2 pens every 14 days for 16 weeks
                    Approved: 1 pen every 28 days for 6 months

                    The requested quantity is more than the plan's quantity limit, so the part
                    of the request above the limit was denied. Reason: {reason}
                    You may appeal the denied part no later than {deadline_long}.
                    """),
            new Template(
                    "D6",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals and Grievances

                    Date: {notice_us}

                    Member: {name}
                    Member ID: {member}
                    Appeal reference: {appealref}
                    Drug: {drug}

                    APPEAL DECISION: UPHELD

                    A physician reviewer who was not part of the first decision reviewed your
                    appeal. We are upholding our original decision to deny coverage.
                    Rationale: {reason}

                    You may ask for an independent external review within {days} days of this notice.
                    """),
            new Template(
                    "D7",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Precertification

                    Date of letter: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Member ID: {member}
                    Request ID: {ref}
                    Medication: {drug}

                    On {earlier_long} we asked your doctor for more information. We did not receive
                    it in time, so we could not show the request meets the plan's criteria.
                    This request is denied for lack of information.

                    Your doctor can send a new request at any time, or you can appeal within
                    {days} days of the date of this letter.
                    """),
            new Template(
                    "D8",
                    "DENIAL",
                    true,
                    """
                    <html><head><title>ePA Determination</title></head><body>
                    <h2>Prior Authorization - Determination</h2>
                    <table>
                    <tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Date of Birth</td><td>{dob_us}</td></tr>
                    <tr><td>Member ID</td><td>{member}</td></tr>
                    <tr><td>Plan</td><td>{payer}</td></tr>
                    <tr><td>Medication</td><td>{drug}</td></tr>
                    <tr><td>ePA Key</td><td>{ref}</td></tr>
                    <tr><td>Outcome</td><td>Denied</td></tr>
                    </table>
                    <p>Denial reason: {reason}</p>
                    <p>Plan note: step therapy with {altdrug} is required before this medication can be covered.</p>
                    </body></html>
                    """),
            // ---------------------------------------------------------------- MORE_INFO_REQUEST
            new Template(
                    "M1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Utilization Management

                    Date: {notice_us}

                    REQUEST FOR ADDITIONAL INFORMATION

                    Patient Name: {name}
                    Date of Birth: {dob_us}
                    Member ID: {member}
                    Reference #: {ref}
                    Drug: {drug}

                    We have received the prior authorization request above. To complete our
                    review we need the following information from the prescriber:
                    {items_list}
                    Please fax the information within {days} days of the date of this letter.
                    """),
            new Template(
                    "M2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Medicare Prescription Drug Plan - Coverage Determination

                    Date: {notice_long}
                    Member: {name}
                    MBI: {member}
                    Drug requested: {generic}

                    We need more information from your prescriber before we can decide.
                    Please ask your prescriber to send:
                    {items_list}
                    We must receive the supporting statement by {deadline_long}.
                    Case ID: {ref}
                    """),
            new Template(
                    "M3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <!DOCTYPE html>
                    <html><body>
                    <h1>Request status: Pending - prescriber action needed</h1>
                    <p>Patient: {name} &nbsp; DOB: {dob_us}</p>
                    <p>Member ID: {member}</p>
                    <p>Medication: {drug}</p>
                    <p>Key: {ref}</p>
                    <h3>The plan has sent additional questions</h3>
                    <p>Please answer and attach:</p>
                    <ul>{items_html}</ul>
                    <p>Due date: {deadline_us}</p>
                    </body></html>
                    """),
            new Template(
                    "M4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Medical Director Review

                    Date: {notice_us}
                    Patient: {name}       DOB: {dob_us}
                    Member ID: {member}
                    Authorization #: {ref}
                    Drug: {drug}

                    Before a decision is made on this request, our medical director would like to
                    speak with the prescriber. Please call to schedule a peer-to-peer discussion,
                    or send the following so we can complete the review:
                    {items_list}
                    The request is pending; please respond by {deadline_us}.
                    """),
            new Template(
                    "M5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Notice of extension

                    Date: {notice_long}
                    Member: {name}
                    ID #: {member}
                    Reference: {ref}

                    We are taking up to 14 more days to decide on your request for {drug}
                    because we need more information. We asked your doctor for:
                    {items_list}
                    If we do not get this information, we will decide based on what we have,
                    and the request may be denied. Send the records no later than {deadline_long}.
                    """),
            new Template(
                    "M6",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    MISSING INFORMATION - PRIOR AUTHORIZATION

                    Patient: {nameLF}
                    DOB: {dob_us}
                    Member ID: {member}
                    PA Case: {ref}
                    Drug: {drug}

                    The following items are missing. The request cannot be processed until they
                    are received:
                    {items_checks}
                    Fax the missing items within {days} days of the date of this notice.
                    Date of notice: {notice_us}
                    """),
            new Template(
                    "M7",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    STATE MEDICAID PHARMACY PROGRAM

                    {notice_long}

                    Re: prior authorization request {ref}
                    Recipient name: {name}
                    Recipient ID: {member}
                    Medication: {drug}

                    Your request has been pended. Additional documentation is required:
                    {items_list}
                    If this information is not received, the request will be administratively
                    closed. Please submit it by {deadline_us}.
                    """),
            // ---------------------------------------------------------------- APPROVAL
            new Template(
                    "A1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization

                    Date: {notice_us}

                    Member Name: {name}
                    Member ID: {member}
                    Date of Birth: {dob_us}
                    Reference Number: {ref}

                    Your request for {drug} has been approved.
                    Approval dates: {start_us} through {end_us}
                    Date of decision: {decision_us}
                    """),
            new Template(
                    "A2",
                    "APPROVAL",
                    false,
                    """
                    NOTICE OF MEDICARE PRESCRIPTION DRUG COVERAGE APPROVAL

                    Date: {notice_long}
                    Enrollee: {name}
                    Member number: {member}

                    We approved your request for coverage of {generic}.
                    This approval is valid from {start_long} until {end_long}, as long as you stay
                    in our plan and the drug stays safe for you.
                    Request number: {ref}
                    """),
            new Template(
                    "A3",
                    "APPROVAL",
                    false,
                    """
                    MEDICAID PHARMACY PRIOR AUTHORIZATION

                    Recipient: {nameUpper}
                    Recipient ID: {member}
                    DOB: {dob_us}
                    PA Number: {ref}
                    Drug: {drug}

                    STATUS: APPROVED
                    Effective: {start_us}     Expires: {end_us}
                    Approval date: {decision_us}
                    """),
            new Template(
                    "A4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    PRIOR AUTHORIZATION DETERMINATION

                    Patient: {nameLF}         DOB: {dob_us}
                    ID: {member}              Case #: {ref}
                    Drug: {drug}
                    Determination: APPROVED
                    Authorization period: {start_us} - {end_us}

                    Claims for this drug will pay at the pharmacy during the authorization period.
                    """),
            new Template(
                    "A5",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Appeals Unit

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal #: {appealref}
                    Drug: {drug}

                    We reviewed your appeal. We reversed our earlier decision and the request is
                    now approved for {start_us} through {end_us}. The denial letter you received
                    earlier no longer applies.
                    """),
            new Template(
                    "A6",
                    "APPROVAL",
                    false,
                    """
                    Independent Review Organization
                    External Review Decision

                    Date: {notice_long}
                    Patient: {name}
                    Health plan: {payer}
                    Plan member ID: {member}
                    Drug: {drug}

                    The independent reviewer has overturned the health plan's denial. The plan
                    must cover the requested drug. This decision is binding on the plan.
                    """),
            new Template(
                    "A7",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Patient Name: {name}
                    DOB: {dob_us}
                    Member ID: {member}
                    Authorization Number: {ref}

                    Your request for {drug} was denied on {earlier_us} because records of prior
                    therapy were missing. Your doctor sent the records and asked us to look again.
                    After reconsideration, the request is approved. Authorization period:
                    {start_us} to {end_us}.
                    """),
            // ---------------------------------------------------------------- PHARMACY_NOTICE
            new Template(
                    "P1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    New prescription received

                    Date: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    Thank you for choosing our specialty pharmacy. We have received the
                    prescription and started a benefits investigation with the patient's plan.
                    We will contact the patient to schedule delivery once coverage is confirmed.
                    """),
            new Template(
                    "P2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescriber fax

                    Patient: {nameLF}
                    Date of birth: {dob_us}
                    Rx: {drug}

                    The claim for this prescription was rejected by the patient's plan:
                    PRIOR AUTHORIZATION REQUIRED. The prescription is on hold at our pharmacy.
                    Please start a prior authorization with the plan; we will dispense as soon
                    as it is approved.
                    """),
            new Template(
                    "P3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Investigation Summary

                    Patient: {name}
                    DOB: {dob_us}
                    Product: {drug}

                    Coverage: Pharmacy benefit
                    Prior authorization required: Yes
                    PA status: Not yet submitted by the practice
                    Estimated copay after the savings program: $0 to $5 per month

                    Your patient is enrolled in our support program. A care coordinator will follow up.
                    """),
            new Template(
                    "P4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Copay program enrollment confirmation

                    Patient: {name}
                    Date of Birth: {dob_long}
                    Medication: {drug}

                    Your patient has been enrolled in the copay savings program. The savings card
                    has been activated and the specialty pharmacy has been notified.
                    """),
            new Template(
                    "P5",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Delivery scheduled

                    Patient: {name}        DOB: {dob_us}
                    Medication: {drug}

                    The first shipment of this medication is scheduled for delivery on
                    {start_long}. A pharmacist will call the patient before delivery to review
                    storage and injection training.
                    """),
            new Template(
                    "P6",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill outreach

                    Patient: {nameLF}
                    DOB: {dob_us}
                    Medication: {drug}

                    We tried to reach the patient three times to schedule the next refill and
                    could not. Please ask the patient to call the pharmacy so the next dose is not
                    missed.
                    """),
            new Template(
                    "P7",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Prescription transfer notice

                    Patient: {name}     Date of Birth: {dob_us}
                    Medication: {drug}

                    The patient's plan requires this medication to be filled at an in-network
                    specialty pharmacy. We have transferred the prescription to the plan's
                    preferred specialty pharmacy. No action is needed from the office.
                    """),
            new Template(
                    "P8",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Coverage update

                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    Good news: the patient's insurance has approved the prior authorization.
                    We are contacting the patient to schedule the first shipment and will
                    send refill reminders before each dose.
                    """),
            // ---------------------------------------------------------------- OTHER
            new Template(
                    "O1",
                    "OTHER",
                    false,
                    """
                    Lakeside Family Medicine
                    Referral

                    Date: {notice_us}
                    Patient: {name}
                    DOB: {dob_us}

                    Referred to: Dermatology
                    Reason for referral: chronic itchy rash on both arms for two years, not
                    improving with over-the-counter creams. Please evaluate and treat.
                    Referring provider: family physician
                    """),
            new Template(
                    "O2",
                    "OTHER",
                    false,
                    """
                    Regional Clinical Laboratory
                    LABORATORY REPORT - FINAL

                    Patient: {name}
                    DOB: {dob_us}
                    Collected: {earlier_us}

                    Test                       Result       Reference range
                    QuantiFERON-TB Gold Plus   Negative     Negative
                    Hepatitis B surface Ag     Nonreactive  Nonreactive
                    CBC with differential      Normal
                    """),
            new Template(
                    "O3",
                    "OTHER",
                    false,
                    """
                    ATTENTION PRACTICE MANAGER

                    Cut your prior authorization paperwork in half!
                    Our revenue cycle specialists handle the busywork for you.
                    Call today for a free consultation - limited time special offer.

                    To be removed from our fax list, call 1-800-555-0199.
                    """),
            new Template(
                    "O4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Medical Records Request - Risk Adjustment Review

                    Date: {notice_us}
                    Member: {name}
                    DOB: {dob_us}

                    As part of our annual quality and risk adjustment review, please send copies of
                    medical records for dates of service in the last calendar year. This request
                    is not about a prior authorization and does not affect the member's coverage.
                    """),
            new Template(
                    "O5",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeals Department

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    We have received your appeal of our decision to deny coverage of {drug}.
                    This letter confirms the appeal was received on {earlier_us}; no decision has
                    been made yet. Appeals of denied pharmacy requests are usually decided within
                    30 days. We will send the decision in writing.
                    """),
            new Template(
                    "O6",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <h2>Eligibility &amp; Benefits Response</h2>
                    <p>Payer: {payer}</p>
                    <p>Subscriber name: {name}<br>Date of birth: {dob_us}<br>Subscriber ID: {member}</p>
                    <p>Coverage status: Active. Deductible met: No.</p>
                    <table><tr><th>Benefit</th><th>PA required</th></tr>
                    <tr><td>Specialty drugs</td><td>Yes</td></tr>
                    <tr><td>Office visits</td><td>No</td></tr></table>
                    </body></html>
                    """),
            new Template(
                    "O7",
                    "OTHER",
                    false,
                    """
                    FACSIMILE

                    To: Dermatology Office
                    From: {sender}
                    Date: {notice_us}
                    Pages: 1 (including this cover sheet)

                    Message: please see the following pages.

                    This fax may contain confidential information. If you received it in error,
                    please call the sender and destroy it.
                    """),
            new Template(
                    "O8",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Peer-to-peer scheduling confirmation

                    Member: {name}
                    Member ID: {member}
                    Reference: {ref}

                    A peer-to-peer conversation about the denied request for {drug} is scheduled
                    with our medical director. This confirms the appointment only; the earlier
                    decision stands until the conversation takes place.
                    """),
            new Template(
                    "O9",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Transition supply notice

                    Member: {name}
                    Member ID: {member}

                    We covered a one-time temporary supply of {drug} because it is not on our
                    drug list. To keep getting it, ask your doctor to request an exception or
                    switch to a drug on our list.
                    """));

    /**
     * One set of layouts: its key in {@code truth.jsonl}, which split its letters are in, and for a set held back
     * whole, what its evaluation row says of it (the commit whose rules and model froze before it was written).
     */
    record CorpusSet(String key, Split split, List<Template> layouts, String heldBackAs) {}

    /** DEV and HELD_BACK take a set whole; ONE_IN_FOUR holds back every fourth layout (the first two sets). */
    enum Split {
        DEV,
        HELD_BACK,
        ONE_IN_FOUR
    }

    // declared after FIRST: static fields are set in the order they are written
    /**
     * The sets in the order they were written: the first, as it was when the rules were first written, and the
     * second, each with one layout in four held back; after them a set written for dev, then a set held back
     * whole, written after the rules and the model of a named commit froze and evaluated once, by turns. A new
     * set is appended here, never inserted: the corpus' file numbers follow this order.
     */
    static final List<CorpusSet> SETS = List.of(
            new CorpusSet("first", Split.ONE_IN_FOUR, FIRST, null),
            new CorpusSet("wider", Split.ONE_IN_FOUR, WiderLayouts.ALL, null),
            new CorpusSet(
                    "unseen",
                    Split.HELD_BACK,
                    UnseenLayouts.ALL,
                    "third set only (written after the rules of a69062c froze)"),
            new CorpusSet("extra", Split.DEV, ExtraDevLayouts.ALL, null),
            new CorpusSet(
                    "final",
                    Split.HELD_BACK,
                    FinalCheckLayouts.ALL,
                    "fifth set only (written after the rules and model of 49579a6 froze)"),
            new CorpusSet("more", Split.DEV, MoreDevLayouts.ALL, null),
            new CorpusSet(
                    "fresh",
                    Split.HELD_BACK,
                    FreshLayouts.ALL,
                    "seventh set only (written after the rules and model of 2d9030a froze)"),
            new CorpusSet("broad", Split.DEV, BroadDevLayouts.ALL, null),
            new CorpusSet(
                    "last",
                    Split.HELD_BACK,
                    LastLayouts.ALL,
                    "ninth set only (written after the rules and model of d09ce59 froze)"),
            new CorpusSet("late", Split.DEV, LateDevLayouts.ALL, null),
            new CorpusSet(
                    "closing",
                    Split.HELD_BACK,
                    ClosingLayouts.ALL,
                    "eleventh set only (written after the rules and model of bc51d72 froze)"),
            new CorpusSet("round5", Split.DEV, RoundFiveDevLayouts.ALL, null),
            new CorpusSet(
                    "thirteenth",
                    Split.HELD_BACK,
                    ThirteenthLayouts.ALL,
                    "thirteenth set only (written after the rules and model of f754df0 froze)"),
            new CorpusSet("round6", Split.DEV, RoundSixDevLayouts.ALL, null),
            new CorpusSet(
                    "fifteenth",
                    Split.HELD_BACK,
                    FifteenthLayouts.ALL,
                    "fifteenth set only (written after the rules and model of a751ecc froze)"),
            new CorpusSet("round7", Split.DEV, RoundSevenDevLayouts.ALL, null),
            new CorpusSet(
                    "seventeenth",
                    Split.HELD_BACK,
                    SeventeenthLayouts.ALL,
                    "seventeenth set only (written after the rules and model of 9411c4c froze)"),
            new CorpusSet("round8", Split.DEV, RoundEightDevLayouts.ALL, null),
            new CorpusSet(
                    "nineteenth",
                    Split.HELD_BACK,
                    NineteenthLayouts.ALL,
                    "nineteenth set only (written after the rules and model of 5ed4c73 froze)"),
            new CorpusSet("round9", Split.DEV, RoundNineDevLayouts.ALL, null),
            new CorpusSet(
                    "twentyfirst",
                    Split.HELD_BACK,
                    TwentyFirstLayouts.ALL,
                    "twenty-first set only (written after the rules and model of dfb81bd froze)"),
            new CorpusSet("round10", Split.DEV, RoundTenDevLayouts.ALL, null),
            new CorpusSet(
                    "twentythird",
                    Split.HELD_BACK,
                    TwentyThirdLayouts.ALL,
                    "twenty-third set only (written after the rules and model of f3f76d8 froze)"),
            new CorpusSet("round11", Split.DEV, RoundElevenDevLayouts.ALL, null),
            new CorpusSet(
                    "twentyfifth",
                    Split.HELD_BACK,
                    TwentyFifthLayouts.ALL,
                    "twenty-fifth set only (written after the rules and model of bd4ad2a froze)"),
            new CorpusSet("round12", Split.DEV, RoundTwelveDevLayouts.ALL, null),
            new CorpusSet(
                    "twentyseventh",
                    Split.HELD_BACK,
                    TwentySeventhLayouts.ALL,
                    "twenty-seventh set only (written after the rules and model of c405f28 froze)"),
            new CorpusSet("round13", Split.DEV, RoundThirteenDevLayouts.ALL, null),
            new CorpusSet(
                    "twentyninth",
                    Split.HELD_BACK,
                    TwentyNinthLayouts.ALL,
                    "twenty-ninth set only (written after the rules and model of b543441 froze)"),
            new CorpusSet("round14", Split.DEV, RoundFourteenDevLayouts.ALL, null),
            new CorpusSet(
                    "thirtyfirst",
                    Split.HELD_BACK,
                    ThirtyFirstLayouts.ALL,
                    "thirty-first set only (written after the rules and model of d08e4da froze)"),
            new CorpusSet("round15", Split.DEV, RoundFifteenDevLayouts.ALL, null),
            new CorpusSet(
                    "thirtythird",
                    Split.HELD_BACK,
                    ThirtyThirdLayouts.ALL,
                    "thirty-third set only (written after the rules and model of 22a0581 froze)"),
            new CorpusSet("round16", Split.DEV, RoundSixteenDevLayouts.ALL, null),
            new CorpusSet(
                    "thirtyfifth",
                    Split.HELD_BACK,
                    ThirtyFifthLayouts.ALL,
                    "thirty-fifth set only (written after the rules and model of ebf634f froze)"),
            new CorpusSet("round17", Split.DEV, RoundSeventeenDevLayouts.ALL, null),
            new CorpusSet(
                    "thirtyseventh",
                    Split.HELD_BACK,
                    ThirtySeventhLayouts.ALL,
                    "thirty-seventh set only (written after the rules and model of 2968b8c froze)"),
            new CorpusSet("round18", Split.DEV, RoundEighteenDevLayouts.ALL, null),
            new CorpusSet(
                    "thirtyninth",
                    Split.HELD_BACK,
                    ThirtyNinthLayouts.ALL,
                    "thirty-ninth set only (written after the rules and model of 57ee926 froze)"),
            new CorpusSet("round19", Split.DEV, RoundNineteenDevLayouts.ALL, null),
            new CorpusSet(
                    "fortyfirst",
                    Split.HELD_BACK,
                    FortyFirstLayouts.ALL,
                    "forty-first set only (written after the rules and model of d21aaf7 froze)"),
            new CorpusSet("round20", Split.DEV, RoundTwentyDevLayouts.ALL, null),
            new CorpusSet(
                    "fortythird",
                    Split.HELD_BACK,
                    FortyThirdLayouts.ALL,
                    "forty-third set only (written after the rules and model of 0f89fc6 froze)"),
            new CorpusSet("round21", Split.DEV, RoundTwentyOneDevLayouts.ALL, null),
            new CorpusSet(
                    "fortyfifth",
                    Split.HELD_BACK,
                    FortyFifthLayouts.ALL,
                    "forty-fifth set only (written after the rules and model of 43220c0 froze)"),
            new CorpusSet("round22", Split.DEV, RoundTwentyTwoDevLayouts.ALL, null),
            new CorpusSet(
                    "fortyseventh",
                    Split.HELD_BACK,
                    FortySeventhLayouts.ALL,
                    "forty-seventh set only (written after the rules and model of e9ad956 froze)"),
            new CorpusSet("round23", Split.DEV, RoundTwentyThreeDevLayouts.ALL, null),
            new CorpusSet(
                    "fortyninth",
                    Split.HELD_BACK,
                    FortyNinthLayouts.ALL,
                    "forty-ninth set only (written after the rules and model of 420298b froze)"),
            new CorpusSet("round24", Split.DEV, RoundTwentyFourDevLayouts.ALL, null),
            new CorpusSet(
                    "fiftyfirst",
                    Split.HELD_BACK,
                    FiftyFirstLayouts.ALL,
                    "fifty-first set only (written after the rules and model of 39a76c7 froze)"),
            new CorpusSet("round25", Split.DEV, RoundTwentyFiveDevLayouts.ALL, null),
            new CorpusSet(
                    "fiftythird",
                    Split.HELD_BACK,
                    FiftyThirdLayouts.ALL,
                    "fifty-third set only (written after the rules and model of fd34992 froze)"),
            new CorpusSet("round26", Split.DEV, RoundTwentySixDevLayouts.ALL, null),
            new CorpusSet(
                    "fiftyfifth",
                    Split.HELD_BACK,
                    FiftyFifthLayouts.ALL,
                    "fifty-fifth set only (written after the rules and model of f57997b froze)"),
            new CorpusSet("round27", Split.DEV, RoundTwentySevenDevLayouts.ALL, null),
            new CorpusSet(
                    "fiftyseventh",
                    Split.HELD_BACK,
                    FiftySeventhLayouts.ALL,
                    "fifty-seventh set only (written after the rules and model of 68c05d6 froze)"),
            new CorpusSet("round28", Split.DEV, RoundTwentyEightDevLayouts.ALL, null),
            new CorpusSet(
                    "fiftyninth",
                    Split.HELD_BACK,
                    FiftyNinthLayouts.ALL,
                    "fifty-ninth set only (written after the rules and model of b3a5a52 froze)"),
            new CorpusSet("round29", Split.DEV, RoundTwentyNineDevLayouts.ALL, null),
            new CorpusSet(
                    "sixtyfirst",
                    Split.HELD_BACK,
                    SixtyFirstLayouts.ALL,
                    "sixty-first set only (written after the rules and model of 06caccd froze)"),
            new CorpusSet("round30", Split.DEV, RoundThirtyDevLayouts.ALL, null),
            new CorpusSet(
                    "sixtythird",
                    Split.HELD_BACK,
                    SixtyThirdLayouts.ALL,
                    "sixty-third set only (written after the rules and model of 2bf4685 froze)"),
            new CorpusSet("round31", Split.DEV, RoundThirtyOneDevLayouts.ALL, null),
            new CorpusSet(
                    "sixtyfifth",
                    Split.HELD_BACK,
                    SixtyFifthLayouts.ALL,
                    "sixty-fifth set only (written after the rules and model of 2da9350 froze)"),
            new CorpusSet("round32", Split.DEV, RoundThirtyTwoDevLayouts.ALL, null),
            new CorpusSet(
                    "sixtyseventh",
                    Split.HELD_BACK,
                    SixtySeventhLayouts.ALL,
                    "sixty-seventh set only (written after the rules and model of 8db7009 froze)"),
            new CorpusSet("round33", Split.DEV, RoundThirtyThreeDevLayouts.ALL, null),
            new CorpusSet(
                    "sixtyninth",
                    Split.HELD_BACK,
                    SixtyNinthLayouts.ALL,
                    "sixty-ninth set only (written after the rules and model of 48475cf froze)"),
            new CorpusSet("round34", Split.DEV, RoundThirtyFourDevLayouts.ALL, null),
            new CorpusSet(
                    "seventyfirst",
                    Split.HELD_BACK,
                    SeventyFirstLayouts.ALL,
                    "seventy-first set only (written after the rules and model of 2f1ebfc froze)"),
            new CorpusSet("round35", Split.DEV, RoundThirtyFiveDevLayouts.ALL, null),
            new CorpusSet(
                    "seventythird",
                    Split.HELD_BACK,
                    SeventyThirdLayouts.ALL,
                    "seventy-third set only (written after the rules and model of e0f04e7 froze)"),
            new CorpusSet("round36", Split.DEV, RoundThirtySixDevLayouts.ALL, null),
            new CorpusSet(
                    "seventyfifth",
                    Split.HELD_BACK,
                    SeventyFifthLayouts.ALL,
                    "seventy-fifth set only (written after the rules and model of 11fc8de froze)"),
            new CorpusSet("round37", Split.DEV, RoundThirtySevenDevLayouts.ALL, null),
            new CorpusSet(
                    "seventyseventh",
                    Split.HELD_BACK,
                    SeventySeventhLayouts.ALL,
                    "seventy-seventh set only (written after the rules and model of 8bbf371 froze)"),
            new CorpusSet("round38", Split.DEV, RoundThirtyEightDevLayouts.ALL, null),
            new CorpusSet(
                    "seventyninth",
                    Split.HELD_BACK,
                    SeventyNinthLayouts.ALL,
                    "seventy-ninth set only (written after the rules and model of ddfb332 froze)"),
            new CorpusSet("round39", Split.DEV, RoundThirtyNineDevLayouts.ALL, null),
            new CorpusSet(
                    "eightyfirst",
                    Split.HELD_BACK,
                    EightyFirstLayouts.ALL,
                    "eighty-first set only (written after the rules and model of fbf7477 froze)"),
            new CorpusSet("round40", Split.DEV, RoundFortyDevLayouts.ALL, null),
            new CorpusSet(
                    "eightythird",
                    Split.HELD_BACK,
                    EightyThirdLayouts.ALL,
                    "eighty-third set only (written after the rules and model of 49e5922 froze)"),
            new CorpusSet("round41", Split.DEV, RoundFortyOneDevLayouts.ALL, null),
            new CorpusSet(
                    "eightyfifth",
                    Split.HELD_BACK,
                    EightyFifthLayouts.ALL,
                    "eighty-fifth set only (written after the rules and model of 5e27dbc froze)"),
            new CorpusSet(
                    "eightysixth",
                    Split.HELD_BACK,
                    EightySixthLayouts.ALL,
                    "eighty-sixth set only (written after the rules and model of ea0969f froze)"),
            new CorpusSet("round42", Split.DEV, RoundFortyTwoDevLayouts.ALL, null),
            new CorpusSet(
                    "eightyeighth",
                    Split.HELD_BACK,
                    EightyEighthLayouts.ALL,
                    "eighty-eighth set only (written after the rules and model of 7db56b8 froze)"),
            new CorpusSet("round43", Split.DEV, RoundFortyThreeDevLayouts.ALL, null),
            new CorpusSet(
                    "ninetieth",
                    Split.HELD_BACK,
                    NinetiethLayouts.ALL,
                    "ninetieth set only (written after the rules and model of 9011326 froze)"),
            new CorpusSet("round44", Split.DEV, RoundFortyFourDevLayouts.ALL, null),
            new CorpusSet(
                    "ninetysecond",
                    Split.HELD_BACK,
                    NinetySecondLayouts.ALL,
                    "ninety-second set only (written after the rules and model of efd77d4 froze)"),
            new CorpusSet("round45", Split.DEV, RoundFortyFiveDevLayouts.ALL, null),
            new CorpusSet(
                    "ninetyfourth",
                    Split.HELD_BACK,
                    NinetyFourthLayouts.ALL,
                    "ninety-fourth set only (written after the rules and model of c4213bf froze)"),
            new CorpusSet("round46", Split.DEV, RoundFortySixDevLayouts.ALL, null),
            new CorpusSet(
                    "ninetysixth",
                    Split.HELD_BACK,
                    NinetySixthLayouts.ALL,
                    "ninety-sixth set only (written after the rules and model of 2c406c4 froze)"),
            new CorpusSet("round47", Split.DEV, RoundFortySevenDevLayouts.ALL, null),
            new CorpusSet(
                    "ninetyeighth",
                    Split.HELD_BACK,
                    NinetyEighthLayouts.ALL,
                    "ninety-eighth set only (written after the rules and model of e66bf08 froze)"),
            new CorpusSet("round48", Split.DEV, RoundFortyEightDevLayouts.ALL, null),
            new CorpusSet(
                    "hundredth",
                    Split.HELD_BACK,
                    HundredthLayouts.ALL,
                    "hundredth set only (written after the rules and model of 974cbe4 froze)"),
            new CorpusSet("round49", Split.DEV, RoundFortyNineDevLayouts.ALL, null),
            new CorpusSet(
                    "hundredsecond",
                    Split.HELD_BACK,
                    HundredSecondLayouts.ALL,
                    "hundred-and-second set only (written after the rules and model of 50238e8 froze)"),
            new CorpusSet("round50", Split.DEV, RoundFiftyDevLayouts.ALL, null),
            new CorpusSet("round51", Split.DEV, RoundFiftyOneDevLayouts.ALL, null),
            new CorpusSet(
                    "hundredfifth",
                    Split.HELD_BACK,
                    HundredFifthLayouts.ALL,
                    "hundred-and-fifth set only (written after the rules and model of 46a1e93 froze)"),
            new CorpusSet("round52", Split.DEV, RoundFiftyTwoDevLayouts.ALL, null),
            new CorpusSet(
                    "hundredseventh",
                    Split.HELD_BACK,
                    HundredSeventhLayouts.ALL,
                    "hundred-and-seventh set only (written after the rules and model of 6e30194 froze)"));

    static final List<Template> ALL =
            SETS.stream().flatMap(set -> set.layouts().stream()).toList();

    /** The set the layout at this index of {@link #ALL} belongs to. */
    static CorpusSet setOf(int index) {
        int end = 0;
        for (CorpusSet set : SETS) {
            end += set.layouts().size();
            if (index < end) return set;
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** "dev" or "heldback", the split of the layout at this index of {@link #ALL}. */
    static String splitOf(int index) {
        return switch (setOf(index).split()) {
            case DEV -> "dev";
            case HELD_BACK -> "heldback";
            case ONE_IN_FOUR -> index % 4 == 3 ? "heldback" : "dev";
        };
    }
}
