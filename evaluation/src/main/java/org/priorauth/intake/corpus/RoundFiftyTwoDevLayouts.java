package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The hundred-and-sixth set of corpus layouts, all dev: yes and no in each other's words. Denials that approve
 * something else (another site of care, a generic, fewer units, a trial period the office did not ask for) or say
 * "authorized: 0"; approvals that reverse or lift a denial; requests for records beside mail that asks for papers
 * for another purpose (credentialing, a claims audit, a survey); pharmacies and hubs that use both words.
 */
final class RoundFiftyTwoDevLayouts {

    private RoundFiftyTwoDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CLD1",
                    "DENIAL",
                    false,
                    """
                    {payer}   Site of Care Review
                    Member: {name}     Case: {ref}

                    {drug} is approved only when given at a home infusion or
                    office setting. The hospital outpatient setting that was
                    requested is not approved. {reason}
                    """),
            new Template(
                    "CLD2",
                    "DENIAL",
                    true,
                    """
                    <p><b>Authorization decision</b> for {name}, request {ref}</p>
                    <table><tr><td>Drug</td><td>{drug}</td></tr>
                    <tr><td>Units requested</td><td>6</td></tr>
                    <tr><td>Units authorized</td><td>0</td></tr></table>
                    <p>{reason}</p>
                    """),
            new Template(
                    "CLD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    {notice_us}     Ref {ref}

                    For {name}: we can approve a 3-month trial of the plan's
                    preferred drug, {altdrug}. The request for {drug} itself
                    does not meet the criteria and is declined. {reason}
                    """),
            new Template(
                    "CLD4",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Re: {name}     Authorization {ref}

                    After review, the plan will not pay for {drug}.
                    Earlier approvals for other drugs are not affected.
                    {reason} You may ask for an appeal within 60 days.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CLM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Prior Authorization Unit
                    Records needed     {notice_us}

                    Member: {name}     Ref: {ref}     Drug: {drug}
                    The request cannot be approved or denied yet. The reviewer
                    needs the last two office notes.{asks:chart notes}
                    Send them by {deadline_us}.
                    """),
            new Template(
                    "CLM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <p>Hi, this is the {payer} clinical team about {name} ({ref}).</p>
                    <p>Before we finish the review of {drug}, we need photos of the
                    affected areas.{asks:photos} A reply by {deadline_us} keeps the case open.</p>
                    """),
            new Template(
                    "CLM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Case {ref}     Patient: {name}

                    Your request was not denied. It is waiting for the
                    lab results the criteria ask for.{asks:lab results} Fax them to
                    the number below by {deadline_us}.
                    """),
            new Template(
                    "CLM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Status: Pended for information     {notice_us}

                    Member: {name}     PA {ref}
                    Missing: the diagnosis and the dose requested.{asks:diagnosis}{asks:prescription}
                    A decision follows within 3 business days of receipt.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CLA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Appeal outcome     {notice_us}

                    Member: {name}     Appeal {appealref}
                    The denial of {drug} has been reversed. The drug is
                    authorized from {start_us} through {end_us}.
                    """),
            new Template(
                    "CLA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Re: {name}     Case {ref}

                    The step therapy requirement was waived after review of
                    the records. {drug} is approved as requested until {end_us}.
                    """),
            new Template(
                    "CLA3",
                    "APPROVAL",
                    true,
                    """
                    <p>{payer} notification</p>
                    <p>{name} - {drug} - {ref}</p>
                    <p>Decision: the plan agreed to cover this request. Dates of
                    coverage: {start_us} to {end_us}.</p>
                    """),
            new Template(
                    "CLA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    {notice_long}

                    Dear {name},
                    Earlier we could not approve {drug} without more records.
                    Your doctor sent them, and we have now approved it through
                    {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CLP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Claim update for {name}

                    Your plan denied the claim for {drug}: prior authorization
                    needed. We have let your doctor's office know.
                    """),
            new Template(
                    "CLP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Enrollment approved     {notice_us}

                    {name} is enrolled in the copay program for {drug}.
                    The card covers up to the program's yearly maximum.
                    """),
            new Template(
                    "CLP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <p>{pharmacy}</p>
                    <p>We need the office's help for {name}: the plan asks the
                    pharmacy for the prescriber's NPI on the {drug} prescription.</p>
                    """),
            new Template(
                    "CLP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Shipment on hold     Patient: {name}

                    The plan approved {drug}, but we could not reach {name}
                    to confirm the delivery address. Please ask the patient
                    to call us.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CLO1",
                    "OTHER",
                    false,
                    """
                    {payer}   Provider Credentialing
                    {notice_us}

                    Your recredentialing file is missing a current malpractice
                    certificate and the DEA registration. Send them by
                    {deadline_us} to stay in the network.
                    """),
            new Template(
                    "CLO2",
                    "OTHER",
                    false,
                    """
                    {payer}   Claims Audit
                    Patient: {name}

                    We are auditing a claim for an office visit. Please send
                    the visit note for the date of service. This request is
                    about payment of a claim, not an authorization.
                    """),
            new Template(
                    "CLO3",
                    "OTHER",
                    true,
                    """
                    <p>{payer} wants to hear from you</p>
                    <p>Tell us how our prior authorization team did on your last
                    approval or denial. The survey takes 3 minutes.</p>
                    """),
            new Template(
                    "CLO4",
                    "OTHER",
                    false,
                    """
                    Riverside Dermatology - internal note
                    PA desk log, week of {notice_us}

                    {name}: {drug} request approved last week, letter filed.
                    Next patient on the list: waiting on the plan.
                    """));
}
