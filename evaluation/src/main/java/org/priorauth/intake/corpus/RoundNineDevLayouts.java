package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The twentieth set of corpus layouts, all dev. The held-back aggregates still show partial approvals read as
 * approvals and pharmacies' and hubs' general mail read as pharmacy notices: here are more of both (a notice
 * of action that modifies, "approved in part", a limit stated as the plan's answer; a hub's program flyer, a
 * pharmacy's fax-number change, a price notice, a survey), with a few more quiet requests and approvals.
 */
final class RoundNineDevLayouts {

    private RoundNineDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "GD1",
                    "DENIAL",
                    false,
                    """
                    {payer} Health Plan
                    NOTICE OF ACTION

                    Member: {name}       Member ID: {member}
                    Authorization: {ref}

                    Action: MODIFIED
                    What was asked for: {drug}, 12 months
                    What we approved: {drug}, 4 months
                    Why: {reason}
                    """),
            new Template(
                    "GD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Date: {notice_us}
                    Patient: {name}
                    Case: {ref}

                    Your request was approved in part. {drug} is covered for the first
                    three doses; coverage for later doses will need proof of response.
                    {reason}
                    """),
            new Template(
                    "GD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Member ID: {member}
                    Reference: {ref}

                    The plan's answer: {drug} may be filled once every 8 weeks, not every
                    4 weeks as prescribed. {reason}
                    You may appeal this limit.
                    """),
            new Template(
                    "GD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Prior Authorization Review Complete

                    Member: {nameLF}     DOB: {dob_us}
                    Case: {ref}
                    Drug: {drug}

                    Review result: requested dose reduced to the labeled maintenance
                    dose. {reason}
                    """),
            new Template(
                    "GD5",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Your plan does not cover {drug} for the condition listed on the
                    request. {reason} This letter explains how to ask for an appeal.
                    """),
            // ------------------------------------------------------------ OTHER (from pharmacies and hubs)
            new Template(
                    "GO1",
                    "OTHER",
                    false,
                    """
                    {hub}

                    Introducing patient support for your practice: benefits checks, copay
                    help and injection training, all in one place. Ask your
                    representative for enrollment forms.
                    """),
            new Template(
                    "GO2",
                    "OTHER",
                    false,
                    """
                    {pharmacy}

                    Please note our new fax number for prescriptions, effective next
                    Monday. The old number will stop working at the end of the month.
                    """),
            new Template(
                    "GO3",
                    "OTHER",
                    false,
                    """
                    {pharmacy}
                    Prescriber Survey

                    Help us improve. How satisfied are you with our communication about
                    your patients' specialty prescriptions? Reply with a score from 1 to 5.
                    """),
            new Template(
                    "GO4",
                    "OTHER",
                    false,
                    """
                    {pharmacy}
                    Price Update

                    The cash price of several generic topical medicines will change next
                    quarter. Patients with insurance are not affected.
                    """),
            new Template(
                    "GO5",
                    "OTHER",
                    false,
                    """
                    {hub}

                    Our offices will be closed on Friday for staff training. Calls will be
                    answered again on Monday. Shipments already scheduled are not affected.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "GM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Case: {ref}

                    Thank you for the request for {drug}. The review team is missing the
                    following:
                    {items_list}
                    Without it we are limited to what was sent. Send it as soon as you can.
                    """),
            new Template(
                    "GM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Prescriber Fax Notice

                    Patient: {name}      DOB: {dob_us}
                    Case: {ref}

                    The photos sent with this request could not be opened. Resend them as
                    an attachment in the portal so the review of {drug} can continue.
                    """),
            new Template(
                    "GM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Date: {notice_us}
                    Member: {name}      Member ID: {member}
                    Reference: {ref}

                    We received your request for {drug}. Some of the information we need
                    was not included:
                    {items_list}
                    We will decide after we receive it.
                    """),
            new Template(
                    "GM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Case: {ref}
                    Patient: {nameLF}

                    Pharmacist note: dose in request exceeds label. Need prescriber
                    rationale or corrected dose before review of {drug}.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "GA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}       Member ID: {member}
                    Authorization: {ref}

                    {drug} - authorization entered. Effective {start_us}. Expires
                    {end_us}. Pharmacy claims will pay.
                    """),
            new Template(
                    "GA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Review Summary

                    Patient: {name}
                    Case: {ref}
                    Drug: {drug}

                    Clinical criteria: met
                    Coverage: yes, through {end_us}
                    """),
            new Template(
                    "GA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    {notice_long}

                    Dear {name},

                    Your plan will pay for {drug}. Your doctor's request gave us what we
                    needed. Fill your prescription at any network specialty pharmacy.
                    """),
            new Template(
                    "GA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Continuation Request

                    Member: {name}
                    Authorization: {ref}

                    The response documented after 16 weeks supports continuing {drug}.
                    Continued coverage is in place until {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "GP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    Benefits check complete. The plan covers the drug with prior
                    authorization; the patient's estimated cost is $40 a month before the
                    copay card. We will send the enrollment paperwork to the patient.
                    """),
            new Template(
                    "GP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Medication: {drug}

                    The patient declined delivery this month because of a hospital stay.
                    We will call again next week to schedule.
                    """));
}
