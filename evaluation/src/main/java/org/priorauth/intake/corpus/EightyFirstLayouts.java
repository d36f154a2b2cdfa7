package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighty-first set of corpus layouts, held back whole: written after the rules and model of fbf7477 froze and
 * evaluated once. Letters with long boilerplate around one decision line, forms with check boxes, letters to the
 * member, and notices that carry a decision's words for something else.
 */
final class EightyFirstLayouts {

    private EightyFirstLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BLA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Utilization Management Department

                    Re: {name}      ID: {member}
                    Medication: {drug}
                    Case #: {ref}

                    After clinical review, coverage of the medication above has
                    been granted for the period {start_us} through {end_us}.
                    Claims are subject to the member's eligibility and benefits
                    on the date of service. This letter does not guarantee payment.
                    """),
            new Template(
                    "BLA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} - Electronic Prior Authorization</p>
                    <p>Outcome for {name} ({drug}): <b>Favorable</b>.</p>
                    <p>Effective {start_us}; expires {end_us}. PA ID {ref}.</p>
                    <p>Questions? Reply to this message. Do not send new clinicals.</p>
                    </body></html>
                    """),
            new Template(
                    "BLA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},
                    We looked at your appeal again. The earlier decision not to
                    cover {drug} was wrong for your case, and we have fixed it.
                    You can fill the prescription now. It is covered through
                    {end_us}. Appeal number: {appealref}
                    """),
            new Template(
                    "BLA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    PRIOR AUTHORIZATION RESPONSE

                    Patient: {name}     DOB: {dob_us}
                    Drug: {drug}
                    [X] Meets criteria - authorized
                    [ ] Does not meet criteria
                    [ ] Additional information required
                    Authorization: {ref}    Valid: {start_us} - {end_us}
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BLD1",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    PRIOR AUTHORIZATION RESPONSE

                    Patient: {name}     DOB: {dob_us}
                    Drug: {drug}
                    [ ] Meets criteria - authorized
                    [X] Does not meet criteria
                    [ ] Additional information required
                    Rationale: {reason}
                    """),
            new Template(
                    "BLD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Management Department

                    Re: {name}      ID: {member}
                    Medication: {drug}
                    Case #: {ref}

                    After clinical review, the request does not qualify for
                    coverage. {reason}
                    A peer-to-peer conversation may be requested within 5
                    business days. An appeal may be filed as described below.
                    """),
            new Template(
                    "BLD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} - Electronic Prior Authorization</p>
                    <p>Outcome for {name} ({drug}): <b>Unfavorable</b>.</p>
                    <p>Reason: {reason}</p>
                    <p>PA ID {ref}. An appeal can be started from this portal.</p>
                    </body></html>
                    """),
            new Template(
                    "BLD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},
                    Your doctor asked us to pay for {drug} every week. We will
                    pay for it every other week, the dose the plan covers.
                    We will not pay for the weekly dose. Reference: {ref}
                    You can appeal this part of our decision.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BLM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    PRIOR AUTHORIZATION RESPONSE

                    Patient: {name}     DOB: {dob_us}
                    Drug: {drug}
                    [ ] Meets criteria - authorized
                    [ ] Does not meet criteria
                    [X] Additional information required
                    Needed: {items_list}
                    By: {deadline_us}
                    """),
            new Template(
                    "BLM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Utilization Management Department

                    Re: {name}      ID: {member}
                    Medication: {drug}
                    Case #: {ref}

                    Clinical review cannot be completed yet. Please forward the
                    patient's TB screening result and the date it was done.{asks:TB test}
                    If it is not received by {deadline_us}, the case will close.
                    """),
            new Template(
                    "BLM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{pbm} - Electronic Prior Authorization</p>
                    <p>Outcome for {name} ({drug}): <b>Pending - questions attached</b>.</p>
                    <p>Answer the attached questions by {deadline_us}. PA ID {ref}.</p>
                    <p>Questions cover: {items_list}</p>
                    </body></html>
                    """),
            new Template(
                    "BLM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Telephone Outreach Summary

                    Member: {name}      Case: {ref}
                    Drug: {drug}
                    We left a message for the office today. To finish the review
                    we need the body surface area and the IGA score at the last
                    visit.{asks:severity score / BSA} Please fax them by {deadline_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BLP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescriber Notification

                    Patient: {name}      DOB: {dob_us}
                    Drug: {drug}
                    The patient's plan approved the prior authorization. We
                    called the patient and the first fill ships on {start_us}.
                    """),
            new Template(
                    "BLP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescriber Notification

                    Patient: {name}      DOB: {dob_us}
                    Drug: {drug}
                    The claim rejected: prior authorization required (code 75).
                    Please start a PA with {payer}; we are holding the order.
                    """),
            new Template(
                    "BLP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>{name} is enrolled in the copay program for {drug}. The card
                    covers up to the program's yearly maximum. Enrollment ends
                    {end_us} and renews on request.</p>
                    </body></html>
                    """),
            new Template(
                    "BLP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill Reminder

                    Patient: {name}      Drug: {drug}
                    The prescription has no refills left. Please send a new
                    prescription so the next delivery is not late.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BLO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Utilization Management Department

                    Re: {name}      ID: {member}
                    Medication: {drug}
                    Case #: {ref}

                    We received the appeal for this case. A physician who did
                    not make the first decision will review it. We will tell you
                    the outcome in writing.
                    """),
            new Template(
                    "BLO2",
                    "OTHER",
                    false,
                    """
                    Dermatology Associates - Internal Note

                    Patient: {name}
                    Called the plan about {drug}. Rep said the PA is still in
                    review, no decision yet. Will call again Friday.
                    """),
            new Template(
                    "BLO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Bulletin

                    Starting next quarter, requests for biologics can be sent
                    through the new portal. Approved and denied requests will
                    show in one list. Fax requests will still be accepted.
                    """),
            new Template(
                    "BLO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Member ID Card Request

                    Member: {name}      ID: {member}
                    Your request for a replacement ID card was approved. The
                    new card will arrive in 7 to 10 days.
                    """));
}
