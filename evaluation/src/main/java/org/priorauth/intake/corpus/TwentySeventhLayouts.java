package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twenty-seventh set of corpus layouts, held back whole: written after the rules and the letter model of
 * c405f28 froze, and evaluated once. Four of each type, among them: a step-therapy denial listing the drugs to
 * try first, an out-of-network denial, a terse ePA outcome line, a denial of the maintenance phase after an
 * induction was allowed, an approval in a state Medicaid's two-line style, an approval sent as a secure
 * message, a request for a signed statement of medical necessity with a form number, a hub's benefits summary,
 * a pharmacy's welcome call note, a coding query from a billing service, a payer's survey.
 */
final class TwentySeventhLayouts {

    private TwentySeventhLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "NND1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}        Member ID: {member}
                    Case: {ref}

                    Step therapy applies to {drug}. The plan's preferred drugs must be
                    tried first:
                      - {altdrug}
                      - a second preferred biologic
                    {reason}
                    This request is therefore not approved.
                    """),
            new Template(
                    "NND2",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {nameLF}
                    Reference: {ref}

                    The specialty pharmacy named on the request for {drug} is outside our
                    network, and the plan has no benefit for it there. {reason}
                    """),
            new Template(
                    "NND3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>ePA Response</h3>
                    <p>Plan: {payer}</p>
                    <p>Patient: {name}</p>
                    <p>Medication: {drug}</p>
                    <p>PA Request Outcome: Unfavorable</p>
                    <p>Comments: {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "NND4",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}     DOB: {dob_us}
                    Case #: {ref}

                    The induction doses of {drug} may be dispensed. Maintenance dosing is
                    denied at this time. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "NNA1",
                    "APPROVAL",
                    false,
                    """
                    MEDICAID PHARMACY PROGRAM

                    {nameUpper}  {member}  {drug}
                    PA {ref} APPROVED {start_us} THRU {end_us}
                    """),
            new Template(
                    "NNA2",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Secure Messaging
                    Subject: Authorization update

                    Hello. The authorization for {name} ({drug}) has been issued under
                    reference {ref}. It is valid from {start_us} to {end_us}.
                    """),
            new Template(
                    "NNA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Re: {name}
                    Authorization {ref}

                    Following review by our pharmacist, {drug} meets medical necessity
                    criteria. Coverage begins {start_us} and ends {end_us}.
                    """),
            new Template(
                    "NNA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    PRIOR AUTHORIZATION NOTICE

                    Patient: {nameLF}    Case: {ref}
                    Drug: {drug}
                    Outcome: Favorable determination
                    Coverage period: {start_us} - {end_us}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "NNM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    A signed Statement of Medical Necessity (form MN-12) must accompany
                    the request for {drug}. It was not with the fax we received. Please
                    return it by {deadline_us}.
                    """),
            new Template(
                    "NNM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <h2>{payer} Prior Auth Center</h2>
                    <p>Request {ref} - {name}</p>
                    <p>Drug: {drug}</p>
                    <p>Current step: Awaiting clinical documentation</p>
                    <ul>{items_html}</ul>
                    </body></html>
                    """),
            new Template(
                    "NNM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}
                    Case: {ref}

                    Is {drug} to be used with methotrexate or alone? Our reviewer needs
                    this to apply the right criteria.
                    """),
            new Template(
                    "NNM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}     ID: {member}
                    Authorization: {ref}

                    Your request for {drug} has been received but cannot move forward.
                    These records are needed:
                    {items_list}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "NNP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Summary

                    Patient: {name}
                    Drug: {drug}
                    Insurance: {payer}
                    PA required: Yes        Step therapy: No
                    Specialty pharmacy: required
                    """),
            new Template(
                    "NNP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {nameLF}

                    We reached the patient for the welcome call for {drug}. The first
                    delivery is set for Monday, and a nurse visit is booked.
                    """),
            new Template(
                    "NNP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    RE: {name}
                    Rx: {drug}

                    The plan paid the claim after the prior authorization went through.
                    We are ready to ship once the patient confirms the address.
                    """),
            new Template(
                    "NNP4",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <h3>{pharmacy}</h3>
                    <p>Patient: {name} | {drug}</p>
                    <p>Refill reminder sent to patient. Next fill due in 5 days.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "NNO1",
                    "OTHER",
                    false,
                    """
                    Summit Billing Services

                    Patient: {name}      DOB: {dob_us}

                    The claim for the visit on {earlier_us} lists a diagnosis code that
                    does not match the procedure. Please confirm the code.
                    """),
            new Template(
                    "NNO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Satisfaction Survey

                    Tell us how our prior authorization process worked for you this year.
                    The survey takes five minutes.
                    """),
            new Template(
                    "NNO3",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals

                    Member: {name}
                    Appeal: {appealref}

                    Your request for an expedited appeal does not meet the rules for fast
                    review, so it will follow the standard timeline. A decision will be
                    sent within 30 days.
                    """),
            new Template(
                    "NNO4",
                    "OTHER",
                    false,
                    """
                    University Dermatology Clinic

                    Dear colleague,

                    We saw your patient {name} in consultation. Our notes are attached. We
                    agree a biologic is reasonable and leave the choice to you.
                    """));
}
