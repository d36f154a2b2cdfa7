package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninety-ninth set of corpus layouts, all dev: letters in the shape of general mail. Requests for records that
 * a prior authorization waits on, beside requests for records for a quality review, a claims audit or
 * credentialing; approvals and denials written as a plan's friendly member letter or a portal's bare notification;
 * pharmacies and hubs that reach out for what they need.
 */
final class RoundFortyEightDevLayouts {

    private RoundFortyEightDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CED1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    About your medication

                    Dear {name},
                    We looked at your doctor's request. {drug} will not be
                    covered by your plan. {reason}
                    Your doctor can ask us to look again. Reference: {ref}.
                    """),
            new Template(
                    "CED2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Member: {name}    Case: {ref}    Date: {notice_us}

                    We asked your office for chart notes on {earlier_us}. We did
                    not receive them in time, so the request for {drug} could
                    not be approved. A new request may be sent with the notes.
                    """),
            new Template(
                    "CED3",
                    "DENIAL",
                    false,
                    """
                    Subject: Decision available - {ref}

                    A decision is available for {name} ({drug}).
                    Decision: Denied
                    Sign in to the provider portal to read the letter and the
                    reason. Please do not reply to this message.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CEM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Medical Records Request - Prior Authorization

                    Patient: {name}    Reference: {ref}    Drug: {drug}
                    To complete the prior authorization review, send these
                    records by {deadline_us}:
                    {items_list}
                    """),
            new Template(
                    "CEM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Provider Outreach
                    Re: {name}, request {ref}

                    We tried to reach your office by phone about {drug}. The
                    reviewer needs the patient's last two office notes{asks:chart notes}.
                    Please fax them by {deadline_us}.
                    """),
            new Template(
                    "CEM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Dear Provider,

                    Re: {name}     Ref: {ref}
                    Our records show the following documentation has not been
                    received for the {drug} request:
                    {items_list}
                    It is due {deadline_us}.
                    {payer}
                    """),
            new Template(
                    "CEM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Subject: Following up on {ref}

                    Hi, still waiting on the hepatitis B and TB results for
                    {name}{asks:lab results|TB test} before the {drug} request can go to the
                    pharmacist. Can you send them by {deadline_us}?
                    {pbm} intake
                    """),
            new Template(
                    "CEM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    CLINICAL DOCUMENTATION NEEDED

                    Member: {name}    Case: {ref}
                    {items_checks}
                    Return with this page by {deadline_us}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CEA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Good news about your medication

                    Dear {name},
                    {drug} will be covered for you through {end_us}. Your
                    pharmacy has been told. Reference: {ref}.
                    """),
            new Template(
                    "CEA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Member: {name}    Member ID: {member}

                    Your coverage for {drug} will continue for another year,
                    through {end_us}, after your doctor's renewal request.
                    """),
            new Template(
                    "CEA3",
                    "APPROVAL",
                    false,
                    """
                    Subject: Decision available - {ref}

                    A decision is available for {name} ({drug}).
                    Decision: Approved
                    Sign in to the provider portal to print the letter.
                    Please do not reply to this message.
                    """),
            new Template(
                    "CEA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Patient: {name}    DOB: {dob_us}    Ref: {ref}

                    Your doctor's request for {drug} was reviewed and accepted.
                    It can be filled from {start_us} until {end_us}.
                    """),
            new Template(
                    "CEA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Dear {name},
                    We are pleased to let you know that {drug} is now covered
                    under your pharmacy benefit, from {start_us} to {end_us}.
                    Authorization: {ref}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CEP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Request

                    Patient: {name}    DOB: {dob_us}
                    The prescription for {drug} has no refills left. Please
                    send a new prescription so that we can ship on time.
                    """),
            new Template(
                    "CEP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Outreach Attempt

                    We tried to reach {name} twice about the start of {drug}
                    and left messages. Please ask the patient to call us.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CEO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Medical Records Request - Quality Review (HEDIS)

                    Patient: {name}    DOB: {dob_us}
                    For our annual quality measures, please send the records
                    of visits in 2025. This request is not about any prior
                    authorization or claim payment.
                    """),
            new Template(
                    "CEO2",
                    "OTHER",
                    false,
                    """
                    {payer} Payment Integrity
                    Records request for a claim review

                    Patient: {name}
                    Please send the office notes for the date of service on the
                    enclosed claim within 30 days. Payment may be adjusted.
                    """),
            new Template(
                    "CEO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Credentialing

                    Your file is due for recredentialing. Please send a copy of
                    each provider's current license and malpractice coverage.
                    """),
            new Template(
                    "CEO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Dear {name},
                    Your plan's list of covered drugs changes each year. Look up
                    your medications on our website before January 1. This is
                    general information, not a decision about your care.
                    """),
            new Template(
                    "CEO5",
                    "OTHER",
                    false,
                    """
                    Patient request
                    From: {name}

                    Please fill out the attached work-leave form for my
                    employer. My treatment visits are every two weeks.
                    """));
}
