package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixth set of corpus layouts, all dev: more of everything, so that the rules and the letter model see
 * more ways of saying the five things, and the confusions CONTRACT.md names once more in other words
 * (a pharmacy asking the clinic for an insurance card, a hub whose copay program "denied" the patient, a
 * notice of intent to deny, an authorization being ended, a duplicate request closed).
 */
final class MoreDevLayouts {

    private MoreDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "YD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Decision

                    Date: {notice_us}
                    Member: {name}    Member ID: {member}
                    Request number: {ref}
                    Medication: {drug}

                    Our decision: we will not cover this medication.
                    Why: {reason}
                    Your options: your doctor can send more information with a new request,
                    or you can appeal by {deadline_us}.
                    """),
            new Template(
                    "YD2",
                    "DENIAL",
                    false,
                    """
                    Hi there,

                    We've looked at the request for {drug} for {name} (DOB {dob_us}) and
                    unfortunately can't approve it. {reason}

                    The official letter with appeal instructions is in the mail. Reference
                    {ref}.

                    {payer} Pharmacy Team
                    """),
            new Template(
                    "YD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    NOTICE OF ADVERSE DETERMINATION

                    Date: {notice_us}
                    Patient: {nameLF}     DOB: {dob_us}
                    Member ID: {member}
                    Case: {ref}
                    Service: {drug}, off-label use

                    The requested use is considered experimental or investigational under
                    the member's plan, and coverage is therefore not available.
                    You may request an appeal within {days} days of the date of this notice.
                    """),
            new Template(
                    "YD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Authorization: {ref}
                    Drug: {drug}

                    This request was denied for administrative reasons: the prescriber is
                    not in the member's network and no network exception was requested.
                    A request from a network prescriber may be sent at any time. You may
                    also appeal by {deadline_us}.
                    """),
            new Template(
                    "YD5",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Review Result

                    Patient: {name}      ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    Result: approved at a lower dose than requested. The plan covers the
                    standard maintenance dose only; the higher dose asked for is denied.
                    Reason: {reason}
                    """),
            new Template(
                    "YD6",
                    "DENIAL",
                    false,
                    """
                    Part D Independent Review Entity
                    RECONSIDERATION DECISION: UNFAVORABLE

                    Date: {notice_us}
                    Enrollee: {name}
                    Drug: {generic}
                    IRE case: {appealref}

                    We agree with the plan's decision not to cover the drug. The records do
                    not show that the coverage rules are met. If you disagree, you may ask
                    for a hearing before an administrative law judge.
                    """),
            new Template(
                    "YD7",
                    "DENIAL",
                    false,
                    """
                    {pbm}  COVERAGE DECISION

                    PT: {nameUpper}
                    MBR: {member}
                    CASE: {ref}
                    RX: {drug}
                    DECISION: NOT MEDICALLY NECESSARY
                    RATIONALE: {reason}
                    """),
            new Template(
                    "YD8",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Notice of Termination of Coverage

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Authorization: {ref}

                    We are ending our coverage of {drug} as of {end_us}. A review of
                    the latest records found that the drug no longer meets the plan's
                    criteria. Reason: {reason}
                    You can appeal this decision.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "YM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    ADDITIONAL INFORMATION REQUEST - FAX BACK FORM

                    Member: {name}     DOB: {dob_us}
                    Member ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    Check each item you are sending and return this form with them:
                    {items_checks}
                    Fax back by {deadline_us}.
                    """),
            new Template(
                    "YM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Community Plan

                    Date: {notice_us}
                    To: {name}
                    Member ID: {member}
                    Request: {ref}

                    Your provider's request for {drug} is on hold until we get:
                    {items_list}
                    We have asked your provider for these. We will decide within 14 days
                    after we get them.
                    """),
            new Template(
                    "YM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {name}    DOB: {dob_us}
                    Case: {ref}
                    Drug: {drug}

                    CLARIFICATION NEEDED
                    The diagnosis code on the request does not match the medication. Please
                    resubmit the request with the correct ICD-10 code and the chart notes
                    that support it.
                    """),
            new Template(
                    "YM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Reminder: information still outstanding

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Case: {ref}

                    We wrote to you on {earlier_us} about the request for {drug}. We are
                    still missing:
                    {items_list}
                    Please send them by {deadline_us}.
                    """),
            new Template(
                    "YM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Clinical Pharmacy

                    Date: {notice_us}
                    Member: {name}     DOB: {dob_us}
                    Case: {ref}
                    Drug: {drug}

                    We tried to reach your office by phone today. To finish the review,
                    please call us back with the patient's current body surface area and
                    the treatments tried so far, or fax the chart notes that show them.
                    """),
            new Template(
                    "YM6",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Your request needs attention

                    Patient: {name}
                    Drug: {drug}
                    Key: {ref}

                    The plan asked a question about this request. Answer it in the portal
                    so the plan can continue its review. Unanswered questions expire after
                    14 days.
                    """),
            new Template(
                    "YM7",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    NOTICE OF INTENT TO DENY

                    Date: {notice_us}
                    Member: {name}       Member ID: {member}
                    Authorization: {ref}
                    Drug: {drug}

                    Unless the following documentation is received within 5 business
                    days, this request will be denied:
                    {items_list}
                    """),
            new Template(
                    "YM8",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {nameLF}     DOB: {dob_us}
                    ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    To proceed with this request, provide a tuberculosis test result from
                    the past 12 months. The request stays open for 10 days.{asks:TB test}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "YA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Authorization Confirmation

                    Date: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Member ID: {member}
                    Authorization: {ref}

                    This confirms authorization for {drug} from {start_us} through
                    {end_us}. Please keep this confirmation with the patient's record.
                    """),
            new Template(
                    "YA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Your request for {drug} was granted. Your pharmacy can now fill it,
                    and the plan will cover it until {end_long}.
                    Member ID: {member}
                    """),
            new Template(
                    "YA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Community Plan
                    NOTICE OF DECISION

                    Date: {notice_us}
                    To: {name}
                    Member ID: {member}
                    PA number: {ref}

                    Your provider asked us to cover {drug}. We have approved this request
                    as it was asked for. The approval lasts until {end_us}.
                    """),
            new Template(
                    "YA4",
                    "APPROVAL",
                    false,
                    """
                    Part D Independent Review Entity
                    RECONSIDERATION DECISION: FAVORABLE

                    Date: {notice_us}
                    Enrollee: {name}
                    Drug: {generic}
                    IRE case: {appealref}

                    We disagree with the plan's decision not to cover this drug, and we have
                    reversed it. The plan must now provide coverage.
                    """),
            new Template(
                    "YA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Formulary Exception

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Request: {ref}

                    The formulary exception for {drug} is approved for the rest of the plan
                    year, through {end_us}. It will be covered at the preferred brand copay.
                    """),
            new Template(
                    "YA6",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{pbm} Prior Authorization</h3>
                    <table>
                    <tr><th>Patient</th><td>{name}</td></tr>
                    <tr><th>Member ID</th><td>{member}</td></tr>
                    <tr><th>Drug</th><td>{drug}</td></tr>
                    <tr><th>Case</th><td>{ref}</td></tr>
                    <tr><th>Outcome</th><td>Approved</td></tr>
                    <tr><th>Valid</th><td>{start_us} - {end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "YA7",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Authorization: {ref}

                    Continuation of therapy: approved. The records show a good response to
                    {drug}, so coverage continues for another 12 months, until {end_us}.
                    """),
            new Template(
                    "YA8",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medical Director

                    {notice_long}

                    RE: {name}
                    Member ID: {member}
                    Reference: {ref}

                    Following our discussion with the prescriber about {drug}, we can now
                    approve the request. The earlier denial no longer applies. Coverage
                    runs from {start_us} to {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "YP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient Enrollment

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    We received the enrollment form, but we still need a copy of the
                    front and back of the patient's insurance card before we can run the
                    benefits. Please fax it to us.
                    """),
            new Template(
                    "YP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Dear {name},

                    Because of severe weather, your delivery of {drug} will arrive one day
                    later than planned. Your medicine is packed to stay cold for 48 hours.
                    We are sorry for the delay.
                    """),
            new Template(
                    "YP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    Patient: {name}
                    Medication: {drug}

                    Your prior authorization has been approved by your plan, {payer}. We
                    will ship your prescription this week. Expect a call to confirm the
                    delivery address.
                    """),
            new Template(
                    "YP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}
                    Product: {drug}

                    The copay program application was denied because the patient has
                    government insurance, which the program cannot cover. We have referred
                    the patient to an independent charitable foundation for help.
                    """),
            new Template(
                    "YP5",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Dear {name},

                    Your next fill of {drug} is scheduled automatically. We will charge the
                    card on file and ship it on {start_us}. To change the date, reply to
                    this message or call us.
                    """),
            new Template(
                    "YP6",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    Our records show that the patient's authorization for this medication
                    ends on {end_us}. Please start the renewal with the plan soon, so that
                    we can keep filling it without a gap.
                    """),
            new Template(
                    "YP7",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Problem

                    Date: {notice_us}
                    Patient: {name}     DOB: {dob_us}
                    Medication: {drug}

                    The prescription we received is not signed, so we cannot fill it.
                    Please send a signed prescription electronically or by fax.
                    """),
            new Template(
                    "YP8",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Quick Start Program

                    Date: {notice_us}
                    Patient: {name}
                    Product: {drug}

                    The first free dose was shipped to the patient today while the plan
                    reviews coverage. The patient can receive up to 2 more free doses if
                    the review takes longer.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "YO1",
                    "OTHER",
                    false,
                    """
                    TRANSMITTAL

                    Date: {notice_us}
                    To: Dermatology
                    From: {payer}
                    Number of pages including cover: 1

                    Comments:

                    The information in this transmission is privileged and confidential.
                    """),
            new Template(
                    "YO2",
                    "OTHER",
                    false,
                    """
                    BENEFIT INQUIRY RESULTS

                    Payer: {payer}
                    Member: {nameUpper}    DOB: {dob_us}
                    Member ID: {member}
                    Coverage: active since January 1

                    Service type: specialty pharmacy
                    Prior authorization: required
                    Network status: in network
                    """),
            new Template(
                    "YO3",
                    "OTHER",
                    false,
                    """
                    STATEMENT OF MEDICAL NECESSITY

                    Patient: {name}      DOB: {dob_us}
                    Insurance: {payer}   Member ID: {member}
                    Medication requested: {drug}

                    The patient has severe disease that has not improved with topical
                    steroids or phototherapy. Earlier requests for other biologics were
                    not approved by the plan. I believe this medication is necessary.

                    Prescriber signature: ____________________
                    """),
            new Template(
                    "YO4",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}
                    Appeal number: {appealref}

                    We have your appeal of our decision about {drug}. We will review it
                    and write to you with our answer within 30 days. If you have more
                    information, you can send it to us now.
                    """),
            new Template(
                    "YO5",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Member ID: {member}

                    We paid for a one-time fill of {drug} at your pharmacy. This drug is
                    not on our drug list, so future fills will need an exception or a
                    switch to another drug. Please talk with your doctor.
                    """),
            new Template(
                    "YO6",
                    "OTHER",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {name}
                    Reference: {ref}
                    Drug: {drug}

                    This request was cancelled at the prescriber's request. No decision was
                    made. A new request can be sent at any time.
                    """),
            new Template(
                    "YO7",
                    "OTHER",
                    false,
                    """
                    {payer} Medical Management

                    Date: {notice_us}
                    Member: {name}
                    Reference: {ref}

                    Your peer-to-peer discussion about the denied request for {drug} has
                    been scheduled for {start_us} at 2:30 PM. Our medical director will
                    call the number you gave us.
                    """),
            new Template(
                    "YO8",
                    "OTHER",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {name}
                    Reference: {ref}
                    Drug: {drug}

                    This request duplicates one we already decided. We have closed it
                    without review. See the decision letter sent for the earlier request.
                    """));
}
