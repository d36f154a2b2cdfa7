package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixty-eighth set of corpus layouts, all dev: approvals that carry a denial's or a request's words (appeal
 * rights printed on every notice, the plan's standing quantity limit, "no further information is needed"),
 * requests for a pended case's records beside records requests that are an audit's or a quality program's (other
 * mail), and pharmacies asking the office for what they need (a pharmacy's notice, not the payer's request).
 */
final class RoundThirtyThreeDevLayouts {

    private RoundThirtyThreeDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AXA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Utilization Management Notice

                    Member: {name}      Auth No.: {ref}
                    Service: {drug}

                    The service above is approved as requested from {start_us} to {end_us}.
                    If you disagree with any part of a decision, you have the right to
                    appeal within {days} days. This notice is sent with every decision.
                    """),
            new Template(
                    "AXA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      PA Case: {ref}
                    Drug: {drug}
                    Result: the requested strength and quantity are covered. The plan's
                    standing limit of 2 pens per 28 days applies, which matches the
                    prescription. Dates: {start_us} - {end_us}.
                    """),
            new Template(
                    "AXA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Prior Authorization</p>
                    <p>Re: {name} (ref {ref})</p>
                    <p>The notes you sent on {earlier_us} answered our questions. No further
                    information is needed: {drug} is authorized through {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "AXA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Redetermination Notice

                    Enrollee: {name}      Case: {ref}

                    You asked us to look again at our decision about {drug}. We have
                    changed our decision: the drug is covered through {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AXM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    DOCUMENTATION REQUEST - PRIOR AUTHORIZATION PENDED

                    Patient: {name}      PA #: {ref}
                    Medication: {drug}

                    {items_checks}
                    Fax to 1-888-555-0190 by {deadline_us}.
                    """),
            new Template(
                    "AXM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Re: {name}      Ref: {ref}

                    Your request for {drug} is with a clinical pharmacist. The dose on
                    the request is higher than the label dose; tell us the reason for
                    the higher dose and the patient's weight by {deadline_us}.{asks:prescription}
                    """),
            new Template(
                    "AXM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer}</p>
                    <p>Case {ref} ({name}, {drug}) is pended. Status reason: clinical
                    documentation not received. Attach the office notes from the last two
                    visits in the portal by {deadline_us}.{asks:chart notes}</p>
                    </body></html>
                    """),
            new Template(
                    "AXM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Pharmacy Services

                    Member: {name}      Request: {ref}

                    We started the review of {drug} on {notice_us}. To finish it we still
                    need:
                    {items_list}
                    Without these by {deadline_us}, we will decide on what we have.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AXP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescriber Request

                    Patient: {name}      Drug: {drug}

                    To process this prescription we need a copy of the plan's approval
                    letter and a signed prescription with refills. Please fax both to
                    our intake team.
                    """),
            new Template(
                    "AXP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>{name}'s enrollment form for {drug} is missing the patient's
                    signature. Please have the patient sign page 2 and fax it back so
                    that we can start the benefits check.</p>
                    </body></html>
                    """),
            new Template(
                    "AXP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Refill reminder for {name}
                    {drug} is due for a refill on {start_us}. We tried to reach the
                    patient to set up delivery. Please ask the patient to call us.
                    """),
            new Template(
                    "AXP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Transfer Notice

                    Patient: {name}
                    The prescription for {drug} was transferred to {hub} at the patient's
                    request. No action is needed from your office.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AXD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Management Notice

                    Member: {name}      Auth No.: {ref}
                    Service: {drug}

                    The service above is not approved. {reason}
                    If you disagree with this decision, you have the right to appeal
                    within {days} days.
                    """),
            new Template(
                    "AXD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Prior Authorization</p>
                    <p>Re: {name} (ref {ref})</p>
                    <p>The notes you sent did not answer our questions, and no further
                    review is possible. {drug} is not authorized. {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "AXD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      PA Case: {ref}
                    Drug: {drug}
                    Result: the plan's limit of 2 pens per 28 days applies. The 4 pens
                    per 28 days on the prescription are above it and are not covered.
                    {reason}
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AXO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Quality Program - Medical Record Request

                    Re: {name}      DOB: {dob_us}

                    As part of our annual quality measurement, please send the records of
                    the patient's visits in 2026 by {deadline_us}. This request is not
                    about a prior authorization.
                    """),
            new Template(
                    "AXO2",
                    "OTHER",
                    false,
                    """
                    {payer} Special Investigations Unit
                    Records Request - Claims Audit

                    Please provide the medical records that support the claims listed
                    on the enclosed sheet, for dates of service in 2026, within 30 days.
                    """),
            new Template(
                    "AXO3",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Relations</p>
                    <p>Reminder: starting next month, requests for {drug} must be sent through
                    the ePA portal. Faxed requests will be returned unprocessed.</p>
                    </body></html>
                    """),
            new Template(
                    "AXO4",
                    "OTHER",
                    false,
                    """
                    Lakeside Internal Medicine

                    Re: {name}      DOB: {dob_us}

                    Thank you for seeing our patient. Her recent labs are attached; the
                    hepatitis panel is negative. Please send your notes after the visit.
                    """));
}
