package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventy-seventh set of corpus layouts, held back whole: written after the rules and the letter model of
 * 8bbf371 froze, and evaluated once. Letters in the shapes a clinic's inboxes hold on any day: a state plan's
 * notice to the member with the provider copied, a PBM's fax form with its boxes, a portal's e-mail, a nurse
 * reviewer's short note, a hub's and a specialty pharmacy's faxes, and the office mail between them.
 */
final class SeventySeventhLayouts {

    private SeventySeventhLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BHD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Member Notice of Action

                    To: {name}      Date of birth: {dob_us}
                    cc: prescribing provider
                    Service requested: {drug}      Case number: {ref}
                    Action taken: Denied
                    Why: {reason}
                    You can ask for a fair hearing or an appeal within {days} days of this notice.
                    """),
            new Template(
                    "BHD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Review Response - Fax

                    Prescriber: Dr. A. Patel      Patient: {name}
                    Medication: {drug}      Review ID: {ref}
                    [ ] Approved   [X] Not approved   [ ] More information needed
                    Rationale: {reason}
                    """),
            new Template(
                    "BHD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal</p>
                    <p>A decision was posted for {name} (request {ref}). Your request for
                    {drug} did not meet the plan's criteria and was not approved.</p>
                    <p>{reason}</p>
                    <p>Log in to view the full letter and appeal options.</p>
                    </body></html>
                    """),
            new Template(
                    "BHD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Second Level Appeal Decision

                    Member: {name}      Appeal: {appealref}
                    Drug: {drug}
                    The independent physician reviewer agreed with the first decision.
                    Coverage remains denied. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BHA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Member Notice of Action

                    To: {name}      Date of birth: {dob_us}
                    Service requested: {drug}      Case number: {ref}
                    Action taken: Approved as requested
                    Approved period: {start_us} through {end_us}
                    """),
            new Template(
                    "BHA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Review Response - Fax

                    Prescriber: Dr. A. Patel      Patient: {name}
                    Medication: {drug}      Review ID: {ref}
                    [X] Approved   [ ] Not approved   [ ] More information needed
                    Effective {start_us} to {end_us}
                    """),
            new Template(
                    "BHA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal</p>
                    <p>A decision was posted for {name} (request {ref}). Good news: {drug}
                    meets the plan's criteria and coverage has been granted through
                    {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "BHA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Second Level Appeal Decision

                    Member: {name}      Appeal: {appealref}
                    Drug: {drug}
                    The independent physician reviewer did not agree with the first
                    decision. It is overturned, and {drug} is covered until {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BHM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Coverage Review Response - Fax

                    Prescriber: Dr. A. Patel      Patient: {name}
                    Medication: {drug}      Review ID: {ref}
                    [ ] Approved   [ ] Not approved   [X] More information needed
                    Please provide:
                    {items_list}
                    Return by {deadline_us}.
                    """),
            new Template(
                    "BHM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Nurse Reviewer Note - {payer}

                    Re: {name}, {drug}, case {ref}
                    I'm reviewing this today and I can't tell from the notes how much
                    skin is involved. A BSA or IGA from the last visit would let me
                    finish. Fax to the number above by {deadline_us}.{asks:severity score / BSA}
                    """),
            new Template(
                    "BHM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal</p>
                    <p>Action needed on request {ref} ({name}, {drug}). The reviewer has
                    attached a question to this case. Upload your response by
                    {deadline_us} so the review can be completed.</p>
                    </body></html>
                    """),
            new Template(
                    "BHM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Request #: {ref}
                    Drug: {drug}
                    We received the request but the diagnosis code on it does not match
                    the chart notes sent. Send a corrected form by {deadline_us}. The
                    request is pending until then.{asks:diagnosis}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BHP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    New Patient Welcome - Prescriber Copy

                    Patient: {name}      Medication: {drug}
                    We received the prescription and the plan's approval. Our nurse will
                    call the patient for injection training before the first shipment.
                    """),
            new Template(
                    "BHP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}      Therapy: {drug}
                    The plan denied coverage, so we have started the patient on the
                    free drug bridge while the office appeals. First bridge shipment
                    goes out this week.
                    """),
            new Template(
                    "BHP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{pharmacy}</p>
                    <p>Delivery of {name}'s {drug} was returned: nobody was home to sign.
                    We will try again tomorrow between 9 and 5.</p>
                    </body></html>
                    """),
            new Template(
                    "BHP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Copay Card Activated

                    Patient: {name}      Drug: {drug}
                    The manufacturer copay card covers the patient's share; the patient
                    will pay $0 for the next fill.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BHO1",
                    "OTHER",
                    false,
                    """
                    Hillside Family Medicine
                    Referral

                    Patient: {name}      DOB: {dob_us}
                    Reason: moderate eczema not controlled with topical steroids.
                    Please see for evaluation and treatment.
                    """),
            new Template(
                    "BHO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    We Received Your Appeal

                    Member: {name}      Appeal: {appealref}
                    This letter confirms that we have your appeal of the denial for
                    {drug}. A reviewer who was not part of the first decision will look at it.
                    """),
            new Template(
                    "BHO3",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Eligibility and Benefits</p>
                    <p>Member {name}: active coverage. Pharmacy benefit: specialty tier.
                    Prior authorization required for {drug}: yes.</p>
                    </body></html>
                    """),
            new Template(
                    "BHO4",
                    "OTHER",
                    false,
                    """
                    Quest Diagnostics
                    Laboratory Report

                    Patient: {name}      DOB: {dob_us}
                    QuantiFERON-TB Gold Plus: negative
                    Hepatic function panel: within normal limits
                    """));
}
