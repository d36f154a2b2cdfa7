package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The fortieth set of corpus layouts, all dev: decisions in the less common verbs of plans and vendors. A
 * denial that "must decline" or finds a request "unsuccessful", an approval that "cleared" or is "payable", a
 * request "suspended pending receipt" of records, a hub's intake and triage notes, and a payer's contracting
 * and credentialing mail.
 */
final class RoundNineteenDevLayouts {

    private RoundNineteenDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "DDD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Services

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    After careful review we must decline coverage of {drug} at this time.
                    {reason}
                    """),
            new Template(
                    "DDD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Re: Exception request {ref}
                    Patient: {name}

                    Your formulary exception request for {drug} was unsuccessful.
                    {reason} Covered alternatives include {altdrug}.
                    """),
            new Template(
                    "DDD3",
                    "DENIAL",
                    false,
                    """
                    {payer} Medicare Advantage
                    Integrated Denial Notice

                    Enrollee: {name}
                    Case: {ref}

                    We said no to the medication your doctor asked for: {drug}.
                    {reason}
                    """),
            new Template(
                    "DDD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Prior Authorization Lookup</p>
                    <p>Member {name}, authorization {ref}</p>
                    <p>Medication {drug}: UNFAVORABLE</p>
                    <p>Rationale: {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "DDD5",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Coverage for {drug} could not be extended past {end_us}. {reason}
                    Your doctor can ask us to look at this again.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "DDA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      ID: {member}
                    PA: {ref}

                    The prior authorization for {drug} cleared review. Claims are payable
                    from {start_us} through {end_us}.
                    """),
            new Template(
                    "DDA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Exception Request Outcome

                    Member: {name}
                    Reference: {ref}

                    Your request for a formulary exception for {drug} was successful. The
                    drug will be treated as preferred until {end_us}.
                    """),
            new Template(
                    "DDA3",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Pharmacy Prior Auth
                    Subject: {ref} for {name}

                    Hello, the {drug} PA is done and in the system as of today. Good
                    through {end_us}.
                    """),
            new Template(
                    "DDA4",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Prior Authorization Lookup</p>
                    <p>Member {name}, authorization {ref}</p>
                    <p>Medication {drug}: FAVORABLE, {start_us} to {end_us}</p>
                    </body></html>
                    """),
            new Template(
                    "DDA5",
                    "APPROVAL",
                    false,
                    """
                    {payer} Medicare Advantage

                    Enrollee: {name}
                    Case: {ref}

                    We said yes to the medication your doctor asked for: {drug}. You can
                    get it until {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "DDM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    This request for {drug} is suspended pending receipt of the items
                    below. Fax them by {deadline_us}.
                    {items_list}
                    """),
            new Template(
                    "DDM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Patient: {name}      DOB: {dob_us}
                    PA: {ref}

                    The {drug} request is incomplete. Section 3 of the form (prior
                    treatments) was left blank. Complete it and resubmit by {deadline_us}.
                    """),
            new Template(
                    "DDM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Pharmacy Prior Auth
                    Subject: {ref} for {name}

                    Hello, the {drug} PA is waiting on the last two EASI scores. Once we
                    have them we can finish.{asks:severity score / BSA}
                    """),
            new Template(
                    "DDM4",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} - Prior Authorization Lookup</p>
                    <p>Member {name}, authorization {ref}</p>
                    <p>Medication {drug}: PENDED - provider action required</p>
                    <p>Action: upload the TB test result from the last 12 months.</p>{asks:TB test}
                    </body></html>
                    """),
            new Template(
                    "DDM5",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Medicare Advantage

                    Enrollee: {name}
                    Case: {ref}

                    We need more time to decide on {drug} because we asked your doctor for
                    records. We will decide by {deadline_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "DDP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Intake Confirmation

                    Patient: {name}
                    Product: {drug}

                    We received the enrollment form. A case manager will check the
                    patient's benefits and call within two business days.
                    """),
            new Template(
                    "DDP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    Delivery confirmed for Thursday to the patient's home. Signature is
                    required. Cold-pack shipping.
                    """),
            new Template(
                    "DDP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Benefit check

                    Patient: {name}      DOB: {dob_us}
                    Rx: {drug}

                    Result: PA required by the plan. Copay after approval: $0 with the
                    manufacturer card. We will fill once you obtain the PA.
                    """),
            new Template(
                    "DDP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}

                    The plan's decision on {drug} is still pending. We will keep checking
                    and will tell you as soon as it is approved or denied.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "DDO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Contracting Department

                    Your amended provider agreement is attached. Please sign and return
                    it by the end of the month.
                    """),
            new Template(
                    "DDO2",
                    "OTHER",
                    false,
                    """
                    {pbm}

                    Dear Prescriber,

                    Beginning next quarter, prior authorization requests for topical
                    products must be sent through the ePA portal. Faxed requests will not
                    be accepted.
                    """),
            new Template(
                    "DDO3",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Member: {name}

                    We are writing to let you know your doctor has left our network.
                    Please choose a new dermatologist to keep your in-network benefits.
                    """),
            new Template(
                    "DDO4",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Re: {name}

                    We received your request for a redetermination of our decision on
                    {drug}. We will send you our decision within 7 days.
                    """));
}
