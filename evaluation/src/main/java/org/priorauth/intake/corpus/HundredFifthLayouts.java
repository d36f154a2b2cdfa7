package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The hundred-and-fifth set of corpus layouts, held back whole: written after the rules and model of 46a1e93
 * froze. A utilization-management vendor's letters, a Medicaid plan's notice, decisions on a second look, a
 * pend with a questionnaire, a peer-to-peer offered before a decision, pharmacies and hubs that relay or ask, and
 * mail that shares their words: an appeal acknowledgement, an eligibility reply, a lab, a cover sheet, a survey.
 */
final class HundredFifthLayouts {

    private HundredFifthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CKD1",
                    "DENIAL",
                    false,
                    """
                    Specialty Drug Review Services, on behalf of {payer}
                    {notice_us}
                    Member: {name}     DOB: {dob_us}     Episode: {ref}

                    Our physician reviewer could not certify {drug} as requested.
                    {reason}
                    The ordering provider may request a discussion with the
                    reviewer within 14 days or file an appeal.
                    """),
            new Template(
                    "CKD2",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicaid
                    NOTICE OF ACTION     {notice_long}

                    To: {name}     Medicaid ID: {member}
                    We have decided to deny the service your provider asked for:
                    {drug}. Why: {reason}
                    You have the right to a fair hearing. Ask for one within
                    120 days of the date of this notice.
                    """),
            new Template(
                    "CKD3",
                    "DENIAL",
                    true,
                    """
                    <h2>{pbm} - Redetermination result</h2>
                    <p>Member: {name} &nbsp; Case: {ref}</p>
                    <p>We looked at the case again with the new records. Our
                    original decision on {drug} stays the same.</p>
                    <p>{reason}</p>
                    """),
            new Template(
                    "CKD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Quantity review     Ref {ref}     {notice_us}

                    Patient: {name}
                    Asked: {drug}, 2 pens every 28 days.
                    Allowed: 1 pen every 28 days, the plan's limit.
                    The rest of the request is not approved. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CKM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Specialty Drug Review Services for {payer}
                    Episode {ref}     Member: {name}

                    Clinical questionnaire - please complete and return by
                    {deadline_us}:
                      - Current EASI or BSA: ______
                      - Topical treatments tried and dates: ______
                    A decision cannot be made until it is returned.{asks:severity score / BSA}{asks:prior therapy history}
                    """),
            new Template(
                    "CKM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Before we decide: talk with our reviewer

                    The review of {drug} for {name} (ref {ref}) is not finished.
                    Our medical director offers a peer-to-peer call before a
                    decision is made. Call by {deadline_us} to schedule one, or
                    fax the latest chart notes instead.{asks:chart notes}
                    """),
            new Template(
                    "CKM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <p>{payer} ePA - action needed on request {ref}</p>
                    <p>Patient: {name}, {drug}</p>
                    <p>The plan returned the request with a question: attach the
                    TB screening result dated within the last year.{asks:TB test}</p>
                    <p>Respond by {deadline_us}.</p>
                    """),
            new Template(
                    "CKM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}   Pharmacy Prior Authorization
                    Member: {name}     ID: {member}     PA {ref}

                    The request arrived without the diagnosis. Send the
                    ICD-10 code and the prescriber's signature page. If they
                    are not received by {deadline_us}, the request will be
                    decided on what we have.{asks:diagnosis}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CKA1",
                    "APPROVAL",
                    false,
                    """
                    Specialty Drug Review Services, on behalf of {payer}
                    Episode {ref}     {notice_us}

                    Member: {name}
                    Certified: {drug} as requested.
                    Certification dates: {start_us} through {end_us}.
                    """),
            new Template(
                    "CKA2",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicaid
                    NOTICE OF APPROVED SERVICE     {notice_long}

                    To: {name}     Medicaid ID: {member}
                    The service your provider asked for has been approved:
                    {drug}, from {start_us} to {end_us}. Keep this notice.
                    """),
            new Template(
                    "CKA3",
                    "APPROVAL",
                    true,
                    """
                    <h2>{pbm} - Redetermination result</h2>
                    <p>Member: {name} &nbsp; Case: {ref}</p>
                    <p>We looked at the case again with the new records and we
                    changed our decision. {drug} is now covered through {end_us}.</p>
                    """),
            new Template(
                    "CKA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Re: {name} - {drug} - {ref}

                    Thanks for the notes you sent on {earlier_us}. They answer
                    the reviewer's questions, and the request is approved for
                    12 months, ending {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CKP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}   Intake Team
                    Patient: {name}     Rx: {drug}

                    We ran the claim and the plan answered: prior authorization
                    required. Please start a PA with the plan; we will hold the
                    prescription until it is approved.
                    """),
            new Template(
                    "CKP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Case update for {name}

                    The plan has denied coverage of {drug}. While the office
                    appeals, the patient can receive the drug through our
                    bridge program. Enrollment form attached.
                    """),
            new Template(
                    "CKP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <p>{pharmacy}: delivery confirmation</p>
                    <p>{drug} for {name} was delivered on {start_us}.
                    The next refill can be scheduled in 3 weeks.</p>
                    """),
            new Template(
                    "CKP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Transfer notice     {notice_us}

                    The prescription for {drug} ({name}) was moved to another
                    pharmacy in the plan's network, at the plan's request.
                    Future refills will come from there.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CKO1",
                    "OTHER",
                    false,
                    """
                    {payer}   Appeals Unit
                    {notice_us}

                    Re: {name}, appeal {appealref}
                    We received the appeal of the denied request for {drug}.
                    A decision will be mailed within 30 days. You do not
                    need to do anything now.
                    """),
            new Template(
                    "CKO2",
                    "OTHER",
                    false,
                    """
                    {payer}   Eligibility and Benefits
                    Member: {name}     ID: {member}
                    Coverage: active     Plan year: 2027
                    Specialty drugs: prior authorization required: yes
                    This is not a guarantee of payment.
                    """),
            new Template(
                    "CKO3",
                    "OTHER",
                    false,
                    """
                    FAX COVER SHEET
                    To: Prior Authorization Desk
                    From: {payer}
                    Date: {notice_us}     Pages: 1
                    Message: please see the letter to follow under separate fax.
                    """),
            new Template(
                    "CKO4",
                    "OTHER",
                    true,
                    """
                    <p>{payer} provider survey</p>
                    <p>How easy was it to get your last prior authorization
                    approved? Rate us from 1 to 5 and win a lunch for your team.</p>
                    """));
}
