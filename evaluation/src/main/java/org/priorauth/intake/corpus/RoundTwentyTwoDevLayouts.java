package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The forty-sixth set of corpus layouts, all dev: approvals stamped or e-mailed in few words, denials that talk
 * about what could be approved, requests that warn of a closing, and a payer's general mail that counts or
 * explains approvals.
 */
final class RoundTwentyTwoDevLayouts {

    private RoundTwentyTwoDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "MMA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Member ID: {member}
                    Drug: {drug}
                    Reference: {ref}

                    *** PA APPROVED ***
                    Valid {start_us} through {end_us}
                    """),
            new Template(
                    "MMA2",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Pharmacy Services
                    Subject: {ref}

                    All set: the {drug} prior auth for {name} went into effect today and
                    runs for 12 months, to {end_us}.
                    """),
            new Template(
                    "MMA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Important information about your medicine

                    Dear {name},

                    A pharmacist reviewed your coverage request for {drug}. Result:
                    coverage allowed through {end_us}.
                    """),
            new Template(
                    "MMA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Reauthorization

                    Patient: {nameLF}
                    Case: {ref}

                    Reauthorization of {drug} is complete. The next review is due by
                    {end_us}.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "MMD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Approval of {drug} is not possible at this time. {reason}
                    """),
            new Template(
                    "MMD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Case: {ref}

                    We can approve {altdrug} in place of the requested {drug}. The
                    requested drug itself is not covered. {reason}
                    """),
            new Template(
                    "MMD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Renewal Decision

                    Member: {nameLF}      ID: {member}

                    Your earlier approval for {drug} ended on {earlier_us}. The request to
                    renew it was reviewed, and the renewal is denied. {reason}
                    """),
            new Template(
                    "MMD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Determination</p>
                    <p>{name} &middot; {ref}</p>
                    <p>Item 1: {drug} starting dose - approved.</p>
                    <p>Item 2: {drug} dose escalation - denied. {reason}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "MMM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    ACTION REQUIRED: provider response

                    Member: {name}
                    Reference: {ref}

                    To avoid a denial of {drug}, send the following by {deadline_us}:
                    {items_list}
                    """),
            new Template(
                    "MMM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Case: {ref}

                    This case will be closed in 14 days unless we receive the prescriber's
                    notes on the response to {drug}.{asks:chart notes}
                    """),
            new Template(
                    "MMM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Pharmacy Services
                    Subject: {ref}

                    We cannot approve the {drug} request for {name} without the prescriber's
                    notes from the last visit. Please send them over.
                    """),
            new Template(
                    "MMM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {nameLF}      DOB: {dob_us}
                    Authorization: {ref}

                    The clinical reviewer is unable to read the faxed chart notes for
                    {drug}. Please resend them by {deadline_us}.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "MMO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Welcome to the plan

                    Dear {name},

                    Welcome! Your new member card is in this envelope. Visit our website
                    to choose a primary care doctor.
                    """),
            new Template(
                    "MMO2",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Annual reminder

                    Prior authorizations expire. Check your patients' approvals in the
                    portal and renew them before they end.
                    """),
            new Template(
                    "MMO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    ePA monthly summary for your practice

                    Requests sent: 36. Approved: 29. Denied: 4. Pending: 3. Thank you for
                    using electronic prior authorization.
                    """),
            new Template(
                    "MMO4",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Re: {name}

                    We have your appeal about {drug}. It is with a reviewer now. We will
                    write to you when there is a decision.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "MMP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The plan approved the prior authorization, but the patient's copay is
                    $1,200. We referred the patient to a copay foundation.
                    """),
            new Template(
                    "MMP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    Welcome kit mailed to the patient. The patient's first nurse call is
                    scheduled for Monday.
                    """));
}
