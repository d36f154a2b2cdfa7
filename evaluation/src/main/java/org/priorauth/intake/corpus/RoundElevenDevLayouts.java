package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twenty-fourth set of corpus layouts, all dev. Partial approvals remain the held-back split's largest
 * confusion, so most of the denials here grant something less than the request and say so only by putting the
 * two side by side (a requested and an approved line that differ, "2 of 6", a lower strength in a table),
 * beside approvals that print the same two lines alike. The rest are approvals that recap a denial, requests
 * that read like reminders, and mail that quotes decisions without making one.
 */
final class RoundElevenDevLayouts {

    private RoundElevenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CCD1",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Determination

                    Patient: {name}       Case: {ref}
                    Drug: {drug}

                    Quantity requested: 4 syringes per 28 days
                    Quantity approved:  2 syringes per 28 days

                    {reason}
                    """),
            new Template(
                    "CCD2",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}    Member ID: {member}
                    Authorization: {ref}

                    Duration requested ..... 12 months
                    Duration approved ...... 3 months
                    Note: {reason}
                    """),
            new Template(
                    "CCD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} - Authorization {ref}</h3>
                    <p>Member: {name}</p>
                    <table>
                    <tr><th>Item</th><th>Requested</th><th>Approved</th></tr>
                    <tr><td>{drug}</td><td>8 units</td><td>4 units</td></tr>
                    </table>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "CCD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {nameLF}
                    Reference: {ref}

                    We can cover {drug} for 90 days while the patient finishes a trial of
                    {altdrug}. Coverage past 90 days was not part of what we allowed.
                    {reason}
                    """),
            new Template(
                    "CCD5",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    Approved strength: 150 mg. Requested strength: 300 mg.
                    {reason}
                    You may appeal the difference.
                    """),
            new Template(
                    "CCD6",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicaid

                    Recipient: {name}       ID: {member}
                    PA number: {ref}

                    Your prior authorization request has been reviewed and is
                    NOT APPROVED. {reason}
                    A fair hearing may be requested within {days} days of this notice.
                    Notice date: {notice_us}
                    """),
            new Template(
                    "CCD7",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Re: {name}

                    The plan reviewed the request to continue {drug}. Continued coverage
                    was not renewed. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CCA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Determination

                    Patient: {name}       Case: {ref}
                    Drug: {drug}

                    Quantity requested: 2 pens per 28 days
                    Quantity approved:  2 pens per 28 days
                    Effective {start_us} through {end_us}
                    """),
            new Template(
                    "CCA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Appeal: {appealref}

                    Earlier we said no to {drug}. With the new chart notes, your appeal
                    is approved. Coverage runs from {start_us} to {end_us}.
                    """),
            new Template(
                    "CCA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} - Authorization {ref}</h3>
                    <p>Member: {name}</p>
                    <table>
                    <tr><th>Item</th><th>Requested</th><th>Approved</th></tr>
                    <tr><td>{drug}</td><td>6 units</td><td>6 units</td></tr>
                    </table>
                    <p>Valid through {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "CCA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}     ID: {member}
                    Reference: {ref}

                    Renewal of {drug}: continued coverage granted through {end_us}. The
                    records show a good response to treatment.
                    """),
            new Template(
                    "CCA5",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {nameLF}
                    Case: {ref}

                    Thank you for the additional records. The step therapy requirement is
                    now met and {drug} has been approved from {start_us} to {end_us}.
                    """),
            new Template(
                    "CCA6",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Yes - your plan will pay for {drug}. Your doctor asked us to cover it
                    and we said yes on {decision_us}. You do not need to do anything else.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CCM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Case: {ref}

                    Second notice: we still do not have what we asked for on the {drug}
                    request.
                    {items_list}
                    """),
            new Template(
                    "CCM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}     DOB: {dob_us}
                    Reference: {ref}

                    The request for {drug} lists a diagnosis that does not match the chart
                    notes. Which is correct? Reply on this form.
                    """),
            new Template(
                    "CCM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h2>{payer} ePA</h2>
                    <p>{ref} - {name} - {drug}</p>
                    <p>Status: Questions sent to prescriber</p>
                    <ol>
                    <li>Date of last TB screening?</li>
                    <li>Current body surface area affected?</li>
                    </ol>
                    </body></html>
                    """),
            new Template(
                    "CCM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Reference: {ref}

                    We have extended the time to decide on {drug} by 14 days because we
                    are waiting for:
                    {items_list}
                    """),
            new Template(
                    "CCM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Utilization Review

                    Member: {nameLF}
                    Case: {ref}

                    A reviewer tried to reach your office about {drug} and could not. Call
                    back by {deadline_us} or the request will be decided on the records we
                    have.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CCO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Explanation of Benefits

                    Member: {name}
                    Service: office visit
                    Amount billed: $210.00     Plan paid: $168.00
                    This is not a bill.
                    """),
            new Template(
                    "CCO2",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals

                    Member: {name}
                    Appeal: {appealref}

                    We got your request to appeal the denied {drug} authorization. Your
                    appeal is in line for review. You will hear from us within 30 days.
                    """),
            new Template(
                    "CCO3",
                    "OTHER",
                    false,
                    """
                    Northside Dermatology
                    Internal memo - PA desk

                    Reminder: log every denial and approval in the tracker the day it
                    arrives. Staff meeting moved to Thursday.
                    """),
            new Template(
                    "CCO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Newsletter

                    This quarter: fewer biologic requests were denied for missing
                    information. Tips for complete submissions inside.
                    """),
            new Template(
                    "CCO5",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Medical Records Request

                    Member: {name}      DOB: {dob_us}

                    For a claims audit, send the records of the visit on {earlier_us}.
                    This request is not about a prior authorization.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CCP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The plan denied the prior authorization, per the claim response. We
                    are holding the prescription. Let us know if an appeal is filed.
                    """),
            new Template(
                    "CCP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Medication: {drug}

                    Benefits investigation: the plan requires prior authorization and a
                    specialty pharmacy. Estimated copay after the copay card: $0.
                    """),
            new Template(
                    "CCP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <h3>{pharmacy} Prescriber Portal</h3>
                    <p>Patient: {name} | Rx: {drug}</p>
                    <p>Status: Shipped. Tracking sent to the patient.</p>
                    </body></html>
                    """),
            new Template(
                    "CCP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {nameLF}
                    Drug: {drug}

                    The prescription is transferring to a network pharmacy at the
                    patient's request. No action needed from your office.
                    """));
}
