package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The second set of corpus layouts, written in one sitting before any rule was tuned to them: other senders'
 * formats (utilization-management vendors, Medicaid managed care, Medicare appeals, ePA portals, hubs), terse
 * fax forms, prose letters, e-mails written by a person, and multi-page faxes (a cover sheet first, an
 * appeal-rights page last; a form feed in the text starts a new page). Appended after the first set, so the
 * first set's documents and split stay as they were; one layout in four of these is held back as well.
 */
final class WiderLayouts {

    private WiderLayouts() {}

    static final List<Template> ALL = List.of(
            // ---- group 0 (the first of each group of four lands on a held-back index)
            new Template(
                    "D9",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Review Department

                    {notice_long}

                    Patient: {name}
                    Date of birth: {dob_us}
                    Member ID: {member}
                    Request ID: {ref}
                    Medication: {drug}

                    Dear Prescriber:

                    We reviewed your request for coverage of the medication above. After
                    review of the information submitted, coverage for this medication is
                    declined.

                    Why we made this decision: {reason}

                    You or your patient can ask us to look at this decision again. An appeal
                    must be requested within {days} days of the date of this notice. Send the
                    appeal and any additional records to the address on the member's card.
                    """),
            new Template(
                    "M8",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Utilization Management
                    CLINICAL INFORMATION REQUEST

                    Date sent: {notice_us}
                    Member: {nameLF}
                    DOB: {dob_us}
                    Member ID: {member}
                    Case ID: {ref}
                    Medication: {drug}

                    To review this request we require the following clinical documentation:
                    {items_list}

                    Fax the documents to the number above by {deadline_us}. If the records
                    are not received, the determination will be made on the information
                    available at that time.
                    """),
            new Template(
                    "A8",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    {notice_long}

                    Member: {name}
                    Member ID: {member}
                    Date of birth: {dob_long}
                    Reference #: {ref}

                    Good news about your medication request

                    Your plan will cover {drug}. Coverage is in place from
                    {start_us} to {end_us}. Your pharmacy can fill the prescription now.
                    Your copay is set by your plan's benefit for specialty drugs.

                    Questions? Call the number on the back of your member ID card.
                    """),
            new Template(
                    "P9",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Intake Department

                    Date: {notice_us}
                    To: Prescriber office
                    RE: Prior authorization needed - new prescription

                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}
                    Insurance on file: {payer}   ID: {member}

                    We received the prescription above. The patient's insurance requires
                    a prior authorization before we can fill it. Please submit the PA to
                    the plan and fax us the approval when you receive it. We will hold the
                    prescription for 14 days.
                    """),
            // ---- group 1
            new Template(
                    "M9",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Medicare Part D Coverage Determinations

                    {notice_us}

                    Enrollee: {name}
                    Member number: {member}
                    Drug requested: {generic}
                    Request number: {ref}

                    Dear prescriber,

                    We received a coverage determination request for the drug above. We
                    need a supporting statement from you before we can make our decision.
                    Please complete the enclosed questions and return them with:
                    {items_list}

                    We must make a decision within 72 hours of getting your statement. If
                    we do not get it, we will decide with the information we have.
                    """),
            new Template(
                    "O10",
                    "OTHER",
                    false,
                    """
                    ELIGIBILITY AND BENEFIT INFORMATION
                    Response to inquiry dated {notice_us}

                    Payer: {payer}
                    Subscriber: {nameUpper}
                    DOB: {dob_us}     Subscriber ID: {member}

                    Plan status ........................ ACTIVE
                    Medical benefit .................... In network
                    Pharmacy benefit ................... administered by {pbm}
                    Specialty medications .............. prior authorization required
                    Office visit copay ................. $40

                    This response is not a guarantee of payment.
                    """),
            new Template(
                    "D10",
                    "DENIAL",
                    false,
                    """
                    FAX

                    To: Prescribing provider
                    From: {payer} Utilization Management
                    Date: {notice_us}
                    Pages: 2
                    RE: Determination enclosed

                    CONFIDENTIAL HEALTH INFORMATION. If you are not the intended
                    recipient, notify the sender and destroy this fax.
                    \f
                    {payer} Utilization Management
                    NOTICE OF NON-CERTIFICATION

                    Member: {nameLF}        DOB: {dob_us}
                    Member #: {member}
                    Case ID: {ref}
                    Service requested: {drug}
                    Outcome: Non-certified

                    The clinical reviewer found that the request does not satisfy the
                    criteria for coverage.
                    Clinical rationale: {reason}

                    A standard or expedited appeal may be filed. Appeals must be filed
                    by {deadline_us}.
                    """),
            new Template(
                    "A9",
                    "APPROVAL",
                    false,
                    """
                    {payer} Community Plan
                    Pharmacy Prior Authorization Unit

                    Notice date: {notice_us}

                    Recipient: {name}
                    Recipient ID: {member}
                    PA number: {ref}

                    Drug: {drug}
                    Decision: Authorized
                    Authorized units: 2 per 28 days
                    Begin date: {start_us}     End date: {end_us}

                    The pharmacy may bill the plan for this drug during the dates above.
                    """),
            // ---- group 2
            new Template(
                    "A10",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Health Services Review

                    NOTICE OF CERTIFICATION

                    Date: {notice_long}
                    Patient: {name}
                    Member ID: {member}
                    Certification number: {ref}
                    Requested: {drug}

                    The request has been reviewed and certified as medically necessary.
                    Certified period: {start_us} - {end_us}

                    Certification is not a guarantee of payment; benefits are subject to
                    the member's eligibility on the date of service.
                    """),
            new Template(
                    "P10",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Verification Summary

                    Prepared: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Product: {drug}
                    Primary insurance: {payer}   Member ID: {member}

                    Coverage found: pharmacy benefit
                    Prior authorization required: Yes
                    Step therapy: none on file
                    Estimated patient cost: 20% coinsurance after deductible
                    In-network specialty pharmacy: {pharmacy}

                    Next step: our team will help the office with the PA forms. The patient
                    may qualify for copay support.
                    """),
            new Template(
                    "O11",
                    "OTHER",
                    false,
                    """
                    LETTER OF MEDICAL NECESSITY

                    {notice_long}

                    To: {payer} Pharmacy Review
                    Re: {name}, DOB {dob_us}
                    Member ID: {member}

                    To whom it may concern:

                    I am writing on behalf of my patient to request coverage of {drug}.
                    The patient has moderate to severe disease that has not responded to
                    topical therapy. Previous requests for other treatments were denied
                    or not tolerated. In my clinical judgment this medication is medically
                    necessary, and I ask that you approve it.

                    Sincerely,
                    Dermatology clinic, prescribing physician
                    """),
            new Template(
                    "M10",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <div class="header">ePA request {ref}</div>
                    <p>Patient: {name} | DOB: {dob_us} | Member ID: {member}</p>
                    <p>Drug: {drug}</p>
                    <p><b>Status:</b> Sent to plan - questions received</p>
                    <p>The plan needs answers before it can review this request. Open the
                    questions, answer them and attach:</p>
                    <ul>{items_html}</ul>
                    <p>Send by {deadline_us}. Requests left unanswered expire.</p>
                    </body></html>
                    """),
            // ---- group 3
            new Template(
                    "P11",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Order update for {name}

                    Date: {notice_us}
                    Medication: {drug}

                    Your order is on its way. It left our pharmacy today by overnight
                    courier in a cold pack. Please be home to receive it, and put it in
                    the refrigerator as soon as it arrives.

                    Tracking number: 7741 0923 5521
                    Questions about your order: call our patient care team, 24 hours a day.
                    """),
            new Template(
                    "D11",
                    "DENIAL",
                    false,
                    """
                    {payer} Community Plan
                    NOTICE OF ADVERSE BENEFIT DETERMINATION

                    Date: {notice_us}
                    To: {name}
                    Member ID: {member}
                    Authorization number: {ref}

                    Your provider asked us to cover {drug}.
                    We have decided to limit this service.
                    You asked for: 2 injections every 2 weeks for 12 months.
                    We will cover: 1 injection every 4 weeks for 3 months.
                    Why: {reason}

                    You can appeal this decision. You must ask for an appeal within {days}
                    days of the date on this letter. If you need help, call Member Services.
                    """),
            new Template(
                    "M11",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Office of the Medical Director

                    {notice_long}

                    RE: {name}
                    Member ID: {member}
                    Reference: {ref}
                    Medication: {drug}

                    Dear Doctor,

                    Your request is still under review. Before a final determination is
                    made, our physician reviewer would like to discuss this case with the
                    prescribing physician. Please call our peer-to-peer line to set a time
                    by {deadline_long}. If we cannot reach you, the review will go ahead
                    with the records we have.
                    """),
            new Template(
                    "O12",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Prior Authorization Department

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Request: {ref}
                    Medication: {drug}

                    REQUEST VOIDED

                    This request has been voided because another request for the same
                    member and medication is already open under a different number. No
                    action is needed on this request; the open request continues.
                    """),
            // ---- group 4
            new Template(
                    "O13",
                    "OTHER",
                    false,
                    """
                    REGIONAL CLINICAL LABORATORY
                    Final Report

                    Patient: {nameLF}      DOB: {dob_us}
                    Collected: {earlier_us}    Reported: {notice_us}
                    Ordering provider: Dermatology clinic

                    Test                         Result       Flag    Units
                    QuantiFERON-TB Gold Plus     Negative
                    WBC                          6.8                  K/uL
                    ALT                          22                   U/L
                    AST                          19                   U/L

                    Results reviewed by laboratory director.
                    """),
            new Template(
                    "A11",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicare Advantage
                    REDETERMINATION DECISION

                    Date: {notice_us}
                    Enrollee: {name}
                    Member ID: {member}
                    Drug: {generic}
                    Appeal number: {appealref}

                    On {earlier_us} we told you we would not pay for the drug above. You
                    asked us to review that decision. After our review, our answer is
                    fully favorable: we will now cover the drug. Your coverage starts on
                    {start_us}.
                    """),
            new Template(
                    "P12",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    {notice_long}

                    Dear {name},

                    Welcome! Your application for the copay program was approved, and
                    you are now enrolled. With this program, eligible patients with
                    commercial insurance may pay as little as $5 per fill for {drug}.

                    Card ID: 6004 1187 2290     Group: 25000
                    Give this information to your specialty pharmacy with each refill.
                    """),
            new Template(
                    "D12",
                    "DENIAL",
                    false,
                    """
                    Medicare Part D Plan - Appeals Unit

                    Date of this notice: {notice_us}
                    Enrollee: {name}
                    Member ID: {member}
                    Drug: {generic}
                    Appeal number: {appealref}

                    A physician reviewed your appeal. Our original decision is affirmed,
                    and the plan will still not pay for this drug.
                    Reason: {reason}

                    If you disagree, you can ask the Independent Review Entity to review
                    your case. You must make your request within {days} days of the date
                    of this notice.
                    """),
            // ---- group 5
            new Template(
                    "D13",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Prior authorization: {ref}
                    Drug: {drug}

                    On {earlier_us} we asked the prescriber for the records we needed to
                    review this request. We did not get them in time, so the request could
                    not be approved. This is an administrative decision; it does not mean
                    the drug is not right for you.

                    The prescriber may send a new request with the records at any time,
                    or you may appeal by {deadline_us}.
                    """),
            new Template(
                    "M12",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Prior Authorization - Incomplete Request

                    Fax date: {notice_us}
                    Patient: {nameLF}     DOB: {dob_us}
                    ID: {member}
                    Drug: {drug}
                    Reference: {ref}

                    The request form we received is incomplete. Kindly complete and return:
                    {items_checks}

                    Once we have the completed form, the review will continue.
                    """),
            new Template(
                    "A12",
                    "APPROVAL",
                    false,
                    """
                    INDEPENDENT REVIEW ENTITY
                    Part D Reconsideration

                    Date: {notice_us}
                    Enrollee: {name}
                    Medicare number: {member}
                    Drug: {generic}
                    IRE case number: {appealref}

                    We reviewed your plan's decision not to cover the drug above. We
                    disagree with your plan. Your plan must cover the drug and must tell
                    you in writing that it has done so. Your plan was informed of this
                    decision on the date of this letter.
                    """),
            new Template(
                    "P13",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient Care Team

                    {notice_us}

                    Dear {name},

                    We tried to fill your prescription for {drug}, but your insurance
                    denied the prior authorization. Your prescription is on hold with us.
                    Please talk with your doctor's office about an appeal or another
                    medication. We will call you when we hear more.
                    """),
            // ---- group 6
            new Template(
                    "M13",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Pharmacy Services
                    SECOND REQUEST

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Case: {ref}
                    Drug: {drug}

                    This is our second attempt to obtain clinical notes for the request
                    above. We still have not received them. If we do not hear from you by
                    {deadline_long}, the request will be reviewed with the information on
                    file, which may result in a denial.
                    """),
            new Template(
                    "O14",
                    "OTHER",
                    false,
                    """
                    Family Medicine Associates
                    REFERRAL

                    Date: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Insurance: {payer}  ID: {member}

                    Reason for consult: worsening eczema on both arms despite steroid
                    creams. Please evaluate for systemic treatment.
                    Urgency: routine
                    Notes and medication list attached.
                    """),
            new Template(
                    "D14",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h2>{pbm} Prior Authorization</h2>
                    <table>
                    <tr><td>Case</td><td>{ref}</td></tr>
                    <tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Member ID</td><td>{member}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Case status</td><td>Closed - Modified</td></tr>
                    <tr><td>Quantity requested</td><td>4 syringes per 28 days</td></tr>
                    <tr><td>Quantity authorized</td><td>2 syringes per 28 days</td></tr>
                    </table>
                    <p>The quantity above the plan limit was not authorized. {reason}</p>
                    <p>An appeal of this decision can be submitted until {deadline_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "A13",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>Prior authorization - request details</h3>
                    <p>Key: {ref}</p>
                    <p>Patient: {name}, born {dob_us}</p>
                    <p>Plan: {payer} &middot; Member ID {member}</p>
                    <p>Medication: {drug}</p>
                    <p>Plan outcome: <b>Favorable</b></p>
                    <p>Effective {start_us} to {end_us}. The pharmacy has been notified.</p>
                    </body></html>
                    """),
            // ---- group 7
            new Template(
                    "A14",
                    "APPROVAL",
                    false,
                    """
                    {pbm} PRIOR AUTH FAX RESPONSE

                    PT: {nameUpper}     DOB: {dob_us}
                    MBR ID: {member}
                    PA #: {ref}
                    RX: {drug}

                    RESPONSE: APPROVED
                    EFF: {start_us}   EXP: {end_us}
                    QTY: 2 PER 28 DAYS

                    THIS FAX WAS SENT BY AN AUTOMATED SYSTEM.
                    """),
            new Template(
                    "P14",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}    DOB: {dob_us}
                    Medication: {drug}

                    We have tried three times to reach the patient to set up the next
                    refill and have not been able to. The patient has about 5 days of
                    medication left. If you see the patient, please ask them to call us.
                    """),
            new Template(
                    "O15",
                    "OTHER",
                    false,
                    """
                    {payer} Provider News

                    Formulary update, effective January 1

                    Dear provider,

                    Starting January 1, several specialty drugs move to a new tier, and
                    prior authorization will be required for new starts of some biologics.
                    Requests can be sent through the ePA portal or by fax. For the full
                    list of changes, visit our provider website.

                    You are receiving this newsletter as a participating provider.
                    """),
            new Template(
                    "M14",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Community Plan
                    NOTICE OF EXTENSION

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Authorization number: {ref}
                    Drug: {drug}

                    We need more time to decide on this request, because we are waiting
                    for information from your provider:
                    {items_list}

                    We will make our decision by {deadline_us}. You may file a grievance if
                    you do not agree with this extension.
                    """),
            // ---- group 8
            new Template(
                    "P15",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    {notice_long}

                    Dear {name},

                    Your plan asks that specialty medicines be filled by our pharmacy, so
                    your prescription for {drug} has been moved to us from your previous
                    pharmacy. Nothing changes in your treatment. A care coordinator will
                    call you to set up your first delivery with us.
                    """),
            new Template(
                    "D15",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Member: {name}
                    Member ID: {member}
                    Date of birth: {dob_us}
                    Reference: {ref}

                    Dear Dr. Provider:

                    We received a request for {drug}. We are not able to approve this
                    request because {reason_lc}

                    Information about your appeal rights is on the next page.
                    \f
                    IMPORTANT INFORMATION ABOUT YOUR RIGHTS

                    If you disagree with this decision, you or your doctor can appeal. Your
                    appeal must reach us within {days} days of the date of this notice.
                    You may also ask for an external review by an independent organization
                    after the appeal. You can ask for copies of the documents we used.
                    """),
            new Template(
                    "M15",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Hello,

                    I'm working on the prior auth for {name} (DOB {dob_us}, member ID
                    {member}) for {drug}, reference {ref}. Before this can go to the
                    pharmacist, could your office send over the following?
                    {items_list}

