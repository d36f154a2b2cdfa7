package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifty-ninth set of corpus layouts, held back whole: written after the rules and the letter model of
 * b3a5a52 froze, and evaluated once with them.
 */
final class FiftyNinthLayouts {

    private FiftyNinthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AND1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Notice of Coverage Decision

                    Member: {name}      Member ID: {member}
                    Authorization: {ref}

                    After review by a licensed pharmacist and a physician, {drug} does not
                    qualify for coverage under the member's plan. {reason}
                    """),
            new Template(
                    "AND2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      PA: {ref}

                    Approved: {drug} starter kit, one time.
                    Not approved: maintenance fills. {reason}
                    """),
            new Template(
                    "AND3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} secure message</p>
                    <p>Re: {name}, {drug}</p>
                    <p>Hello, the second-level appeal has been completed and the earlier
                    decision to deny coverage has been confirmed. {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "AND4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Ref: {ref}

                    Your request for {drug} has been reviewed. We are sorry, but we cannot
                    say yes to this request. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "ANA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Notice of Coverage Decision

                    Member: {name}      Member ID: {member}
                    Authorization: {ref}

                    {drug} has been approved as requested. Approval dates: {start_us} to
                    {end_us}. No appeal is needed.
                    """),
            new Template(
                    "ANA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Case {ref} - {name}

                    Earlier this month the {drug} request was pended for chart notes. The
                    notes came in and the request is now approved through {end_us}.
                    """),
            new Template(
                    "ANA3",
                    "APPROVAL",
                    false,
                    """
                    From: {payer}
                    Subject: PA update - {name}

                    Hi, quick update: the {drug} authorization {ref} is live in our system
                    and runs through {end_us}.
                    """),
            new Template(
                    "ANA4",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicare Part D
                    Redetermination Notice

                    Enrollee: {nameLF}

                    We have changed our earlier decision. We will cover {drug} from
                    {start_us} through the end of the plan year.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "ANM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}      Auth: {ref}

                    Your request for {drug} is on hold. The plan needs the items below
                    before a nurse can review it:
                    {items_list}
                    """),
            new Template(
                    "ANM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Re: {name}      PA {ref}

                    We are trying to finish the {drug} review. Can your office confirm the
                    diagnosis and send the ICD-10 code by {deadline_us}?{asks:diagnosis}
                    """),
            new Template(
                    "ANM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} | Prior Authorization {ref}</p>
                    <p>{name} - {drug}</p>
                    <p>Documents required to continue: {items_html}</p>
                    <p>Due: {deadline_us}</p>
                    </body></html>
                    """),
            new Template(
                    "ANM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Clinical Review

                    Patient: {nameLF}      Case: {ref}

                    A decision on {drug} cannot be reached yet. Please fax the last two
                    office visit notes and the current PASI.{asks:chart notes|severity score / BSA}
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "ANO1",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Dear Practice Manager,

                    Our records show your office has three staff accounts on the provider
                    portal that have not been used in a year. They will be closed on
                    {notice_us} unless you sign in.
                    """),
            new Template(
                    "ANO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeal Acknowledgment

                    Member: {name}      Appeal: {appealref}

                    We have your appeal of the denial of {drug}. We will make a decision
                    and send it to you and the member.
                    """),
            new Template(
                    "ANO3",
                    "OTHER",
                    false,
                    """
                    Lakeside Imaging Center

                    Patient: {name}      DOB: {dob_us}
                    Exam: Chest X-ray, 2 views
                    Impression: No active disease.
                    """),
            new Template(
                    "ANO4",
                    "OTHER",
                    false,
                    """
                    {pbm}

                    Member: {name}

                    This member's pharmacy benefit moves to a new plan on {start_us}. Any
                    authorization approved under the old plan must be requested again.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "ANP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      Rx: {drug}

                    Approved by the plan today. We have set the first delivery for
                    {start_us}. Please let the patient know.
                    """),
            new Template(
                    "ANP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Re: {name}

                    The patient's free drug program application for {drug} needs the
                    prescriber's signature on page 3. Please sign and fax it back to us.
                    """),
            new Template(
                    "ANP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}

                    Refill for {drug} is due. The patient asked us to hold it until after
                    her vacation. We will ship on the new date.
                    """),
            new Template(
                    "ANP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    RE: {name}      Drug: {drug}

                    The insurance rejected the claim: the prior authorization on file has
                    expired. Please renew it with the plan so we can keep filling.
                    """));
}
