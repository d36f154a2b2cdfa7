package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighty-second set of corpus layouts, all dev: faxes behind a cover sheet (the letter on the second page),
 * approvals that say little beyond a record's columns or a one-line e-mail, denials that name what the plan would
 * cover instead or an authorization of nothing, requests that warn what happens without an answer, and mail that
 * recalls decisions for some other purpose.
 */
final class RoundFortyDevLayouts {

    private RoundFortyDevLayouts() {}

    private static final String COVER =
            """
            FAX COVER SHEET
            To: Dermatology office          From: {payer}
            Pages: 2 (including cover)
            CONFIDENTIAL: this fax may contain health information. If you
            received it in error, call the sender and destroy all copies.
            \f
            """;

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BMA1",
                    "APPROVAL",
                    false,
                    COVER
                            + """
                    {payer}
                    Authorization Notification

                    Member: {name}      Member ID: {member}
                    Auth #        Drug                 From          To
                    {ref}    {drug}    {start_us}    {end_us}
                    Units authorized: 13
                    """),
            new Template(
                    "BMA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>Hi, this is Renee at {payer} pharmacy review.</p>
                    <p>FYI the {drug} PA for {name} went through this morning,
                    auth {ref}, good through {end_us}. No further action needed.</p>
                    </body></html>
                    """),
            new Template(
                    "BMA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},
                    Welcome to our specialty drug program. Your {drug} is
                    covered from {start_us} to {end_us}. To fill it, use one of
                    our network specialty pharmacies; they will call you to set
                    up delivery. Reference: {ref}
                    """),
            new Template(
                    "BMA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Reauthorization Review

                    Patient: {name}      Prior auth: {ref}
                    Drug: {drug}
                    The documentation supports continued use. Coverage is extended
                    to {end_us}. This is not a denial; nothing else is needed.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BMD1",
                    "DENIAL",
                    false,
                    COVER
                            + """
                    {payer}
                    Authorization Notification

                    Member: {name}      Member ID: {member}
                    Drug requested: {drug}
                    Units requested: 26      Units authorized: 0
                    Basis: {reason}
                    """),
            new Template(
                    "BMD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Reauthorization Review

                    Patient: {name}      Prior auth: {ref}
                    Drug: {drug}
                    The documentation does not support continued use. Coverage
                    will end on {end_us} and will not be extended.
                    {reason}
                    """),
            new Template(
                    "BMD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Pharmacy Services</p>
                    <p>The plan can cover {altdrug} for {name} right away. The {drug}
                    request (ref {ref}) does not meet the criteria and is declined.</p>
                    </body></html>
                    """),
            new Template(
                    "BMD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},
                    We finished reviewing your appeal for {drug}. The reviewer
                    agreed with our first decision, so we still cannot cover it.
                    Appeal number: {appealref}
                    You may ask for an external review.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BMM1",
                    "MORE_INFO_REQUEST",
                    false,
                    COVER
                            + """
                    {payer}
                    Clinical Documentation Request

                    Member: {name}      Member ID: {member}
                    Drug: {drug}      Reference: {ref}
                    Please fax: {items_list}
                    Deadline: {deadline_us}
                    """),
            new Template(
                    "BMM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>Hi, this is Renee at {payer} pharmacy review.</p>
                    <p>On the {drug} PA for {name} (auth {ref}) I still need the last
                    two office notes before I can sign off. Can you send them by
                    {deadline_us}?{asks:chart notes}</p>
                    </body></html>
                    """),
            new Template(
                    "BMM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Reauthorization Review

                    Patient: {name}      Prior auth: {ref}
                    Drug: {drug}
                    The file has no measure of response since the last approval.
                    Send a current EASI or BSA by {deadline_us} or the request
                    will be decided as it stands.{asks:severity score / BSA}
                    """),
            new Template(
                    "BMM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Dear Doctor,
                    Your request for {drug} for {name} is not complete. The
                    diagnosis code is missing. Please send it by {deadline_us}
                    so that the review can go on.{asks:diagnosis}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BMP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Welcome Packet - Prescriber Copy

                    Patient: {name}      Drug: {drug}
                    The patient is now a patient of our pharmacy. The plan's
                    authorization is on file. First delivery: {start_us}.
                    """),
            new Template(
                    "BMP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>We could not reach {name} to finish enrollment for {drug}.
                    Please ask the patient to call us; the appeal help we offered
                    is on hold until then.</p>
                    </body></html>
                    """),
            new Template(
                    "BMP3",
                    "PHARMACY_NOTICE",
                    false,
                    COVER.replace("{payer}", "{pharmacy}")
                            + """
                    {pharmacy}
                    New Prescription Needed

                    Patient: {name}      Drug: {drug}
                    The prescription on file has expired. Please send a new one
                    so we can keep filling the patient's {drug}.
                    """),
            new Template(
                    "BMP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Delivery Exception

                    Patient: {name}      Drug: {drug}
                    The courier could not deliver today (no one home). The
                    package is back at the pharmacy, still cold. We will try again.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BMO1",
                    "OTHER",
                    false,
                    COVER
                            + """
                    {payer}
                    Provider Satisfaction Survey

                    How easy was it to get a prior authorization decision from
                    us this year? Approved or denied, we want to hear about it.
                    The survey takes 3 minutes.
                    """),
            new Template(
                    "BMO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>Hi, this is Renee at {payer} pharmacy review.</p>
                    <p>Just a heads up: our fax line will be down Saturday for
                    maintenance. Send urgent requests through the portal.</p>
                    </body></html>
                    """),
            new Template(
                    "BMO3",
                    "OTHER",
                    false,
                    """
                    Dermatology office - Prior Authorization Log

                    Patient: {name}      Drug: {drug}
                    Submitted to {payer} on {earlier_us}. Approved / Denied / Pending:
                    (not yet known). Follow up in 5 business days.
                    """),
            new Template(
                    "BMO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Grievance Resolution

                    Member: {name}
                    You told us our phone wait times were too long when you
                    called about your {drug} approval. We have shared this with
                    our call center. Thank you for telling us.
                    """));
}
