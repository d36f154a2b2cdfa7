package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixty-third set of corpus layouts, held back whole: written after the rules and the letter model of
 * 2bf4685 froze, and evaluated once with them.
 */
final class SixtyThirdLayouts {

    private SixtyThirdLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "ASD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Clinical Pharmacy Review

                    To: Prescribing provider
                    Member: {name}      DOB: {dob_us}
                    Authorization request: {ref}

                    The request for {drug} was reviewed by a clinical pharmacist and a
                    physician. Coverage is denied.

                    Rationale: {reason}

                    Appeal rights are enclosed.
                    """),
            new Template(
                    "ASD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p><b>{pbm}</b> - Coverage Review Result</p>
                    <p>Patient: {name}<br/>Case ID: {ref}<br/>Drug: {drug}</p>
                    <p>Result: the plan will not cover this medication. {reason}</p>
                    <p>Your patient may use a covered alternative. Call us to discuss options.</p>
                    </body></html>
                    """),
            new Template(
                    "ASD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Reference: {ref}

                    We approved {drug} for 3 months, not the 12 months asked for. A new
                    request with the response to treatment is needed to go on after that.
                    {reason}
                    """),
            new Template(
                    "ASD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicare Advantage
                    Notice of Redetermination

                    Enrollee: {name}      Case: {ref}

                    Our decision on your redetermination request for {drug}: we are not
                    changing our earlier decision. {reason} You can ask for an independent
                    review within 60 days.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "ASM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Pending Authorization - Action Required

                    Member: {name}      Case: {ref}
                    Drug: {drug}

                    This case is pending. Items needed from the prescriber's office:
                    {items_list}
                    Respond by {deadline_us} so a decision can be made in time.
                    """),
            new Template(
                    "ASM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Prior Authorization</p>
                    <p>Hello, we started the review of {drug} for {name} (case {ref}). The
                    letter of medical necessity says the patient failed cyclosporine, but
                    the chart notes do not say when. Could you send the dates?{asks:prior therapy history}</p>
                    <p>Please answer by {deadline_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "ASM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Questionnaire - Please Complete

                    Patient: {name}      Request: {ref}
                    Medication: {drug}

                    1. Current body surface area affected: ____ %
                    2. Topical agents tried, with dates: ________
                    Return this page by fax by {deadline_us}.{asks:severity score / BSA|prior therapy history}
                    """),
            new Template(
                    "ASM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Auth Request: {ref}

                    The prescriber may speak with one of our physician reviewers before we
                    decide on {drug}. To set up a peer-to-peer call, phone 1-800-555-0171
                    by {deadline_us}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "ASA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Clinical Pharmacy Review

                    Member: {name}      DOB: {dob_us}
                    Authorization request: {ref}

                    The request for {drug} was reviewed by a clinical pharmacist. Coverage
                    is approved for {start_us} to {end_us}. No appeal is needed.
                    """),
            new Template(
                    "ASA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p><b>{pbm}</b> - Coverage Review Result</p>
                    <p>Patient: {name}<br/>Case ID: {ref}<br/>Drug: {drug}</p>
                    <p>Result: covered. Fills may begin {start_us}; coverage ends {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "ASA3",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicare Advantage
                    Notice of Redetermination

                    Enrollee: {name}      Case: {ref}

                    Our decision on your redetermination request for {drug}: we changed
                    our earlier decision. We will cover {drug} through {end_us}.
                    """),
            new Template(
                    "ASA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Reference: {ref}

                    The renewal of {drug} is approved for 12 months, as asked, from
                    {start_us}. The chart notes showed clear skin at the last visit.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "ASP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Patient Onboarding

                    Patient: {name}      DOB: {dob_us}
                    Drug: {drug}

                    We received the prescription and started a benefits check. We will
                    let your office know if the plan needs a prior authorization.
                    """),
            new Template(
                    "ASP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>The patient assistance application for {name} was denied because
                    the household income is above the program limit. The patient can
                    still use the copay card if commercially insured.</p>
                    </body></html>
                    """),
            new Template(
                    "ASP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}

                    {drug} shipped today by overnight courier. Signature is required at
                    delivery. The patient has been told.
                    """),
            new Template(
                    "ASP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}

                    The claim for {drug} rejected: prior authorization required. Please
                    start a PA with the patient's plan and let us know when it is approved.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "ASO1",
                    "OTHER",
                    false,
                    """
                    Lakeside Family Medicine

                    Referral to Dermatology
                    Patient: {name}      DOB: {dob_us}
                    Reason: chronic hand eczema, no better with topical steroids.
                    Please see within 4 weeks.
                    """),
            new Template(
                    "ASO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer}</p>
                    <p>Thank you. Your appeal for {name} ({drug}) was received on
                    {notice_us} and assigned number {appealref}. We will send the
                    decision in writing.</p>
                    </body></html>
                    """),
            new Template(
                    "ASO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Bulletin

                    Reminder: requests for biologics decided as approved last year must be
                    renewed before their end date. Denied requests can be sent again with
                    new records at any time.
                    """),
            new Template(
                    "ASO4",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Benefit Check Response

                    Member: {name}      ID: {member}
                    {drug}: covered on tier 5, prior authorization required.
                    Coverage status: active
                    """));
}
