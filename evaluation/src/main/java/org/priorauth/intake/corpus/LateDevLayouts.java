package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The tenth set of corpus layouts, all dev: approvals that are not prior authorizations (a change of primary
 * care doctor, a records request, a claim, a staff member's day off), requests for information about the
 * prescriber or the dose, partial approvals in other words, and pharmacies asking the office for things.
 */
final class LateDevLayouts {

    private LateDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ OTHER
            new Template(
                    "WO1",
                    "OTHER",
                    false,
                    """
                    {payer} Member Services

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    Your request to change your primary care provider has been approved.
                    Your new primary care provider is listed on your new ID card, which
                    will arrive in 7 to 10 days.
                    """),
            new Template(
                    "WO2",
                    "OTHER",
                    false,
                    """
                    Health Information Management

                    Date: {notice_us}
                    Re: {name}, DOB {dob_us}

                    The request for copies of this patient's records has been approved
                    and processed. The enclosed records cover visits from the last two
                    years. Please keep them confidential.
                    """),
            new Template(
                    "WO3",
                    "OTHER",
                    false,
                    """
                    Subject: Time off

                    Hi team, my time-off request for the week of the 14th was approved.
                    Please send prior authorization questions to the shared inbox while
                    I am away. Thanks!
                    """),
            new Template(
                    "WO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Claim Status

                    Patient: {nameLF}
                    Claim number: 88412-0931
                    Date of service: {earlier_us}
                    Status: approved for payment
                    Payment date: {notice_us}
                    """),
            new Template(
                    "WO5",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Grievance Resolution

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    We looked into your complaint about the long hold times when you
                    called us. We have shared it with our call center managers. Thank you
                    for telling us about your experience.
                    """),
            new Template(
                    "WO6",
                    "OTHER",
                    false,
                    """
                    Registration confirmed

                    Thank you for registering for "Prior authorization for biologics:
                    what changes next year". The link to join will be sent one day before
                    the session.
                    """),
            new Template(
                    "WO7",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    Your address change has been approved and recorded. Future letters
                    will be sent to your new address.
                    """),
            new Template(
                    "WO8",
                    "OTHER",
                    false,
                    """
                    {payer} Coverage Verification

                    Member: {nameUpper}
                    Member ID: {member}
                    DOB: {dob_us}

                    Office visits with a specialist: covered, $40 copay, no referral
                    needed. Verified by phone on {notice_us}. Reference call number
                    with any questions.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "WM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Request: {ref}

                    The prior authorization form for {drug} is missing the prescriber's
                    signature. Sign the form and return it so we can review the request.
                    """),
            new Template(
                    "WM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}     DOB: {dob_us}
                    Case: {ref}
                    Drug: {drug}

                    The dose requested depends on body weight. Tell us the patient's
                    current weight so that the pharmacist can review the dose.
                    """),
            new Template(
                    "WM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Prescriber Information Required

                    Case: {ref}
                    Member: {name}
                    Drug: {drug}

                    Provide the prescriber's NPI and office fax number on the request.
                    The review cannot start without them.
                    """),
            new Template(
                    "WM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Reference: {ref}

                    Your submission for {drug} lacks a diagnosis. Add the ICD-10 code and
                    the notes that support it, and send the request again through the
                    portal.
                    """),
            new Template(
                    "WM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm} FAX

                    PT: {nameUpper}
                    CASE: {ref}
                    RX: {drug}
                    STATUS: PENDED - AWAITING PRESCRIBER RESPONSE
                    NEEDED: {items_list}
                    """),
            new Template(
                    "WM6",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Renewal Review

                    Member: {name}     Member ID: {member}
                    Authorization: {ref}
                    Drug: {drug}

                    For the renewal, send progress notes that show the response to{asks:chart notes}
                    therapy since the start of treatment:
                    {items_list}
                    """),
            new Template(
                    "WM7",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{payer} authorization {ref}</h3>
                    <p>Member: {name}</p>
                    <p>Medication: {drug}</p>
                    <p><b>Additional documentation requested</b></p>
                    <ul>{items_html}</ul>
                    </body></html>
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "WD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Authorization: {ref}
                    Drug: {drug}

                    The authorization was modified to a lower quantity than the one on the
                    request. {reason}
                    You may appeal the change by {deadline_us}.
                    """),
            new Template(
                    "WD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    ID: {member}
                    Reference: {ref}

                    We can only approve part of this request for {drug}: the starting
                    doses are covered, the maintenance doses are not. {reason}
                    """),
            new Template(
                    "WD3",
                    "DENIAL",
                    false,
                    """
                    {payer} UM REVIEW

                    Member: {nameLF}
                    Member ID: {member}
                    Case: {ref}
                    Drug: {drug}

                    Review outcome: medical necessity not established.
                    Reviewer notes: {reason}
                    """),
            new Template(
                    "WD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Tier Exception

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Request: {ref}

                    Your request to cover {drug} at a lower tier was not approved. The
                    drug stays covered at its current tier. You can appeal this decision
                    within {days} days of the date of this notice.
                    """),
            new Template(
                    "WD5",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    {drug} for this use is excluded under your plan's benefits, so there
                    is no coverage for it. Exclusions are listed in your plan documents.
                    """),
            new Template(
                    "WD6",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    {notice_long}

                    Member: {name}
                    Member ID: {member}
                    Case: {ref}

                    The plan's pharmacist reviewed the request for {drug} and determined
                    that it does not qualify for coverage. {reason}
                    """),
            new Template(
                    "WD7",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    DUPLICATE THERAPY

                    Member: {name}    Member ID: {member}
                    Reference: {ref}

                    Request for {drug} denied: the member already has an active
                    authorization for {altdrug}, and the plan does not cover two biologics
                    at the same time.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "WA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Authorization: {ref}

                    {drug} is approved for 6 months. To continue after that, send a
                    response assessment with the renewal request.
                    """),
            new Template(
                    "WA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    ID: {member}
                    Reference: {ref}

                    Your request qualifies for coverage. {drug} will be covered from
                    {start_us} to {end_us}.
                    """),
            new Template(
                    "WA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Reference: {ref}

                    The prior authorization request for {drug} has been completed with an
                    approval. Valid through {end_us}.
                    """),
            new Template(
                    "WA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Quantity Limit Exception

                    Member: {name}
                    ID: {member}
                    Case: {ref}
                    Drug: {drug}

                    The quantity limit exception is approved as requested, through
                    {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "WP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    We need the patient's insurance information to process this
                    prescription. Please fax a copy of the insurance card.
                    """),
            new Template(
                    "WP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    PRESCRIPTION ON HOLD

                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    The patient's plan needs a prior authorization for this drug. Please
                    submit one to the plan. We will fill it as soon as it is approved.
                    """),
            new Template(
                    "WP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}
                    Product: {drug}

                    Prior authorization support: our team can fill in the plan's PA form
                    for you. Sign the form we send, and we will submit it and follow up.
                    """),
            new Template(
                    "WP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}
                    Medication: {drug}

                    We received the new prescription with the dose change and updated
                    the patient's profile. The next shipment will have the new dose.
                    """));
}
