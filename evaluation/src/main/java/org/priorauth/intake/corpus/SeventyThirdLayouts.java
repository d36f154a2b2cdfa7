package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventy-third set of corpus layouts, held back whole: written after the rules and model of e0f04e7 froze,
 * and evaluated once.
 */
final class SeventyThirdLayouts {

    private SeventyThirdLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BDD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    NOTICE OF ADVERSE DETERMINATION

                    Date: {notice_us}
                    Enrollee: {name}      ID#: {member}
                    Tracking #: {ref}
                    Item: {drug}

                    After review by a board-certified dermatologist, coverage is not
                    authorized. {reason}
                    """),
            new Template(
                    "BDD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} Coverage Review Team</p>
                    <p>Member {name} / Rx {drug} / Case {ref}</p>
                    <p>Decision: Partially approved. The starting dose is covered; the
                    maintenance doses after week 16 are not. {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "BDD3",
                    "DENIAL",
                    false,
                    """
                    {payer} Pharmacy Management

                    RE: {name}      Request ID: {ref}

                    We were not able to approve {drug} for this member. {reason}
                    If you have more information, you may send a new request or
                    ask for an appeal.
                    """),
            new Template(
                    "BDD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Level 2 Appeal - Final Decision

                    Member: {name}      Appeal #: {appealref}
                    Drug: {drug}
                    Outcome: We are not changing our decision. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BDM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    PENDING - ADDITIONAL INFORMATION REQUIRED

                    Member: {name}      Auth Request #: {ref}
                    Drug requested: {drug}

                    The following documentation is required to complete the review:
                    {items_list}
                    Due date: {deadline_us}
                    """),
            new Template(
                    "BDM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{pbm}</p>
                    <p>{name}'s request for {drug} ({ref}) is waiting on you. Our
                    pharmacist needs the date of the patient's last TB test and its
                    result. Reply by {deadline_us}.{asks:TB test}</p>
                    </body></html>
                    """),
            new Template(
                    "BDM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Patient: {name}      Reference: {ref}
                    We have your request for {drug}, but the chart notes are from more
                    than a year ago. Please send notes from a visit in the last 90 days by
                    {deadline_us}. We will not decide until then.{asks:chart notes}
                    """),
            new Template(
                    "BDM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Prescriber Questionnaire - please complete and return

                    Patient: {name}      Case: {ref}      Drug: {drug}
                    1. Current EASI or IGA score: ________
                    2. Topicals tried and dates: ________
                    Return by {deadline_us}.{asks:severity score / BSA|prior therapy history}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BDA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Approval

                    Member: {name}      Authorization #: {ref}
                    Drug: {drug}
                    Start: {start_us}      End: {end_us}
                    """),
            new Template(
                    "BDA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm}</p>
                    <p>Hello, the PA for {name} ({drug}) came back approved today,
                    reference {ref}. It runs until {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "BDA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Appeal Determination

                    Member: {name}      Appeal: {appealref}
                    Drug: {drug}

                    Our first decision denied this drug for lack of a TB test. The test
                    result you sent with the appeal meets the requirement. The denial is
                    overturned and the drug is approved until {end_us}.
                    """),
            new Template(
                    "BDA4",
                    "APPROVAL",
                    false,
                    """
                    {payer} Utilization Management

                    Patient: {name}      Ref: {ref}
                    Medication: {drug}
                    Review outcome: Certified. Authorized units: 26. Dates: {start_us}
                    through {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BDP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    New Prescription Received

                    Patient: {name}      Drug: {drug}
                    We received the prescription and are checking the patient's benefits.
                    We will contact the patient about the copay.
                    """),
            new Template(
                    "BDP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>{name} is approved for our free drug program for {drug} while the
                    plan's decision is pending. The first shipment goes out this week.</p>
                    </body></html>
                    """),
            new Template(
                    "BDP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    We could not deliver {drug} on {start_us}; nobody was home to sign.
                    We will try again tomorrow.
                    """),
            new Template(
                    "BDP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill Request to Prescriber

                    Patient: {name}      Drug: {drug}
                    The prescription has no refills left. Please send a new one so the
                    next fill is not delayed.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BDO1",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Appeals</p>
                    <p>This confirms that your appeal for {name} ({appealref}) is with a
                    reviewer. You do not need to send anything else right now.</p>
                    </body></html>
                    """),
            new Template(
                    "BDO2",
                    "OTHER",
                    false,
                    """
                    Valley Pathology Associates
                    Surgical Pathology Report

                    Patient: {name}      DOB: {dob_us}
                    Specimen: skin, left forearm, punch biopsy
                    Diagnosis: spongiotic dermatitis
                    """),
            new Template(
                    "BDO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Bulletin - December

                    Reminder: submit renewal requests for biologics at least two weeks
                    before the current approval ends. Most renewals are decided within
                    three business days.
                    """),
            new Template(
                    "BDO4",
                    "OTHER",
                    false,
                    """
                    FAX COVER SHEET

                    To: Dermatology, PA desk
                    From: {payer}
                    Pages: 1 (including cover)
                    Re: {name}
                    """));
}
