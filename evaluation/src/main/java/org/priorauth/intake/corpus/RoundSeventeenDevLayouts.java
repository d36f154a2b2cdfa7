package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The thirty-sixth set of corpus layouts, all dev: payer letters that speak of pharmacies, terse approvals,
 * requests that read like a records request, and pharmacy and other mail that speaks like a payer. A denial
 * that tells the member to use the mail-order pharmacy for the alternative, an approval that names the
 * specialty pharmacy to fill at, a request for the chart "to complete the authorization", a pharmacy's own
 * "denied" claim, a payer's newsletter that explains approvals.
 */
final class RoundSeventeenDevLayouts {

    private RoundSeventeenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "YYD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    We cannot approve {drug}. {reason} Your doctor can prescribe
                    {altdrug}, which you can fill at our mail-order pharmacy.
                    """),
            new Template(
                    "YYD2",
                    "DENIAL",
                    false,
                    """
                    {pbm} Specialty Pharmacy Program

                    Patient: {name}      DOB: {dob_us}
                    Reference: {ref}

                    Coverage for {drug} through the specialty pharmacy benefit was
                    reviewed and is not approved. {reason}
                    """),
            new Template(
                    "YYD3",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Notice of Adverse Determination

                    Member: {nameLF}     ID: {member}
                    Authorization: {ref}

                    Medication: {drug}
                    {reason}
                    The pharmacy has been told not to dispense this medication under your
                    benefit.
                    """),
            new Template(
                    "YYD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <h3>{payer} ePA Response</h3>
                    <p>Request ID {ref} &middot; {name} &middot; {drug}</p>
                    <p>Plan response: Denied</p>
                    <p>Plan note: {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "YYD5",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Medical Management
                    Subject: {ref} determination

                    Dr. Patel, the {drug} request for {name} was reviewed today and it
                    does not meet our criteria. {reason}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "YYA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    {drug}: APPROVED. Fill at an in-network specialty pharmacy such as
                    {pharmacy}. Valid until {end_us}.
                    """),
            new Template(
                    "YYA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Coverage Review Result

                    Patient: {name}
                    Case: {ref}
                    Drug: {drug}
                    Result: Approved - {start_us} to {end_us}
                    """),
            new Template(
                    "YYA3",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Utilization Management
                    Subject: Case {ref}

                    The case for {name} is closed as approved. {drug} may be billed to the
                    plan through {end_us}.
                    """),
            new Template(
                    "YYA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <h2>{payer}</h2>
                    <p>Prior authorization {ref} for {name}</p>
                    <p>{drug} - certified</p>
                    <p>Certification period: {start_us} through {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "YYA5",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your doctor asked us to keep covering {drug}. We said yes. You can
                    keep getting it through {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "YYM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Records Needed to Complete Authorization

                    Member: {name}
                    Reference: {ref}

                    To complete the authorization for {drug}, we need copies of:
                    {items_list}
                    """),
            new Template(
                    "YYM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}      DOB: {dob_us}
                    Case: {ref}

                    The specialty pharmacy benefit review of {drug} is open. The
                    pharmacist reviewer asks how many weeks of methotrexate the patient
                    took and why it was stopped.
                    """),
            new Template(
                    "YYM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} PA Department
                    Subject: {ref}

                    Good afternoon, can your office send the photos mentioned in the
                    letter of medical necessity for {name}? We cannot open the link.{asks:photos}
                    """),
            new Template(
                    "YYM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {nameLF}
                    Authorization: {ref}

                    We received the request for {drug} without the required form. Fill
                    in the attached form and fax it back by {deadline_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "YYP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The claim was denied at the pharmacy: the plan needs a prior
                    authorization. Please submit one; we will keep the prescription on
                    file.
                    """),
            new Template(
                    "YYP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}

                    Thank you for the new prescription for {drug}. The approval from the
                    plan is on file and the first dose is scheduled to ship Monday.
                    """),
            new Template(
                    "YYP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}
                    Product: {drug}

                    The plan approved {drug}. We sent the prescription to {pharmacy},
                    which will reach out to schedule delivery.
                    """),
            new Template(
                    "YYP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Dose change request

                    Patient: {name}
                    Rx: {drug}

                    The patient reports injection-site reactions. Please advise whether to
                    continue the current dose.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "YYO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Newsletter

                    How approvals work: most specialty drug requests are approved within
                    two business days when the chart notes are attached.
                    """),
            new Template(
                    "YYO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Explanation of Benefits

                    Member: {name}
                    Office visit, dermatology: allowed $142.00, member pays $30.00.
                    This is not a bill.
                    """),
            new Template(
                    "YYO3",
                    "OTHER",
                    false,
                    """
                    Community Health Center

                    RE: {name}      DOB: {dob_us}

                    Please see this patient for psoriasis that has not improved on two
                    topicals. Referral valid for 90 days.
                    """),
            new Template(
                    "YYO4",
                    "OTHER",
                    false,
                    """
                    {pbm}
                    Formulary Notice

                    Starting next year, {altdrug} moves to the preferred tier. No action
                    is needed for patients who already have an approval.
                    """));
}
