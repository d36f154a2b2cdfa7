package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighty-sixth set of corpus layouts, held back whole: letters from a utilization-management vendor that
 * reviews for a plan, notices with a page of language taglines behind them, a plan's status page that says little,
 * a pharmacy's and a hub's everyday faxes, and the inbox's noise (a lab, a referral, a sales fax). Written after
 * the rules and model of ea0969f froze, committed before its one evaluation.
 */
final class EightySixthLayouts {

    private EightySixthLayouts() {}

    private static final String TAGLINES =
            """
            \f
            ATTENTION: If you speak another language, language
            assistance services, free of charge, are available to
            you. Call the number on the back of your ID card.
            ATENCION: si habla espanol, tiene a su disposicion
            servicios gratuitos de asistencia linguistica.
            {payer} complies with applicable civil rights laws
            and does not discriminate on the basis of race, color,
            national origin, age, disability, or sex.
            """;

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BQD1",
                    "DENIAL",
                    false,
                    """
                    Clinical Review Services
                    on behalf of {payer}

                    Date: {notice_us}
                    To: Prescribing provider
                    Member: {name}   ID {member}
                    Case number: {ref}

                    {payer} asked us to review the request for {drug}.
                    Our physician reviewer found that the request does
                    not meet the plan's coverage guideline.
                    Why: {reason}
                    The plan will not pay for this medicine.
                    You or the member may ask for an appeal within
                    {days} days of the date of this notice.
                    """
                            + TAGLINES),
            new Template(
                    "BQD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>{pbm} Provider Portal - Case Detail</h3>
                    <table>
                    <tr><td>Case</td><td>{ref}</td></tr>
                    <tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Closed - Criteria Not Met</td></tr>
                    <tr><td>Closed on</td><td>{decision_us}</td></tr>
                    </table>
                    <p>Rationale: {reason}</p>
                    <p>To dispute this outcome, submit a redetermination request.</p>
                    </body></html>
                    """),
            new Template(
                    "BQD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Decision

                    Patient: {name}
                    Reference: {ref}

                    You asked us to cover {drug} every 2 weeks.
                    We can cover {drug} once every 4 weeks, the dose in
                    the label for continued treatment, from {start_us}
                    to {end_us}.
                    We cannot cover the every-2-week dose. The records do
                    not show why the labeled dose is not enough.
                    If you disagree with the part we did not cover, you
                    can appeal.
                    """),
            new Template(
                    "BQD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals Unit
                    Level 2 Appeal Outcome

                    Member: {name}
                    Appeal for: {drug}
                    Appeal decided on: {decision_us}

                    A second physician, not involved in the first
                    review, looked at your appeal and all the records.
                    The first decision stands.
                    {reason}
                    This ends the plan's internal appeals. You may ask
                    for an external review by an independent reviewer.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BQM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Clinical Review Services
                    on behalf of {payer}

                    CASE PENDED - CLINICAL INFORMATION NEEDED
                    Case number: {ref}
                    Member: {name}
                    Medication: {drug}

                    The reviewer cannot finish this case with what was
                    sent. Please fax:
                    {items_list}
                    Fax it by {deadline_us}. After that date the case will
                    be decided on the records we have.
                    """),
            new Template(
                    "BQM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    {notice_us}

                    Dear Provider,
                    Re: {name}, Member ID {member}
                    We got the request for {drug}. To decide it we need
                    the patient's last two visit notes and the body
                    surface area or severity score.{asks:chart notes|severity score / BSA}
                    Please send them by {deadline_us}.
                    """
                            + TAGLINES),
            new Template(
                    "BQM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm} Utilization Management
                    Peer Review Offer

                    Patient: {name}
                    Request: {drug}, reference {ref}

                    Before a decision is made on this request, our
                    physician reviewer would like to talk with the
                    prescriber. Please call to set up a time before
                    {deadline_us}. No decision has been made yet.
                    """),
            new Template(
                    "BQM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{payer} Provider Portal</h3>
                    <p><b>Action required on request {ref}</b></p>
                    <p>Patient: {name} - Drug: {drug}</p>
                    <p>Upload the following so the review can continue:</p>
                    <ul>{items_html}</ul>
                    <p>Due: {deadline_us}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BQA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    {notice_us}

                    {name}
                    Member ID: {member}

                    Good news about your medicine
                    {drug} is covered for you starting {start_us}.
                    This coverage lasts until {end_us}. Your pharmacy
                    can fill it now.
                    """
                            + TAGLINES),
            new Template(
                    "BQA2",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals Unit

                    Member: {name}
                    Medication: {drug}
                    Reference: {ref}

                    We looked at your appeal again with the new notes
                    from your doctor. We are reversing our first
                    decision. {drug} will be covered from {start_us}
                    through {end_us}.
                    """),
            new Template(
                    "BQA3",
                    "APPROVAL",
                    false,
                    """
                    Clinical Review Services
                    on behalf of {payer}

                    Certification issued
                    Certification number: {ref}
                    Member: {name}
                    Medication: {drug}
                    Valid: {start_us} through {end_us}
                    Keep this number for claims.
                    """),
            new Template(
                    "BQA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h3>{pbm} Provider Portal - Case Detail</h3>
                    <table>
                    <tr><td>Case</td><td>{ref}</td></tr>
                    <tr><td>Patient</td><td>{name}</td></tr>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Closed - Criteria Met</td></tr>
                    <tr><td>Effective</td><td>{start_us} to {end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BQP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Specialty Pharmacy Services

                    To: Prescriber's office
                    Patient: {name}   DOB {dob_us}

                    The order for {drug} is ready to ship. We tried to
                    reach the patient twice to set up delivery. Please
                    ask the patient to call us so we can ship it.
                    """),
            new Template(
                    "BQP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Enrollment Update

                    Patient: {name}
                    Product: {drug}

                    The patient is now enrolled in the copay program.
                    The card covers the out-of-pocket cost at the
                    specialty pharmacy. Nothing is needed from your
                    office at this time.
                    """),
            new Template(
                    "BQP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    REFILL REQUEST

                    Patient: {name}
                    DOB: {dob_us}
                    Medication: {drug}
                    Refills left: 0

                    Please send a new prescription so we can keep the
                    patient's next shipment on time.
                    """),
            new Template(
                    "BQP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Re: {name}
                    The prescription for {drug} was moved to another
                    specialty pharmacy. The patient's plan only pays
                    for this drug at a pharmacy in its network. The new
                    pharmacy will call the patient.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BQO1",
                    "OTHER",
                    false,
                    """
                    Clinical Review Services
                    on behalf of {payer}

                    Appeal received
                    Member: {name}
                    Medication: {drug}
                    Case number: {ref}

                    We have your appeal. A reviewer who did not make the
                    first decision will look at it. You will get our
                    answer in writing within 30 days.
                    """),
            new Template(
                    "BQO2",
                    "OTHER",
                    false,
                    """
                    Regional Reference Laboratory
                    FINAL REPORT

                    Patient: {name}   DOB: {dob_us}
                    Test: Interferon-gamma release assay (TB)
                    Result: NEGATIVE
                    Reviewed by the laboratory director.
                    """),
            new Template(
                    "BQO3",
                    "OTHER",
                    false,
                    """
                    DERMATOLOGY PRACTICE UPDATE

                    Free evening webinar for dermatology offices:
                    getting biologics covered faster. Learn what plans
                    look for in a request and how to appeal a denial.
                    To stop these faxes, call the number below.
                    """),
            new Template(
                    "BQO4",
                    "OTHER",
                    false,
                    """
                    Family Medicine Associates
                    REFERRAL

                    Patient: {name}   DOB: {dob_us}
                    Insurance: {payer}, Member ID {member}
                    Referred to: Dermatology
                    Reason: moderate eczema, no better after two
                    topical steroids. Please see and treat.
                    """));
}