                    You can reply to this e-mail or fax them to the number below.

                    Thank you,
                    PA intake coordinator, {payer}
                    """),
            new Template(
                    "O16",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Medical Records Department

                    Date: {notice_us}

                    Please send copies of the following for the member below by
                    {deadline_us}, for our annual quality review:
                    Member: {name}       DOB: {dob_us}
                    - Office visit notes for dates of service in this calendar year
                    - Most recent medication list

                    This request is not related to any authorization or claim decision.
                    """),
            // ---- group 9
            new Template(
                    "O17",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals Department

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}

                    This letter confirms that your appeal about the denied request for
                    {drug} arrived on {earlier_us}. A reviewer who was not part of the
                    first decision will look at it. We will send our decision in writing
                    within 30 days of the date your appeal arrived.
                    """),
            new Template(
                    "A15",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Clinical Review

                    {notice_long}

                    Member: {name}
                    Member ID: {member}
                    Reference: {ref}
                    Medication: {drug}

                    Thank you for speaking with our medical director. After the
                    peer-to-peer discussion, the initial adverse determination has been
                    reversed, and coverage is granted from {start_us} through {end_us}.
                    """),
            new Template(
                    "P16",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Bridge Program Notice

                    Date: {notice_us}
                    Patient: {name}
                    Medication: {drug}

                    While the insurance decision is pending, your patient can receive the
                    medication at no cost through our bridge program. The first shipment
                    goes out from our partner pharmacy this week. We will follow up with
                    your office when the plan responds.
                    """),
            new Template(
                    "D16",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Step Therapy Review

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    PA reference: {ref}

                    The plan's step therapy rules require a trial of {altdrug} before
                    {drug}. There is no record of that trial, so coverage of the
                    requested drug is not authorized at this time.

                    You may ask for a step therapy exception, or appeal this decision by
                    {deadline_us}.
                    """));
}
