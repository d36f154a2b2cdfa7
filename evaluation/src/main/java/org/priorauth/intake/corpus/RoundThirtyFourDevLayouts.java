package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventieth set of corpus layouts, all dev: approvals that carry no decision word at all (an authorization's
 * record of number, dates and units, "coverage on file", an override loaded for the pharmacy's claim, a certification
 * period), beside records in the same shapes that are not approvals (an authorization that ended, an eligibility
 * record, a list of a practice's open requests), denials and requests printed as the same records.
 */
final class RoundThirtyFourDevLayouts {

    private RoundThirtyFourDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AZA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Authorization Detail

                    Member ........ {name}
                    Member ID ..... {member}
                    Auth # ........ {ref}
                    Item .......... {drug}
                    Status ........ Active
                    Effective ..... {start_us}
                    Expires ....... {end_us}
                    Units ......... 13
                    """),
            new Template(
                    "AZA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Pharmacy Override Confirmation

                    Patient: {name}      Reference: {ref}
                    Drug: {drug}

                    An override was loaded on {decision_us}. Claims for this drug at
                    any network pharmacy will pay from {start_us} through {end_us}.
                    """),
            new Template(
                    "AZA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal</p>
                    <p>Coverage on file for {name} (ID {member})</p>
                    <table>
                    <tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Case</td><td>{ref}</td></tr>
                    <tr><td>Coverage</td><td>On file {start_us} to {end_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "AZA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Certification Notice

                    Patient: {name}      Certification No.: {ref}
                    Service: {drug}, self-administered
                    Certified period: {start_us} - {end_us}
                    Quantity certified: 2 pens per 28 days

                    Please keep this number for your records.
                    """),
            new Template(
                    "AZA5",
                    "APPROVAL",
                    false,
                    """
                    {pbm} - Prior Authorization

                    RE: {name}      Case {ref}

                    Your request of {earlier_us} for {drug} was reviewed on {decision_us}.
                    Outcome: criteria met. The authorization is valid through {end_us}.
                    """),
            new Template(
                    "AZA6",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer}</p>
                    <p>Dear Provider, {drug} for {name} is now on the member's record
                    through {end_us} (authorization {ref}). The pharmacy can fill it
                    today.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AZD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Authorization Detail

                    Member ........ {name}
                    Auth # ........ {ref}
                    Item .......... {drug}
                    Status ........ Closed - Adverse Determination
                    Units ......... 0
                    Reason ........ {reason}
                    """),
            new Template(
                    "AZD2",
                    "DENIAL",
                    false,
                    """
                    {pbm} - Prior Authorization

                    RE: {name}      Case {ref}

                    Your request for {drug} was reviewed on {decision_us}.
                    Outcome: criteria not met. {reason}
                    You may appeal within {days} days of this notice.
                    """),
            new Template(
                    "AZD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal</p>
                    <p>Case {ref} - {name} - {drug}</p>
                    <p>Status: Adverse. No override will be loaded. {reason}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AZM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Authorization Detail

                    Member ........ {name}
                    Auth # ........ {ref}
                    Item .......... {drug}
                    Status ........ Pended - clinicals needed
                    Needed ........ {items_list}
                    Due ........... {deadline_us}
                    """),
            new Template(
                    "AZM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{pbm}</p>
                    <p>Before an override can be loaded for {name}'s {drug} (case {ref}),
                    send the patient's BSA and the date the last topical was stopped.
                    We will wait until {deadline_us}.{asks:severity score / BSA|prior therapy history}</p>
                    </body></html>
                    """),
            new Template(
                    "AZM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Certification Review

                    Patient: {name}      Review No.: {ref}
                    Service: {drug}

                    A certification period cannot be set until we have:
                    {items_list}
                    Send by {deadline_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AZP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Claim Status

                    Patient: {name}      Rx: {drug}
                    Claim: paid. The plan's authorization is on file. First shipment is
                    set for {start_us}; the patient confirmed the address.
                    """),
            new Template(
                    "AZP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>Benefits check for {name}: {drug} is covered under the medical
                    plan's pharmacy benefit with a $40 copay. The copay card brings it
                    to $5. We will send the prescription to the specialty pharmacy.</p>
                    </body></html>
                    """),
            new Template(
                    "AZP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Re: {name}      Drug: {drug}
                    The claim rejected with code 75 (prior authorization required).
                    We have not started a request. Please send one to the plan.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AZO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Authorization Detail

                    Member ........ {name}
                    Item .......... {drug}
                    Status ........ Expired
                    Effective ..... {earlier_us}
                    Expires ....... {notice_us}
                    Note .......... No renewal request on file.
                    """),
            new Template(
                    "AZO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Eligibility Response</p>
                    <p>Member: {name} (ID {member}) - Coverage: Active - Plan: PPO 2000</p>
                    <p>Specialty drugs: prior authorization required. Benefit on file for
                    2026.</p>
                    </body></html>
                    """),
            new Template(
                    "AZO3",
                    "OTHER",
                    false,
                    """
                    {payer} Provider Portal
                    Open Requests - Report

                    Requests submitted by your office in the last 30 days: 14
                    Active authorizations: 9     Pended: 3     Closed: 2
                    This report lists counts only. Open each case for its status.
                    """),
            new Template(
                    "AZO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Member Coverage Card Replacement

                    Dear {name},
                    Your new ID card is enclosed. Your coverage and any authorizations
                    on file stay the same. Show the new card at your next visit.
                    """));
}
