package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirty-eighth set of corpus layouts, all dev: letters whose decision hides in a part of the request.
 * A denial that approves a lower dose or a shorter time, an approval that never says "approved" ("you may
 * continue", "authorization is active"), a request worded as a reminder or a checklist with no heading, a
 * hub's note that repeats a payer's denial, and other mail from a payer that talks of denials in general.
 */
final class RoundEighteenDevLayouts {

    private RoundEighteenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AAD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage Determination

                    Member: {name}      Member ID: {member}
                    Reference: {ref}

                    We reviewed the request for {drug} every 2 weeks. Dosing every 4
                    weeks is covered through {end_us}. The more frequent dosing you asked
                    for is not covered. {reason}
                    """),
            new Template(
                    "AAD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Re: {name}, {drug}, case {ref}

                    Outcome: modified. The plan will pay for 3 months instead of the 12
                    months requested. The rest of the request was turned down. {reason}
                    You may appeal within {days} days.
                    """),
            new Template(
                    "AAD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p><b>{payer}</b> | Authorization status</p>
                    <table><tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Auth #</td><td>{ref}</td></tr>
                    <tr><td>Service</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>NOT CERTIFIED</td></tr></table>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "AAD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals Unit

                    Dear {name},

                    A second physician looked at your appeal for {drug}. We are keeping
                    our first decision. {reason} You can ask for an outside review by an
                    independent organization.
                    """),
            new Template(
                    "AAD5",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {nameLF}      DOB: {dob_us}
                    Reference: {ref}

                    We asked your doctor for more records on {earlier_us} and did not get
                    them in time. We had to close the request for {drug} as not approved.
                    Your doctor may send a new request with the records.
                    """),
            new Template(
                    "AAD6",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Utilization Review

                    Patient: {name}
                    Drug requested: {drug}
                    Decision: Adverse

                    {reason}
                    Other covered choices: {altdrug}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AAA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Good news: you may continue {drug}. Your plan will cover it from
                    {start_us} through {end_us}. Please keep this letter for your records.
                    """),
            new Template(
                    "AAA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Authorization Status

                    Patient: {name}      Member ID: {member}
                    PA number: {ref}
                    Medication: {drug}
                    Status: ACTIVE   Effective {start_us}   Ends {end_us}
                    """),
            new Template(
                    "AAA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals

                    Re: {name}, appeal {appealref}

                    On second review we reversed the earlier decision on {drug}. The
                    medication is now covered until {end_us}. No further action is
                    needed from your office.
                    """),
            new Template(
                    "AAA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} provider portal</p>
                    <p>Case {ref} ({name}): determination complete</p>
                    <p>Outcome: Meets criteria. {drug} authorized {start_us} - {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "AAA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Although the first request for {drug} was denied on {earlier_us}, the
                    new chart notes show the criteria are met. Coverage starts
                    {start_us} and ends {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AAM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Reminder

                    Member: {name}
                    Reference: {ref}

                    This is a second notice. The documents we asked for on {earlier_us}
                    for {drug} have not arrived. Send them by {deadline_us} or the request
                    will be decided on what we have.
                    """),
            new Template(
                    "AAM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Case: {ref}
                    Drug: {drug}

                    To finish our review please provide:
                    {items_list}
                    """),
            new Template(
                    "AAM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Clinical Review
                    Subject: {name} - {drug}

                    Hello, before our medical director can decide we would like to talk
                    with the prescriber. Please call 555-410-2200 and quote {ref} to set
                    a time.
                    """),
            new Template(
                    "AAM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {nameLF}      ID: {member}
                    Authorization: {ref}

                    Your request for {drug} is on hold. The diagnosis code on the form
                    does not match the chart notes. Send a corrected form by
                    {deadline_us}.
                    """),
            new Template(
                    "AAM5",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} ePA</p>
                    <p>{name} &middot; {drug} &middot; {ref}</p>
                    <p>Status: Additional information needed</p>
                    <p>Question 1: Has the patient tried phototherapy? If so, give dates.{asks:prior therapy history}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AAP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Medication: {drug}

                    The plan denied coverage. Our team can help: the patient may qualify
                    for free drug while an appeal is in progress. Call us to enroll.
                    """),
            new Template(
                    "AAP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    We could not reach the patient to set up delivery after three
                    tries. The prescription is on hold until we hear back.
                    """),
            new Template(
                    "AAP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription transfer

                    Patient: {name}
                    Rx: {drug}

                    This prescription was moved to {pharmacy} because the plan requires
                    that pharmacy. Send future refills there.
                    """),
            new Template(
                    "AAP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Copay program

                    Patient: {name}

                    The copay card for {drug} is active. The patient will pay $5 per fill
                    until the program year ends.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AAO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Bulletin

                    Why requests are denied: the most common reason is a missing trial of
                    a topical steroid. Attach the dates of each trial to avoid a denial.
                    """),
            new Template(
                    "AAO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility and Benefits

                    Member: {name}      ID: {member}
                    Specialty drugs: prior authorization required
                    Coverage: active
                    """),
            new Template(
                    "AAO3",
                    "OTHER",
                    false,
                    """
                    Regional Pathology Lab

                    Patient: {name}      DOB: {dob_us}

                    Skin biopsy, left forearm: spongiotic dermatitis. No malignancy seen.
                    """),
            new Template(
                    "AAO4",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Re: {name}

                    We received your appeal for {drug} on {earlier_us}. A decision will be
                    sent within 30 days. You do not need to do anything now.
                    """));
}
