package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The seventy-ninth set of corpus layouts, held back whole: written after the rules and the letter model of
 * ddfb332 froze, and evaluated once. Longer letters with the decision in one paragraph among several (the review's
 * steps, the member's rights, who to call), a decision table on a PBM's fax, short e-mails from a plan's staff, a
 * specialty pharmacy's and a hub's faxes, and the mail a front desk sorts beside them.
 */
final class SeventyNinthLayouts {

    private SeventyNinthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BJD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Determination

                    Re: {name}      Member ID: {member}      Reference: {ref}
                    Thank you for your request for {drug}. A clinical pharmacist and a
                    physician reviewed the information sent with it.
                    Our decision: we are not able to cover this drug at this time.
                    {reason}
                    To appeal, write to us within {days} days of this notice.
                    Questions? Call Provider Services at 1-800-555-0188.
                    """),
            new Template(
                    "BJD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Determination Summary

                    Patient: {name}      PA #: {ref}
                    Drug requested         Outcome
                    {drug}                 Denied
                    Criteria not met: {reason}
                    """),
            new Template(
                    "BJD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>Hello,</p>
                    <p>This is Dana from {payer} utilization management about {name},
                    case {ref}. The doctor reviewer denied {drug} today. {reason}
                    The formal letter is in the mail.</p>
                    </body></html>
                    """),
            new Template(
                    "BJD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Notice of Appeal Decision

                    Member: {name}      Appeal number: {appealref}
                    Drug: {drug}
                    We looked at your appeal again with a doctor who was not part of
                    the first review. We are keeping our decision to deny coverage.
                    {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BJA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Determination

                    Re: {name}      Member ID: {member}      Reference: {ref}
                    Thank you for your request for {drug}. A clinical pharmacist
                    reviewed the information sent with it.
                    Our decision: the drug is covered from {start_us} to {end_us}.
                    Questions? Call Provider Services at 1-800-555-0188.
                    """),
            new Template(
                    "BJA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Determination Summary

                    Patient: {name}      PA #: {ref}
                    Drug requested         Outcome
                    {drug}                 Approved
                    Authorization period: {start_us} - {end_us}
                    """),
            new Template(
                    "BJA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>Hello,</p>
                    <p>This is Dana from {payer} utilization management about {name},
                    case {ref}. The doctor reviewer approved {drug} today, through
                    {end_us}. The formal letter is in the mail.</p>
                    </body></html>
                    """),
            new Template(
                    "BJA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Notice of Appeal Decision

                    Member: {name}      Appeal number: {appealref}
                    Drug: {drug}
                    We looked at your appeal again with a doctor who was not part of
                    the first review. We have changed our decision: {drug} is now
                    covered through {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BJM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Determination - Pending

                    Re: {name}      Member ID: {member}      Reference: {ref}
                    Thank you for your request for {drug}. Before a pharmacist can
                    review it, we need:
                    {items_list}
                    If we do not have these by {deadline_us}, we will decide on what we have.
                    """),
            new Template(
                    "BJM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>Hello,</p>
                    <p>This is Dana from {payer} utilization management about {name},
                    case {ref}. The doctor reviewer looked at {drug} today and would
                    like to see the photos from the last visit before deciding. Could
                    you upload them by {deadline_us}?{asks:photos}</p>
                    </body></html>
                    """),
            new Template(
                    "BJM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Determination Summary

                    Patient: {name}      PA #: {ref}
                    Drug requested         Outcome
                    {drug}                 Pended - see below
                    Needed: {items_list}
                    Response due {deadline_us}.
                    """),
            new Template(
                    "BJM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Case: {ref}
                    We have extended the time to decide on {drug} by 14 days because
                    the TB screening result is not in the records. Please send it by
                    {deadline_us}.{asks:TB test}
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BJP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Intake Update

                    Patient: {name}      Drug: {drug}
                    We received the referral. Benefits check: the plan requires prior
                    authorization. We have sent the PA request form to your office.
                    """),
            new Template(
                    "BJP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Enrollment Confirmation

                    Patient: {name}      Product: {drug}
                    The patient is enrolled in the support program. A nurse educator
                    will call within two business days.
                    """),
            new Template(
                    "BJP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{pharmacy}</p>
                    <p>{name}'s plan approved {drug}. We have the prescription and will
                    ship the first two pens on {start_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "BJP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      Drug: {drug}
                    Refill request: the patient has no refills left. Please send a new
                    prescription so the next shipment is not late.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BJO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Determination - Request Withdrawn

                    Re: {name}      Reference: {ref}
                    Your office called on {earlier_us} to withdraw the request for
                    {drug}. We have closed it without a decision.
                    """),
            new Template(
                    "BJO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>Hello,</p>
                    <p>This is Dana from {payer} provider relations. Our office will be
                    closed on Friday for the holiday. Faxes sent that day will be
                    worked on Monday.</p>
                    </body></html>
                    """),
            new Template(
                    "BJO3",
                    "OTHER",
                    false,
                    """
                    Northside Dermatopathology
                    Pathology Report

                    Patient: {name}      DOB: {dob_us}
                    Specimen: punch biopsy, left forearm
                    Diagnosis: spongiotic dermatitis, consistent with eczema.
                    """),
            new Template(
                    "BJO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Appeal Acknowledgement

                    Member: {name}      Appeal number: {appealref}
                    We have your appeal of our decision to deny {drug}. You will
                    get our answer within 30 days. You do not need to do anything now.
                    """));
}
