package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixtieth set of corpus layouts, all dev: approvals written as record updates, status changes and
 * notices "for your records" (the kind of letter that reads like routine mail), approvals that carry the
 * payer's boilerplate about appeals or payment, other mail that speaks of approvals in general, denials and
 * requests in a routine notice's words.
 */
final class RoundTwentyNineDevLayouts {

    private RoundTwentyNineDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "APA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Authorization Record Update

                    Member: {name}      DOB: {dob_us}      Record: {ref}

                    An authorization for {drug} has been entered on this member's record.
                    Effective {start_us} through {end_us}. Claims from the dispensing
                    pharmacy will process. No further action is needed from your office.
                    """),
            new Template(
                    "APA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p><b>{payer} provider portal - status change</b></p>
                    <table>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Request</td><td>{ref}</td></tr>
                    <tr><td>Medication</td><td>{drug}</td></tr>
                    <tr><td>Previous status</td><td>In clinical review</td></tr>
                    <tr><td>Current status</td><td>Closed - Authorized</td></tr>
                    <tr><td>Valid</td><td>{start_us} - {end_us}</td></tr>
                    </table>
                    <p>This message is informational. Please do not reply.</p>
                    </body></html>
                    """),
            new Template(
                    "APA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Notice of Coverage - For Your Records

                    Patient: {name}      Reference: {ref}

                    Drug: {drug}
                    Coverage determination: FAVORABLE
                    Coverage period: {start_us} to {end_us}

                    This notice is for your records. It is not a bill. Keep it with the
                    patient's chart.
                    """),
            new Template(
                    "APA4",
                    "APPROVAL",
                    false,
                    """
                    {payer} Utilization Management
                    NOTIFICATION OF AUTHORIZATION

                    Member: {name}      Member ID: {member}      Auth #: {ref}
                    Service: {drug}, self-administered
                    Dates: {start_us} - {end_us}

                    This authorization is not a guarantee of payment. Payment depends on the
                    member's eligibility on the date of service and the terms of the plan.
                    """),
            new Template(
                    "APA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Case: {ref}

                    We looked at your request for {drug} again, with the photos and the
                    notes your office sent on {notice_us}. The request now meets our
                    criteria and we have authorized it through {end_us}. If you have
                    questions, call Provider Services.
                    """),
            new Template(
                    "APA6",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>Hello,</p>
                    <p>Quick update on {name} ({ref}): the plan granted the formulary
                    exception for {drug}. It will pay at the preferred copay through
                    {end_us}. You do not need to send anything else.</p>
                    <p>{payer} Pharmacy Services</p>
                    </body></html>
                    """),
            new Template(
                    "APA7",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Renewal processed

                    Member: {name}      PA: {ref}

                    The continuation request for {drug} was processed on {decision_us}.
                    Result: continued coverage, {start_us} to {end_us}. Should you disagree
                    with any part of this notice, you have the right to ask for a review.
                    """),
            new Template(
                    "APA8",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Point-of-Sale Override

                    Patient: {name}      Case: {ref}

                    An override has been placed so that claims for {drug} pay at the
                    pharmacy through {end_us}. The earlier reject (PA required) will no
                    longer appear on this member's fills.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "APO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Pharmacy Benefit Change

                    Starting {start_us}, specialty drugs for our members will be filled by
                    a new mail-order pharmacy. Prior authorizations that are already
                    approved carry over; you do not need to ask for them again.
                    """),
            new Template(
                    "APO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Data</p>
                    <p>Your request to change the practice's fax number on file was
                    approved and is effective {start_us}. Letters about your patients'
                    authorizations will go to the new number from that day.</p>
                    </body></html>
                    """),
            new Template(
                    "APO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Member Plan Change

                    Member: {name}

                    This member moves to a new plan on {start_us}. Authorizations approved
                    under the old plan stay valid until their end dates. New requests after
                    that day go to the new plan's pharmacy benefit.
                    """),
            new Template(
                    "APO4",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Quarterly Prescriber Report

                    Your office sent 14 prior authorization requests last quarter; 12 were
                    approved and 2 were not. The average time to a decision was 2 days.
                    Requests sent electronically were decided fastest.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "APD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Authorization Record Update

                    Member: {name}      Record: {ref}

                    The request for {drug} has been closed on this member's record as not
                    authorized. {reason} Claims for it will not pay.
                    """),
            new Template(
                    "APD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p><b>{payer} provider portal - status change</b></p>
                    <p>Member: {name} | Request: {ref} | Medication: {drug}</p>
                    <p>Current status: Closed - Not Authorized</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "APD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Notice of Coverage - For Your Records

                    Patient: {name}      Reference: {ref}
                    Drug: {drug}
                    Coverage determination: ADVERSE
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "APM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Authorization Record Update

                    Member: {name}      Record: {ref}

                    The request for {drug} is on hold. Before we can finish it we need
                    {items_list}
                    Send them by {deadline_us}.
                    """),
            new Template(
                    "APM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p><b>{payer} provider portal - status change</b></p>
                    <p>Member: {name} | Request: {ref} | Medication: {drug}</p>
                    <p>Current status: Pended - information needed</p>
                    <p>Upload to the request:</p>
                    {items_html}
                    <p>Due {deadline_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "APM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Case: {ref}

                    For your records: the review of {drug} cannot go on until the chart
                    notes from the last two visits reach us. Fax them by {deadline_us}.{asks:chart notes}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "APP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Status Update - For Your Records

                    Patient: {name}
                    The plan authorized {drug}. We set up the first shipment for
                    {start_us}; the patient confirmed the address.
                    """),
            new Template(
                    "APP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>{name}'s enrollment in the copay program for {drug} was approved.
                    The card is active from {start_us}. No action is needed from your
                    office.</p>
                    </body></html>
                    """));
}
