package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twenty-ninth set of corpus layouts, held back whole: written after the rules and the letter model of
 * b543441 froze, and evaluated once. Four of each type, among them: a denial for a cosmetic indication, a
 * denial that counts the weeks of therapy tried, a weight-based dose cut, a denial upheld at the second level,
 * an approval with a reauthorization date, an approval read to the office by phone and typed up, a request
 * for the name of the biologic tried before, a notice that the plan will call to schedule a peer review, a
 * hub's enrollment confirmation, a pharmacy's request to confirm an allergy, a payer's recoupment letter, a
 * conference announcement.
 */
final class TwentyNinthLayouts {

    private TwentyNinthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "VVD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}      Member ID: {member}
                    Reference: {ref}

                    {drug} was requested for a condition the plan treats as cosmetic. The
                    plan does not provide a benefit for it. {reason}
                    """),
            new Template(
                    "VVD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Review

                    Patient: {nameLF}     DOB: {dob_us}
                    Case: {ref}

                    The records show 6 weeks of topical therapy. The policy calls for at
                    least 12 weeks before {drug}. For this reason the request is declined.
                    {reason}
                    """),
            new Template(
                    "VVD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}
                    Authorization: {ref}

                    At the patient's recorded weight, the plan covers the 150 mg dose of
                    {drug}. The 300 mg dose on the request will not be authorized.
                    {reason}
                    """),
            new Template(
                    "VVD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Second Level Appeal Review

                    Member: {name}
                    Appeal: {appealref}

                    The panel reviewed the appeal for {drug}. The panel agreed with the
                    first-level decision. {reason}
                    Further review is available from the state.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "VVA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}     ID: {member}
                    Authorization: {ref}

                    {drug} - authorized. Reauthorization due {end_us}; send an update on
                    response to treatment at that time.
                    """),
            new Template(
                    "VVA2",
                    "APPROVAL",
                    false,
                    """
                    Phone note - PA desk

                    Spoke with {payer} rep about {name}. Rep confirmed the {drug} request
                    is approved, reference {ref}, good from {start_us} to {end_us}. Letter
                    to follow.
                    """),
            new Template(
                    "VVA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h2>{pbm}</h2>
                    <p>Prior Authorization {ref}</p>
                    <p>Patient: {name}</p>
                    <p>{drug}: coverage approved for 12 months beginning {start_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "VVA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    After reviewing the request from your dermatologist, we are happy to
                    tell you that {drug} will be covered through {end_long}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "VVM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    The request for {drug} says a biologic was tried before but does not
                    name it. Please give the drug name and the dates it was used.
                    """),
            new Template(
                    "VVM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Clinical Review

                    Member: {name}
                    Reference: {ref}

                    A peer-to-peer review is needed before {drug} can be decided. Our
                    scheduler will call your office to set it up this week.
                    """),
            new Template(
                    "VVM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h3>{payer}</h3>
                    <p>Authorization {ref} &ndash; {name} &ndash; {drug}</p>
                    <p>Open documentation requests:</p>
                    <ul>{items_html}</ul>
                    <p>Respond by {deadline_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "VVM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {nameLF}     ID: {member}
                    Request: {ref}

                    Your request for {drug} is not complete. We can make a decision once we
                    have:
                    {items_list}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "VVP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Medication: {drug}

                    Enrollment is complete. The patient's welcome kit is on its way, and a
                    nurse educator will call within two days.
                    """),
            new Template(
                    "VVP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {nameLF}     DOB: {dob_us}
                    Rx: {drug}

                    The patient reported a latex allergy. Please confirm whether the pen's
                    cap is acceptable before we ship.
                    """),
            new Template(
                    "VVP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    RE: {name}

                    The prior authorization for {drug} ends next month. We will need the
                    renewal on file to keep filling it.
                    """),
            new Template(
                    "VVP4",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <h3>{hub} Portal</h3>
                    <p>Patient: {name} | Drug: {drug}</p>
                    <p>Status: Patient enrolled in copay support. Bridge supply shipped.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "VVO1",
                    "OTHER",
                    false,
                    """
                    {payer} Payment Integrity

                    A review of paid claims found an overpayment for office visits in the
                    last year. The amount will be taken from future payments unless you
                    dispute it within 45 days.
                    """),
            new Template(
                    "VVO2",
                    "OTHER",
                    false,
                    """
                    Regional Dermatology Society

                    Join us for the spring conference. Sessions on biologics, prior
                    authorization tips and practice management. Early registration ends soon.
                    """),
            new Template(
                    "VVO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Coverage Verification

                    Member: {name}      ID: {member}
                    Status: Active      Plan type: PPO
                    Prior authorization needed for specialty drugs: Yes
                    """),
            new Template(
                    "VVO4",
                    "OTHER",
                    false,
                    """
                    Northside Dermatology

                    To: {payer} Pharmacy Prior Authorization
                    Re: {name}

                    Please find enclosed the request form and chart notes for {drug}. We
                    ask for an expedited review.
                    """));
}
