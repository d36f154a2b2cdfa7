package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninety-eighth set of corpus layouts, held back whole: written after the rules and model of e66bf08 froze.
 * A Blue plan's letter that covers the drug at a lower strength, a denial for a dose outside the label told in a
 * table, a refusal of an early refill exception, a reconsideration that upholds, a plan's letter asking for a
 * signed attestation and a diagnosis, a request for the patient's weight, an ePA's open question, a continuation
 * approved with a renewal date, a decision form with its approval box ticked, a voicemail that the case went
 * through, an approval that replaces a pend, a specialty pharmacy's copay notice, a hub's insurance update, a
 * pharmacy's delivery failure, a payer's courtesy call script, a dermatology society's bulletin, a case
 * management programme's invitation.
 */
final class NinetyEighthLayouts {

    private NinetyEighthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CDD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Letter     {notice_us}

                    Member: {name}     ID: {member}     Case: {ref}
                    We will cover {drug} at the standard strength only. The
                    higher strength your doctor prescribed is outside our
                    coverage rules. {reason}
                    You or your doctor may request an appeal.
                    """),
            new Template(
                    "CDD2",
                    "DENIAL",
                    true,
                    """
                    <h3>{pbm} - Determination</h3>
                    <table><tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Reference</td><td>{ref}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Decision</td><td>Not approved - dose exceeds FDA labeling</td></tr>
                    <tr><td>Notes</td><td>{reason}</td></tr></table>
                    """),
            new Template(
                    "CDD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Early Refill Exception

                    Patient: {name}    Rx: {drug}    Ref: {ref}
                    The request to fill early was reviewed. The exception is
                    declined because the last fill should last until
                    {end_us}. The patient can fill on the usual date.
                    """),
            new Template(
                    "CDD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Reconsideration Outcome     {notice_us}

                    Member: {name}    Reconsideration of case {ref}
                    A second physician reviewed the request for {drug} and
                    agreed with the first decision. The denial stands.
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CDM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Member: {name}    Case: {ref}    Drug: {drug}

                    Two things are needed to continue: a signed prescriber
                    attestation and the ICD-10 code for the diagnosis{asks:diagnosis}. Fax
                    both to the number below by {deadline_us}.
                    """),
            new Template(
                    "CDM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {pbm} Clinical Pharmacist
                    Re: {name} / {ref}

                    For {drug} the dose depends on body weight. What is the
                    patient's current weight, and the dosing you plan{asks:prescription}?
                    Reply by {deadline_us}.
                    """),
            new Template(
                    "CDM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <h3>ePA - {drug}</h3>
                    <p>Patient: {name} &nbsp; Key: {ref}</p>
                    <p>The plan returned a question: Has the patient tried a
                    topical calcineurin inhibitor? If yes, list dates.{asks:prior therapy history}</p>
                    <p>Answer by {deadline_us} or the request will be closed.</p>
                    """),
            new Template(
                    "CDM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Utilization Management     {notice_us}

                    Re: {name}, {drug}
                    Your request {ref} is pended. We require:
                    {items_list}
                    Deadline: {deadline_us}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CDA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Continuation of Therapy     {notice_us}

                    Member: {name}    Case: {ref}
                    Continued use of {drug} has been approved. Submit a renewal
                    before {end_us} to avoid a gap in coverage.
                    """),
            new Template(
                    "CDA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Prior Authorization Decision Form
                    Patient: {name}    Drug: {drug}    Ref: {ref}

                    [X] Approved     [ ] Denied     [ ] Pended
                    Effective {start_us} through {end_us}
                    """),
            new Template(
                    "CDA3",
                    "APPROVAL",
                    false,
                    """
                    Voicemail transcript
                    Caller: {payer} prior authorization line

                    This message is for the office of the prescriber of {name}.
                    Case {ref} for {drug} went through today. You'll get the
                    letter in the mail. Thank you.
                    """),
            new Template(
                    "CDA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Update to request {ref}

                    Patient: {name}
                    The pend on this request is lifted. We received the notes,
                    and {drug} is approved until {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CDP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Copay Notice

                    Patient: {name}    Medication: {drug}
                    The patient's copay for the next fill is $1,250. We applied
                    for foundation assistance and will call with the result.
                    """),
            new Template(
                    "CDP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Insurance Update for {name}

                    The patient's plan changed on {start_us}. We will run a new
                    benefits check for {drug} and let the office know whether
                    the new plan needs a prior authorization.
                    """),
            new Template(
                    "CDP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery Exception

                    Patient: {name}    DOB: {dob_us}
                    The courier could not deliver {drug} on {start_us}; no one
                    was home to sign. We will try again tomorrow.
                    """),
            new Template(
                    "CDP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    To: Prescriber     Re: {name}

                    The plan approved {drug}, but the patient asked us to hold
                    the first shipment until after a trip. We will ship on
                    {start_us} unless the office tells us otherwise.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CDO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Courtesy Call Summary

                    A member services representative called {name} to explain
                    how prior authorization works and what a denial or an
                    approval letter looks like. No request was discussed.
                    """),
            new Template(
                    "CDO2",
                    "OTHER",
                    false,
                    """
                    State Dermatology Society - Member Bulletin

                    Tips for biologic prior authorizations: document BSA and
                    prior therapies at every visit. Denials fall when notes are
                    complete. Join our webinar next month.
                    """),
            new Template(
                    "CDO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Case Management Program

                    Dear {name},
                    You may benefit from our free case management program for
                    members with chronic skin conditions. A nurse can help you
                    understand your benefits. Call us to enroll.
                    """),
            new Template(
                    "CDO4",
                    "OTHER",
                    false,
                    """
                    FAX
                    From: Front desk
                    Pages: 1
                    To: Biologics coordinator
                    Note: patient {name} dropped off a new insurance card today.
                    Copy is in the chart.
                    """));
}
