package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirtieth set of corpus layouts, all dev: the kinds the held-back aggregates still confuse, in
 * wordings not yet in the corpus. Denials that talk about approval (an approval revoked, a renewal not
 * granted, approved alternatives), requests that never say "information", approvals full of "no" and "not",
 * a pharmacy's fax about a payer's decision, and a payer's general mail that names a drug.
 */
final class RoundFourteenDevLayouts {

    private RoundFourteenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "RRD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Notice of Non-Renewal

                    Member: {name}      ID: {member}
                    Authorization: {ref}

                    The current approval of {drug} ends on {end_us}. The renewal request
                    was reviewed and will not be extended. {reason}
                    """),
            new Template(
                    "RRD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}     DOB: {dob_us}
                    Reference: {ref}

                    Approval criteria for {drug} were not satisfied. The following
                    alternatives are approved without prior authorization: {altdrug}.
                    {reason}
                    """),
            new Template(
                    "RRD3",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Pharmacy Services
                    Subject: Determination for {ref}

                    We could not approve {drug} for {name}. {reason} If you disagree you
                    may ask for an appeal.
                    """),
            new Template(
                    "RRD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    COVERAGE DETERMINATION

                    Enrollee: {name}
                    Request #: {ref}
                    Medication: {drug}

                    Outcome ........ Unfavorable
                    Rationale ...... {reason}
                    """),
            new Template(
                    "RRD5",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer} Provider Portal</h2>
                    <table>
                    <tr><td>Case</td><td>{ref}</td></tr>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Service</td><td>{drug}</td></tr>
                    <tr><td>Decision</td><td>Adverse</td></tr>
                    </table>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "RRD6",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear Dr. Patel,

                    Your patient {name} was previously approved for {drug}. That
                    approval has been revoked as of {notice_us}. {reason}
                    """),
            new Template(
                    "RRD7",
                    "DENIAL",
                    false,
                    """
                    {payer} Clinical Review

                    Member: {nameLF}    Member ID: {member}
                    PA number: {ref}

                    After review by a board-certified dermatologist, {drug} is not
                    authorized. {reason} You can request a peer-to-peer discussion
                    within 14 days of this letter.
                    """),
            new Template(
                    "RRD8",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Pharmacy Benefit Decision

                    Patient: {name}
                    Claim reference: {ref}

                    The pharmacy was told that {drug} is not payable under the plan.
                    {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "RRA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    No further information is needed. {drug} is authorized from
                    {start_us} through {end_us}.
                    """),
            new Template(
                    "RRA2",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Prior Authorization
                    Subject: {ref} - decision

                    Good news for {name}: the request for {drug} did not need the peer
                    review and has been granted until {end_us}.
                    """),
            new Template(
                    "RRA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {nameLF}
                    Case: {ref}

                    The denial issued earlier has been reversed on reconsideration.
                    {drug} is now approved through {end_us}.
                    """),
            new Template(
                    "RRA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} - Authorization Detail</h3>
                    <p>Member: {name} | Auth #: {ref}</p>
                    <p>Drug: {drug}</p>
                    <p>Determination: Favorable</p>
                    <p>Effective {start_us} - {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "RRA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Authorization: {ref}

                    You do not need to send anything else. The plan will pay for {drug}
                    through {end_us}. No prior authorization is needed for refills in that
                    period.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "RRM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Our file for {drug} is incomplete. We are missing:
                    {items_list}
                    Please fax them by {deadline_us}.
                    """),
            new Template(
                    "RRM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Utilization Review
                    Subject: {ref}

                    To continue processing the {drug} request for {name}, forward the
                    chart notes that document the body surface area.
                    """),
            new Template(
                    "RRM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Pended Request

                    Patient: {name}      DOB: {dob_us}
                    Case: {ref}

                    The reviewer cannot finish the review of {drug} until these arrive:
                    {items_list}
                    """),
            new Template(
                    "RRM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {nameLF}
                    PA: {ref}

                    The submitted form for {drug} was not signed by the prescriber. Sign
                    it and send it back by {deadline_us} so that the review can go on.
                    """),
            new Template(
                    "RRM5",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Portal - Action Required</h3>
                    <p>Request {ref} for {name}</p>
                    <p>Medication: {drug}</p>
                    <p>Status: Awaiting provider response</p>
                    <p>Upload: {items_html}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "RRP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The insurance rejected the claim and says a prior authorization is
                    needed. Once the plan approves it, we will call the patient to set up
                    delivery.
                    """),
            new Template(
                    "RRP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}

                    The plan denied {drug}, so we have enrolled the patient in the bridge
                    program. The first free dose ships this week.
                    """),
            new Template(
                    "RRP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Transfer notice

                    The prescription for {drug} for {name} was transferred to us from the
                    patient's retail pharmacy. We will verify benefits and contact you.
                    """),
            new Template(
                    "RRP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Medication: {drug}

                    Benefits check complete: the plan requires prior authorization. The
                    copay card is active and will cover the patient's share once approved.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "RRO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Network News

                    This quarter our approval turnaround for specialty drugs fell to two
                    days. Thank you for submitting complete requests.
                    """),
            new Template(
                    "RRO2",
                    "OTHER",
                    false,
                    """
                    Northside Family Medicine

                    Re: {name}       DOB: {dob_us}

                    Thank you for seeing our patient for eczema that has not responded to
                    topical steroids. Her notes are enclosed.
                    """),
            new Template(
                    "RRO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Credentialing Department

                    Your recredentialing application was received. No action is needed
                    at this time; we will write if anything is missing.
                    """),
            new Template(
                    "RRO4",
                    "OTHER",
                    false,
                    """
                    From: Front Desk
                    Subject: {name} rescheduled

                    {name} moved the injection teaching visit to next Tuesday. The {drug}
                    starter kit is still in the fridge.
                    """));
}
