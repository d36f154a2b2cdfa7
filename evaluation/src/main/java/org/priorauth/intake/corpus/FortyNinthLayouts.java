package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The forty-ninth set of corpus layouts, held back whole: written after the rules and the model of 420298b froze,
 * and committed before their one evaluation. A Medicaid notice of action, an external reviewer's decision, a PBM's
 * approval period, a review vendor's adverse determination, requests worded as a clock that is running, pharmacy
 * and hub notices about bridges and deliveries, and the mail around them.
 */
final class FortyNinthLayouts {

    private FortyNinthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "EED1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    NOTICE OF ACTION

                    Recipient: {name}      Recipient ID: {member}
                    Service requested: {drug}

                    Action taken: The service you asked for is denied.
                    Reason for action: {reason}

                    You may ask for a fair hearing within 90 days of this notice.
                    """),
            new Template(
                    "EED2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Determination

                    Patient: {nameLF}      DOB: {dob_us}
                    Case ID: {ref}

                    Your request for {drug} has been partially approved. We approved the
                    loading dose only. Maintenance doses after the first month are not
                    covered under this review. {reason}
                    """),
            new Template(
                    "EED3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p><b>{payer}</b> Utilization Review</p>
                    <p>Notification of Adverse Determination</p>
                    <p>Member: {name}<br>Authorization: {ref}<br>Drug: {drug}</p>
                    <p>Medical necessity has not been established for the requested
                    medication. {reason}</p>
                    <p>A peer-to-peer conversation is available within 14 days of this
                    notice.</p>
                    </body></html>
                    """),
            new Template(
                    "EED4",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Appeals
                    Subject: Appeal decision {appealref}

                    We looked at your appeal for {name} again. After a second review by a
                    dermatologist, {drug} still does not meet the plan's rules for coverage.
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "EEM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization

                    Member: {name}      ID: {member}
                    Request: {drug}      Reference: {ref}

                    Clock is running: the review is on hold pending clinical documentation.
                    Fax the items below by {deadline_us} or the request may be denied.
                    {items_list}
                    """),
            new Template(
                    "EEM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Dear Prescriber,

                    We received a request for {drug} for your patient {name}. To complete
                    the review we require the patient's current weight and the most recent
                    severity score. Please respond within 72 hours.{asks:severity score / BSA}
                    Case: {ref}
                    """),
            new Template(
                    "EEM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} | ePA {ref}</p>
                    <p>{name} - {drug}</p>
                    <p>Open question from the plan: Please list each systemic agent the patient
                    has used, with dates and the reason it was stopped.{asks:prior therapy history}</p>
                    <p>Answer by {deadline_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "EEM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Extension Notice

                    Member: {name}
                    Reference: {ref}

                    We are taking up to 14 extra days to decide on {drug} because we need
                    more information from the prescriber: {items_list}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "EEA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Determination - Approval

                    Patient: {name}      Member ID: {member}
                    Drug: {drug}
                    Approval period: {start_us} through {end_us}

                    The pharmacy may fill this prescription within the approval period.
                    """),
            new Template(
                    "EEA2",
                    "APPROVAL",
                    false,
                    """
                    Independent Review Organization
                    External Review Decision

                    Enrollee: {name}
                    Plan: {payer}
                    Treatment: {drug}

                    The reviewer overturned the plan's denial. The plan must cover the
                    treatment. The plan was notified on {notice_us}.
                    """),
            new Template(
                    "EEA3",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Member Services
                    Subject: Your medicine

                    Hello {name}, we've approved your request. {drug} is now covered under
                    your plan until {end_us}. No action is needed from you.
                    """),
            new Template(
                    "EEA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Auth #: {ref}

                    Request for continuation of {drug}: criteria satisfied. Renewal granted
                    for 12 months effective {start_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "EEP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Bridge Program

                    Patient: {name}
                    Product: {drug}

                    The patient is enrolled in the bridge program while the insurance
                    review is pending. Free product ships to the patient this week.
                    """),
            new Template(
                    "EEP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}
                    Drug: {drug}

                    We tried to schedule delivery three times and could not reach the
                    patient. The order is on hold until the patient calls us.
                    """),
            new Template(
                    "EEP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Claim rejected at the pharmacy

                    Patient: {name}
                    Rx: {drug}

                    The claim was rejected with code 75: prior authorization required.
                    Please start a request with the plan. We will hold the prescription.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "EEO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Explanation of Benefits

                    Member: {name}
                    Claim for office visit on {notice_us}
                    Amount billed: $245.00   Plan paid: $180.00   You owe: $65.00

                    This is not a bill.
                    """),
            new Template(
                    "EEO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Prior Authorization Request Form

                    Member name: ______________   Member ID: ______________
                    Drug requested: ______________
                    Diagnosis: ______________
                    Prescriber signature: ______________

                    Fax the completed form to the pharmacy review team.
                    """),
            new Template(
                    "EEO3",
                    "OTHER",
                    false,
                    """
                    Dermatology Grand Rounds

                    Join us on Thursday for "Biologics in 2027: approvals, denials and what
                    comes next". One CME credit. Lunch provided. RSVP to the education office.
                    """),
            new Template(
                    "EEO4",
                    "OTHER",
                    false,
                    """
                    {payer}

                    RE: {name}

                    We received your request for an expedited appeal of the {drug}
                    decision. Your appeal number is {appealref}. We will decide within 72
                    hours and call the prescriber with the result.
                    """),
            new Template(
                    "EEO5",
                    "OTHER",
                    false,
                    """
                    {pharmacy}
                    Price update

                    Starting next month, our dispensing fee for specialty drugs changes.
                    No action is needed from your office.
                    """));
}
