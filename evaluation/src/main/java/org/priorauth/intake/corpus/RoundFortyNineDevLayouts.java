package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The hundred-and-first set of corpus layouts, all dev: decisions whose words point the other way. Denials that
 * spell out what an approval would take, rescind an earlier approval or keep an earlier decision; approvals that
 * reverse a denial or carry a page on how requests are denied; requests, pharmacies' and hubs' notices and general
 * mail that speak of approvals.
 */
final class RoundFortyNineDevLayouts {

    private RoundFortyNineDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CGD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage review for {drug}    Patient: {name}    Ref: {ref}

                    Approval criteria for this drug:
                    1. Diagnosis confirmed by a dermatologist - met
                    2. Trial of a topical agent for 4 weeks - met
                    3. Trial of a systemic agent - not met
                    Result: criteria not met. {reason}
                    """),
            new Template(
                    "CGD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Notice of rescinded authorization

                    Member: {name}    Authorization: {ref}
                    The authorization for {drug} issued on {earlier_us} was issued
                    in error and is rescinded as of {notice_us}. {reason}
                    You may appeal this decision within 60 days.
                    """),
            new Template(
                    "CGD3",
                    "DENIAL",
                    false,
                    """
                    PA DETERMINATION SUMMARY
                    Plan: {payer}    Case: {ref}
                    Patient: {name}    Drug: {drug}
                    Units requested: 4 pens    Units authorized: 0
                    Status: Closed - not authorized
                    Reason: {reason}
                    """),
            new Template(
                    "CGD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Utilization Management
                    Re: {name}    Reference {ref}

                    A board-certified dermatologist reviewed the request for
                    {drug} and found it not medically necessary at this time.
                    {reason} Approval may be possible on a new request that
                    shows the missing trial.
                    """),
            new Template(
                    "CGD5",
                    "DENIAL",
                    false,
                    """
                    Subject: Case {ref} updated

                    Patient: {name}
                    Medication: {drug}
                    Determination: Adverse
                    Log in to the portal for the full letter and your appeal
                    rights.
                    """),
            new Template(
                    "CGD6",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals Unit
                    Appeal {appealref}    Member: {name}

                    We reviewed your appeal for {drug}. After this review we
                    have decided to keep our original decision. {reason}
                    You may ask for an independent external review.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CGA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Good news about your medication

                    Dear {name},
                    {drug} is covered from {start_us} through {end_us}. You can
                    fill it at your specialty pharmacy. Reference {ref}.
                    """),
            new Template(
                    "CGA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Reconsideration outcome    Member: {name}    Case: {ref}

                    Drug: {drug}
                    Determination: Favorable
                    Coverage runs {start_us} to {end_us}.
                    """),
            new Template(
                    "CGA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Coverage determination for {name}    Ref: {ref}

                    We approved {drug} from {start_us} to {end_us}.

                    About our decisions: a request is denied when the plan's
                    criteria are not met or when information is missing. If a
                    request is denied, you may appeal within 60 days.
                    """),
            new Template(
                    "CGA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Member: {name}    Reference: {ref}

                    The denial dated {earlier_us} has been reversed. {drug} is
                    now authorized from {start_us} through {end_us}.
                    """),
            new Template(
                    "CGA5",
                    "APPROVAL",
                    false,
                    """
                    {payer} - PA {ref}
                    Patient        {name}
                    Drug           {drug}
                    Status         Authorized
                    Quantity       as requested
                    Effective      {start_us} - {end_us}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CGM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Patient: {name}    Ref: {ref}

                    Before we can approve {drug}, we need the following by
                    {deadline_us}:
                    {items_list}
                    """),
            new Template(
                    "CGM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Your request for {drug} ({name}, {ref}) is on hold. The
                    file is missing the prescriber's notes{asks:chart notes}. Send them by
                    {deadline_us} or the request will be closed.
                    """),
            new Template(
                    "CGM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Clinical Review
                    Re: {name}    Case {ref}    {drug}

                    No decision has been made. The reviewer is not able to
                    approve the request as submitted and offers a peer-to-peer
                    call before deciding. Please call by {deadline_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CGP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient: {name}

                    Your insurance approved {drug}. We will call you to set up
                    delivery of the first shipment.
                    """),
            new Template(
                    "CGP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Patient: {name}    Medication: {drug}

                    The plan denied coverage. Our team is checking whether the
                    patient qualifies for the bridge program and will update you.
                    """),
            new Template(
                    "CGP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy} Refill Reminder
                    {name}: your {drug} refill is due. Reply YES to schedule
                    delivery.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CGO1",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals
                    Member: {name}    Appeal {appealref}

                    We received your appeal of the denial of {drug}. We will
                    decide within 30 days and write to you.
                    """),
            new Template(
                    "CGO2",
                    "OTHER",
                    false,
                    """
                    {payer} Eligibility Response
                    Member: {name}    DOB: {dob_us}
                    Coverage: Active
                    Prior authorization required for specialty drugs: Yes
                    """),
            new Template(
                    "CGO3",
                    "OTHER",
                    false,
                    """
                    Dermatology Update
                    Newly approved: the FDA approved a new indication for
                    {drug}. Ask your representative about samples.
                    """));
}
