package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twenty-eighth set of corpus layouts, all dev: the kinds the held-back aggregates still confuse, in
 * wordings not yet in the corpus. Denials that substitute a generic or close a request in a status line,
 * approvals that say no change was made, requests worded as a way to avoid a denial, a payer's list of drugs
 * that now need prior authorization, a patient's own question, a drug representative's flyer, a hub's appeal
 * support after a denial.
 */
final class RoundThirteenDevLayouts {

    private RoundThirteenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "QQD1",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Utilization Management
                    Subject: Request {ref} closed

                    The request for {drug} for {name} was closed as not medically
                    necessary. {reason}
                    """),
            new Template(
                    "QQD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      DOB: {dob_us}
                    Case: {ref}

                    The plan covers the biosimilar. The brand {drug} that was prescribed
                    is not covered. {reason}
                    """),
            new Template(
                    "QQD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}     ID: {member}
                    Authorization: {ref}

                    The request exceeds the dosing guidelines for {drug}. An adjusted
                    quantity was authorized in its place. {reason}
                    """),
            new Template(
                    "QQD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {nameLF}
                    Reference: {ref}

                    Your expedited request for {drug} was reviewed within 72 hours. The
                    request does not meet our coverage criteria. {reason}
                    """),
            new Template(
                    "QQD5",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Authorization Lookup</h3>
                    <p>{ref}</p>
                    <p>Member: {name}</p>
                    <p>Drug: {drug}</p>
                    <p>Final status: Non-Approved</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "QQA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Approval Notice

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    {drug} was reviewed and no changes were made to the request. It is
                    covered from {start_us} through {end_us}.
                    """),
            new Template(
                    "QQA2",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Appeals
                    Subject: Appeal {appealref}

                    The appeal for {name} has been decided. The earlier decision on {drug}
                    was overturned; the drug is covered through {end_us}.
                    """),
            new Template(
                    "QQA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    {drug}: the request has been certified for {start_us} to {end_us}.
                    """),
            new Template(
                    "QQA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Your tier exception for {drug} was accepted. The drug will be covered
                    at the lower copay until {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "QQM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: UM Nurse, {payer}
                    Subject: {ref}

                    Hi, I am reviewing the {drug} request for {name}. It is pending because
                    I need the last two progress notes. Thanks.{asks:chart notes}
                    """),
            new Template(
                    "QQM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Authorization: {ref}

                    To avoid a denial of {drug}, send the following by {deadline_us}:
                    {items_list}
                    """),
            new Template(
                    "QQM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {nameLF}
                    Case: {ref}

                    The request for {drug} lists two different diagnoses. Tell us which one
                    the drug is for.
                    """),
            new Template(
                    "QQM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Medical Review

                    Member: {name}
                    Reference: {ref}

                    Before a decision on {drug}, the reviewing physician is available to
                    discuss the case with the prescriber. Call to arrange a time.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "QQO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Prior Authorization List Update

                    From next month, the drugs below will need prior authorization:
                    {altdrug}, and two topical products. Current approvals stay in place.
                    """),
            new Template(
                    "QQO2",
                    "OTHER",
                    false,
                    """
                    From: {name}
                    Subject: my medication

                    Hi, has my insurance said anything yet about the new shot? I am almost
                    out of the cream. Thank you.
                    """),
            new Template(
                    "QQO3",
                    "OTHER",
                    false,
                    """
                    Valley Reference Laboratory

                    Patient: {name}       DOB: {dob_us}

                    QuantiFERON-TB Gold Plus: negative. Collected last week. Reviewed by
                    the laboratory director.
                    """),
            new Template(
                    "QQO4",
                    "OTHER",
                    false,
                    """
                    Medical Science Liaison - Dermatology

                    New data on long-term skin clearance will be presented at next month's
                    dinner meeting. Reply to reserve a seat.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "QQP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The claim needs a prior authorization. We have told the prescriber's
                    office and will fill as soon as it is approved.
                    """),
            new Template(
                    "QQP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Therapy: {drug}

                    We saw that the plan said no. Our appeals team can prepare a packet for
                    the prescriber to sign; reply yes to start.
                    """),
            new Template(
                    "QQP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    RE: {name}

                    Because of the storm, the {drug} shipment will arrive one day late. It
                    is packed with extra cold packs.
                    """));
}
