package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifty-fourth set of corpus layouts, all dev: approvals that recall an earlier no in their own words (a
 * reconsideration, a reversal, "this time the plan will pay"), approvals that say yes plainly ("okay to fill",
 * "Result: Yes"), denials that say no plainly ("the plan will not pay", "Outcome: Unfavorable") or next to an
 * alternative that is approved, requests asked as a question or a gap in the file, and other mail that asks the
 * office for papers (a credentialing file, a claims audit) or lifts a prior-authorization rule.
 */
final class RoundTwentySixDevLayouts {

    private RoundTwentySixDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AHD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Re: {name}      Ref {ref}

                    The plan has looked at the request for {drug}. The plan will not pay
                    for it. {reason}
                    You may appeal within 60 days of this letter.
                    """),
            new Template(
                    "AHD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Renewal Review

                    Patient: {nameLF}      Case: {ref}

                    The earlier authorization of {drug} ended on {earlier_us}. The renewal
                    request has not been approved. {reason}
                    """),
            new Template(
                    "AHD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Management

                    Member: {nameLF}      Member ID: {member}
                    Case: {ref}
                    Medication: {drug}
                    Outcome: Unfavorable

                    {reason}
                    """),
            new Template(
                    "AHD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} | Request {ref}</p>
                    <p>Dear prescriber, the request for {drug} for {name} was reviewed
                    against the plan's criteria and the plan did not find it medically
                    necessary. Alternatives that the plan has approved for other members
                    include {altdrug}.</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "AHD5",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals Unit

                    RE: {name}      Appeal: {appealref}

                    A second reviewer, a board-certified dermatologist, looked at the appeal
                    for {drug}. We are keeping our first decision. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AHA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Reconsideration Outcome

                    Member: {name}      ID: {member}
                    Case: {ref}

                    On {earlier_us} we wrote that we could not cover {drug}. With the
                    records your office sent since then, the answer has changed: {drug} is
                    now covered through {end_us}.
                    """),
            new Template(
                    "AHA2",
                    "APPROVAL",
                    false,
                    """
                    From: {pbm}
                    Subject: Update on {ref}

                    The earlier no on {drug} for {name} has been reversed. Fills are
                    allowed from {start_us} to {end_us}.
                    """),
            new Template(
                    "AHA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Appeal Decision for {name}</p>
                    <table>
                    <tr><td>First decision</td><td>Not covered ({earlier_us})</td></tr>
                    <tr><td>Appeal decision</td><td>Overturned</td></tr>
                    <tr><td>Drug</td><td>{drug}, through {end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "AHA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear Doctor,

                    You asked us to look again at {name}'s {drug}. We did, and this time
                    the plan will pay for it. The number is {ref} and it is good until
                    {end_us}.
                    """),
            new Template(
                    "AHA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Drug: {drug}
                    Result: Yes - the plan pays for this drug from {start_us} through {end_us}
                    Reference: {ref}
                    """),
            new Template(
                    "AHA6",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Review

                    Patient: {nameLF}      Case #{ref}
                    {drug}: OK to fill. Limit 2 pens per 28 days. Valid until {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AHM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Ref: {ref}

                    Before a decision can be made on {drug}, the reviewer needs:
                    {items_list}
                    Please send them by {deadline_us}.
                    """),
            new Template(
                    "AHM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Ref: {ref}

                    We looked at the {drug} request, but the file does not show how long the
                    patient used {altdrug} or why it was stopped. Please tell us the dates.{asks:prior therapy history}
                    """),
            new Template(
                    "AHM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {pbm}
                    Subject: {name} - {drug}

                    Hi, this is the review team. Quick one: what was the patient's EASI at
                    the last visit? Reply here or fax it to us.{asks:severity score / BSA}
                    """),
            new Template(
                    "AHM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Clinical Review

                    Patient: {name}      Case: {ref}      Drug: {drug}

                    A peer-to-peer is not needed yet. To finish the review we first need
                    {items_list}
                    by {deadline_us}.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AHO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Credentialing

                    Your recredentialing file is due. Please send a copy of your current DEA
                    certificate and your malpractice insurance face sheet by {deadline_us}.
                    """),
            new Template(
                    "AHO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Prior Authorization List Update

                    Starting {start_us}, {drug} no longer needs prior authorization for
                    members with plaque psoriasis. Authorizations already approved stay in
                    place until they end.
                    """),
            new Template(
                    "AHO3",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Claims Audit

                    We are auditing paid claims for {drug}. Please send the chart notes and
                    prescriptions for the members on the enclosed list by {deadline_us}.
                    """),
            new Template(
                    "AHO4",
                    "OTHER",
                    false,
                    """
                    Northgate Clinical Laboratory

                    Patient: {name}      DOB: {dob_us}
                    Test: QuantiFERON-TB Gold Plus
                    Result: Negative
                    Reported: {notice_us}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AHP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    We received a new prescription for {drug} for {name}. The insurance
                    needs a prior authorization before we can fill it. We sent the request
                    to your office electronically; please complete it.
                    """),
            new Template(
                    "AHP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Good news: the benefits check for {name} is done. The plan covers
                    {drug}, and with the copay card the patient pays $5 a month.
                    """));
}
