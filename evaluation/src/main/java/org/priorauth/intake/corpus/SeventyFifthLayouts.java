package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventy-fifth set of corpus layouts, held back whole: written after the rules and model of 11fc8de froze,
 * and evaluated once.
 */
final class SeventyFifthLayouts {

    private SeventyFifthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BFA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization - Determination Letter

                    Date of notice: {notice_us}
                    Member: {name}      Member ID: {member}
                    PA number: {ref}

                    Your request for {drug} has been reviewed and approved. This
                    approval is effective {start_us} and ends {end_us}.
                    """),
            new Template(
                    "BFA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} ePA Notification</p>
                    <p>Key {ref} - {name} - {drug}</p>
                    <p>Outcome: Approved. The pharmacy claim should now process. Duration:
                    12 months.</p>
                    </body></html>
                    """),
            new Template(
                    "BFA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Clinical Review

                    RE: {name}      Case #: {ref}
                    After the peer-to-peer discussion on {earlier_us}, the reviewer agreed
                    that {drug} is appropriate. We are authorizing it through {end_us}.
                    """),
            new Template(
                    "BFA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Independent Review Decision

                    Enrollee: {name}      Appeal: {appealref}
                    The independent reviewer overturned the plan's denial of {drug}.
                    The plan must cover the drug as prescribed.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BFD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Determination Letter

                    Date of notice: {notice_us}
                    Member: {name}      PA number: {ref}
                    Drug: {drug}

                    This request has been reviewed and is not approved. {reason}
                    You may request an appeal within {days} days of the date of this notice.
                    """),
            new Template(
                    "BFD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} ePA Notification</p>
                    <p>Key {ref} - {name} - {drug}</p>
                    <p>Outcome: Denied. {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "BFD3",
                    "DENIAL",
                    false,
                    """
                    {payer} Clinical Review

                    RE: {name}      Case #: {ref}
                    We approved the first 16 weeks of {drug}. Coverage after week 16 is
                    denied until a response to treatment is documented. {reason}
                    """),
            new Template(
                    "BFD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Notice of Denial - Medicaid

                    Recipient: {name}      Recipient ID: {member}
                    We denied your doctor's request for {drug}. {reason}
                    You can ask for a fair hearing.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BFM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Additional Information Needed

                    Member: {name}      PA number: {ref}
                    Drug: {drug}

                    To continue our review, please send:
                    {items_list}
                    We must receive it by {deadline_us}.
                    """),
            new Template(
                    "BFM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{pbm} ePA Notification</p>
                    <p>Key {ref} - {name} - {drug}</p>
                    <p>Outcome: Pending. Open question: Has the patient had a TB test in the
                    last 12 months? Answer by {deadline_us}.{asks:TB test}</p>
                    </body></html>
                    """),
            new Template(
                    "BFM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Clinical Review

                    RE: {name}      Case #: {ref}
                    The reviewer cannot finish the review of {drug} without clinical photos
                    of the affected areas. Upload them by {deadline_us}.{asks:photos}
                    """),
            new Template(
                    "BFM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Request for Peer-to-Peer

                    Member: {name}      Case: {ref}
                    Before deciding on {drug}, the reviewing physician asks to speak with
                    the prescriber. Please call by {deadline_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BFP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Status

                    Patient: {name}      Drug: {drug}
                    Insurance approved the prior authorization. We shipped the first
                    month on {start_us}.
                    """),
            new Template(
                    "BFP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>The benefits check for {name} is done: the plan needs a prior
                    authorization for {drug}. We will send your office the plan's form.</p>
                    </body></html>
                    """),
            new Template(
                    "BFP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    We are out of stock of {drug} in the strength ordered. It is expected
                    in two days; we will ship then unless you prefer a transfer.
                    """),
            new Template(
                    "BFP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Welcome Packet Sent

                    Patient: {name}      Product: {drug}
                    We mailed the injection training kit and set up a nurse visit for the
                    first dose.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BFO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeal Acknowledgement

                    Member: {name}      Appeal: {appealref}
                    We have your appeal of the denial of {drug}. A different reviewer will
                    look at it. You will hear from us within 30 days.
                    """),
            new Template(
                    "BFO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal</p>
                    <p>Your password will expire in 5 days. Sign in to choose a new one.</p>
                    </body></html>
                    """),
            new Template(
                    "BFO3",
                    "OTHER",
                    false,
                    """
                    Lakeshore Rheumatology

                    Re: {name}      DOB: {dob_us}
                    Thank you for the referral. We saw the patient for joint pain; no
                    inflammatory arthritis found. Notes attached.
                    """),
            new Template(
                    "BFO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Prior Authorization Requirements - 2027

                    The attached list shows which dermatology drugs need prior
                    authorization next year. Approvals already issued remain valid.
                    """));
}
