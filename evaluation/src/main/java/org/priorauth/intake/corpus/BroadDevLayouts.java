package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighth set of corpus layouts, all dev: the inbox's noise in many more kinds (remittance advice, medical
 * policy updates, directory checks, request transfers, recalls, consult replies, holiday hours), and short
 * letters of the other four types that say little besides their decision.
 */
final class BroadDevLayouts {

    private BroadDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ OTHER
            new Template(
                    "VO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    REMITTANCE ADVICE

                    Payee: Dermatology clinic
                    Check date: {notice_us}
                    Patient: {nameLF}    Claim: 2026-118-4471
                    Billed: $210.00   Allowed: $142.16   Paid: $113.73
                    Patient responsibility: $28.43
                    """),
            new Template(
                    "VO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Medical Policy Update

                    Policy: Targeted immune modulators for psoriasis and atopic dermatitis
                    Effective: {start_us}

                    Summary of changes: the criteria now accept a documented trial of
                    phototherapy in place of one topical agent. Prior authorization is
                    still required. The full policy is on our provider website.
                    """),
            new Template(
                    "VO3",
                    "OTHER",
                    false,
                    """
                    {payer} Provider Data Team

                    Date: {notice_us}

                    Please verify your practice information for our provider directory:
                    address, phone, accepting new patients, and office hours. Reply
                    within 30 days to keep your listing active.
                    """),
            new Template(
                    "VO4",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Reference: {ref}

                    The request for {drug} was sent to the wrong department. We have
                    transferred it to our pharmacy review team, which will contact you if
                    anything else is needed. The review time starts from today.
                    """),
            new Template(
                    "VO5",
                    "OTHER",
                    false,
                    """
                    Consultation Reply

                    Date: {notice_us}
                    Re: {name}, DOB {dob_us}

                    Thank you for referring this patient. I saw them on {earlier_us} for
                    hand dermatitis. Patch testing was negative. I agree with continuing
                    the current plan and will see them again in 3 months.
                    """),
            new Template(
                    "VO6",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Holiday hours

                    Our prior authorization phone lines will close at 3 PM on December 24
                    and will be closed on December 25. Fax and portal requests will be
                    processed on the next business day.
                    """),
            new Template(
                    "VO7",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Explanation of Benefits

                    Member: {name}        Member ID: {member}
                    Service date: {earlier_us}
                    Provider: Dermatology clinic

                    Amount billed: $320.00
                    Plan paid: $256.00
                    You may owe: $64.00
                    THIS IS NOT A BILL.
                    """),
            new Template(
                    "VO8",
                    "OTHER",
                    false,
                    """
                    IMAGING REPORT

                    Patient: {nameLF}      DOB: {dob_us}
                    Exam: chest X-ray, 2 views
                    Date: {earlier_us}

                    Findings: lungs are clear. No sign of active or past tuberculosis.
                    Impression: normal chest.
                    """),
            new Template(
                    "VO9",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    Our records show that your coverage with us ended on {earlier_us}.
                    Requests received after that date cannot be reviewed by this plan.
                    Please send future requests to the member's new plan.
                    """),
            new Template(
                    "VO10",
                    "OTHER",
                    false,
                    """
                    FAX COVER

                    To: Dermatology, prior authorization desk
                    From: {payer}
                    Date: {notice_us}
                    Pages (with cover): 1
                    Note: the document you asked for will follow in a separate fax.
                    """),
            new Template(
                    "VO11",
                    "OTHER",
                    false,
                    """
                    Continuing Medical Education

                    Join our evening program on new treatments for hidradenitis
                    suppurativa and psoriasis. Dinner will be served. Register online.
                    To unsubscribe from these announcements, reply STOP.
                    """),
            new Template(
                    "VO12",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Case Management

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    A nurse case manager has been assigned to help your patient manage
                    their condition. This is a free, voluntary program and is not part of
                    any coverage decision.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "VD1",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}   ID: {member}
                    Rx: {drug}
                    Ref: {ref}

