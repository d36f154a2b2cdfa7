package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The forty-seventh set of corpus layouts, held back whole: written after the rules and the letter model of
 * round 22 (e9ad956) froze, and read once. A utilization vendor's letters to the member, a PBM's coverage review summary
 * in several outcomes, e-mails from a plan's pharmacist, pharmacy and hub faxes, and mail about the practice.
 */
final class FortySeventhLayouts {

    private FortySeventhLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "OOD1",
                    "DENIAL",
                    false,
                    """
                    Specialty Drug Review Program
                    on behalf of {payer}

                    Dear {name},

                    We received a request from your doctor for {drug}. After review,
                    we find this drug is not medically necessary for you. {reason}
                    """),
            new Template(
                    "OOD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Review Summary

                    Patient: {name}      ID: {member}
                    Drug: {drug}
                    Review type: Initial
                    Result: Not approved
                    Clinical rationale: {reason}
                    """),
            new Template(
                    "OOD3",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Clinical Pharmacist
                    Subject: {name} / {drug}

                    Hi, I reviewed this one today. I'm not able to approve it as written.
                    {reason} If you switch to the preferred option I can approve that
                    right away.
                    """),
            new Template(
                    "OOD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Your appeal was reviewed by a dermatologist who was not part of the
                    first review. The original decision on {drug} was correct. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "OOA1",
                    "APPROVAL",
                    false,
                    """
                    Specialty Drug Review Program
                    on behalf of {payer}

                    Dear {name},

                    We received a request from your doctor for {drug}. After review, we
                    find this drug is medically necessary for you. It is covered from
                    {start_us} to {end_us}.
                    """),
            new Template(
                    "OOA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Review Summary

                    Patient: {name}      ID: {member}
                    Drug: {drug}
                    Review type: Renewal
                    Result: Approved for 12 months
                    """),
            new Template(
                    "OOA3",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Clinical Pharmacist
                    Subject: {name} / {drug}

                    Hi, I reviewed this one today and it's fine. I entered the approval,
                    good until {end_us}. The pharmacy can run it now.
                    """),
            new Template(
                    "OOA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Your appeal was reviewed by a dermatologist who was not part of the
                    first review. The first decision is overturned. We will cover {drug}
                    until {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "OOM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Coverage Review Summary

                    Patient: {name}      ID: {member}
                    Drug: {drug}
                    Review type: Initial
                    Result: Pended
                    Needed from prescriber: {items_list}
                    """),
            new Template(
                    "OOM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Clinical Pharmacist
                    Subject: {name} / {drug}

                    Hi, I'm looking at this one now. What was the BSA at the start of
                    treatment and what is it today? That's all I need to finish.
                    """),
            new Template(
                    "OOM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Specialty Drug Review Program
                    on behalf of {payer}

                    Dear Dr. Patel,

                    We are reviewing the request for {drug} for {name}. We left two
                    voicemails for your office. Please call us by {deadline_us} to discuss
                    the request, or we will decide based on the records we have.
                    """),
            new Template(
                    "OOM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Authorization Request {ref}</p>
                    <p>Member: {name}. Drug: {drug}.</p>
                    <p>Status: Additional documentation requested. Upload the missing
                    photos and the signed attestation.{asks:photos}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "OOP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    We called the plan: the authorization for {drug} is active. The order
                    is scheduled to ship Wednesday.
                    """),
            new Template(
                    "OOP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    The plan did not approve the request. The patient has been enrolled
                    in our patient assistance program and will receive {drug} at no cost
                    while the appeal is pending.
                    """),
            new Template(
                    "OOP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription clarification

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    The prescription lists two different doses. Please call to clarify
                    which dose the patient should take.
                    """),
            new Template(
                    "OOP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}

                    Your patient's {drug} prescription has been transferred to our
                    pharmacy at the patient's request. Future refill requests will come
                    from us.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "OOO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Satisfaction

                    Thank you for taking part in last year's survey. Here is what we
                    changed: faster phone answers and a new ePA portal.
                    """),
            new Template(
                    "OOO2",
                    "OTHER",
                    false,
                    """
                    Dermatology Associates - internal

                    Reminder: the PA team meeting moves to Thursday at noon this week.
                    """),
            new Template(
                    "OOO3",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Member: {name}

                    Your request to change your primary care doctor is complete. Your new
                    doctor's name is on your new ID card.
                    """),
            new Template(
                    "OOO4",
                    "OTHER",
                    false,
                    """
                    Specialty Drug Review Program
                    on behalf of {payer}

                    Re: {name}

                    We received the appeal for {drug}. It will be reviewed by a doctor who
                    did not make the first decision. You will get our answer within 30
                    days.
                    """));
}
