package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixty-fifth set of corpus layouts, held back whole: written after the rules and the letter model of
 * 2da9350 froze, and evaluated once with them.
 */
final class SixtyFifthLayouts {

    private SixtyFifthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AUD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Decision

                    Member: {name}      Member #: {member}
                    Request ID: {ref}
                    Medication: {drug}

                    Decision: Not covered
                    Basis for decision: {reason}
                    """),
            new Template(
                    "AUD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>To the office of the prescriber,</p>
                    <p>{payer} reviewed the {drug} request for {name}, reference {ref}.
                    The plan declines to cover it. {reason}</p>
                    <p>If you have new information, you may submit a reconsideration.</p>
                    </body></html>
                    """),
            new Template(
                    "AUD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      PA #: {ref}

                    {drug} was approved at one injection every 4 weeks. The request for
                    one injection every 2 weeks was not approved. {reason}
                    """),
            new Template(
                    "AUD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Grievance and Appeals

                    Member: {name}      Appeal: {appealref}

                    The appeal for {drug} was reviewed by a board-certified dermatologist
                    who was not involved in the first decision. The denial is upheld.
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AUM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Additional Information Needed

                    Member: {name}      Request ID: {ref}
                    Medication: {drug}

                    We cannot complete the review with what we have. Please send:
                    {items_list}
                    We must have it by {deadline_us}.
                    """),
            new Template(
                    "AUM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer}</p>
                    <p>Case {ref} ({name}, {drug}) is on hold for missing photographs of the
                    affected areas. Add them to the case by {deadline_us}.{asks:photos}</p>
                    </body></html>
                    """),
            new Template(
                    "AUM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    RE: {name}      Request: {ref}

                    Our pharmacist needs to know which dose of {drug} is intended; the
                    prescription and the request do not agree. Please clarify by
                    {deadline_us}.{asks:prescription}
                    """),
            new Template(
                    "AUM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Auth: {ref}

                    Second request: we still have not received the chart notes asked
                    for on {notice_us}. The {drug} request will be decided on
                    {deadline_us} with the records on file.{asks:chart notes}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AUA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Decision

                    Member: {name}      Member #: {member}
                    Request ID: {ref}
                    Medication: {drug}

                    Decision: Covered
                    Coverage dates: {start_us} through {end_us}
                    """),
            new Template(
                    "AUA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>To the office of the prescriber,</p>
                    <p>{payer} reviewed the {drug} request for {name}, reference {ref}.
                    The plan agrees to cover it from {start_us} to {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "AUA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Grievance and Appeals

                    Member: {name}      Appeal: {appealref}

                    The appeal for {drug} was reviewed by a board-certified dermatologist
                    who was not involved in the first decision. The denial is overturned,
                    and {drug} is covered through {end_us}.
                    """),
            new Template(
                    "AUA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      PA #: {ref}

                    {drug} was approved at one injection every 2 weeks, the dose asked
                    for, from {start_us} to {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AUP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery Confirmation

                    Patient: {name}
                    {drug} was delivered and signed for. Next refill is due in 28 days.
                    """),
            new Template(
                    "AUP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>{name} is now enrolled in the bridge program and will receive {drug}
                    at no cost while the prior authorization is pending with {payer}.</p>
                    </body></html>
                    """),
            new Template(
                    "AUP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}

                    The patient asked us to move the {drug} prescription to another
                    specialty pharmacy closer to home. We have sent the transfer.
                    """),
            new Template(
                    "AUP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}

                    We were told by {payer} that {drug} is approved. We will ship once the
                    patient pays the copay; the copay card has been applied.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AUO1",
                    "OTHER",
                    false,
                    """
                    Northside Imaging Center

                    Patient: {name}      DOB: {dob_us}
                    Chest X-ray, PA and lateral
                    Impression: no active disease.
                    """),
            new Template(
                    "AUO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Request Withdrawn

                    Member: {name}      Request ID: {ref}

                    As your office asked, the request for {drug} has been withdrawn. No
                    decision was made.
                    """),
            new Template(
                    "AUO3",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>Fax cover sheet</p>
                    <p>To: Dermatology PA desk<br/>From: {payer}<br/>Pages: 3 including cover</p>
                    <p>Confidential health information enclosed.</p>
                    </body></html>
                    """),
            new Template(
                    "AUO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Peer-to-Peer Scheduled

                    Member: {name}      Request ID: {ref}

                    Following the denial of {drug}, the peer-to-peer call you asked for is
                    set for {start_us} at 2:30 PM with Dr. Haas.
                    """));
}
