package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The forty-eighth set of corpus layouts, all dev: denials that grant a little and refuse the rest, approvals in a
 * table or in a member's plain words, requests phoned in, asked as one question or as blank fields, and general
 * mail that speaks of approvals and requests without making one.
 */
final class RoundTwentyThreeDevLayouts {

    private RoundTwentyThreeDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "PPD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage Determination

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    We reviewed the request for {drug}. A 30-day supply was approved so that
                    therapy is not interrupted; the remaining 11 months requested were not.
                    {reason}
                    """),
            new Template(
                    "PPD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>{pbm} - Review Result</h3>
                    <p>Patient: {name} | Case {ref}</p>
                    <table>
                    <tr><th>Requested</th><th>Result</th></tr>
                    <tr><td>{drug} every 2 weeks</td><td>Not authorized</td></tr>
                    <tr><td>{drug} every 4 weeks</td><td>Authorized</td></tr>
                    </table>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "PPD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Management

                    RE: {nameLF}      DOB {dob_us}
                    Auth # {ref}

                    Outcome: Adverse determination.
                    Medication: {drug}
                    Rationale: {reason}
                    """),
            new Template(
                    "PPD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your doctor asked us to cover {drug} for you. We said no to this
                    request. Here is why: {reason}

                    You or your doctor can ask us to look at this again.
                    """),
            new Template(
                    "PPD5",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Reconsideration Outcome

                    Member: {name}
                    Original reference: {ref}

                    Upon reconsideration, the original decision on {drug} stands. {reason}
                    """),
            new Template(
                    "PPD6",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Member #: {member}

                    {drug} is excluded from this member's benefit plan, so coverage cannot be
                    provided under the prior authorization process. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "PPM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    PHONE MESSAGE

                    Caller: {payer} utilization review nurse
                    Re: {name} - {drug}
                    Message: she needs the last two office notes and the body surface area
                    before she can finish the review. Ref {ref}. Needs them by {deadline_us}.{asks:chart notes|severity score / BSA}
                    """),
            new Template(
                    "PPM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Prescriber attestation required for {drug}. Sign and return the enclosed
                    attestation by {deadline_us} so that the review can continue.
                    """),
            new Template(
                    "PPM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Incomplete Request Notice

                    Patient: {nameLF}      Case: {ref}

                    The form submitted for {drug} is incomplete. Complete the following and
                    fax it back by {deadline_us}:
                    {items_list}
                    """),
            new Template(
                    "PPM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal</h3>
                    <table>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Reference</td><td>{ref}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Pended - additional information needed</td></tr>
                    <tr><td>Respond by</td><td>{deadline_us}</td></tr>
                    </table>
                    {items_html}
                    </body></html>
                    """),
            new Template(
                    "PPM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Pharmacy Team
                    Subject: Question on {ref}

                    Hi, one question before we can finish the {drug} review for {name}: has
                    the patient tried a topical steroid? Reply with the dates and the result.{asks:prior therapy history}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "PPA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Notice of Coverage

                    Member: {name}      ID: {member}
                    Medication: {drug}
                    Decision: Meets criteria
                    Effective: {start_us} - {end_us}
                    """),
            new Template(
                    "PPA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Appeal Decision

                    Dear {name},

                    Your appeal was successful. We overturned our earlier decision and will
                    cover {drug} until {end_us}.
                    """),
            new Template(
                    "PPA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{pbm} Authorization Summary</h3>
                    <p>{name} | Ref {ref}</p>
                    <table>
                    <tr><th>Service</th><th>Units</th><th>Status</th></tr>
                    <tr><td>{drug}</td><td>2</td><td>Authorized</td></tr>
                    </table>
                    <p>Valid {start_us} to {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "PPA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Good news about your medicine. Your plan will pay for {drug} from
                    {start_us} to {end_us}. Take this letter to your pharmacy if asked.
                    """),
            new Template(
                    "PPA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Patient: {nameLF}      DOB: {dob_us}
                    Determination: Certified
                    Certification number: {ref}
                    Certified units: 26 for {drug}
                    Certification period: {start_us} - {end_us}
                    """),
            new Template(
                    "PPA6",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Rx: {drug}

                    Override entered. Claims for {drug} will pay at the pharmacy through
                    {end_us}. Reference {ref}.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "PPO1",
                    "OTHER",
                    false,
                    """
                    {payer}

                    How did we do? Please take our two-minute survey about your recent
                    prior authorization request. Your answers help us approve requests
                    faster.
                    """),
            new Template(
                    "PPO2",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Formulary Update

                    Effective {start_us}, {drug} will need prior authorization for new
                    starts. Approvals granted before that date stay valid until they end.
                    """),
            new Template(
                    "PPO3",
                    "OTHER",
                    false,
                    """
                    MESSAGE FOR DR. OKAFOR

                    Patient {name} called to ask whether the {drug} approval came through.
                    I told her we are still waiting to hear from the insurance.
                    - Reception
                    """),
            new Template(
                    "PPO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeals Unit

                    RE: {name}

                    Your request for reconsideration of the {drug} decision has been
                    received and assigned number {appealref}. A decision will be mailed
                    within 30 days.
                    """),
            new Template(
                    "PPO5",
                    "OTHER",
                    false,
                    """
                    Riverside Family Medicine
                    Referral

                    Patient: {name}      DOB: {dob_us}
                    Reason for referral: moderate to severe eczema, please evaluate for
                    biologic therapy. Please schedule at your earliest opening.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "PPP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Medication: {drug}

                    Refill reminder sent to the patient. Next shipment is scheduled for
                    {start_us}. The authorization on file is valid through {end_us}.
                    """),
            new Template(
                    "PPP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    Benefits investigation complete: the patient's plan requires prior
                    authorization. Our field reimbursement manager can help your office
                    with the forms.
                    """));
}
