package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventy-sixth set of corpus layouts, all dev: denials that print an approval beside what was refused (a
 * starter period approved and the maintenance not, a line approved and a line denied, a renewal refused under a
 * first approval's dates), approvals with no decision verb (a reversal, criteria met, a decision code, a record that
 * needs nothing more), requests pended on one question, pharmacy notices that relay a plan's approval, and other
 * mail that names approvals (a formulary bulletin, a paid claim, a patient asking).
 */
final class RoundThirtySevenDevLayouts {

    private RoundThirtySevenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BGD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Review Outcome

                    Member: {name}      Reference: {ref}
                    Drug: {drug}
                    Starter period (16 weeks): authorized {start_us} - {end_us}
                    Maintenance after week 16: not authorized
                    {reason}
                    """),
            new Template(
                    "BGD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Prior Authorization - Line Detail

                    Patient: {name}      Case: {ref}
                    Line 1  {drug} 300 mg  qty 2   APPROVED
                    Line 2  {drug} 300 mg  qty 4   DENIED
                    Reason for line 2: {reason}
                    """),
            new Template(
                    "BGD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Pharmacy Services</p>
                    <p>{name}'s first authorization for {drug} (approved {earlier_us})
                    ends {end_us}. The renewal sent for case {ref} does not meet the
                    continuation criteria, so coverage will stop on that date.
                    {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "BGD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Auth #: {ref}
                    {altdrug} is covered for this member without review. The plan will
                    not pay for {drug} under the pharmacy benefit. {reason}
                    You may appeal within {days} days of this notice.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BGA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Reconsideration Outcome

                    Member: {name}      Case: {ref}
                    Drug: {drug}
                    The adverse determination of {earlier_us} is reversed. The plan
                    will cover the drug from {start_us} through {end_us}.
                    """),
            new Template(
                    "BGA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      PA: {ref}
                    Drug: {drug}
                    Outcome: criteria met
                    Coverage begins {start_us} and runs through {end_us}.
                    """),
            new Template(
                    "BGA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal - Case Update</p>
                    <p>Case {ref} for {name}: Decision code A1. {drug} is on file for
                    the member from {start_us} to {end_us}. No further action is
                    needed from your office.</p>
                    </body></html>
                    """),
            new Template(
                    "BGA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Notice of Decision

                    Enrollee: {name}      Request: {ref}
                    Drug: {drug}
                    We said yes to this request. If we had said no to any part of it,
                    this letter would tell you how to appeal. Dates: {start_us} to {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BGM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    One Question Before We Decide

                    Member: {name}      Case: {ref}
                    Drug: {drug}
                    What was the patient's EASI score before treatment? Fax the note
                    that shows it by {deadline_us}.{asks:severity score / BSA}
                    """),
            new Template(
                    "BGM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{pbm}</p>
                    <p>{name} - {drug} - case {ref}. The reviewer is ready to approve
                    once the signed attestation arrives. Please send it by {deadline_us};
                    the case stays pended until then.</p>
                    </body></html>
                    """),
            new Template(
                    "BGM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Step Therapy Exception - Information Needed

                    Patient: {name}      Reference: {ref}
                    Give the start and stop dates of each drug tried before {drug}
                    and why it was stopped. Reply by {deadline_us}.{asks:prior therapy history}
                    """),
            new Template(
                    "BGM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Re: {name}      PA {ref}
                    Phone message for the office: please call the review line at
                    1-866-555-0140 with the patient's current weight for the {drug}
                    dose. The request waits for that answer.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BGP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Benefits Verification Summary

                    Patient: {name}      Product: {drug}
                    Plan decision relayed: approved by {payer} through {end_us}.
                    Next step: we will enroll the patient in copay support.
                    """),
            new Template(
                    "BGP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      Drug: {drug}
                    The claim for this fill was rejected by the plan: code 75, prior
                    authorization required. We will hold the order until the
                    authorization is in place.
                    """),
            new Template(
                    "BGP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{pharmacy} Refill Team</p>
                    <p>{name}'s next {drug} refill is due. We tried to reach the patient
                    twice to set the delivery date. Please ask them to call us.</p>
                    </body></html>
                    """),
            new Template(
                    "BGP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Transfer Complete

                    Patient: {name}
                    The {drug} prescription moved to our pharmacy from the retail store
                    at the patient's request. The approval on file still applies.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BGO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Formulary Bulletin

                    Changes next quarter: {drug} keeps prior authorization; approval
                    criteria now accept two topicals instead of three. Requests already
                    approved or denied are not affected.
                    """),
            new Template(
                    "BGO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Remittance Advice

                    Patient: {name}      Claim 48815
                    Service: office visit      Billed $180.00      Paid $112.40
                    Adjustment: contractual. This is not a bill.
                    """),
            new Template(
                    "BGO3",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>Message from patient {name}</p>
                    <p>Hi, I got a letter from my insurance about {drug} but I don't
                    understand if it was approved or denied. Can someone call me?</p>
                    </body></html>
                    """),
            new Template(
                    "BGO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeal Received

                    Member: {name}      Appeal: {appealref}
                    We received the appeal of the denied request for {drug} on
                    {earlier_us}. We will send our decision within 30 days.
                    """));
}
