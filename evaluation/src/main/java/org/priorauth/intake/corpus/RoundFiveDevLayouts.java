package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twelfth set of corpus layouts, all dev: partial approvals in many words (an alternative drug approved
 * instead, a lower frequency, the loading dose only), the inbox's noise that speaks of pharmacies or approvals
 * without being a pharmacy notice or a prior-authorization approval, and short requests for information (an
 * illegible fax, a missing page, a call-back).
 */
final class RoundFiveDevLayouts {

    private RoundFiveDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL (partial approvals)
            new Template(
                    "RD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Authorization: {ref}

                    We approved the request for {drug} with a quantity limit of one pen
                    every 28 days. The second pen each month that was requested is not
                    covered. You can appeal the limit by {deadline_us}.
                    """),
            new Template(
                    "RD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    ID: {member}
                    Reference: {ref}

                    The plan approved {altdrug}, its preferred drug, in place of {drug}.
                    The drug that was requested is not covered. {reason}
                    """),
            new Template(
                    "RD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Dosing Review

                    Member: {name}      Member ID: {member}
                    Case: {ref}
                    Drug: {drug}

                    Approved frequency: every 4 weeks. Requested frequency: every 2 weeks.
                    The more frequent dosing is not authorized. {reason}
                    """),
            new Template(
                    "RD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    We approved only the starting dose of {drug}. We could not approve the
                    doses after that without a response assessment. If you disagree, you
                    may appeal within {days} days of the date of this notice.
                    """),
            new Template(
                    "RD5",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Decision

                    Member: {nameLF}
                    ID: {member}
                    Case: {ref}

                    Authorized at the plan's standard dosing for {drug}. The higher dose
                    on the request is not authorized. {reason}
                    """),
            new Template(
                    "RD6",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Reference: {ref}

                    We approved your request for {drug} with changes: 3 months instead of
                    12, and 1 pen a month instead of 2. Reason for the changes: {reason}
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "RO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Save with home delivery

                    Did you know your plan's mail-order pharmacy can send a 90-day supply
                    of your maintenance medicines to your home? Sign up online or call the
                    number on your member ID card.
                    """),
            new Template(
                    "RO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Drug Shortage Notice

                    Date: {notice_us}

                    Dear provider,

                    A national shortage affects several topical steroid creams. Pharmacies
                    may substitute another strength. No prior authorization is needed for
                    a substitute on our drug list during the shortage.
                    """),
            new Template(
                    "RO3",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    We approved your request for a replacement member ID card. The new
                    card will arrive within 10 days. Your coverage does not change.
                    """),
            new Template(
                    "RO4",
                    "OTHER",
                    false,
                    """
                    {payer} Wellness

                    Dear {name},

                    Your enrollment in our nurse advice line has been approved. Call any
                    time, day or night, to speak with a registered nurse.
                    """),
            new Template(
                    "RO5",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Pharmacy Network Update

                    Dear provider,

                    Starting next month, two more retail pharmacy chains join our network.
                    Members can fill prescriptions there at in-network prices. No action is
                    needed from your office.
                    """),
            new Template(
                    "RO6",
                    "OTHER",
                    false,
                    """
                    Dermatology clinic - Staff Note

                    The delivery of office supplies arrived today. The new fax machine is
                    set up in the back office. Please route payer faxes to the PA desk
                    tray as before.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST (short ones)
            new Template(
                    "RM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Re: case {ref}, {name}

                    The fax we received for this request was not readable. Please send it
                    again so that the review can go on.
                    """),
            new Template(
                    "RM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Case: {ref}
                    Patient: {name}

                    Page 2 of the request form for {drug} did not come through. Fax the
                    complete form so we can continue.
                    """),
            new Template(
                    "RM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Voicemail transcript

                    Received: {notice_us}
                    Caller: {payer} prior authorization department

                    This is a call about the request for {drug} for {name}, case {ref}. We
                    need more information before we can finish. Please call us back.
                    """),
            new Template(
                    "RM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Case: {ref}

                    Please call our clinical team about this request for {drug}. We have
                    a question about the diagnosis that we need answered before we decide.
                    """),
            new Template(
                    "RM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Records Needed

                    Member: {name}     DOB: {dob_us}
                    Reference: {ref}
                    Drug: {drug}

                    For the prior authorization review of this drug, we need copies of:
                    {items_list}
                    """),
            new Template(
                    "RM6",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    The request for {drug} is pending. Open items:
                    {items_list}
                    """));
}
