package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The hundred-and-fourth set of corpus layouts, all dev: is this news? Approvals told as a notice, a status change
 * or a line in a newsletter-shaped letter; requests for information told as a reminder, a portal's message alert or
 * a hold; denials that end or narrow coverage in a mild voice; and mail that uses the same words for no new
 * decision (a drug's new FDA approval, a paid claim, a referral, an authorization on file, a plan's renewal season).
 */
final class RoundFiftyOneDevLayouts {

    private RoundFiftyOneDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CJD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage update for {name}     {notice_us}
                    Reference: {ref}

                    We looked at the request to keep {drug} going past {end_us}.
                    Coverage will end on that date as planned: the extension
                    was not granted. {reason}
                    Your appeal rights are on the back of this page.
                    """),
            new Template(
                    "CJD2",
                    "DENIAL",
                    false,
                    """
                    {pbm} Clinical Review
                    Member: {name}    ID: {member}    Case {ref}

                    Induction doses of {drug} (weeks 0 to 16): authorized.
                    Maintenance dosing after week 16: not authorized at this time.
                    {reason}
                    """),
            new Template(
                    "CJD3",
                    "DENIAL",
                    true,
                    """
                    <p>Hello, a status change was posted for one of your requests.</p>
                    <table><tr><td>Request</td><td>{ref}</td></tr>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Medication</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Completed</td></tr>
                    <tr><td>Result</td><td>Not authorized</td></tr></table>
                    <p>Reason: {reason}</p>
                    """),
            new Template(
                    "CJD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    {notice_long}

                    Dear {name},
                    Thank you for your patience while we reviewed your doctor's
                    request for {drug} (case {ref}). We know this is not the
                    answer you hoped for: the plan cannot cover it. {reason}
                    You or your doctor can ask us to look again.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CJM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Friendly reminder from {payer}

                    We are still missing a few things before a clinician can
                    review {name}'s request for {drug} ({ref}):
                    {items_list}
                    If we do not hear from you by {deadline_us}, the request will
                    be closed without a review.
                    """),
            new Template(
                    "CJM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm} - Clinical Pharmacist Questions
                    Patient: {name}   DOB: {dob_us}   Case: {ref}

                    1. Which topical treatments were used, and for how long?
                    2. What is the current body surface area affected?
                    Fax your answers by {deadline_us}.{asks:prior therapy history}{asks:severity score / BSA}
                    """),
            new Template(
                    "CJM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <p>You have a new message in the {payer} provider portal.</p>
                    <p>Case {ref} ({name}, {drug}): additional documentation needed.</p>
                    <p>Upload the chart notes from the last visit by {deadline_us}.{asks:chart notes}</p>
                    <p>This is an automated alert. Do not reply.</p>
                    """),
            new Template(
                    "CJM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}   Utilization Management
                    Request on hold    {notice_us}

                    Member: {name}    Reference: {ref}
                    Status: Pending - provider action required
                    Needed: {items_list}
                    The review restarts when these arrive.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CJA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Notice of coverage     {notice_us}

                    Member: {name}     Member ID: {member}
                    We have reviewed the request dated {earlier_us} (case {ref}).
                    Coverage is now in place for {drug} from {start_us}
                    through {end_us}. No further action is needed.
                    """),
            new Template(
                    "CJA2",
                    "APPROVAL",
                    true,
                    """
                    <p>Case {ref} was updated.</p>
                    <p>Member: {name} - {drug}</p>
                    <p>New status: <b>Certified</b>. Certification period {start_us} to {end_us}.</p>
                    <p>Log in to the portal to print the letter.</p>
                    """),
            new Template(
                    "CJA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Member News and Notices
                    For: {name}     {notice_us}

                    About your medicine: your doctor's request to continue
                    {drug} (ref {ref}) has been renewed through {end_us}.

                    Also this season: flu shots are covered at no cost, and the
                    nurse line is open every day.
                    """),
            new Template(
                    "CJA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Dose change review     Case {ref}

                    Patient: {name}
                    The higher dose of {drug} that was requested meets the
                    plan's criteria and is authorized as asked, effective
                    {start_us} through {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CJP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Good news for {name}!

                    Your insurance approved {drug} and your prescription is
                    ready to schedule. Call us to pick a delivery day.
                    """),
            new Template(
                    "CJP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <h3>{hub}</h3>
                    <p>Benefits verification complete for {name}.</p>
                    <p>Plan decision on file: approved through {end_us}. Copay card activated.</p>
                    <p>Next step: we will send the prescription to the specialty pharmacy.</p>
                    """),
            new Template(
                    "CJP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy} - Prescriber Request
                    Patient: {name}    Drug: {drug}

                    The plan's authorization is in place, but the prescription
                    we hold has expired. Please send a new prescription so we
                    can ship the next dose.
                    """),
            new Template(
                    "CJP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill reminder for {name}

                    It is time to schedule the next shipment of {drug}.
                    Your plan's authorization runs until {end_us}; we will let
                    your doctor know before then.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CJO1",
                    "OTHER",
                    false,
                    """
                    Dermatology Practice Bulletin     {notice_long}

                    FDA approves {drug} for a new age group
                    The FDA has approved {drug} for younger patients. Plans
                    may take several months to update their criteria; until
                    then, requests are reviewed under the current policy.
                    """),
            new Template(
                    "CJO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Explanation of Benefits - this is not a bill

                    Patient: {name}    Claim number 20261104-5531
                    Service: office visit and {drug} injection teaching, {earlier_us}
                    Claim status: approved and paid. Amount you may owe: $0.00
                    """),
            new Template(
                    "CJO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Authorization on file     {notice_us}

                    Member: {name}     Reference: {ref}
                    This is a courtesy notice. The approval for {drug} is on
                    file and active through {end_us}. No new decision was made.
                    """),
            new Template(
                    "CJO4",
                    "OTHER",
                    false,
                    """
                    {payer} Referral Services
                    Patient: {name}     {notice_us}

                    Referral approved: dermatology office visits, 6 visits,
                    valid until {end_us}. This referral is not an authorization
                    for any drug.
                    """));
}
