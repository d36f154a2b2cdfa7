package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventy-fourth set of corpus layouts, all dev: requests for information that look like other mail (a
 * "request incomplete" notice, a form with blanks to fill, a question about the dose, a peer-to-peer offered before
 * a decision), other mail that asks the office for papers (a contract's W-9, a credentialing file, a hub's consent
 * form), and approvals that carry the limits a denial speaks of (the quantity the plan allows, claims above it that
 * will reject, a step already met).
 */
final class RoundThirtySixDevLayouts {

    private RoundThirtySixDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BEM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Incomplete Request Notice

                    Member: {name}      Request: {ref}
                    Drug: {drug}
                    This request is incomplete and has not been reviewed. Missing:
                    {items_list}
                    It will be closed on {deadline_us} if these do not arrive.
                    """),
            new Template(
                    "BEM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Clinical Criteria Form - {drug}

                    Patient: {name}      Case: {ref}
                    Body surface area affected: ____ %
                    Topical therapies tried (name, dates): ______________
                    Fax this page back by {deadline_us}. The case stays open until then.{asks:severity score / BSA|prior therapy history}
                    """),
            new Template(
                    "BEM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Pharmacy Review</p>
                    <p>About {name} (case {ref}): the prescription asks for {drug} every
                    week, which is above the label. Is this a loading dose, and for how
                    many weeks? We need your answer by {deadline_us} to decide.{asks:prescription}</p>
                    </body></html>
                    """),
            new Template(
                    "BEM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Re: {name}      PA: {ref}
                    The medical director is available for a peer-to-peer call about
                    {drug} before a decision is made. Call 1-866-555-0102 by
                    {deadline_us}; after that we will decide on the records.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BEO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Contracting

                    Our records show no current W-9 for your group. Please send a signed
                    W-9 within 30 days so that payments are not held.
                    """),
            new Template(
                    "BEO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Credentialing</p>
                    <p>Dr. Patel's recredentialing file is missing a current malpractice
                    certificate and a copy of the state license. Please upload both.</p>
                    </body></html>
                    """),
            new Template(
                    "BEO3",
                    "OTHER",
                    false,
                    """
                    Riverbend Imaging Center
                    Prior Authorization for MRI - Request for Ordering Notes

                    Patient: {name}      DOB: {dob_us}
                    To schedule the knee MRI we need the ordering physician's notes.
                    Please fax them to our scheduling desk.
                    """),
            new Template(
                    "BEO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Member Satisfaction Follow-up

                    We recently decided a request for one of your patients. Please tell
                    us how the process went by answering three questions online.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BEA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Prior Authorization Approved

                    Patient: {name}      PA: {ref}
                    Drug: {drug}      Quantity allowed: 2 pens / 28 days (as prescribed)
                    Claims above this quantity will reject at the pharmacy.
                    Valid {start_us} - {end_us}
                    """),
            new Template(
                    "BEA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}      Case: {ref}
                    The step therapy requirement for {drug} is met: the records show
                    two topicals and methotrexate tried. The request is approved until
                    {end_us}.
                    """),
            new Template(
                    "BEA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer}</p>
                    <p>{name}: {drug} - coverage approved from {start_us}. Reference
                    {ref}. Note: the plan does not cover doses above the label; the
                    prescription is within it.</p>
                    </body></html>
                    """),
            new Template(
                    "BEA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Notice of Coverage Decision

                    Enrollee: {name}      Request: {ref}
                    We reviewed the information you sent about {drug}. We have decided
                    that the drug is medically necessary, and the plan will cover it for
                    12 months.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BED1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Incomplete Request - Closed

                    Member: {name}      Request: {ref}
                    Drug: {drug}
                    We asked for records on {earlier_us} and did not get them. The request
                    is denied for lack of information. {reason}
                    """),
            new Template(
                    "BED2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm}</p>
                    <p>{name}, case {ref}: after the peer-to-peer call, the medical
                    director did not change the decision. {drug} remains not covered.
                    {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "BED3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Patient: {name}      PA: {ref}
                    Drug: {drug}
                    Quantity requested: 4 pens / 28 days
                    Quantity approved: 2 pens / 28 days
                    {reason}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BEP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Patient Consent Needed

                    Patient: {name}      Product: {drug}
                    The patient has not signed the program consent form. We cannot check
                    benefits until it is signed. Please have the patient call us.
                    """),
            new Template(
                    "BEP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{pharmacy}</p>
                    <p>We need a new prescription for {name}'s {drug}: the one on file is
                    for the wrong pen strength. Please send it electronically.</p>
                    </body></html>
                    """),
            new Template(
                    "BEP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Benefits Investigation Complete

                    Patient: {name}      Drug: {drug}
                    Plan: {payer}. Prior authorization: on file, approved. Copay: $25.
                    Shipping is set for {start_us}.
                    """));
}
