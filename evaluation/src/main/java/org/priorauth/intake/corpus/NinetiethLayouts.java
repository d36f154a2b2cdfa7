package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninetieth set of corpus layouts, held back whole: decisions in a table of what was requested and what was
 * allowed, letters that open with the plan's general paragraphs, short portal alerts, a pharmacy's and a hub's
 * notes about starts and renewals, and office mail (a prior-authorization training, a vendor's invoice, a
 * patient's change of address). Written after the rules and model of 9011326 froze, committed before its one
 * evaluation.
 */
final class NinetiethLayouts {

    private NinetiethLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BUD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Determination

                    Patient: {name}      Auth #: {ref}
                    Item          Requested        Allowed
                    {drug}        8 syringes       4 syringes
                    Dates         12 months        6 months
                    Items not allowed may be appealed within {days}
                    days of the date of this notice.
                    Notice date: {notice_us}
                    """),
            new Template(
                    "BUD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    {notice_us}

                    Thank you for choosing {payer}. We are here to help
                    you get the care you need.
                    We reviewed the request your doctor sent for
                    {drug}. We are sorry, but we could not say yes to
                    this request.
                    {reason}
                    Your appeal rights are explained on the next page.
                    """),
            new Template(
                    "BUD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <div>ALERT: Determination posted</div>
                    <p>{name} - {drug} - {ref}</p>
                    <p>Determination: Adverse. See letter for reason and
                    appeal rights.</p>
                    </body></html>
                    """),
            new Template(
                    "BUD4",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Step Therapy Review

                    Member: {name}
                    Drug requested: {drug}
                    The plan needs a trial of a preferred drug first.
                    {drug} cannot be approved at this time. Once the
                    preferred drug has been tried, send a new request.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BUM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Prior Authorization - Information Needed

                    Patient: {name}      Auth #: {ref}
                    Item          Status
                    {drug}        Waiting for records
                    Records to send:
                    {items_list}
                    Send before: {deadline_us}
                    """),
            new Template(
                    "BUM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    {notice_us}

                    Thank you for choosing {payer}. We are here to help
                    you get the care you need.
                    We are reviewing the request your doctor sent for
                    {drug}. We do not have everything we need yet, so
                    we wrote to your doctor for the missing records.
                    We will let you know when we decide.
                    """),
            new Template(
                    "BUM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <div>ALERT: Information requested</div>
                    <p>{name} - {drug} - {ref}</p>
                    <p>The reviewer requested photos of the affected
                    areas. Respond by {deadline_us}.{asks:photos}</p>
                    </body></html>
                    """),
            new Template(
                    "BUM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Renewal Review

                    Member: {name}
                    Drug: {drug}
                    To renew, we need proof the drug is working: a
                    current EASI or BSA compared with the start of
                    treatment.{asks:severity score / BSA} Please send it by {deadline_us}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BUA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Determination

                    Patient: {name}      Auth #: {ref}
                    Item          Requested        Allowed
                    {drug}        4 syringes       4 syringes
                    Dates         {start_us}       {end_us}
                    All items were allowed as requested.
                    """),
            new Template(
                    "BUA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    {notice_us}

                    Thank you for choosing {payer}. We are here to help
                    you get the care you need.
                    We reviewed the request your doctor sent for
                    {drug}. We are glad to tell you we said yes. Your
                    coverage runs from {start_us} to {end_us}.
                    """),
            new Template(
                    "BUA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <div>ALERT: Determination posted</div>
                    <p>{name} - {drug} - {ref}</p>
                    <p>Determination: Approved {start_us} - {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "BUA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Renewal Review

                    Member: {name}
                    Drug: {drug}
                    The records show the drug is working. We renewed
                    coverage for another year, until {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BUP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    New Start

                    Patient: {name}
                    Drug: {drug}
                    We received the prescription and are checking the
                    patient's benefits. We will call the patient with
                    the cost before we ship.
                    """),
            new Template(
                    "BUP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Renewal Reminder

                    Patient: {name}
                    Product: {drug}
                    The patient's plan approval ends on {end_us}. Please
                    start the renewal so there is no gap in therapy. Our
                    team can help.
                    """),
            new Template(
                    "BUP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Re: {name}
                    We could not reach the patient to schedule the
                    {drug} delivery. The order will be cancelled in 7
                    days if we do not hear back.
                    """),
            new Template(
                    "BUP4",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <h3>{hub} Provider Portal</h3>
                    <p>Patient: {name} - {drug}</p>
                    <p>Benefits verification: complete</p>
                    <p>Coverage: plan requires prior authorization</p>
                    <p>Copay assistance: enrolled</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BUO1",
                    "OTHER",
                    false,
                    """
                    {payer} Provider Education

                    Free training for office staff: how to send a
                    complete prior authorization request the first
                    time, and what to do after a denial. Register on
                    the provider portal.
                    """),
            new Template(
                    "BUO2",
                    "OTHER",
                    false,
                    """
                    Medical Supply Company
                    INVOICE

                    Bill to: Dermatology Associates
                    Exam gloves, 10 boxes        $84.00
                    Paper rolls, 12              $36.00
                    Total due                    $120.00
                    """),
            new Template(
                    "BUO3",
                    "OTHER",
                    false,
                    """
                    Patient portal message
                    From: {name}

                    Hello, I moved. My new address is 12 Elm Street,
                    Springfield. Please update my chart. Thanks.
                    """),
            new Template(
                    "BUO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Coverage Review Reminder

                    Member: {name}   ID: {member}
                    Your authorization for {drug} is on file and
                    active. No action is needed. We will write before
                    it is time to renew.
                    """));
}
