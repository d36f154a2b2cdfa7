package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirty-seventh set of corpus layouts, held back whole: written after the rules and the letter model of
 * 2968b8c froze, and evaluated once. Four of each type, among them: a utilization-management vendor that cannot
 * certify on a plan's behalf, a reconsideration that keeps the denial, a fax table with a reason code, a request
 * above the plan's quantity limit; a vendor's certification, a member's short approval, a renewal approved with a
 * reminder to submit the next one, a portal's completed status; an incomplete request's list, a decision that
 * waits on records, a vendor's question form, a one-line question by e-mail; a pharmacy's refill request, a hub's
 * offer to help with the form, a returned shipment, a pharmacy's filled 30-day supply; a payer's note on
 * turnaround times, a blood count, a redetermination received, a staff meeting reminder.
 */
final class ThirtySeventhLayouts {

    private ThirtySeventhLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "ZZD1",
                    "DENIAL",
                    false,
                    """
                    Specialty Drug Management, acting on behalf of {payer}

                    Patient: {name}        Member ID: {member}
                    Case #: {ref}

                    We cannot certify the request for {drug}. {reason}
                    The ordering provider may request a reconsideration by phone.
                    """),
            new Template(
                    "ZZD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Reconsideration Decision

                    Member: {name}
                    Reference: {ref}

                    Upon reconsideration, the original decision on {drug} is maintained.
                    {reason}
                    """),
            new Template(
                    "ZZD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    PRIOR AUTHORIZATION RESULT

                    Patient: {nameLF}     DOB: {dob_us}
                    PA #: {ref}

                    Drug                Decision      Reason code
                    {drug}     Denied        ST01

                    {reason}
                    """),
            new Template(
                    "ZZD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}       ID: {member}
                    Authorization: {ref}

                    You asked for 4 pens of {drug} a month. The plan limit is 2 pens a
                    month, and the amount above the limit is denied. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "ZZA1",
                    "APPROVAL",
                    false,
                    """
                    Specialty Drug Management, acting on behalf of {payer}

                    Patient: {name}
                    Certification number: {ref}

                    The request for {drug} has been certified for the period
                    {start_us} - {end_us}.
                    """),
            new Template(
                    "ZZA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    We're writing to let you know that {drug} is approved for you. It is
                    covered until {end_us}.
                    """),
            new Template(
                    "ZZA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Renewal Approved

                    Patient: {name}      DOB: {dob_us}
                    Case: {ref}

                    {drug} is renewed through {end_us}. To avoid a gap, submit the next
                    renewal 30 days before that date.
                    """),
            new Template(
                    "ZZA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal</h3>
                    <p>Auth {ref}</p>
                    <p>Member: {name}</p>
                    <p>Drug: {drug}</p>
                    <p>Status: Completed - Approved</p>
                    <p>Dates: {start_us} to {end_us}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "ZZM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Your request for {drug} is incomplete. The following were not included
                    with it:
                    {items_list}
                    """),
            new Template(
                    "ZZM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {nameLF}      ID: {member}
                    Authorization request: {ref}

                    A decision on {drug} cannot be made until we receive the patient's
                    chart notes from the last two visits. Fax them by {deadline_us}.
                    """),
            new Template(
                    "ZZM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Specialty Drug Management, acting on behalf of {payer}
                    CLINICAL QUESTIONS

                    Patient: {name}
                    Case #: {ref}
                    Drug: {drug}

                    Answer the questions below and return this form:
                    {items_checks}
                    """),
            new Template(
                    "ZZM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Pharmacy Review
                    Subject: quick question on {ref}

                    Is {name} on any other biologic right now? Reply to this e-mail and we
                    will finish the {drug} review.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "ZZP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill Request

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    One refill is left on this prescription. Please send a new one so that
                    therapy is not interrupted.
                    """),
            new Template(
                    "ZZP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    Our field reimbursement team can help your office with the prior
                    authorization form for this patient. Call us to set up a time.
                    """),
            new Template(
                    "ZZP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The shipment came back to the pharmacy: nobody was home to sign for it.
                    We are trying to reach the patient to deliver it again.
                    """),
            new Template(
                    "ZZP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The plan paid for a 30-day supply. We filled it and the patient picked
                    it up this morning.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "ZZO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Prior Authorization Turnaround Times

                    Standard requests are decided within 72 hours and urgent ones within
                    24 hours of a complete submission.
                    """),
            new Template(
                    "ZZO2",
                    "OTHER",
                    false,
                    """
                    Central Lab Services

                    Patient: {name}       DOB: {dob_us}
                    Complete blood count: within normal limits. Liver panel: normal.
                    """),
            new Template(
                    "ZZO3",
                    "OTHER",
                    false,
                    """
                    {pbm}

                    Enrollee: {name}
                    Redetermination: {appealref}

                    Your request for a redetermination of our decision on {drug} was
                    received. We will send you our answer within 7 days.
                    """),
            new Template(
                    "ZZO4",
                    "OTHER",
                    false,
                    """
                    From: Office Manager
                    Subject: PA team meeting

                    Reminder: the PA team meeting moved to 2 pm. We will go through the
                    list of denied cases and the appeals due this month.
                    """));
}
