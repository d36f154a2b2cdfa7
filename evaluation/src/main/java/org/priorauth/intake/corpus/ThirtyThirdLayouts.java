package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirty-third set of corpus layouts, held back whole: written after the rules and the letter model of
 * 22a0581 froze, and evaluated once. Four of each type, among them: an independent reviewer who upholds a
 * denial, a denial that offers a topical instead, a member's "we can't pay for", a portal's "not medically
 * necessary"; a redetermination decided in the member's favour, a requested-and-approved table whose numbers
 * agree, a ticked decision form, a completed e-mail; a pend that gives the office 14 days, a letter to the
 * member about the missing records, a peer-to-peer offered before the decision, a portal's numbered
 * questions; a pharmacy's welcome, an assistance program's approval, a rejected claim's code, a patient who
 * pauses therapy; a payer's list of changed requirements, a biopsy report, an appeal acknowledgement that
 * names the denial, a patient's message about a denial.
 */
final class ThirtyThirdLayouts {

    private ThirtyThirdLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "UUD1",
                    "DENIAL",
                    false,
                    """
                    Independent Review Organization
                    External Review Decision

                    Enrollee: {name}
                    Health plan: {payer}
                    Drug: {drug}

                    The independent physician reviewer upheld the health plan's denial.
                    {reason} This decision is final and binding on both parties.
                    """),
            new Template(
                    "UUD2",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}
                    Case number: {ref}

                    We reviewed the request for {drug}. It was not approved. The plan
                    will cover a topical corticosteroid or a phototherapy course first.
                    {reason}
                    """),
            new Template(
                    "UUD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer} Provider Portal - Authorization Summary</h2>
                    <p>Authorization: {ref}</p>
                    <p>Member: {name} ({dob_us})</p>
                    <p>Requested service: {drug}</p>
                    <p>Determination: Not medically necessary</p>
                    <p>Clinical rationale: {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "UUD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    We're sorry, but we can't pay for {drug}. {reason}

                    If you think we made a mistake, you or your doctor can ask us to look
                    at it again. Call the number on your member ID card.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "UUA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Redetermination Notice

                    Enrollee: {name}        Member ID: {member}
                    Drug: {drug}

                    Your request for a redetermination has been decided in your favor.
                    We will cover the drug from {start_us} through {end_us}.
                    """),
            new Template(
                    "UUA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Authorization {ref}

                    Member: {name}
                    Drug: {drug}

                    Quantity requested: 2 pens per 28 days
                    Quantity approved:  2 pens per 28 days
                    Approved through:   {end_us}
                    """),
            new Template(
                    "UUA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    PRIOR AUTHORIZATION DETERMINATION

                    Patient: {name}         DOB: {dob_us}
                    Auth #: {ref}
                    Medication: {drug}

                    [X] Approved    [ ] Denied    [ ] Pended for information

                    Valid {start_us} to {end_us}.
                    """),
            new Template(
                    "UUA4",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} ePA Notifications
                    Subject: PA request {ref} completed

                    Your PA request for {name} ({drug}) has been completed.
                    Result: Authorized for 12 months, ending {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "UUM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    We have pended this request for {drug} for 14 days so that your
                    office can send:
                    {items_list}
                    """),
            new Template(
                    "UUM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Dear {name},

                    We asked your doctor for more information about your request for
                    {drug}. We have not received it yet. You may want to remind your
                    doctor's office to send it by {deadline_us}.
                    """),
            new Template(
                    "UUM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Peer-to-Peer Opportunity

                    Patient: {name}
                    Case: {ref}

                    Before a final determination on {drug}, the prescriber may speak with
                    a clinical pharmacist. Call by {deadline_us} to schedule.
                    """),
            new Template(
                    "UUM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{payer} - Additional Information Requested</h3>
                    <p>Reference {ref} - {name} - {drug}</p>
                    <p>Please answer and attach:</p>
                    <ol>{items_html}</ol>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "UUP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Welcome

                    We received a new prescription for {name} for {drug}. Our team will
                    check the patient's benefits and let you know if anything is needed.
                    """),
            new Template(
                    "UUP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Patient Assistance Program

                    Patient: {name}

                    The application for free {drug} was approved. The foundation pharmacy
                    will ship the first carton to the patient's home.
                    """),
            new Template(
                    "UUP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    PRIOR AUTHORIZATION REQUIRED

                    Patient: {name}       DOB: {dob_us}
                    Drug: {drug}

                    Claim rejected: 75 - prior authorization required. Please start a
                    request with the patient's plan.
                    """),
            new Template(
                    "UUP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The patient asked us to hold the next shipment while she is traveling.
                    We will resume deliveries when she calls.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "UUO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Changes to Prior Authorization Requirements

                    Effective the first of next quarter, {altdrug} will no longer need
                    prior authorization for members who have tried one topical. See the
                    provider manual for details.
                    """),
            new Template(
                    "UUO2",
                    "OTHER",
                    false,
                    """
                    Dermatopathology Associates

                    Patient: {name}       DOB: {dob_us}
                    Specimen: skin, left forearm, punch biopsy
                    Diagnosis: spongiotic dermatitis, consistent with eczema
                    """),
            new Template(
                    "UUO3",
                    "OTHER",
                    false,
                    """
                    {payer} Grievances and Appeals

                    Member: {name}
                    Appeal number: {appealref}

                    This letter confirms that we received your appeal of the denial of
                    {drug}. You will hear from us within 30 days.
                    """),
            new Template(
                    "UUO4",
                    "OTHER",
                    false,
                    """
                    From: {name}
                    Subject: the shot

                    The pharmacy called and said my insurance denied the shot. What do I
                    do now? Should I keep using the cream?
                    """));
}
