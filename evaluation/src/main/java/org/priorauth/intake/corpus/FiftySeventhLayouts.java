package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fifty-seventh set of corpus layouts, held back whole: written after the rules and the letter model of
 * 68c05d6 froze, and evaluated once with them.
 */
final class FiftySeventhLayouts {

    private FiftySeventhLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "ALD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Decision

                    Member: {name}      Member ID: {member}
                    Request #: {ref}

                    Drug: {drug}
                    Decision: Not approved
                    Why: {reason}
                    What you can do: ask for an appeal within 65 days.
                    """),
            new Template(
                    "ALD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    To: Prescriber of record
                    Re: {nameUpper}   Case {ref}

                    We approved 1 syringe per 28 days of {drug}. You asked for 2 syringes per
                    28 days; the second is beyond the plan's quantity limit. {reason}
                    """),
            new Template(
                    "ALD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Appeals</p>
                    <p>Member {name} - Appeal {appealref}</p>
                    <p>Your appeal of the decision on {drug} was reviewed by a physician who
                    was not part of the first review. That physician agrees the drug should not
                    be covered. {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "ALD4",
                    "DENIAL",
                    false,
                    """
                    From: {payer} UM Department
                    Subject: {ref} determination

                    The PA for {drug} ({name}) was reviewed on {decision_us}. Result: unable
                    to approve based on the documentation provided. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "ALA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}

                    Great news! Your prescriber's request for {drug} went through. Your
                    coverage for it lasts until {end_us}. Reference {ref}.
                    """),
            new Template(
                    "ALA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} Prior Authorization Status</p>
                    <table>
                    <tr><td>Case</td><td>{ref}</td></tr>
                    <tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Medication</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Closed - Authorized</td></tr>
                    <tr><td>Valid through</td><td>{end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "ALA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Clinical Review Outcome

                    RE: {name}      Ref: {ref}

                    Although the first submission was missing the BSA, the updated notes
                    document 15% BSA. {drug} is authorized from {start_us} to {end_us}.
                    """),
            new Template(
                    "ALA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {nameLF}      PA: {ref}

                    Exception request for {drug}: granted. The drug will process at tier 3
                    through {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "ALM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Prior Authorization Department

                    Patient: {name}      DOB: {dob_us}
                    Case: {ref}

                    To move forward with the {drug} request we need the following:
                    {items_list}
                    Fax to 1-800-555-0177 by {deadline_us}.
                    """),
            new Template(
                    "ALM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Re: {name}      Ref {ref}

                    The pharmacist reviewing {drug} has a question: was methotrexate
                    stopped because of side effects or lack of response? Please answer by
                    {deadline_us}.{asks:prior therapy history}
                    """),
            new Template(
                    "ALM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Utilization Management
                    Subject: Action needed - {ref}

                    The {drug} request for {name} cannot be finished. The records we have
                    are missing:
                    {items_list}
                    """),
            new Template(
                    "ALM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} PA Portal - Request {ref}</p>
                    <p>Patient: {name}</p>
                    <p>Status: Waiting on provider</p>
                    <p>Upload: {items_html}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "ALO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Peer-to-Peer Confirmation

                    Re: {name}      Case: {ref}

                    Your peer-to-peer call about our denial of {drug} is set for
                    {notice_us} at 2:30 PM. The reviewer will call your office.
                    """),
            new Template(
                    "ALO2",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Dear Provider,

                    Beginning January 1, prior authorization requests for dermatology
                    biologics must be sent through the ePA portal. Faxed requests will no
                    longer be accepted.
                    """),
            new Template(
                    "ALO3",
                    "OTHER",
                    false,
                    """
                    {pbm}

                    Member: {name}      ID: {member}

                    This letter confirms that the prior authorization request for {drug}
                    was withdrawn at your office's request on {notice_us}.
                    """),
            new Template(
                    "ALO4",
                    "OTHER",
                    false,
                    """
                    Maple Street Family Medicine

                    To: Dermatology
                    Patient: {name}      DOB: {dob_us}

                    Please see this patient for worsening eczema not controlled on topical
                    steroids. Last visit notes attached.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "ALP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      Rx: {drug}

                    The patient's plan requires a prior authorization. We have faxed the PA
                    form to your office. We will hold the prescription until it is approved.
                    """),
            new Template(
                    "ALP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}

                    {drug}: the patient's copay assistance has been approved for 12 months.
                    The patient will pay $0 per fill.
                    """),
            new Template(
                    "ALP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    We tried to reach {name} three times to schedule the {drug} delivery.
                    Please ask the patient to call us.
                    """),
            new Template(
                    "ALP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Transfer

                    Patient: {name}      DOB: {dob_us}

                    The {drug} prescription was transferred to us from the retail pharmacy.
                    The plan's approval carries over; first fill ships this week.
                    """));
}
