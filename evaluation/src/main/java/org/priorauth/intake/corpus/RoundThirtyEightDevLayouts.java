package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventy-eighth set of corpus layouts, all dev: the same request told in a status line ("Closed -
 * Authorization Issued", "Open - Waiting on Provider", "Closed - Duplicate"), letters to the member with the
 * prescriber copied, continuation-of-therapy reviews (met, not met, a response not documented), and mail that uses
 * a decision's words for something else (a drug's new FDA approval, a peer-to-peer set after a denial).
 */
final class RoundThirtyEightDevLayouts {

    private RoundThirtyEightDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BIA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Status

                    Member: {name}      Request ID: {ref}
                    Drug: {drug}
                    Request Status: Closed - Authorization Issued
                    Authorization dates: {start_us} - {end_us}
                    """),
            new Template(
                    "BIA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} ePA</p>
                    <p>The plan has signed off on {drug} for {name}. Authorization {ref}
                    runs from {start_us} to {end_us}; the pharmacy can fill it now.</p>
                    </body></html>
                    """),
            new Template(
                    "BIA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},
                    Good news about your prescription. Your plan will pay for {drug}
                    from {start_us} to {end_us}. Your doctor has a copy of this letter.
                    Reference: {ref}
                    """),
            new Template(
                    "BIA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Continuation of Therapy Review

                    Patient: {name}      Case: {ref}
                    Drug: {drug}
                    Response to treatment: documented
                    Continuation criteria: met
                    Next review: {end_us}
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BID1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Status

                    Member: {name}      Request ID: {ref}
                    Drug: {drug}
                    Request Status: Closed - Authorization Not Issued
                    Basis: {reason}
                    """),
            new Template(
                    "BID2",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},
                    Your plan will not pay for {drug}. Here is why: {reason}
                    Your doctor has a copy of this letter. Reference: {ref}
                    You or your doctor may appeal within {days} days of this notice.
                    """),
            new Template(
                    "BID3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Continuation of Therapy Review

                    Patient: {name}      Case: {ref}
                    Drug: {drug}
                    Continuation criteria: not met
                    Coverage ends {end_us}.
                    {reason}
                    """),
            new Template(
                    "BID4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} ePA</p>
                    <p>The plan did not sign off on {drug} for {name} (authorization
                    {ref}). {reason} The prescriber may ask for a redetermination.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BIM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Prior Authorization Status

                    Member: {name}      Request ID: {ref}
                    Drug: {drug}
                    Request Status: Open - Waiting on Provider
                    Items: {items_list}
                    Due: {deadline_us}
                    """),
            new Template(
                    "BIM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Dear {name},
                    We asked your doctor for more information about your request for
                    {drug}. We will decide after your doctor answers, or by
                    {deadline_us} with what we have. Reference: {ref}
                    """),
            new Template(
                    "BIM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Continuation of Therapy Review

                    Patient: {name}      Case: {ref}
                    Drug: {drug}
                    Response to treatment: not documented
                    Send the current and baseline EASI by {deadline_us}.{asks:severity score / BSA}
                    """),
            new Template(
                    "BIM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Pharmacy Review</p>
                    <p>Quick question on {name}'s {drug} request ({ref}): which topicals
                    has the patient used, and for how long? Our reviewer picks it back
                    up on {deadline_us}.{asks:prior therapy history}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BIP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Order Status

                    Patient: {name}      Drug: {drug}
                    Order status: On hold - awaiting prior authorization
                    We will ship as soon as the plan approves it.
                    """),
            new Template(
                    "BIP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>Status for {name}: Approved. {payer} approved {drug}; our team is
                    now setting up the first delivery with the specialty pharmacy.</p>
                    </body></html>
                    """),
            new Template(
                    "BIP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Shipment Confirmation

                    Patient: {name}      Drug: {drug}
                    Shipped by overnight courier, tracking 1Z 999 AA1 01 2345 6784.
                    Signature required at delivery.
                    """),
            new Template(
                    "BIP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Prescription clarification: the {drug} order does not say which
                    pen strength. Please call or send a corrected prescription.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BIO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Prior Authorization Status

                    Member: {name}      Request ID: {ref}
                    Drug: {drug}
                    Request Status: Closed - Duplicate request
                    The first request for this drug stays open.
                    """),
            new Template(
                    "BIO2",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Dear {name},
                    Your plan changes on January 1. The new drug list is enclosed;
                    check it with your doctor before your next refill.
                    """),
            new Template(
                    "BIO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Peer-to-Peer Confirmation

                    Member: {name}      Case: {ref}
                    The peer-to-peer about the denial of {drug} is set for
                    {start_us} at 2:30 PM. The medical director will call the office.
                    """),
            new Template(
                    "BIO4",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>Medical Information Team</p>
                    <p>{drug} is now FDA approved for a new age group. Full prescribing
                    information is on our site. Reply STOP to opt out.</p>
                    </body></html>
                    """));
}
