package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twenty-fifth set of corpus layouts, held back whole: written after the rules and the letter model of
 * bd4ad2a froze, and evaluated once. Four of each type, among them: a denial from a dental-and-vision carrier's
 * pharmacy arm, a cut to the dosing interval said in a sentence, a denial in a two-column portal summary, an
 * approval on a Medicare plan's form letter, a renewal granted in a portal alert, a request for a weight and a
 * dose, a pend notice with a fax-back grid, a hub's missed-injection-training note, a pharmacy's out-of-stock
 * notice, a payer's holiday notice, a practice's appeal draft sent back for signature.
 */
final class TwentyFifthLayouts {

    private TwentyFifthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "IID1",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Pharmacy Benefit Determination

                    Cardholder: {name}       Cardholder ID: {member}
                    Determination #: {ref}

                    After review, {drug} will not be added to your coverage.
                    {reason}
                    Your prescriber may submit a redetermination request.
                    """),
            new Template(
                    "IID2",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Reference: {ref}

                    We will cover {drug} given every 4 weeks. Dosing every 2 weeks, as on
                    the prescription, is outside what we can cover. {reason}
                    """),
            new Template(
                    "IID3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer} Authorization Summary</h2>
                    <table>
                    <tr><td>Member</td><td>{name}</td></tr>
                    <tr><td>Reference</td><td>{ref}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Result</td><td>Not Certified</td></tr>
                    </table>
                    <p>Reviewer note: {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "IID4",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicare Prescription Drug Plan

                    {notice_long}

                    {name}
                    Member ID {member}

                    Your request for {generic} has been turned down. {reason}
                    You can ask us to look at this again. You must ask within {loose_days} days.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "IIA1",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicare Advantage
                    Notice of Coverage Decision

                    Enrollee: {name}
                    Case: {ref}

                    Good news. We approved your request for {drug}. You can get this drug
                    from {start_us} to {end_us} as long as you stay in our plan.
                    """),
            new Template(
                    "IIA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <div>{payer} Alerts</div>
                    <p>Renewal complete: {drug} for {name} continues through {end_us}.</p>
                    <p>Reference {ref}</p>
                    </body></html>
                    """),
            new Template(
                    "IIA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {nameLF}      DOB: {dob_us}
                    PA: {ref}

                    The prior authorization for {drug} is active. Start {start_us}, end
                    {end_us}. Claims will pay at the pharmacy.
                    """),
            new Template(
                    "IIA4",
                    "APPROVAL",
                    false,
                    """
                    {payer} Grievance and Appeals

                    Member: {name}
                    Appeal number: {appealref}

                    Your appeal has been decided in your favor. We will cover {drug}
                    through {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "IIM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    Before we can decide on {drug}, tell us the patient's current weight
                    and the dose the prescriber plans to use. Fax this page back with the
                    answers.
                    """),
            new Template(
                    "IIM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    PEND NOTICE

                    Member: {nameUpper}      ID: {member}
                    Request: {ref}       Drug: {drug}

                    Please supply:
                    {items_list}
                    Due: {deadline_us}
                    """),
            new Template(
                    "IIM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Prior Authorization</h3>
                    <p>Case {ref}: {name}, {drug}</p>
                    <p>Action required by provider. Outstanding:</p>
                    <ul>{items_html}</ul>
                    </body></html>
                    """),
            new Template(
                    "IIM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Authorization: {ref}

                    Our nurse reviewer read the notes for {drug}. They do not say how much
                    of the body is affected. Can you send a BSA or IGA score from a recent
                    visit?{asks:severity score / BSA}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "IIP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    The patient missed the injection training visit we set up. We have
                    left two messages. Please encourage the patient to call us back.
                    """),
            new Template(
                    "IIP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {nameLF}
                    Rx: {drug}

                    This item is on back order from the wholesaler. We expect stock in
                    5 to 7 days and will ship then. The patient has been told.
                    """),
            new Template(
                    "IIP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    RE: {name}, {drug}

                    The insurance approved the medication and the first fill is set to
                    arrive Thursday. Copay: $0 with the manufacturer card.
                    """),
            new Template(
                    "IIP4",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <h3>{hub} Case Update</h3>
                    <p>Patient: {name}</p>
                    <p>Benefit verification: PA required. Status: sent to prescriber for
                    signature of the PA form.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "IIO1",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Holiday notice: our prior authorization line will be closed on the
                    holiday. Urgent requests may be faxed as usual and will be reviewed.
                    """),
            new Template(
                    "IIO2",
                    "OTHER",
                    false,
                    """
                    Northside Dermatology - Appeal Draft

                    Patient: {name}      DOB: {dob_us}

                    Draft letter for Dr. Okafor to sign: we ask the plan to reconsider
                    its denial of {drug}. Please review, sign, and return to the PA desk.
                    """),
            new Template(
                    "IIO3",
                    "OTHER",
                    false,
                    """
                    Riverside Family Medicine

                    Re: {name}, DOB {dob_us}

                    Thank you for seeing our patient. Enclosed are the last two visit notes
                    and the medication list.
                    """),
            new Template(
                    "IIO4",
                    "OTHER",
                    false,
                    """
                    {payer} Network Management

                    Your practice's credentialing file is due for update. Please complete
                    the attached form within 30 days to stay in network.
                    """));
}
