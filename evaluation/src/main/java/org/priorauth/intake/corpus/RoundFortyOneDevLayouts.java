package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighty-fourth set of corpus layouts, all dev: letters in questions and answers ("What did we decide?"), the
 * decision told only in the subject line, a history of earlier approvals above a new decision, provider copies of
 * member letters, and mail about requests that names their history.
 */
final class RoundFortyOneDevLayouts {

    private RoundFortyOneDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BOA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {name}      Member ID: {member}
                    What did we decide?
                    Yes. We will cover {drug}.
                    For how long?
                    From {start_us} to {end_us}.
                    What if I have questions?
                    Call the number on the back of your ID card.
                    """),
            new Template(
                    "BOA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>Subject: Approval of prior authorization request {ref}</p>
                    <p>From: {pbm} Clinical Services</p>
                    <p>Patient: {name}. Medication: {drug}. Period: {start_us} to {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "BOA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Authorization History - {name}

                    2025: {altdrug} - approved, ended
                    New request {ref}: {drug}
                    Status of new request: Approved, {start_us} - {end_us}
                    """),
            new Template(
                    "BOA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    PROVIDER COPY of a letter sent to the member

                    Member: {name}     Reference: {ref}
                    We let your patient know that the plan will pay for
                    {drug} through {end_us}. No action is needed from you.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BOD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {name}      Member ID: {member}
                    What did we decide?
                    No. We will not cover {drug}.
                    Why?
                    {reason}
                    What can I do?
                    You or your doctor can appeal. Ask within {days} days of
                    {notice_us}, the date of this letter.
                    """),
            new Template(
                    "BOD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>Subject: Adverse determination - request {ref}</p>
                    <p>From: {pbm} Clinical Services</p>
                    <p>Patient: {name}. Medication: {drug}.</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "BOD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Authorization History - {name}

                    2025: {altdrug} - approved, ended
                    New request {ref}: {drug}
                    Status of new request: Not approved
                    {reason}
                    """),
            new Template(
                    "BOD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    PROVIDER COPY of a letter sent to the member

                    Member: {name}     Reference: {ref}
                    We let your patient know that the plan will not pay for
                    {drug}. The letter explains how to appeal.
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BOM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    {name}      Member ID: {member}
                    What did we decide?
                    Nothing yet. We need more from your doctor first:
                    {items_list}
                    When?
                    By {deadline_us}.
                    """),
            new Template(
                    "BOM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>Subject: Information needed - request {ref}</p>
                    <p>From: {pbm} Clinical Services</p>
                    <p>Patient: {name}. Medication: {drug}. Reply by {deadline_us}.</p>
                    <p>Needed: a copy of the QuantiFERON result.{asks:TB test}</p>
                    </body></html>
                    """),
            new Template(
                    "BOM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Authorization History - {name}

                    2025: {altdrug} - approved, ended
                    New request {ref}: {drug}
                    Status of new request: Pended for clinical information
                    Pend items: {items_list}
                    """),
            new Template(
                    "BOM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    PROVIDER COPY of a letter sent to the member

                    Member: {name}     Reference: {ref}
                    We told your patient that we are waiting on your office for
                    the chart notes from the last visit. Please send them by
                    {deadline_us}.{asks:chart notes}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BOP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      Drug: {drug}
                    What happens next?
                    Your plan said yes. We will call you to set up delivery.
                    What will it cost?
                    Your copay is $5 per fill.
                    """),
            new Template(
                    "BOP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>Subject: Rx received - {name}</p>
                    <p>From: {pharmacy} Intake</p>
                    <p>We received the {drug} prescription and started the benefits check.</p>
                    </body></html>
                    """),
            new Template(
                    "BOP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Fill History - {name}

                    Drug: {drug}
                    Last fill: {earlier_us}   Next fill due: {start_us}
                    The patient asked us to hold the next fill until after travel.
                    """),
            new Template(
                    "BOP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Copy of a letter sent to the patient

                    Patient: {name}      Drug: {drug}
                    We let the patient know the foundation grant was approved and
                    covers the copay through {end_us}.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BOO1",
                    "OTHER",
                    false,
                    """
                    {payer}

                    {name}      Member ID: {member}
                    What is this letter about?
                    Your plan's new year starts January 1. Nothing about your
                    current medicines changes. Keep this letter for your records.
                    """),
            new Template(
                    "BOO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>Subject: Appeal received - request {ref}</p>
                    <p>From: {pbm} Clinical Services</p>
                    <p>Patient: {name}. We got the appeal and a new reviewer has it.</p>
                    </body></html>
                    """),
            new Template(
                    "BOO3",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Authorization History - {name}

                    2025: {altdrug} - approved, ended
                    2026: {drug} - approved, ended {earlier_us}
                    Printed at the office's request. No request is open.
                    """),
            new Template(
                    "BOO4",
                    "OTHER",
                    false,
                    """
                    Dermatology office
                    Visit Summary for {name}

                    Seen today for eczema follow-up. Plan: continue {drug}.
                    Next visit in 3 months. Labs ordered: none.
                    """));
}