                    Coverage for this drug was rejected. {reason}
                    """),
            new Template(
                    "VD2",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    We reviewed the request for {drug} and decided not to approve it.
                    {reason}
                    Appeal instructions are enclosed.
                    """),
            new Template(
                    "VD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h2>Request {ref}</h2>
                    <p>{name} &middot; {drug}</p>
                    <p>Plan decision: <b>Denied</b> on {notice_us}</p>
                    <p>Reason given by the plan: {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "VD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Second-level appeal decision

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal: {appealref}

                    The committee reviewed your second-level appeal for {drug}. The
                    committee decided to maintain the denial. {reason}
                    """),
            new Template(
                    "VD5",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Authorization: {ref}

                    We approved {drug} for 3 months only, instead of the 12 months asked
                    for. A new request with a response assessment is needed after that.
                    You can appeal the shorter period by {deadline_us}.
                    """),
            new Template(
                    "VD6",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Determination

                    Member: {nameLF}
                    ID: {member}
                    Drug: {drug}

                    This drug is not on the plan's formulary and is not a covered
                    benefit. Ask your prescriber about drugs on the formulary.
                    """),
            new Template(
                    "VD7",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    We did not approve your doctor's request for {drug}. {reason}
                    You, your doctor or someone you trust can appeal. You have {days}
                    days from the date of this notice to ask.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "VM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Patient: {name}     DOB: {dob_us}
                    Case: {ref}

                    Need: {items_list}
                    Due: {deadline_us}
                    """),
            new Template(
                    "VM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {name}
                    Reference: {ref}
                    Drug: {drug}

                    We can't make a decision yet. The request did not include:
                    {items_list}
                    Send these and we will finish the review.
                    """),
            new Template(
                    "VM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Request: {ref}

                    Your request for {drug} is under review. Our reviewer needs the
                    following to continue:
                    {items_list}
                    """),
            new Template(
                    "VM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>Case {ref} for {name}</p>
                    <p>Status: <b>Information requested</b></p>
                    <p>Requested by the plan on {notice_us}:</p>
                    <ul>{items_html}</ul>
                    <p>Due {deadline_us}</p>
                    </body></html>
                    """),
            new Template(
                    "VM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Case: {ref}

                    Thank you for the request for {drug}. Before we can review it, the
                    prescriber must sign the attached form and send it back with
                    {items_list}
                    """),
            new Template(
                    "VM6",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Information Needed

                    Member: {name}    Member ID: {member}
                    Reference: {ref}

                    We are missing information for the request for {drug}. Without it we
                    may have to deny the request. Please send:
                    {items_list}
                    """),
            new Template(
                    "VM7",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {name}   DOB: {dob_us}
                    Case: {ref}

                    Our pharmacist would like to talk with the prescriber about this
                    request for {drug} before deciding. Please call us today.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "VA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}   ID: {member}
                    Rx: {drug}
                    Ref: {ref}

                    Coverage approved through {end_us}.
                    """),
            new Template(
                    "VA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    We reviewed the request for {drug} and decided to approve it. It is
                    covered from {start_us} until {end_us}.
                    """),
            new Template(
                    "VA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h2>Request {ref}</h2>
                    <p>{name} &middot; {drug}</p>
                    <p>Plan decision: <b>Approved</b> on {notice_us}</p>
                    <p>Valid until {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "VA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Second-level appeal decision

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal: {appealref}

                    The committee reviewed your second-level appeal for {drug} and
                    decided to overturn the denial. The drug will be covered.
                    """),
            new Template(
                    "VA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Your doctor's request for {drug} was approved. You can fill your
                    prescription at any network pharmacy until {end_long}.
                    """),
            new Template(
                    "VA6",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Expedited Review Decision

                    Member: {name}      Member ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    Your expedited request was approved within 24 hours. Authorization is
                    valid from {start_us} to {end_us}.
                    """),
            new Template(
                    "VA7",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Determination

                    Member: {nameLF}
                    ID: {member}
                    Drug: {drug}

                    The request meets the plan's coverage criteria. The drug is covered
                    for 12 months, until {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "VP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    PRODUCT RECALL NOTICE

                    Dear {name},

                    The maker of {drug} has recalled one lot of pens. We checked our
                    records: your last delivery was not from that lot. No action is needed.
                    """),
            new Template(
                    "VP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    To: Prescriber office
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    The patient's plan requires this drug to be filled at a different
                    specialty pharmacy. We have sent the prescription there; no action is
                    needed from your office.
                    """),
            new Template(
                    "VP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Dear {name},

                    It's time to refill {drug}. Reply YES to this message to have your
                    next box shipped, or call us to make changes.
                    """),
            new Template(
                    "VP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Date: {notice_us}
                    Patient: {name}
                    Product: {drug}

                    Your patient's plan denied coverage. We can provide the medication at
                    no cost through our patient assistance program while you appeal. The
                    application is enclosed.
                    """),
            new Template(
                    "VP5",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Clinical Check-in

                    Patient: {name}
                    Medication: {drug}

                    Our pharmacist spoke with the patient today. They report mild redness
                    at the injection site and no other side effects. Adherence is good.
                    """),
            new Template(
                    "VP6",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}

                    We have not received the new prescription for {drug} that the patient
                    told us to expect. Please send it electronically to our pharmacy.
                    """),
            new Template(
                    "VP7",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Dear {name},

                    Thank you for joining the support program for {drug}. Your nurse
                    ambassador will call you within 2 days to help you get started and to
                    explain your savings card.
                    """));
}
