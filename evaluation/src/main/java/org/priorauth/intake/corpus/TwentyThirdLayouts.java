package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twenty-third set of corpus layouts, held back whole: written after the rules and the letter model of
 * f3f76d8 froze, and evaluated once. Four of each type, among them: a denial told as a coverage summary, a
 * quantity cut written as a pharmacist's note, an approval from a Medicaid plan's one-line fax, an approval
 * of an exception, a request for a signed attestation, a request phrased as a checklist reply, a biosimilar
 * switch notice, a hub's note that a payer approved, a payer's call-center note, a pharmacy's recall notice.
 */
final class TwentyThirdLayouts {

    private TwentyThirdLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "ID1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage Summary

                    Member: {name}          Member ID: {member}
                    Reference: {ref}        Date: {notice_us}

                    Medication reviewed: {drug}
                    Covered: No
                    Explanation: {reason}

                    Appeal rights: you may request a redetermination within {days} days of
                    the date of this notice.
                    """),
            new Template(
                    "ID2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Clinical Pharmacist Note to Prescriber

                    Patient: {nameLF}     DOB: {dob_us}
                    Case: {ref}

                    {drug} was reviewed against the plan's quantity rules. We can allow one
                    syringe per 28 days; the prescription asks for two. The amount above
                    the allowance is not payable. {reason}
                    """),
            new Template(
                    "ID3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <div class="hdr">{payer} | Prior Authorization Detail</div>
                    <p>Member {name} &middot; Auth {ref}</p>
                    <p>Medication: {drug}</p>
                    <p>Determination: Adverse</p>
                    <p>Clinical rationale: {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "ID4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name}:

                    We reviewed your doctor's request for {drug}. Your plan will not pay
                    for this medicine at this time. {reason}
                    Please read the enclosed page about your right to appeal.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "IA1",
                    "APPROVAL",
                    false,
                    """
                    STATE MEDICAID PHARMACY PROGRAM - PA UNIT
                    FAX

                    Recipient: {nameUpper}   ID: {member}
                    PA#: {ref}   Drug: {drug}
                    STATUS: GRANTED {start_us} - {end_us}
                    """),
            new Template(
                    "IA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Formulary Exception Decision

                    Patient: {name}
                    Case number: {ref}

                    Your request for a formulary exception for {drug} has been granted. The
                    drug will be covered at the preferred brand copay from {start_us} to
                    {end_us}.
                    """),
            new Template(
                    "IA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}     ID: {member}
                    Reference: {ref}

                    Thank you for the information you sent. {drug} has been authorized as
                    prescribed. The authorization ends on {end_us}; a new request will be
                    needed to continue after that.
                    """),
            new Template(
                    "IA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer} Online Services</h2>
                    <table>
                    <tr><th>Reference</th><th>Patient</th><th>Medication</th><th>Decision</th><th>Through</th></tr>
                    <tr><td>{ref}</td><td>{name}</td><td>{drug}</td><td>Certified</td><td>{end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "IM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Case: {ref}

                    To complete the review of {drug}, the prescriber must sign and return
                    the enclosed attestation that the patient has no active infection.
                    Return it by {deadline_us}.
                    """),
            new Template(
                    "IM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {name}      DOB: {dob_us}
                    Reference: {ref}

                    Checklist for {drug}:
                    {items_list}
                    The items above are not yet on file. The review stays open until they
                    arrive or for {loose_days} days, whichever comes first.
                    """),
            new Template(
                    "IM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Pharmacy Review

                    Re: {name}, {drug}
                    Auth: {ref}

                    The chart notes you faxed are from 2024. We need a visit from the last
                    six months that documents current disease severity before we can{asks:chart notes|severity score / BSA}
                    finish.
                    """),
            new Template(
                    "IM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal - Messages</h3>
                    <p>Re: authorization {ref} ({name})</p>
                    <p>Hello, the nurse reviewer is unable to proceed on {drug} without:</p>
                    <ul>{items_html}</ul>
                    <p>Upload in this thread.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "IP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Therapy: {drug}

                    Update from the program: {payer} approved the prior authorization. We
                    have sent the prescription to the specialty pharmacy, which will call
                    the patient to schedule the first delivery.
                    """),
            new Template(
                    "IP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {nameLF}     DOB: {dob_us}

                    The plan has moved this patient's biologic to a biosimilar. Unless
                    the prescriber writes "dispense as written", we will switch the next
                    fill from {drug}.
                    """),
            new Template(
                    "IP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Recall Notice

                    Patient: {name}
                    Product: {drug}

                    One lot of this product is being recalled by the maker. The patient's
                    last shipment was from that lot; we will send a replacement at no cost.
                    """),
            new Template(
                    "IP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    RE: {name}

                    Copay assistance for {drug} has been activated. The patient's cost for
                    the next fill is $5. The order ships on Tuesday.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "IO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Member Services Call Note

                    Member: {name}
                    The member called to ask how long a prior authorization takes. Told
                    the member standard decisions take up to 14 days. No action needed.
                    """),
            new Template(
                    "IO2",
                    "OTHER",
                    false,
                    """
                    Valley Pathology Laboratory

                    Patient: {name}      DOB: {dob_us}

                    Skin biopsy, left forearm: spongiotic dermatitis, consistent with
                    eczema. No malignancy seen.
                    """),
            new Template(
                    "IO3",
                    "OTHER",
                    false,
                    """
                    {payer} Medical Records Unit

                    Member: {name}

                    As part of a quality audit, please send copies of office visit notes
                    for this member from the past year. This is not related to any
                    authorization request.
                    """),
            new Template(
                    "IO4",
                    "OTHER",
                    false,
                    """
                    {pharmacy}

                    Dear practice manager,

                    Our specialty pharmacy now accepts e-prescriptions for all biologics.
                    Approved prescriptions are usually shipped within two days.
                    """));
}
