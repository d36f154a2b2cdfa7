package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eleventh set of corpus layouts, held back whole: written after the rules and the letter model of commit
 * bc51d72 were frozen, and evaluated once. Four of each type.
 */
final class ClosingLayouts {

    private ClosingLayouts() {}

    static final List<Template> ALL = List.of(
            new Template(
                    "KD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Benefit Decision

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Reference: {ref}
                    Medication: {drug}

                    Decision: not approved.
                    The information we received does not support coverage. {reason}
                    To ask us to reconsider, write to us within {days} days of the date of
                    this notice.
                    """),
            new Template(
                    "KD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    {notice_long}

                    Dear Prescriber,

                    Coverage for {drug} for {name} was reviewed under the plan's step
                    therapy policy and has been refused. {reason}
                    A step therapy exception may be requested with supporting records.
                    Reference: {ref}
                    """),
            new Template(
                    "KD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Authorization: {ref}

                    We partly approved the request for {drug}. Approved: 1 pen every 28
                    days. Not approved: the second pen each month. {reason}
                    You may appeal the part we did not approve by {deadline_us}.
                    """),
            new Template(
                    "KD4",
                    "DENIAL",
                    false,
                    """
                    {payer} External Appeals

                    Date: {notice_us}
                    Member: {name}
                    Appeal number: {appealref}
                    Drug: {drug}

                    The independent review organization has upheld the health plan's
                    denial of coverage. This is the final level of review under your plan.
                    """),
            new Template(
                    "KM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Request for Documentation

                    Date: {notice_us}
                    Member: {name}    DOB: {dob_us}
                    Member ID: {member}
                    Reference: {ref}
                    Drug: {drug}

                    Our review of this prior authorization request cannot be completed
                    until we receive:
                    {items_list}
                    """),
            new Template(
                    "KM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    ID: {member}
                    Case: {ref}

                    Action needed: the plan is waiting for chart notes and a current
                    severity score before it can review the request for {drug}. Reply
                    through the ePA portal by {deadline_us}.
                    """),
            new Template(
                    "KM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    {notice_long}

                    RE: {name}
                    Member ID: {member}
                    Case: {ref}

                    The reviewing physician has questions about the request for {drug}
                    and asks that the prescriber call to discuss the case before a
                    decision is reached.
                    """),
            new Template(
                    "KM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     Member ID: {member}
                    Request: {ref}

                    We extended the time to decide on the request for {drug} by 14 days,
                    because we asked the prescriber for:
                    {items_list}
                    """),
            new Template(
                    "KA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Pharmacy Benefit Decision

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Reference: {ref}
                    Medication: {drug}

                    Decision: approved.
                    Coverage dates: {start_us} to {end_us}.
                    """),
            new Template(
                    "KA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    {notice_long}

                    Dear Prescriber,

                    Your request for {drug} for {name} meets the plan's criteria and has
                    been authorized for one year. Reference: {ref}
                    """),
            new Template(
                    "KA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} External Appeals

                    Date: {notice_us}
                    Member: {name}
                    Appeal number: {appealref}
                    Drug: {drug}

                    The independent review organization has overturned the health plan's
                    denial. The plan must now authorize the drug.
                    """),
            new Template(
                    "KA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer} ePA</h2>
                    <p>Request {ref}: {drug} for {name}</p>
                    <p>Status: <b>Approved</b> &ndash; valid until {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "KP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Dear {name},

                    This is a reminder that your {drug} refill is due next week. Please
                    call us to confirm your delivery address and any changes to your
                    insurance.
                    """),
            new Template(
                    "KP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Date: {notice_us}
                    To: Prescriber office
                    Patient: {name}      DOB: {dob_us}
                    Medication: {drug}

                    The patient's plan denied the prior authorization. We are holding
                    the prescription. Let us know if you appeal or prescribe something
                    else.
                    """),
            new Template(
                    "KP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Date: {notice_us}
                    Patient: {name}
                    Product: {drug}

                    Benefits investigation results: prior authorization required by the
                    plan; specialty pharmacy in network: {pharmacy}; estimated copay after
                    savings card: $5.
                    """),
            new Template(
                    "KP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Hi {name},

                    We couldn't deliver your package today because no one was home to
                    sign. We will try again tomorrow. Keep your phone close for the
                    driver's call.
                    """),
            new Template(
                    "KO1",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals

                    Date: {notice_us}
                    Member: {name}
                    Appeal number: {appealref}

                    This is to let you know that we have received the appeal for {drug}
                    and that it is being reviewed. You will get our decision in writing.
                    """),
            new Template(
                    "KO2",
                    "OTHER",
                    false,
                    """
                    Allergy and Asthma Clinic

                    Date: {notice_us}
                    Re: {name}, DOB {dob_us}

                    Your patient was seen today for asthma. Lung function is stable. If
                    you start a biologic for the skin, please let us know so that we can
                    adjust the asthma plan.
                    """),
            new Template(
                    "KO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Satisfaction Survey

                    Tell us about your experience with our prior authorization process.
                    The survey takes five minutes. Your answers are anonymous.
                    """),
            new Template(
                    "KO4",
                    "OTHER",
                    false,
                    """
                    FAX

                    To: Dermatology clinic
                    From: {pbm}
                    Date: {notice_us}
                    Total pages: 1

                    Please disregard the fax we sent earlier today; it was sent to your
                    office in error.
                    """));
}
