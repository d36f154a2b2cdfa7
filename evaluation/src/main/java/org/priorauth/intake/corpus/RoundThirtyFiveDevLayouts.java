package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventy-second set of corpus layouts, all dev: denials worded as what the plan did approve (a shorter term, a
 * lower dose, another drug, a quantity "allowed"), approvals worded with a denial's words ("not denied", "no appeal
 * is needed", the reversal of a "non-certification") or sent as a copy of the member's letter, requests that read
 * like a status update, and other mail that quotes decisions (a reminder that an approval ends, a call log).
 */
final class RoundThirtyFiveDevLayouts {

    private RoundThirtyFiveDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BCD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Decision

                    Member: {name}      Auth #: {ref}
                    Drug: {drug}

                    We approved 3 months of therapy. You asked for 12 months; the other
                    9 months are not approved. {reason}
                    You may appeal the part we did not approve within {days} days.
                    """),
            new Template(
                    "BCD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm}</p>
                    <p>Re: {name} (case {ref})</p>
                    <p>The plan can approve {altdrug}, its preferred drug, for this
                    member. {drug} as written cannot be approved. {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "BCD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage Decision

                    Patient: {name}      Reference: {ref}
                    Requested: {drug} every 2 weeks
                    Allowed: {drug} every 4 weeks (label dosing)
                    The requested frequency is denied. {reason}
                    """),
            new Template(
                    "BCD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals and Grievances

                    Member: {name}      Appeal: {appealref}
                    Your appeal for {drug} was reviewed by a dermatologist. We are
                    keeping our first decision. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BCA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Reconsideration Outcome

                    Member: {name}      Case: {ref}
                    The non-certification of {drug} dated {earlier_us} has been
                    withdrawn after the peer-to-peer call. The drug is certified from
                    {start_us} to {end_us}.
                    """),
            new Template(
                    "BCA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} Prior Authorization</p>
                    <p>{name} - {drug} - ref {ref}</p>
                    <p>This request was not denied. It meets the plan's criteria and no
                    appeal is needed. Fills are allowed until {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "BCA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Copy of Member Letter - for the Prescriber's Records

                    Dear {name},
                    We have approved your doctor's request for {drug}. The approval
                    lasts until {end_us}. Your reference number is {ref}.
                    """),
            new Template(
                    "BCA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Authorization Update

                    Patient: {name}      PA: {ref}
                    Earlier status: Pending information
                    Current status: Complete - approved
                    Drug: {drug}      Valid: {start_us} - {end_us}
                    """),
            new Template(
                    "BCA5",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer}</p>
                    <p>Regarding {name}'s request for {drug} (ref {ref}): the quantity limit
                    exception you asked for is allowed in full. There is nothing more to
                    send.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BCM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Case Status Update

                    Member: {name}      Case: {ref}
                    Drug: {drug}
                    Status: On hold - waiting on the prescriber.
                    Still outstanding:
                    {items_list}
                    Due: {deadline_us}
                    """),
            new Template(
                    "BCM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{pbm}</p>
                    <p>Hi, this is the review team about {name}'s {drug} request ({ref}).
                    We could not find the lab results in what came in. Can you resend
                    them by {deadline_us}?{asks:lab results}</p>
                    </body></html>
                    """),
            new Template(
                    "BCM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    RE: {name}      Auth #: {ref}
                    The request for {drug} is incomplete. The letter of medical
                    necessity is not signed. Send a signed copy by {deadline_us} so the
                    review can go on.{asks:letter of medical necessity}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BCP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      Rx: {drug}
                    The plan approved the prior authorization on {notice_us}. We billed
                    the claim and it paid. We are calling the patient to schedule the
                    first delivery.
                    """),
            new Template(
                    "BCP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>Update for {name}: the plan's decision on {drug} was a denial. The
                    patient qualifies for our patient assistance program; free drug will
                    ship from our pharmacy partner.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BCO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Authorization Ending Soon

                    Member: {name}
                    The approval for {drug} ends on {end_us}. If the patient will keep
                    taking it, send a renewal request 30 days before that date.
                    """),
            new Template(
                    "BCO2",
                    "OTHER",
                    false,
                    """
                    Front Desk Call Log

                    Caller: {name}
                    Says the insurance told her the {drug} was denied last month and
                    asks if the doctor sent the appeal. Please call back.
                    """),
            new Template(
                    "BCO3",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Services</p>
                    <p>Your request to change the fax number on file to 555-0144 was
                    approved. Prior authorization letters will be sent to the new number
                    from next week.</p>
                    </body></html>
                    """),
            new Template(
                    "BCO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Statement of Appeal Rights

                    This page comes with every notice we send. If we deny a request, you
                    may appeal within 60 days. If we approve a request, no action is
                    needed.
                    """));
}
