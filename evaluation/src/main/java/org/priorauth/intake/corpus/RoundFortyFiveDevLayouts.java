package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The ninety-third set of corpus layouts, all dev: a letter's own decision among pages of the plan's general
 * text. Approvals followed by a page of rights that speaks of denials in general, denials and requests behind a
 * general cover page, a rights page or a handbook page that arrives alone, pharmacies' notices with their own
 * fine print.
 */
final class RoundFortyFiveDevLayouts {

    private RoundFortyFiveDevLayouts() {}

    /** The page of general rights a plan sends with every notice: it talks of denials without deciding anything. */
    private static final String RIGHTS_PAGE =
            """
            \f
            IMPORTANT INFORMATION ABOUT YOUR RIGHTS
            If we deny all or part of a request, you or your doctor may ask
            us to look at it again. This is called an appeal. Ask within 60
            days of the date on the denial letter. If your health could be
            seriously harmed by waiting, ask for a fast appeal. If we uphold
            a denial, you may ask for an independent review.
            You can get this information in other languages and formats
            free of charge. Call the number on the back of your ID card.
            """;

    /** A cover page of the plan's general text, in front of the letter itself. */
    private static final String GENERAL_COVER =
            """
            {payer}
            Important plan information enclosed

            Please read the enclosed letter carefully. It is about a
            request made for you or by your doctor. Keep it with your
            health records. Questions? Call Member Services.
            \f
            """;

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BXD1",
                    "DENIAL",
                    false,
                    GENERAL_COVER
                            + """
                            Member: {name}     Member ID: {member}
                            Case: {ref}        Date: {notice_us}

                            We reviewed the request for {drug} and cannot approve
                            it. {reason}
                            """
                            + RIGHTS_PAGE),
            new Template(
                    "BXD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Coverage Review Result     {notice_us}

                    Patient: {name}    Reference: {ref}
                    {drug}: approved for the starting doses only. Maintenance
                    doses after week 16 were not approved: {reason}
                    """
                            + RIGHTS_PAGE),
            new Template(
                    "BXD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Member: {name}   ID: {member}   Ref: {ref}

                    The request for {drug} does not meet the plan's coverage
                    rules, so it will not be covered.
                    Explanation: {reason}
                    A doctor reviewed this request.
                    """
                            + RIGHTS_PAGE),
            new Template(
                    "BXD4",
                    "DENIAL",
                    true,
                    """
                    <h2>{payer} - Letters</h2>
                    <p>Letter type: Adverse determination &middot; {name} &middot; {ref}</p>
                    <p>The request for {drug} was reviewed against the plan's
                    criteria and was not authorized. {reason}</p>
                    <p>Appeal instructions are attached.</p>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BXM1",
                    "MORE_INFO_REQUEST",
                    false,
                    GENERAL_COVER
                            + """
                            Member: {name}     Member ID: {member}
                            Reference: {ref}

                            We are reviewing the request for {drug}. To finish, we
                            need the following from the prescriber:
                            {items_list}
                            Please send it by {deadline_us}.
                            """),
            new Template(
                    "BXM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Pharmacy Review     {notice_us}

                    Patient: {name}    Drug: {drug}    Case: {ref}
                    The reviewer cannot tell from the notes how much of the body
                    is affected. Please send the current BSA or an IGA score{asks:severity score / BSA}
                    by {deadline_us}. We have not made a decision yet.
                    """
                            + RIGHTS_PAGE),
            new Template(
                    "BXM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    To: Prescriber's office
                    From: {pbm} clinical pharmacist
                    Re: {name}, {drug}, request {ref}

                    The request is on hold. It lists a diagnosis code that does
                    not match the notes{asks:diagnosis}. Please confirm the diagnosis by
                    {deadline_us}, or we will have to decide without it.
                    """),
            new Template(
                    "BXM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <h2>{payer} Provider Portal</h2>
                    <p>{ref} &middot; {name} &middot; {drug}</p>
                    <p>Status: Awaiting provider response</p>
                    <p>Upload the items below before {deadline_us}:</p>
                    <ul>{items_html}</ul>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BXA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Member: {name}     Member ID: {member}
                    Reference: {ref}   Date: {notice_us}

                    Your request for {drug} is approved. Coverage runs from
                    {start_us} through {end_us}.
                    """
                            + RIGHTS_PAGE),
            new Template(
                    "BXA2",
                    "APPROVAL",
                    false,
                    GENERAL_COVER
                            + """
                            Member: {name}     Reference: {ref}

                            Good news. After review, {drug} will be covered from
                            {start_us} to {end_us}. Your pharmacy can fill it now.
                            """
                            + RIGHTS_PAGE),
            new Template(
                    "BXA3",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Prior Authorization Outcome

                    Patient: {name}   DOB: {dob_us}
                    Drug: {drug}      PA #: {ref}
                    Outcome: request meets criteria; authorization entered
                    {start_us} - {end_us}.
                    If a future request is denied, appeal rights will be
                    explained in that letter.
                    """),
            new Template(
                    "BXA4",
                    "APPROVAL",
                    true,
                    """
                    <h2>{payer} - Letters</h2>
                    <p>Letter type: Approval &middot; {name} &middot; {ref}</p>
                    <p>{drug} is authorized from {start_us} to {end_us}.</p>
                    <p>No appeal is needed.</p>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BXP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Shipment Confirmation

                    Patient: {name}    Medication: {drug}
                    Shipped today for delivery on {start_us}. Keep refrigerated.

                    This pharmacy is not your insurer. Coverage decisions, including
                    denials and appeals, are made by your health plan.
                    """),
            new Template(
                    "BXP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Enrollment Complete

                    {name} is enrolled in the support program for {drug}.
                    If the plan denies coverage, our team can help with the
                    appeal paperwork. Nothing is needed from your office now.
                    """),
            new Template(
                    "BXP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prior Authorization Follow-up

                    Patient: {name}    DOB: {dob_us}
                    We submitted the claim for {drug} and {payer} returned
                    "prior authorization required". Please send the PA to the
                    plan; we will hold the prescription for 14 days.
                    """),
            new Template(
                    "BXP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Refill Due

                    {name}'s next refill of {drug} is due on {start_us}. We
                    will call the patient to confirm the address.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template("BXO1", "OTHER", false, RIGHTS_PAGE.replaceFirst("\f", "{payer}")),
            new Template("BXO2", "OTHER", false, GENERAL_COVER.replace("\f", "")),
            new Template(
                    "BXO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Member Handbook - Chapter 9

                    What to do if you have a problem or complaint. A coverage
                    decision is a decision we make about your benefits. If we
                    deny a request, you can appeal. Approved drugs stay covered
                    for the period in the approval letter.
                    """),
            new Template(
                    "BXO4",
                    "OTHER",
                    false,
                    """
                    Dermatology clinic - internal
                    To: Biologics team

                    Reminder: payers attach a rights page to every letter, even
                    approvals. Read the first page for the decision before
                    filing. Thanks!
                    """));
}
