package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eightieth set of corpus layouts, all dev: letters in the shape of the standardized and model notices that
 * Medicare drug plans, Medicaid plans and employer plans send (told in this project's own words), where the
 * decision sits in one line among long sections of appeal rights, hearing rights and plan boilerplate that are full
 * of "approve", "deny", "coverage determination" and "more information".
 */
final class RoundThirtyNineDevLayouts {

    private RoundThirtyNineDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BKA1",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicare Rx
                    Notice of Redetermination

                    Enrollee: {name}      Member ID: {member}
                    Appeal number: {appealref}
                    You asked us to look again at our decision about {drug}.
                    We have changed our decision. Your drug is now covered
                    from {start_us} through {end_us}.
                    You do not need to do anything else. If you have questions,
                    call Member Services. This notice does not change other
                    limits of your plan, such as your copay.
                    """),
            new Template(
                    "BKA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Determination Notice - Prescriber Copy

                    Patient: {name}           DOB: {dob_us}
                    Drug requested: {drug}
                    Determination: APPROVED
                    Approval period: {start_us} to {end_us}
                    Reference #: {ref}
                    This determination is not a guarantee of payment. Benefits
                    depend on eligibility on the date the drug is dispensed.
                    If a claim is denied at the pharmacy, call the help desk.
                    """),
            new Template(
                    "BKA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicaid Managed Care
                    Notice of Service Authorization

                    Member: {name}      Medicaid ID: {member}
                    Service: {drug}
                    Decision: The service is authorized as requested.
                    Authorized dates: {start_us} - {end_us}
                    Authorization number: {ref}
                    Your right to a fair hearing applies only to a denial,
                    reduction or ending of a service. Keep this notice.
                    """),
            new Template(
                    "BKA4",
                    "APPROVAL",
                    false,
                    """
                    Independent Review Organization
                    Final External Review Decision

                    Enrollee: {name}      Health plan: {payer}
                    Case: {appealref}
                    Treatment in dispute: {drug}
                    The reviewer overturns the plan's adverse determination.
                    The plan must provide coverage for the treatment. This
                    decision is binding on the plan.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BKD1",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicare Rx
                    Notice of Denial of Medicare Part D Drug Coverage

                    Enrollee: {name}      Member ID: {member}
                    Date: {notice_us}
                    We have denied the drug you or your prescriber asked for:
                    {drug}
                    Why we denied it: {reason}
                    If you disagree you can appeal. Ask within {days} days of the
                    date of this notice. A fast appeal is decided within 72 hours; a standard
                    appeal within 7 days. You can also ask for an exception.
                    """),
            new Template(
                    "BKD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Notice of Adverse Benefit Determination

                    Member: {name}      Claim/Request: {ref}
                    Service requested: {drug}
                    Outcome: Not medically necessary under the plan's criteria.
                    Clinical rationale: {reason}
                    You may ask for the criteria used, free of charge. You have
                    180 days to file an internal appeal, and a right to bring a
                    civil action under section 502(a) of ERISA.
                    """),
            new Template(
                    "BKD3",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicaid Managed Care
                    Notice of Action

                    Member: {name}      Medicaid ID: {member}
                    Service: {drug}
                    Action: Your request is denied.
                    Reason: {reason}
                    You can ask for a plan appeal within 60 days. If you ask
                    within 10 days, services you already get can continue
                    during the appeal. After the appeal you may ask for a state
                    fair hearing.
                    """),
            new Template(
                    "BKD4",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Determination Notice - Prescriber Copy

                    Patient: {name}           DOB: {dob_us}
                    Drug requested: {drug}
                    Determination: MODIFIED
                    Approved: starter dose only, 28 days. Maintenance: not approved.
                    Reference #: {ref}
                    The prescriber may request a redetermination for the part
                    of the request that was not approved.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BKM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Medicare Rx
                    Request for Additional Information

                    Prescriber: please send a supporting statement for
                    Enrollee: {name}      Member ID: {member}
                    Drug: {drug}
                    We need the following to make a coverage decision:
                    {items_list}
                    If we do not get it by {deadline_us}, we will decide with
                    the information we have, which may mean a denial.
                    """),
            new Template(
                    "BKM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Notice of Extension

                    Member: {name}      Request: {ref}
                    We are taking up to 14 more days to decide your request
                    for {drug}, because we need information from your doctor:
                    the photos of the affected skin and the BSA measured.{asks:photos|severity score / BSA}
                    We asked your doctor to send it by {deadline_us}.
                    """),
            new Template(
                    "BKM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    PEND NOTICE

                    Patient: {name}      Ref: {ref}
                    Drug: {drug}
                    Clinical information needed. Fax: {items_list}
                    Return by: {deadline_us}
                    Without it a determination will be made on the records
                    on hand.
                    """),
            new Template(
                    "BKM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Medicaid Managed Care
                    Prior Authorization - Additional Documentation

                    Member: {name}      Medicaid ID: {member}
                    Item: {drug}
                    The request is on hold. Section 4 of the form was left
                    blank: list the drugs tried, with dates and the outcome.{asks:prior therapy history}
                    Send the page back by {deadline_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BKP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Your Prescription Drug Coverage and Your Rights

                    Patient: {name}
                    Your plan did not pay for {drug} when we ran the claim
                    today. You or your doctor can ask the plan for a coverage
                    decision. Your doctor may need to send information first.
                    """),
            new Template(
                    "BKP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Referral Intake Status

                    Patient: {name}      Drug: {drug}
                    Benefits verified. Prior authorization on file with {payer}
                    (approved). Copay card applied. We will call the patient to
                    schedule the first shipment.
                    """),
            new Template(
                    "BKP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub} Benefits Investigation Summary</p>
                    <p>Patient: {name}. Drug: {drug}. Plan: {payer}.</p>
                    <p>PA required: Yes. PA status: Denied. Our case manager can help
                    the office with an appeal; bridge supply may be available.</p>
                    </body></html>
                    """),
            new Template(
                    "BKP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery Scheduled

                    Patient: {name}      Drug: {drug}
                    Delivery date: {start_us}, cold pack, signature required.
                    Refills left: 5. Call us if the date does not work.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BKO1",
                    "OTHER",
                    false,
                    """
                    {payer} Medicare Rx
                    Acknowledgement of Your Appeal

                    Enrollee: {name}      Appeal number: {appealref}
                    We received your request for a redetermination of our
                    decision to deny {drug}. We will send our decision within
                    7 days. You do not need to send anything else.
                    """),
            new Template(
                    "BKO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility and Benefits Response

                    Subscriber: {name}      Member ID: {member}
                    Coverage status: Active
                    Pharmacy benefit managed by: {pbm}
                    Specialty drugs: prior authorization required - Yes
                    """),
            new Template(
                    "BKO3",
                    "OTHER",
                    false,
                    """
                    {payer} Medicare Rx
                    Notice of Formulary Change

                    Dear {name},
                    Starting January 1, {drug} will need prior authorization
                    on your plan. Your current approval stays in place until it
                    ends. Talk to your doctor about your options.
                    """),
            new Template(
                    "BKO4",
                    "OTHER",
                    false,
                    """
                    Appointment of Representative

                    Beneficiary: {name}      Member ID: {member}
                    I appoint the person named below to act for me in my
                    request for coverage of {drug} and in any appeal.
                    Signature of beneficiary: ____________
                    Signature of representative: ____________
                    """));
}
