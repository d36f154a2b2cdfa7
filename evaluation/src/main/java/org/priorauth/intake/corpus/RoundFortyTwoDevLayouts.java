package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighty-seventh set of corpus layouts, all dev: denials that approve a part or a shorter time, approvals
 * that recall an earlier denial or say only that the request "went through", requests that warn what happens
 * without an answer, pharmacies and hubs that relay a plan's word, and mail that talks about approvals without
 * being one (an eligibility reply, an appeal acknowledgement, a patient's question, an auditor's records request).
 */
final class RoundFortyTwoDevLayouts {

    private RoundFortyTwoDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BRD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage Review Result

                    Patient: {name}   Ref: {ref}
                    Approved: {drug} maintenance dose, {start_us} to {end_us}
                    Not approved: the loading dose
                    Why: {reason}
                    You may appeal the part that was not approved.
                    """),
            new Template(
                    "BRD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    {notice_us}

                    Re: {name}, {drug}
                    You asked for 12 months. We approved 3 months, from
                    {start_us}. The rest of the time you asked for is
                    denied: new starts are reviewed again after 3 months.
                    Appeal rights are enclosed.
                    """),
            new Template(
                    "BRD3",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Pharmacy Team
                    Subject: {name} - {drug}

                    Hello,
                    Unfortunately we're unable to cover {drug} at this
                    time.
                    {reason}
                    The appeal form is attached if you'd like to send one.
                    """),
            new Template(
                    "BRD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Renewal Decision

                    Member: {name}   ID: {member}
                    Your approval for {drug} ended on {earlier_us}.
                    We reviewed the request to keep it going. It was
                    turned down.
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BRM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Request status: ON HOLD - waiting for documents

                    Patient: {name}
                    Drug: {drug}
                    Reference: {ref}
                    What we still need:
                    {items_list}
                    Send by: {deadline_us}
                    """),
            new Template(
                    "BRM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    {notice_us}

                    Dear Dr. office,
                    We need the patient's TB screening result to review
                    the request for {drug} for {name}.{asks:TB test}
                    If we do not get it by {deadline_us}, the request will
                    be closed and not approved.
                    """),
            new Template(
                    "BRM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} - Call note for the prescriber's office

                    Called about the {drug} request {ref} for {name}.
                    The nurse reviewer needs the date of the last
                    biologic dose and the photos from the last visit.{asks:prior therapy history|photos}
                    Please fax them by {deadline_us}.
                    """),
            new Template(
                    "BRM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    We need more time to decide

                    Member: {name}
                    Request: {drug}
                    We are taking up to 14 more days to decide because
                    the recent lab results are not in the request.{asks:lab results}
                    Send them by {deadline_us} so we can decide sooner.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BRA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Reconsideration Result

                    Member: {name}
                    Medication: {drug}
                    Result: Favorable
                    The denial of {earlier_us} no longer applies. The
                    drug is covered {start_us} to {end_us}.
                    """),
            new Template(
                    "BRA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Renewal

                    Patient: {name}   Ref: {ref}
                    Continued coverage for {drug} is confirmed until
                    {end_us}.
                    """),
            new Template(
                    "BRA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} ePA</h3>
                    <p>Result of your request for {drug}</p>
                    <p>Patient: {name}</p>
                    <p>A new authorization was created: {ref}</p>
                    <p>Dates: {start_us} - {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "BRA4",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} pharmacy team
                    Subject: {drug} request

                    Hi, the {drug} request for {name} went through.
                    You're all set through {end_us}. Reference {ref}.
                    Thanks!
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BRP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient: {name}

                    Insurance approved {drug}! We will ship the first
                    box on {start_us}. The patient confirmed the address.
                    """),
            new Template(
                    "BRP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    CLAIM REJECTED

                    Patient: {name}   DOB: {dob_us}
                    Drug: {drug}
                    Plan message: prior authorization required.
                    Please send a PA to {pbm} and let us know when it is
                    done so we can fill.
                    """),
            new Template(
                    "BRP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Summary

                    Patient: {name}
                    Product: {drug}
                    Plan: {pbm}
                    PA required: Yes
                    Our team can help your office with the PA forms.
                    """),
            new Template(
                    "BRP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Re: {name}, {drug}
                    The plan denied the claim at our pharmacy. The patient
                    cannot pay the full price, so we sent the patient's
                    details to the maker's assistance program.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BRO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility and Benefits Response

                    Member: {name}   ID: {member}
                    Coverage: Active
                    Pharmacy benefit: {pbm}
                    Specialty drugs need prior authorization: Yes
                    """),
            new Template(
                    "BRO2",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals
                    {notice_us}

                    We received your request to appeal the denial of
                    {drug} for {name}. We will send our decision in
                    writing. You do not need to do anything now.
                    """),
            new Template(
                    "BRO3",
                    "OTHER",
                    false,
                    """
                    Patient portal message
                    From: {name}

                    Hi, my pharmacy said my {drug} is approved? When
                    should I start it and do I need to come in first?
                    Thank you.
                    """),
            new Template(
                    "BRO4",
                    "OTHER",
                    false,
                    """
                    {payer} Payment Integrity
                    Medical Records Request

                    Please send the medical records for the claim below
                    within 30 days for a routine audit.
                    Patient: {name}   DOB: {dob_us}
                    Dates of service: January through March
                    """));
}
