package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifty-second set of corpus layouts, all dev: denials whose only decision words sound like a yes ("we can only
 * approve", "approval is limited to", "authorized units: 0", a biosimilar in place of the drug), approvals written
 * as confirmations or finalized cases, requests written as fax-back forms or clinical updates, and other mail that
 * asks the office for something that is no prior authorization (a fax number, a signature on a contract, an
 * attorney's records request).
 */
final class RoundTwentyFiveDevLayouts {

    private RoundTwentyFiveDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AFD1",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      Case: {ref}

                    We can only approve {drug} every 4 weeks. The every-2-week schedule in
                    the request is not covered. {reason}
                    """),
            new Template(
                    "AFD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Determination Notice

                    Member: {nameLF}      ID: {member}
                    Reference: {ref}

                    Approval is limited to a 90-day trial of {drug} at the starting dose.
                    Continuation beyond 90 days and the loading dose are not approved.
                    {reason}
                    """),
            new Template(
                    "AFD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Authorization {ref}</p>
                    <table>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Service</td><td>{drug}</td></tr>
                    <tr><td>Requested units</td><td>26</td></tr>
                    <tr><td>Authorized units</td><td>0</td></tr>
                    </table>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "AFD4",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Pharmacy Services
                    Subject: {ref}

                    The plan covers the biosimilar {altdrug}, and we have authorized it in
                    place of {drug} for {name}. The brand requested is not authorized.
                    {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AFA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Confirmation of Authorization

                    Member: {name}      Member ID: {member}
                    Authorization number: {ref}

                    This confirms authorization of {drug} from {start_us} to {end_us}.
                    """),
            new Template(
                    "AFA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    PA #: {ref}
                    Status: Closed - Approved

                    Drug: {drug}      Expires: {end_us}
                    """),
            new Template(
                    "AFA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear Provider,

                    The request for {drug} for your patient {name} has been finalized
                    with a favorable outcome. No further action is needed.
                    """),
            new Template(
                    "AFA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Medical Director Review

                    RE: {name}      Auth: {ref}

                    After talking with the prescriber, the medical director agrees that
                    {drug} is medically necessary. Coverage runs through {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AFM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    FAX-BACK FORM

                    Patient: {name}      Case: {ref}      Drug: {drug}

                    Answer the questions below and fax this page back by {deadline_us}.
                    1. Current BSA: ______
                    2. Topical treatments tried and dates: ______{asks:severity score / BSA|prior therapy history}
                    """),
            new Template(
                    "AFM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Clinical update needed: the notes on file for {drug} are more than six
                    months old. Send notes from a visit in the last 90 days.{asks:chart notes}
                    """),
            new Template(
                    "AFM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Utilization Review
                    Subject: {ref} pending

                    Hello, the {drug} request for {name} is pending. The reviewer is
                    asking for the prescription with dose and frequency.{asks:prescription}
                    """),
            new Template(
                    "AFM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Prior Authorization</p>
                    <p>{name} | {drug} | {ref}</p>
                    <p>Your request is incomplete. Missing: {items_html}</p>
                    <p>Add the missing items by {deadline_us}.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AFO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Data Update

                    Our directory lists your office's fax number as 555-0100. Please
                    confirm or correct it on the enclosed form and return it within 30
                    days.
                    """),
            new Template(
                    "AFO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Contracting

                    Please sign and return the enclosed amendment to your participation
                    agreement. It adds the new specialty drug fee schedule.
                    """),
            new Template(
                    "AFO3",
                    "OTHER",
                    false,
                    """
                    Harlow and Pike LLP

                    RE: {name}, date of birth {dob_us}

                    We represent the above patient. Enclosed is a signed authorization.
                    Please send copies of all medical records from the past two years.
                    """),
            new Template(
                    "AFO4",
                    "OTHER",
                    false,
                    """
                    {pbm}

                    Your patients can now fill {drug} by mail. Approved prior
                    authorizations move with the prescription automatically.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AFP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Medication: {drug}

                    The plan approved the prior authorization. We will call the patient
                    to schedule the first delivery.
                    """),
            new Template(
                    "AFP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}      Product: {drug}

                    The patient's enrollment form is missing a signature. Please have
                    the patient sign page 2 and fax it to us.
                    """));
}
