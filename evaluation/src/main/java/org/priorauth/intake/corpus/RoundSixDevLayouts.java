package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fourteenth set of corpus layouts, all dev, aimed at the kinds of letter the held-back sets' confusion
 * matrices (aggregates only) show going astray: partial approvals that say "approved" first, short approvals
 * with no decision verb near a drug (portal status lines, renewals, a reviewer's e-mail), requests for
 * information that read like a courtesy note, hub and specialty-pharmacy notices about training, bridges and
 * unreachable patients, and the noise that speaks of pharmacies, recalls and coverage without being any of
 * the four. Then, in a second sitting: decision forms with check boxes (every answer printed, one marked),
 * letters in plain words to the member, a decision with boilerplate pages behind it, a pharmacy asking the
 * prescriber a question, and the peer-to-peer, duplicate and withdrawal notices that are no decision.
 */
final class RoundSixDevLayouts {

    private RoundSixDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "SD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Management Department

                    {notice_long}

                    RE: {name}   Member #: {member}
                    Auth #: {ref}

                    Your request for {drug} has been reviewed. Coverage is approved from
                    {start_us} through the end of the third month only. The remaining nine
                    months that were requested are not authorized at this time.

                    Clinical rationale: {reason}

                    A new request may be sent with documentation of response after 12 weeks.
                    """),
            new Template(
                    "SD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    COVERAGE REVIEW RESULT

                    Patient: {nameLF}          Date of birth: {dob_us}
                    Cardholder ID: {member}
                    Review number: {ref}

                    Item reviewed ........ {drug}
                    Quantity requested ... 4 syringes per 28 days
                    Quantity allowed ..... 2 syringes per 28 days

                    Quantities above the amount allowed are not payable under the pharmacy
                    benefit. The prescriber may request reconsideration within {days} days
                    of {notice_us}.
                    """),
            new Template(
                    "SD3",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Pharmacy Review <pa-reviews@plan.example>
                    To: pa-desk@clinic.example
                    Subject: Decision on case {ref}

                    Hello,

                    The medical director reviewed the request for {drug} for {name}. The
                    request does not qualify under the current policy. {reason}

                    Appeal instructions are attached. Thank you.
                    """),
            new Template(
                    "SD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicaid Plan

                    NOTICE OF ADVERSE BENEFIT DETERMINATION

                    Date of notice: {notice_us}
                    Enrollee: {name}
                    Enrollee ID: {member}
                    Tracking number: {ref}

                    Service requested: {drug}
                    What we decided: We will not pay for this medicine.
                    Why: {reason}

                    You can ask for a plan appeal within {days} days from the date of this
                    notice. You can also ask for a State Fair Hearing after the appeal.
                    """),
            new Template(
                    "SD5",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Second Level Appeal Review

                    Member: {name}          ID: {member}
                    Appeal: {appealref}     Original request: {ref}

                    An independent dermatologist reviewed your appeal for {drug}. The
                    reviewer agreed with the first decision, so it stands. {reason}

                    This ends the plan's internal appeal process. You may ask for an
                    external review.
                    """),
            new Template(
                    "SD6",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Patient: {name}
                    ID: {member}
                    Request: {ref}

                    The request for {drug} was closed without approval because the records
                    we asked for were not received by the due date. If you still want this
                    medicine covered, please send a new request with the records.
                    """),
            new Template(
                    "SD7",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Member: {name}
                    Member ID: {member}
                    Case ID: {ref}

                    Decision summary
                      Requested:  {drug}, maintenance dosing every 2 weeks, 12 months
                      Covered:    {drug}, maintenance dosing every 4 weeks, 6 months
                      Difference: the portion not covered may be appealed.

                    Basis: {reason}
                    """),
            new Template(
                    "SD8",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization

                    {notice_long}

                    Dear Dr. Provider,

                    Re: {name}, ID {member}, case {ref}

                    We reviewed the request for {drug}. Our criteria call for a trial of
                    a preferred biologic first. For this reason the drug requested is not
                    a covered benefit for this member at this time. You or the member may
                    request a redetermination.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "SM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Clinical Review <clinical.review@plan.example>
                    To: priorauth@clinic.example
                    Subject: Case {ref} - waiting on your office

                    Hi team,

                    Just a heads-up that the review for {drug} ({name}) cannot move
                    forward until we get the following:
                    {items_list}

                    We'll hold the case open until {deadline_us}. Thanks!
                    """),
            new Template(
                    "SM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    PROVIDER ACTION NEEDED

                    Member: {name}     Member ID: {member}
                    Reference #: {ref}
                    Medication: {drug}

                    The clinical notes sent with this request are older than 90 days.
                    Please fax notes from a visit within the last 90 days. Without them,
                    the request will be reviewed as submitted.{asks:chart notes}
                    """),
            new Template(
                    "SM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Prescriber fax notification - case {ref}

                    Patient: {name}     DOB: {dob_us}

                    Our pharmacist reviewer would like to talk with the prescriber about
                    {drug} before a coverage decision is made. Call the number below
                    by {deadline_us} to schedule a time.
                    """),
            new Template(
                    "SM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Request Status: INCOMPLETE

                    Member: {nameLF}
                    Ref: {ref}

                    The following sections of the request form were left blank:
                      - Diagnosis code
                      - Affected body surface area
                      - Prescriber signature and date
                    Return the completed form to continue the review.
                    """),
            new Template(
                    "SM5",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <div class="hdr">{payer} Provider Portal - Case Messages</div>
                    <table><tr><td>Case</td><td>{ref}</td></tr>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Awaiting provider response</td></tr></table>
                    <p>Message from reviewer: please upload</p>
                    <ul>{items_html}</ul>
                    </body></html>
                    """),
            new Template(
                    "SM6",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Member: {name}
                    Member ID: {member}
                    Case: {ref}

                    We need more time to decide on the request for {drug}, and we need
                    something from the prescriber to do it:
                    {items_list}
                    Please send them by {deadline_long}.
                    """),
            new Template(
                    "SM7",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Clinical Question

                    Case: {ref}
                    Member: {name}

                    The request lists a weight-based dose of {drug}. Please tell us the
                    patient's current weight and the dose intended, so the pharmacist can
                    finish the review.
                    """),
            new Template(
                    "SM8",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Fax Back Form

                    Member: {name}   DOB: {dob_us}
                    Case number: {ref}

                    [ ] Patient has tried and failed a topical steroid - dates: ______
                    [ ] Patient has tried and failed phototherapy - dates: ______
                    [ ] Baseline severity score: ______

                    Complete and fax back within {days} days of {notice_us} so a decision
                    can be made on {drug}.{asks:prior therapy history|severity score / BSA}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "SA1",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer} - Authorization Lookup</h2>
                    <table>
                    <tr><th>Auth number</th><th>Member</th><th>Service</th><th>Status</th><th>From</th><th>To</th></tr>
                    <tr><td>{ref}</td><td>{name}</td><td>{drug}</td><td>Certified</td><td>{start_us}</td><td>{end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "SA2",
                    "APPROVAL",
                    false,
                    """
                    From: {pbm} Reviews <reviewer@pbm.example>
                    To: pa-desk@clinic.example
                    Subject: RE: {ref}

                    Good afternoon,

                    This one went through - {drug} for {name} is authorized through
                    {end_us}. The pharmacy can bill it now.

                    Best,
                    PA review team
                    """),
            new Template(
                    "SA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    CONTINUATION OF THERAPY

                    Member: {name}           Member ID: {member}
                    Authorization: {ref}

                    Based on the response documented by the prescriber, {drug} will stay
                    covered for another 12 months, from {start_us} to {end_us}.
                    """),
            new Template(
                    "SA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Good news. After looking at the information your dermatologist sent,
                    we agreed to cover {drug}. You can fill your prescription at a network
                    specialty pharmacy. This coverage lasts until {end_long}.
                    """),
            new Template(
                    "SA5",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Notice of Coverage

                    Patient: {nameLF}
                    ID: {member}
                    PA number: {ref}

                    Medication: {drug}
                    Coverage effective: {start_us}
                    Coverage ends: {end_us}
                    Quantity: as prescribed

                    Claims for this medication will pay at the member's specialty tier.
                    """),
            new Template(
                    "SA6",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Appeals and Grievances

                    Member: {name}
                    Appeal: {appealref}

                    We looked again at our decision about {drug} and changed it. The
                    medicine is now covered. We are sorry for the delay this caused.
                    """),
            new Template(
                    "SA7",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Response

                    Case: {ref}       Received: {earlier_us}
                    Member: {name}    DOB: {dob_us}
                    Drug: {drug}

                    Result: MEETS CRITERIA
                    Valid: {start_us} - {end_us}
                    """),
            new Template(
                    "SA8",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Reference: {ref}

                    The exception you asked for has been granted. {drug} will be covered
                    at the preferred copay for the rest of the plan year.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "SP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Date: {notice_us}
                    Patient: {name}

                    A nurse educator visit has been booked to teach {name} how to inject
                    {drug} at home. The nurse will call the day before. The starter kit
                    ships to the patient's home beforehand.
                    """),
            new Template(
                    "SP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}    DOB: {dob_us}
                    Rx: {drug}

                    We tried to reach the patient three times to set up delivery and could
                    not. The prescription is on hold. Please ask the patient to call us.
                    """),
            new Template(
                    "SP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Bridge Program Update

                    Patient: {name}
                    Product: {drug}

                    While the plan's decision is pending, the patient was enrolled in the
                    bridge program and will get the medicine at no cost for up to two
                    months. We will tell you when the coverage review finishes.
                    """),
            new Template(
                    "SP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Intake Status

                    Patient: {nameLF}
                    Medication: {drug}
                    Insurance: {payer}

                    Status: Benefits verified - plan approval on file
                    Patient copay: $0 with copay card
                    Next step: first shipment scheduled for {start_us}
                    """),
            new Template(
                    "SP5",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    To: prescriber office
                    Re: {name}, {drug}

                    The patient asked us to move this prescription to another specialty
                    pharmacy in the plan's network. We have sent the transfer; no new
                    prescription is needed from you.
                    """),
            new Template(
                    "SP6",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Medication: {drug}

                    The patient's enrollment form is missing the patient's signature.
                    We cannot start copay assistance or the benefits check until we get
                    a signed form.
                    """),
            new Template(
                    "SP7",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill Reminder Sent

                    Patient: {name}
                    Drug: {drug}

                    The patient has one refill left. Please send a new prescription before
                    the next fill date, {deadline_us}, to avoid a gap in therapy.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "SO1",
                    "OTHER",
                    false,
                    """
                    Drug Safety Communication

                    A manufacturer has recalled certain lots of a topical cream because of
                    a packaging defect. Pharmacies have been told to remove the lots from
                    shelves. No action is needed for patients on other products.
                    """),
            new Template(
                    "SO2",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Formulary Update for Prescribers

                    Effective next quarter, two biosimilars move to the preferred tier.
                    Current authorizations stay valid until they end. See the updated
                    drug list on our website.
                    """),
            new Template(
                    "SO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Eligibility and Benefits

                    Member: {name}     Member ID: {member}
                    Plan status: Active
                    Specialty drug benefit: Yes
                    Prior authorization required for biologics: Yes
                    Specialty pharmacy required: Yes
                    """),
            new Template(
                    "SO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeal Received

                    Member: {name}
                    Appeal: {appealref}

                    We got your appeal of our decision about {drug} on {earlier_us}. A
                    reviewer who was not part of the first decision will look at it. We
                    will send our answer within 30 days.
                    """),
            new Template(
                    "SO5",
                    "OTHER",
                    false,
                    """
                    Regional Medical Records Services

                    Date: {notice_us}

                    We are requesting records on behalf of {payer} for a quality audit.
                    Please send office notes for {name}, DOB {dob_us}, for visits in the
                    past year. This is not a prior authorization request.
                    """),
            new Template(
                    "SO6",
                    "OTHER",
                    false,
                    """
                    Biologic Rep Visit

                    Your territory manager would like to bring lunch and a short update on
                    new injection devices next week. Samples of topical products will be
                    left with the front desk. Reply to book a time.
                    """),
            new Template(
                    "SO7",
                    "OTHER",
                    false,
                    """
                    {pharmacy}
                    Holiday Hours

                    Our pharmacy will be closed on the holiday. Deliveries planned for that
                    day move to the next business day. Patients have been told by phone.
                    """),
            new Template(
                    "SO8",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Satisfaction Survey

                    Tell us how we did. Rate how quickly your prior authorization requests
                    were answered this year and how easy our portal was to use. The survey
                    takes five minutes.
                    """),
            new Template(
                    "SO9",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Claim Status

                    Member: {name}     Member ID: {member}
                    Claim number: 8842-1177

                    Service: office visit, dermatology
                    Status: Paid
                    Amount paid: $112.40
                    """),
            // ------------------------------------------------------------ decision forms with check boxes
            new Template(
                    "SD9",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    PRIOR AUTHORIZATION DETERMINATION FORM

                    Member name: {name}         DOB: {dob_us}
                    Member ID: {member}
                    Case #: {ref}
                    Medication: {drug}

                    Determination:  [ ] Approved   [X] Denied   [ ] Pended

                    Reviewer comments: {reason}
                    """),
            new Template(
                    "SA9",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Pharmacy Review - Fax Response

                    Patient: {nameLF}            Member ID: {member}
                    Request ID: {ref}
                    Drug: {drug}

                    [X] APPROVED     [ ] NOT APPROVED     [ ] MORE INFORMATION NEEDED
                    Effective: {start_us}  through  {end_us}
                    """),
            new Template(
                    "SM9",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Prior Authorization Fax Reply

                    Member: {name}     ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    Status:  [ ] Approved   [ ] Denied   [X] Pended for information

                    Information needed:
                    {items_list}
                    """),
            new Template(
                    "SD10",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Outcome of Review

                    Member: {name}       Member ID: {member}
                    Authorization: {ref}

                    ( ) Approved as requested
                    (X) Approved with changes - see below
                    ( ) Not approved

                    Changes: {drug} approved for 1 syringe every 4 weeks; 2 syringes
                    every 4 weeks were requested.
                    """),
            // ------------------------------------------------------------ plain words to the member
            new Template(
                    "SD11",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    {name}
                    Member ID {member}

                    We said no to your doctor's request for {drug}.
                    Here is why: {reason}
                    What you can do: ask us to look at this again. Call or write to us
                    within {days} days of the date of this letter.
                    """),
            new Template(
                    "SA10",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    {name}
                    Member ID {member}

                    We said yes to your doctor's request for {drug}. You can get this
                    medicine until {end_long}. Show your member card at the pharmacy.
                    """),
            // ------------------------------------------------------------ a letter with boilerplate pages behind it
            new Template(
                    "SA11",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Authorization: {ref}

                    The prior authorization for {drug} is approved from {start_us}
                    to {end_us}.
                    
                    Notice of Nondiscrimination

                    {payer} complies with federal civil rights laws and does not
                    discriminate on the basis of race, color, national origin, age,
                    disability or sex. Language assistance services are available
                    free of charge. If you believe we failed to provide these services,
                    you can file a grievance.
                    """),
            new Template(
                    "SD12",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Authorization: {ref}

                    We reviewed the request for {drug}. It is not approved. {reason}
                    
                    Language Assistance

                    ATTENTION: If you speak another language, language assistance
                    services, free of charge, are available to you. Call the number on
                    the back of your ID card. This notice is available in other formats.
                    """),
            // ------------------------------------------------------------ more requests for information
            new Template(
                    "SM10",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    The TB screening and lab results on file for {drug} are more than a
                    year old. Current results are needed to complete the review; please
                    fax them with the case number on each page.
                    """),
            new Template(
                    "SM11",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Attestation Required

                    Member: {name}
                    Authorization request: {ref}

                    The prescriber must attest that the patient is not using another
                    biologic together with {drug}. Sign the attestation below and fax
                    it back; the request stays open until {deadline_us}.

                    Prescriber signature: ____________________  Date: ________
                    """),
            // ------------------------------------------------------------ the pharmacy asks, not the payer
            new Template(
                    "SP8",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Clarification

                    Patient: {name}      DOB: {dob_us}
                    Medication: {drug}

                    The prescription we received does not say how many refills are
                    allowed and the dose does not match the package sizes. Please call
                    our pharmacist or send a corrected prescription.
                    """),
            new Template(
                    "SP9",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Case Status

                    Patient: {name}
                    Product: {drug}
                    Insurance: {payer}

                    We submitted the prior authorization to the plan on the patient's
                    behalf on {earlier_us}. The plan has not answered yet. We will fax
                    you the plan's answer when it arrives.
                    """),
            new Template(
                    "SP10",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {nameLF}
                    Rx: {drug}

                    The patient's share of the cost is $85. We are waiting for the
                    patient to agree to the cost before we ship. A copay card may lower
                    it; we have sent the patient the link.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "SO10",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Peer-to-Peer Confirmation

                    Member: {name}
                    Case: {ref}

                    As you asked after our decision on {drug}, a call with our medical
                    director is set for {start_us} at 2:30 pm. The call is about the
                    decision already made; it does not reopen the request.
                    """),
            new Template(
                    "SO11",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Case: {ref}
                    Member: {name}

                    This request for {drug} is a duplicate of one already on file and
                    was closed. No action is needed; the first request is still under
                    review.
                    """),
            new Template(
                    "SO12",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Notice of Privacy Practices

                    This notice describes how medical information about you may be used
                    and disclosed and how you can get access to this information. Please
                    review it carefully.
                    """),
            new Template(
                    "SO13",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your appeal for {drug} was withdrawn at your request. We have closed
                    it. You can ask for a new review at any time.
                    """),
            new Template(
                    "SO14",
                    "OTHER",
                    false,
                    """
                    Dermatology Associates - Referral

                    To: the prior authorization desk
                    Patient: {name}      DOB: {dob_us}

                    Please see this patient for moderate to severe atopic dermatitis,
                    possible candidate for a biologic such as {drug}. Notes attached.
                    """),
            new Template(
                    "SA12",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Medicare Part D Coverage Determination

                    Enrollee: {name}
                    Member ID: {member}
                    Case: {ref}

                    We have approved the drug coverage you asked for: {drug}. This
                    approval is good until {end_us}, as long as you remain enrolled in
                    our plan and the drug stays safe for you.
                    """),
            new Template(
                    "SM12",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Case: {ref}

                    The diagnosis code on the request does not match the chart notes
                    that were sent for {drug}. Which diagnosis is the drug for? Reply on
                    this form and we will continue.
                    """));
}
