package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The forty-second set of corpus layouts, all dev: approvals in plain words that never say "approved", and
 * other mail that asks the office to do something (confirm a fax number, call a patient back, update a tax
 * form, answer a survey) without being a payer's request about a prior authorization. Beside them, payer
 * requests and denials worded as briefly.
 */
final class RoundTwentyDevLayouts {

    private RoundTwentyDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "GGA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your doctor asked whether your plan would cover {drug}. It will.
                    Your pharmacy can fill it from now until {end_us}.
                    """),
            new Template(
                    "GGA2",
                    "APPROVAL",
                    false,
                    """
                    {payer} Health Plan
                    Coverage Notice

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    We are able to cover {drug} for you. This coverage lasts from
                    {start_us} to {end_us}.
                    """),
            new Template(
                    "GGA3",
                    "APPROVAL",
                    false,
                    """
                    From: {pbm} Clinical Team
                    Subject: {ref}

                    Quick update for Dr. Patel's office: {drug} for {name} is set up in
                    our system with no limits beyond the labeled dose, through {end_us}.
                    """),
            new Template(
                    "GGA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Case summary</p>
                    <p>Case {ref} &middot; {name}</p>
                    <p>{drug}: authorization issued {start_us}, expires {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "GGA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Appeal Outcome

                    Member: {nameLF}
                    Appeal: {appealref}

                    The appeal panel sided with you. {drug} is a covered benefit for you
                    through {end_us}.
                    """),
            // ------------------------------------------------------------ OTHER that asks the office to act
            new Template(
                    "GGO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Data Team

                    Please confirm the fax number we have on file for your office. Reply
                    to this fax with any corrections within 30 days.
                    """),
            new Template(
                    "GGO2",
                    "OTHER",
                    false,
                    """
                    Message from the patient portal

                    From: {name}
                    I ran out of my steroid cream. Could you send a refill to my usual
                    pharmacy? Thank you.
                    """),
            new Template(
                    "GGO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Accounts Payable

                    Our records show an outdated W-9 for your practice. Please send a
                    signed W-9 so that payments are not delayed.
                    """),
            new Template(
                    "GGO4",
                    "OTHER",
                    false,
                    """
                    Front desk note

                    {name} called about a rash after starting {drug}. Please call the
                    patient back today.
                    """),
            new Template(
                    "GGO5",
                    "OTHER",
                    false,
                    """
                    Law Offices of Grant and Webb

                    Re: our client {name}

                    Enclosed is a signed authorization. Please send copies of all
                    treatment records from the last two years.
                    """),
            new Template(
                    "GGO6",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Help us improve. Please take our five-minute provider satisfaction
                    survey by the end of the month.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "GGM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    Please confirm the patient's current weight for the {drug} request.
                    The dose depends on it. Reply by {deadline_us}.
                    """),
            new Template(
                    "GGM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {pbm} Clinical Team
                    Subject: {ref}

                    Quick question for Dr. Patel's office about {drug} for {name}: which
                    biologics has the patient used before, and for how long? We will
                    hold the review until we hear from you.{asks:prior therapy history}
                    """),
            new Template(
                    "GGM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Clinical Information Request

                    Patient: {nameLF}      DOB: {dob_us}
                    Case: {ref}
                    Drug: {drug}

                    The reviewer needs the following before a decision can be made:
                    {items_list}
                    """),
            new Template(
                    "GGM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Case summary</p>
                    <p>Case {ref} &middot; {name}</p>
                    <p>{drug}: awaiting provider response (requested {earlier_us})</p>
                    <p>Open item: most recent BSA or EASI score</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "GGD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your doctor asked whether your plan would cover {drug}. It will not.
                    {reason}
                    """),
            new Template(
                    "GGD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Case summary</p>
                    <p>Case {ref} &middot; {name}</p>
                    <p>{drug}: closed, adverse determination</p>
                    <p>{reason}</p>
                    </body></html>
                    """),
            new Template(
                    "GGD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Appeal Outcome

                    Member: {nameLF}
                    Appeal: {appealref}

                    The appeal panel did not side with you. {drug} remains non-covered.
                    {reason}
                    """),
            new Template(
                    "GGD4",
                    "DENIAL",
                    false,
                    """
                    From: {pbm} Clinical Team
                    Subject: {ref}

                    Quick update for Dr. Patel's office: {drug} for {name} cannot be set up
                    as requested. {reason}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "GGP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    Please confirm the prescriber's NPI and the patient's weight so we can
                    fill the prescription.
                    """),
            new Template(
                    "GGP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    The plan covers {drug} for this patient. We have referred the
                    prescription to {pharmacy} for dispensing.
                    """),
            new Template(
                    "GGP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Shipment notice

                    Patient: {name}

                    {drug} shipped today by overnight courier. Tracking was sent to the
                    patient by text message.
                    """));
}
