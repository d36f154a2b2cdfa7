package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The forty-first set of corpus layouts, held back whole: written after the rules and the letter model of
 * round 19 (d21aaf7) froze, and read once. An independent review entity's decision both ways, a managed Medicaid plan's
 * short notices, a portal's message digest, a pharmacy's status fax, a hub's appeal help, and mail from a
 * patient and from the state.
 */
final class FortyFirstLayouts {

    private FortyFirstLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "FFD1",
                    "DENIAL",
                    false,
                    """
                    Independent Review Entity
                    Reconsideration Decision

                    Enrollee: {name}
                    Plan: {payer}
                    IRE case: {appealref}

                    We agree with your plan's decision about {drug}. {reason}
                    If the amount in dispute meets the threshold, you may ask for a
                    hearing with an administrative law judge.
                    """),
            new Template(
                    "FFD2",
                    "DENIAL",
                    false,
                    """
                    {payer} Community Plan

                    {name}
                    Member ID {member}

                    Your provider asked us to pay for {drug}. We will not pay for it.
                    Why: {reason}
                    Call Member Services if you have questions about this letter.
                    """),
            new Template(
                    "FFD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Message Center digest

                    1 new message
                    PA {ref} ({name}, {drug}) - decision posted: coverage declined.
                    Reviewer note: {reason}
                    """),
            new Template(
                    "FFD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}      DOB: {dob_us}
                    Authorization #: {ref}

                    Requested: {drug} every week. Allowed: {drug} every other week,
                    which is the labeled dose. Weekly dosing is not authorized. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "FFA1",
                    "APPROVAL",
                    false,
                    """
                    Independent Review Entity
                    Reconsideration Decision

                    Enrollee: {name}
                    Plan: {payer}
                    IRE case: {appealref}

                    We disagree with your plan's decision about {drug}. Your plan must
                    cover this drug. Your plan will contact you within 72 hours.
                    """),
            new Template(
                    "FFA2",
                    "APPROVAL",
                    false,
                    """
                    {payer} Community Plan

                    {name}
                    Member ID {member}

                    Your provider asked us to pay for {drug}. We will pay for it from
                    {start_us} to {end_us}.
                    """),
            new Template(
                    "FFA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Message Center digest

                    1 new message
                    PA {ref} ({name}, {drug}) - decision posted: coverage granted through
                    {end_us}.
                    """),
            new Template(
                    "FFA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}      DOB: {dob_us}
                    Authorization #: {ref}

                    Requested: {drug} every other week. Allowed: {drug} every other week,
                    {start_us} to {end_us}. Nothing was changed from the request.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "FFM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Community Plan
                    Provider notice

                    Member: {name}      Member ID {member}
                    Reference: {ref}

                    We got the request for {drug}, but we can't make a decision yet.
                    Please send us these things by {deadline_us}:
                    {items_list}
                    """),
            new Template(
                    "FFM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Message Center digest

                    1 new message
                    PA {ref} ({name}, {drug}) - the reviewer left a question: was the
                    patient's disease still active after 16 weeks of the current drug?
                    Reply in the portal.
                    """),
            new Template(
                    "FFM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Step Therapy Attestation

                    Patient: {nameLF}      DOB: {dob_us}
                    Case: {ref}

                    The prescriber must attest below that the patient tried and did not
                    respond to the required first-line drugs, then return this page.
                    [ ] methotrexate   [ ] cyclosporine   [ ] phototherapy
                    """),
            new Template(
                    "FFM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Utilization Management
                    Subject: {ref}

                    Dr. Patel, the reviewing dermatologist is available for a
                    peer-to-peer on {drug} for {name} before the case is decided.
                    Please reply with two times that work this week.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "FFP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Status update

                    Patient: {name}
                    Rx: {drug}

                    PA approved by the plan. Copay verified. Ready to ship; the patient
                    chose delivery on Friday.
                    """),
            new Template(
                    "FFP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    We saw the denial. Our reimbursement team can draft an appeal letter
                    template for your office. Reply to this fax if you want one.
                    """),
            new Template(
                    "FFP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}

                    Clinical pharmacist call completed. The patient was trained on the
                    {drug} pen and the first injection is planned for next week.
                    """),
            new Template(
                    "FFP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    Rejected claim: 75 - prior authorization required. Submit the PA to
                    the plan. We will reprocess when you tell us it is approved.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "FFO1",
                    "OTHER",
                    false,
                    """
                    From: {name}
                    Subject: question

                    Hi, I got a letter from my insurance about {drug} and I don't
                    understand it. Can someone call me? Thanks.
                    """),
            new Template(
                    "FFO2",
                    "OTHER",
                    false,
                    """
                    State Prescription Monitoring Program

                    The practice's annual registration renewal is due. Log in to the
                    state portal to renew.
                    """),
            new Template(
                    "FFO3",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Message Center digest

                    1 new message
                    Your user account password expires in 7 days. Change it in your
                    profile settings.
                    """),
            new Template(
                    "FFO4",
                    "OTHER",
                    false,
                    """
                    Independent Review Entity

                    Enrollee: {name}
                    Plan: {payer}

                    We received your case file from the plan. A physician reviewer will
                    decide within 7 days. You do not have to do anything.
                    """));
}
