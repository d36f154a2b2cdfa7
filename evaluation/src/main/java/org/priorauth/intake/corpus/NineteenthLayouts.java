package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The nineteenth set of corpus layouts, held back whole: written after the rules and the letter model of
 * commit 5ed4c73 froze, and committed before its one evaluation. A Medicaid notice of action that reduces, a
 * vendor's adverse determination, a plain "we can't approve", an authorization of less than requested, a
 * request for additional information with ticked items, a vendor's pending status, a reviewer's e-mail about a
 * missing signature, a physician reviewer's offer to talk before deciding, a PBM's approval listing what it
 * covers, a Part D approval, a vendor's approved status, an appeal won, a hub's benefits investigation, a
 * pharmacy's adherence call, a quick-start enrolment, a prescription transferred in, a fax transmission report,
 * a network welcome, a patient's portal message and a new-form reminder.
 */
final class NineteenthLayouts {

    private NineteenthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "ED1",
                    "DENIAL",
                    false,
                    """
                    {payer} Community Plan
                    NOTICE OF ACTION

                    Date: {notice_us}
                    Member: {name}        Member ID: {member}
                    Authorization: {ref}

                    Action taken: REDUCED
                    Service: {drug}
                    You asked for 2 doses a month. We approved 1 dose a month.
                    Reason: {reason}
                    """),
            new Template(
                    "ED2",
                    "DENIAL",
                    false,
                    """
                    Specialty Benefit Management, on behalf of {payer}

                    Case number: {ref}
                    Patient: {nameLF}      DOB: {dob_us}
                    Requested: {drug}

                    Determination: Adverse
                    Clinical rationale for decision: {reason}
                    """),
            new Template(
                    "ED3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    We can't approve the medicine your doctor asked for, {drug}. Here
                    is the reason: {reason_lc}
                    You can ask us to change this decision. See the enclosed sheet.
                    """),
            new Template(
                    "ED4",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Member ID: {member}
                    Case: {ref}

                    Authorized: 1 unit per 28 days. Requested: 2 units per 14 days.
                    An authorization has been issued for the authorized amount only.
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "EM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    REQUEST FOR ADDITIONAL INFORMATION (RAI)

                    Member: {name}      Member ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    Please provide the items checked below:
                    {items_checks}
                    """),
            new Template(
                    "EM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Specialty Benefit Management, on behalf of {payer}

                    Case number: {ref}
                    Patient: {name}
                    Requested: {drug}

                    Case status: PENDING CLINICAL INFORMATION
                    Upload the clinical records through the portal or fax them to the
                    number below by {deadline_us}.
                    """),
            new Template(
                    "EM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} PA Review <review@plan.example>
                    To: pa-desk@clinic.example
                    Subject: {ref}

                    Hi - the form for {name} came through without the prescriber's
                    signature on page 2. Can you re-fax it signed? We'll pick the {drug}
                    review back up as soon as it arrives.
                    """),
            new Template(
                    "EM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Case: {ref}

                    This request for {drug} has been referred to a physician reviewer. If
                    you would like to discuss the case before a determination is made,
                    please call the reviewer by {deadline_us}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "EA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}       Member ID: {member}
                    PA reference: {ref}

                    Your request for coverage has been approved for the following:
                      Drug:      {drug}
                      Quantity:  as prescribed
                      Duration:  {start_us} through {end_us}
                    """),
            new Template(
                    "EA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    {name}
                    Member ID: {member}

                    Coverage request approved. You asked us to cover {drug}. We are
                    covering it under your Part D benefit until {end_long}.
                    """),
            new Template(
                    "EA3",
                    "APPROVAL",
                    false,
                    """
                    Specialty Benefit Management, on behalf of {payer}

                    Case number: {ref}
                    Patient: {name}
                    Requested: {drug}

                    Case status: APPROVED
                    Authorization valid {start_us} to {end_us}.
                    """),
            new Template(
                    "EA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Good news about your appeal. We looked at your appeal for {drug} and
                    decided you were right. We will pay for the medicine.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "EP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Investigation Results

                    Patient: {name}
                    Therapy: {drug}
                    Plan: {payer}

                    Prior authorization: required. Our team sent the prior authorization
                    to the plan on {earlier_us}; we will tell you the outcome.
                    """),
            new Template(
                    "EP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Adherence Call Summary

                    Patient: {name}
                    Medication: {drug}

                    During the refill call the patient said two doses were missed
                    because of injection site reactions. Please advise whether the
                    patient should continue.
                    """),
            new Template(
                    "EP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    The patient is enrolled in the quick start program while the plan
                    reviews the request. The first dose shipped today at no charge.
                    """),
            new Template(
                    "EP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {nameLF}
                    Rx: {drug}

                    This prescription was transferred to us from another pharmacy at the
                    patient's request. We will handle refills from now on.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "EO1",
                    "OTHER",
                    false,
                    """
                    TRANSMISSION REPORT

                    DATE/TIME        {notice_us} 14:02
                    DESTINATION      PA DESK
                    PAGES            3
                    RESULT           OK
                    """),
            new Template(
                    "EO2",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Welcome to the {payer} network. Your practice's participation is
                    effective next month. Your provider services representative will
                    call to introduce themselves.
                    """),
            new Template(
                    "EO3",
                    "OTHER",
                    false,
                    """
                    Patient portal message

                    From: {name}
                    Subject: refill

                    Hi, could I get a refill of my steroid cream sent to my usual pharmacy?
                    Thank you!
                    """),
            new Template(
                    "EO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Reminder

                    Starting next month, please use the new prior authorization request
                    form for all specialty drugs. Requests on the old form will be
                    returned. The new form is on our website.
                    """));
}
