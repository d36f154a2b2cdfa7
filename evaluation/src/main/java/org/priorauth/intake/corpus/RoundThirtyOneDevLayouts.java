package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixty-fourth set of corpus layouts, all dev: denials whose form speaks in approval's words ("Approval
 * status: Not approved", "Authorized: 0 units", a table of what was asked and what was authorized), requests
 * that name the approval they stand before ("we can approve it once we have ..."), approvals that name the
 * denial they no longer carry, and other mail in the same words.
 */
final class RoundThirtyOneDevLayouts {

    private RoundThirtyOneDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "ATD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Review

                    Member: {name}      Auth #: {ref}
                    Medication: {drug}
                    Approval status: Not approved
                    {reason}
                    """),
            new Template(
                    "ATD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Case: {ref}

                    Drug                 Requested          Authorized
                    {drug}               12 months          6 months
                    The remaining 6 months are outside the plan's renewal rules.
                    {reason}
                    """),
            new Template(
                    "ATD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Authorization Detail</p>
                    <p>Member: {name} | Auth: {ref}</p>
                    <p>Service: {drug} | Units requested: 4 | Units authorized: 0</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "ATD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Reference: {ref}

                    We understand how much the patient needs relief. Approval is not
                    possible under the member's plan at this time. {reason}
                    """),
            new Template(
                    "ATD5",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Renewal Decision

                    Member: {name}      PA: {ref}

                    The current authorization for {drug} ends on {end_us}. It will not be
                    renewed. {reason}
                    """),
            new Template(
                    "ATD6",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Member: {name}      Case #: {ref}

                    Induction doses of {drug}: approved.
                    Maintenance doses: denied.
                    {reason}
                    """),
            new Template(
                    "ATD7",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>Dear Dr. Okafor,</p>
                    <p>Thank you for the request for {drug} for {name} (reference {ref}).
                    We could approve it only with proof of the step therapy the plan
                    requires, and the records do not include it, so we are not approving
                    it now. {reason}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "ATM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Auth #: {ref}

                    We can approve {drug} once we have the following:
                    {items_list}
                    Please send them by {deadline_us}.
                    """),
            new Template(
                    "ATM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Pharmacy Review</p>
                    <p>Re: {name}, case {ref}</p>
                    <p>Approval of {drug} depends on a TB test result from the last 12
                    months, which is not in the file. Upload it by {deadline_us}.{asks:TB test}</p>
                    </body></html>
                    """),
            new Template(
                    "ATM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Pre-Approval Checklist

                    Patient: {name}      Request: {ref}
                    Drug: {drug}

                    {items_checks}
                    Fax the checked items by {deadline_us}.
                    """),
            new Template(
                    "ATM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    RE: {name}      Ref: {ref}

                    This request for {drug} can be approved if we receive the photos and
                    the latest EASI score by {deadline_us}. Without them, the request will
                    be reviewed as it is.{asks:photos|severity score / BSA}
                    """),
            new Template(
                    "ATM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Utilization Management

                    Member: {name}      Case: {ref}

                    The request for {drug} is not approved or denied yet. The reviewer
                    wants the prescriber's notes from the visit where it was prescribed.
                    Fax them by {deadline_us}.{asks:chart notes}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "ATA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Review

                    Member: {name}      Auth #: {ref}
                    Medication: {drug}
                    Approval status: Approved
                    Approval period: {start_us} - {end_us}
                    """),
            new Template(
                    "ATA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Case: {ref}

                    Drug                 Requested          Authorized
                    {drug}               12 months          12 months
                    Start {start_us}, end {end_us}.
                    """),
            new Template(
                    "ATA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Authorization Detail</p>
                    <p>Member: {name} | Auth: {ref}</p>
                    <p>Service: {drug} | Units requested: 4 | Units authorized: 4</p>
                    <p>Dates: {start_us} - {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "ATA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Reference: {ref}

                    The denial reason in our letter of {notice_us} no longer applies: the
                    photos you sent show the disease is still active. {drug} is now
                    approved through {end_us}.
                    """),
            new Template(
                    "ATA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Renewal Decision

                    Member: {name}      PA: {ref}

                    The authorization for {drug} that ends on {start_us} has been renewed.
                    The new end date is {end_us}.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "ATO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Education

                    Most requests for biologics are approved on the first review when
                    the BSA, the topicals tried and the dates are in the notes. Denials
                    most often come from missing step therapy.
                    """),
            new Template(
                    "ATO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Appeals</p>
                    <p>We have your appeal of the denial for {name} ({drug}), number
                    {appealref}. It is under review. You will hear from us within 30 days.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "ATP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}

                    The plan's approval for {drug} ends on {end_us}. Please start the
                    renewal so the next shipment is not held.
                    """));
}
