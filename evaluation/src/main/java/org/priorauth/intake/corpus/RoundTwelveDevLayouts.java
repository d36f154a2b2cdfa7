package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twenty-sixth set of corpus layouts, all dev. Partial approvals are still the held-back split's largest
 * confusion; here the plan grants a limit and names it ("limited to", "no more than", "a maximum of", "capped
 * at", "one box per month"), beside approvals that mention a limit the request stays within, plain-words
 * denials and requests, and the mail of payers' other departments.
 */
final class RoundTwelveDevLayouts {

    private RoundTwelveDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "KKD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    {drug} is covered, limited to one pen every 14 days. The request for
                    weekly dosing is not covered. {reason}
                    """),
            new Template(
                    "KKD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    The plan will pay for no more than 2 syringes a month of {drug}; the
                    prescription is for 4. {reason}
                    You may appeal the quantity.
                    """),
            new Template(
                    "KKD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Review Determination

                    Member: {nameLF}     DOB: {dob_us}
                    Authorization: {ref}

                    Service: {drug}
                    Authorized: a maximum of 3 fills
                    Requested: 12 fills
                    {reason}
                    """),
            new Template(
                    "KKD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal</h3>
                    <p>Auth {ref} | {name} | {drug}</p>
                    <p>Decision: Approved with limits - quantity capped at 56 tablets per 28 days
                    (requested 112).</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "KKD5",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    We can't pay for {drug}. {reason}
                    You or your doctor can ask us to think again about this. Call us or
                    write to us.
                    """),
            new Template(
                    "KKD6",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Notice of Coverage Limit

                    Patient: {name}
                    Case: {ref}

                    {drug}: one box per month is the most the plan allows. The extra box
                    you asked for is not approved. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "KKA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    {drug} is approved as requested, within the plan's limit of one pen
                    every 14 days, from {start_us} to {end_us}.
                    """),
            new Template(
                    "KKA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {nameLF}
                    Case: {ref}

                    Your request meets the coverage rules. {drug} is covered for the full
                    quantity asked for until {end_us}.
                    """),
            new Template(
                    "KKA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    We can pay for {drug}. Your doctor asked us and we agreed. You can fill
                    it until {end_long}.
                    """),
            new Template(
                    "KKA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal</h3>
                    <p>Auth {ref} | {name} | {drug}</p>
                    <p>Decision: Approved - full quantity. Valid {start_us} to {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "KKA5",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals

                    Member: {name}
                    Appeal: {appealref}

                    We looked at your appeal again with the new records. We now agree that
                    {drug} should be covered, and it is, through {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "KKM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    We need a little more before we decide on {drug}:
                    {items_list}
                    You can fax these to the number above.
                    """),
            new Template(
                    "KKM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}     DOB: {dob_us}
                    Case: {ref}

                    Which topical treatments did the patient use, and for how many weeks?
                    We will finish the review of {drug} once we hear back.{asks:prior therapy history}
                    """),
            new Template(
                    "KKM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Pharmacy Prior Authorization

                    Member: {nameLF}     ID: {member}
                    Request: {ref}

                    The request for {drug} is incomplete. Missing:
                    {items_list}
                    Send by {deadline_us}.
                    """),
            new Template(
                    "KKM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h2>{payer}</h2>
                    <p>{name} - {drug} - {ref}</p>
                    <p>Reviewer comment: please attach</p>
                    <ul>{items_html}</ul>
                    </body></html>
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "KKO1",
                    "OTHER",
                    false,
                    """
                    {payer} Provider Relations

                    Our fee schedule for office visits changes next quarter. The new rates
                    are on the provider site. No action is needed.
                    """),
            new Template(
                    "KKO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Member ID Card Reissued

                    Member: {name}     Member ID: {member}

                    A new card was mailed to the member. Please update the member's file
                    with the new group number.
                    """),
            new Template(
                    "KKO3",
                    "OTHER",
                    false,
                    """
                    Northside Dermatology
                    PA desk to-do

                    Check the portal for the pending biologic requests, call the hub about
                    two patients, and file the approval letters that came in yesterday.
                    """),
            new Template(
                    "KKO4",
                    "OTHER",
                    false,
                    """
                    {payer} Quality Program

                    Member: {name}

                    This member is due for a diabetes eye exam. If you have seen the member
                    for this, send us the date of the exam.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "KKP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The patient asked to delay the next shipment by two weeks while
                    traveling. We have moved it. No action needed.
                    """),
            new Template(
                    "KKP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {nameLF}
                    Therapy: {drug}

                    The plan's answer on the prior authorization is not back yet. We have
                    started the patient on the quick start program so therapy can begin.
                    """),
            new Template(
                    "KKP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    RE: {name}

                    A refill request for {drug} needs a new prescription: the last one has
                    no refills left. Please send one electronically.
                    """));
}
