package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirty-second set of corpus layouts, all dev: short letters that say their decision once, in words not
 * yet in the corpus. Denials that offer something else or cite a benefit exclusion, approvals in a member's
 * plain language or a PBM's terse lines, requests worded as questions or as what the reviewer could not find,
 * a pharmacy's shipping delay and a relayed denial, an eligibility reply and a records request.
 */
final class RoundFifteenDevLayouts {

    private RoundFifteenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "TTD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your doctor asked us to cover {drug}. We are not able to cover it
                    under your plan. {reason} We will cover {altdrug} if your doctor
                    prescribes it.
                    """),
            new Template(
                    "TTD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    PA Response

                    Pt: {nameLF}    DOB: {dob_us}
                    PA ID: {ref}
                    Drug: {drug}

                    Response: NOT APPROVED
                    {reason}
                    """),
            new Template(
                    "TTD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}     Member ID: {member}
                    Reference: {ref}

                    {drug} is excluded from the member's benefit plan. No coverage is
                    available for this drug under any circumstances. {reason}
                    """),
            new Template(
                    "TTD4",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Pharmacy Prior Authorization
                    Subject: Outcome of request {ref}

                    The request for {drug} for {name} was reviewed against our clinical
                    policy and was declined. {reason}
                    """),
            new Template(
                    "TTD5",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Continuation of Therapy Review

                    Member: {name}
                    Authorization: {ref}

                    {drug} was approved for the first 16 weeks. The continuation request
                    did not show a response to treatment, so therapy beyond week 16 is
                    not covered. {reason}
                    """),
            new Template(
                    "TTD6",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>{pbm} ePA</h3>
                    <p>Key: {ref}</p>
                    <p>Patient: {name}</p>
                    <p>Medication: {drug}</p>
                    <p>Outcome: Closed - Denied</p>
                    <p>Notes: {reason}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "TTA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your plan now covers {drug}. Your doctor's request was reviewed on
                    {decision_us}, and you can pick up or receive the medicine through
                    {end_us}.
                    """),
            new Template(
                    "TTA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    PA Response

                    Pt: {nameLF}
                    PA ID: {ref}
                    Drug: {drug}

                    Response: APPROVED    Thru: {end_us}
                    """),
            new Template(
                    "TTA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    A prior authorization for {drug} is now on file. Claims at a network
                    specialty pharmacy will process from {start_us} to {end_us}.
                    """),
            new Template(
                    "TTA4",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Clinical Review
                    Subject: {ref}

                    After the peer-to-peer call with Dr. Patel, the medical director agreed
                    that {drug} is appropriate for {name}. Coverage runs to {end_us}.
                    """),
            new Template(
                    "TTA5",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer} Authorizations</h2>
                    <table>
                    <tr><td>Auth #</td><td>{ref}</td></tr>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Active</td></tr>
                    <tr><td>Expires</td><td>{end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "TTM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Has the patient used a topical calcineurin inhibitor? If so, for how
                    long? We need the answer to finish the review of {drug}.{asks:prior therapy history}
                    """),
            new Template(
                    "TTM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}      DOB: {dob_us}
                    Case: {ref}

                    The reviewer could not find the baseline severity score in the notes
                    sent for {drug}. Fax the page that shows it by {deadline_us}.{asks:severity score / BSA}
                    """),
            new Template(
                    "TTM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Prior Authorization
                    Subject: {ref} - pending

                    Hello, the {drug} request for {name} is in pending status. The
                    following is required to proceed:
                    {items_list}
                    """),
            new Template(
                    "TTM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Request for Clarification

                    Member: {nameLF}
                    Authorization: {ref}

                    The diagnosis code on the request for {drug} does not match the
                    chart notes. Kindly clarify which diagnosis is being treated.
                    """),
            new Template(
                    "TTM5",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{pbm} - Case {ref}</h3>
                    <p>{name} / {drug}</p>
                    <p>Question from reviewer: What was the patient's response to the last
                    biologic, and why was it stopped?</p>
                    <p>Reply by {deadline_us}.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "TTP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The shipment planned for this week is delayed by the carrier. The
                    patient has been told and has enough on hand until it arrives.
                    """),
            new Template(
                    "TTP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}
                    Medication: {drug}

                    We were told by the plan that the prior authorization was denied. We
                    cannot fill until the office appeals or changes the prescription.
                    """),
            new Template(
                    "TTP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Investigation Summary

                    Patient: {name}
                    Product: {drug}

                    Pharmacy benefit: prior authorization required. Estimated patient
                    cost after the copay card: $5 per fill.
                    """),
            new Template(
                    "TTP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill Reminder

                    {name} is due for a refill of {drug} next week. We could not reach
                    the patient; please ask them to call us.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "TTO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility and Benefits Response

                    Member: {name}     ID: {member}
                    Coverage: active
                    Specialty drugs: prior authorization required
                    """),
            new Template(
                    "TTO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Medical Records Request

                    Member: {name}     DOB: {dob_us}

                    For our annual quality review, please send the office notes from
                    this member's visits this year. This is not a prior authorization.
                    """),
            new Template(
                    "TTO3",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals Unit

                    Member: {name}
                    Appeal: {appealref}

                    We received the appeal of our decision on {drug}. A decision will be
                    sent within 30 days.
                    """),
            new Template(
                    "TTO4",
                    "OTHER",
                    false,
                    """
                    FAX COVER

                    To: Dermatology Clinic
                    From: {payer}
                    Pages: 3 including cover

                    CONFIDENTIAL: intended only for the named recipient.
                    """));
}
