package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The forty-fourth set of corpus layouts, all dev: approvals and requests that use the words of other mail.
 * An approval that says no action is needed, thanks the office, names a case manager or the lab results
 * that settled it; a request that says no decision has been made yet, asks for "medical records", or sets a
 * peer-to-peer before the decision. Beside them, the other mail those words belong to.
 */
final class RoundTwentyOneDevLayouts {

    private RoundTwentyOneDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "JJA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    Thank you for your request. {drug} has been approved from {start_us}
                    to {end_us}. No action is needed from you at this time.
                    """),
            new Template(
                    "JJA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Care Management

                    Dear {name},

                    Your nurse case manager will call you this month. Also, your doctor's
                    request for {drug} was reviewed and the drug is covered through
                    {end_us}.
                    """),
            new Template(
                    "JJA3",
                    "APPROVAL",
                    false,
                    """
                    From: {pbm} Clinical Review
                    Subject: {ref}

                    The lab results you sent settled it: the TB screening is negative,
                    and {drug} for {name} is authorized until {end_us}.
                    """),
            new Template(
                    "JJA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Re: {name}, {drug}
                    Case: {ref}

                    We received the records on {earlier_us}. With them, the request now
                    meets our criteria and coverage is in place until {end_us}. You do
                    not need to send anything else.
                    """),
            new Template(
                    "JJA5",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Member Services</p>
                    <p>Dear {name}, good news about {drug}: your plan agreed to cover it.</p>
                    <p>It is covered until {end_us}. Questions? Call Member Services.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "JJM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    No decision has been made on {drug} yet. The reviewer needs the
                    following first:
                    {items_list}
                    """),
            new Template(
                    "JJM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Request for Medical Records

                    Patient: {name}      DOB: {dob_us}
                    PA: {ref}

                    To review the prior authorization for {drug}, send the medical
                    records from the last two visits by {deadline_us}.{asks:chart notes}
                    """),
            new Template(
                    "JJM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Utilization Management
                    Subject: {ref}

                    The peer-to-peer for {name} is scheduled for Tuesday at 2 pm, before
                    the {drug} request is decided. The reviewer will call the office.
                    """),
            new Template(
                    "JJM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Care Management

                    Member: {name}
                    Reference: {ref}

                    The case manager reviewing the {drug} request needs the latest lab
                    results (CBC and liver panel). Please fax them by {deadline_us}.
                    """),
            new Template(
                    "JJM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Re: {name}
                    Case: {ref}

                    Thank you for the request for {drug}. We received it, but the chart
                    notes were not attached. Please send them so we can begin the review.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "JJO1",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Re: {name}

                    We received your request for a review of our decision on {drug}. No
                    decision has been made yet. You do not need to send anything.
                    """),
            new Template(
                    "JJO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Care Management

                    Dear {name},

                    Our care management program is free and voluntary. A nurse can help
                    you manage eczema between visits. Call us to join.
                    """),
            new Template(
                    "JJO3",
                    "OTHER",
                    false,
                    """
                    Northside Orthopedics

                    Re: {name}      DOB: {dob_us}

                    Request for medical records: please send the last three dermatology
                    visit notes for our upcoming surgery planning.
                    """),
            new Template(
                    "JJO4",
                    "OTHER",
                    false,
                    """
                    Metro Clinical Labs

                    Patient: {name}      DOB: {dob_us}

                    Lab results: CBC within normal limits. Liver panel within normal
                    limits. Ordered by Dr. Patel.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "JJD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    Thank you for your request. After review, {drug} is not approved.
                    {reason} No other action is needed unless you wish to appeal.
                    """),
            new Template(
                    "JJD2",
                    "DENIAL",
                    false,
                    """
                    From: {pbm} Clinical Review
                    Subject: {ref}

                    The lab results you sent did not change the outcome: {drug} for
                    {name} is still not authorized. {reason}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "JJP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    Thank you for the referral. The plan has approved {drug}, and the
                    first shipment goes out this week. No action is needed from you.
                    """),
            new Template(
                    "JJP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Case Update

                    Patient: {name}
                    Product: {drug}

                    The patient's case manager at our program confirmed the copay
                    assistance. The patient will pay $0 for the next 12 months.
                    """));
}
