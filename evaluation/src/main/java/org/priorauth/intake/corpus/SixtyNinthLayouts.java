package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixty-ninth set of corpus layouts, held back whole: written after the rules and letter model of 48475cf
 * froze, committed before its one evaluation. Four of each type, in layouts and words the rules were not written
 * on.
 */
final class SixtyNinthLayouts {

    private SixtyNinthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AYD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Adverse Benefit Determination

                    Patient: {name}      Member ID: {member}
                    Authorization: {ref}
                    Requested: {drug}

                    Our medical director reviewed this request and determined that it is
                    not medically necessary. {reason}
                    An expedited appeal is available if waiting could seriously harm the
                    patient's health.
                    """),
            new Template(
                    "AYD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>Dear Prescriber,</p>
                    <p>{pbm} was unable to approve the prior authorization request for
                    {drug} submitted for {name} (reference {ref}). {reason}</p>
                    <p>A peer-to-peer conversation about this decision can be requested
                    within 14 days.</p>
                    </body></html>
                    """),
            new Template(
                    "AYD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    RE: {name}      PA: {ref}

                    DECISION SUMMARY
                    Drug                      Decision
                    {drug} loading dose       Approved
                    {drug} maintenance        Not approved
                    {reason}
                    """),
            new Template(
                    "AYD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Appeal Decision

                    Member: {name}      Case: {ref}

                    We reviewed your appeal for {drug} and our original decision will not
                    change. {reason}
                    You can ask for an independent review of this decision.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AYM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    NOTICE OF PENDED REQUEST

                    Patient: {name}      Case #: {ref}
                    Drug requested: {drug}

                    We need more information to review this request. Please fax:
                    {items_list}
                    If we do not receive it by {deadline_us}, a decision will be made
                    with the information we have.
                    """),
            new Template(
                    "AYM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Prior Authorization Department</p>
                    <p>Member: {name} &middot; Reference: {ref}</p>
                    <p>Your request for {drug} is missing the following:</p>
                    {items_html}
                    <p>Please upload by {deadline_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "AYM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    To: Prescriber of {name}
                    Request {ref} - {drug}

                    The nurse reviewer asks: has the patient used a topical steroid and
                    for how long? Please answer on this form and fax it back by
                    {deadline_us}.{asks:prior therapy history}
                    """),
            new Template(
                    "AYM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Pharmacy Prior Authorization
                    EXTENSION NOTICE

                    Member: {name}      Request #: {ref}

                    We are taking up to 14 more days to decide on {drug} because we need
                    the patient's TB test result. Send it by {deadline_us}.{asks:TB test}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AYA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Approval

                    Member: {name}      Member ID: {member}
                    Authorization Number: {ref}
                    Medication: {drug}
                    Approved Duration: {start_us} to {end_us}
                    """),
            new Template(
                    "AYA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>Hello,</p>
                    <p>Just confirming that {drug} for {name} went through. The approval
                    (#{ref}) runs until {end_us}. Let us know if the pharmacy has trouble.</p>
                    <p>{pbm} PA Team</p>
                    </body></html>
                    """),
            new Template(
                    "AYA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Independent Review Result

                    Enrollee: {name}      Case: {ref}

                    The independent reviewer disagreed with the plan's denial of {drug}.
                    The plan must now cover it. Coverage starts {start_us}.
                    """),
            new Template(
                    "AYA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    PA reference: {ref}

                    Your request for {drug} has been reviewed and meets the plan's
                    guidelines. An authorization has been entered through {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AYP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      Drug: {drug}

                    Good news: the insurance approved the prescription. The patient's copay
                    is $5 with the savings card. First shipment goes out {start_us}.
                    """),
            new Template(
                    "AYP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub} Case Manager</p>
                    <p>We are still waiting on the plan's decision for {name}'s {drug}. The
                    patient can get a free bridge supply while we wait.</p>
                    </body></html>
                    """),
            new Template(
                    "AYP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Claim Rejection Notice

                    Patient: {name}
                    Drug: {drug}
                    Reject code 75: prior authorization required. Please contact the plan.
                    """),
            new Template(
                    "AYP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Re: {name}
                    We could not deliver {drug} on {start_us}; nobody was home. We will try
                    again tomorrow.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AYO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Explanation of Benefits

                    THIS IS NOT A BILL
                    Member: {name}
                    Service date: {start_us}      Provider: Riverside Dermatology
                    Amount billed: $245.00      Plan paid: $180.00
                    """),
            new Template(
                    "AYO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>Join us for a free dinner talk on new treatments for moderate to severe
                    atopic dermatitis. Seats are limited. RSVP by replying to this email.</p>
                    </body></html>
                    """),
            new Template(
                    "AYO3",
                    "OTHER",
                    false,
                    """
                    Northside Family Practice
                    Referral

                    Patient: {name}      DOB: {dob_us}
                    Reason for referral: psoriasis not controlled on topical treatment.
                    Please see the patient within 4 weeks.
                    """),
            new Template(
                    "AYO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeal Acknowledgement

                    Re: {name}      Appeal #: {appealref}

                    We have your appeal of the denied request for {drug}. We will write to
                    you when the review is complete.
                    """));
}
