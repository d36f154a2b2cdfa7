package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The hundred-and-second set of corpus layouts, held back whole: written after the rules and model of 50238e8
 * froze. A pharmacy benefit manager's fax form, a denial for a drug's site of care, an appeal dismissed as filed
 * too late, a reviewer's request for photographs, a step-therapy pend, a renewal approval, an approval of an
 * exception, a specialty pharmacy's intake and a hub's copay card, a patient's portal message, a lab's result and a
 * conference invitation.
 */
final class HundredSecondLayouts {

    private HundredSecondLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CHD1",
                    "DENIAL",
                    false,
                    """
                    {pbm} PRIOR AUTHORIZATION RESPONSE - FAX
                    Patient: {name}    ID: {member}
                    Drug: {drug}    PA #: {ref}
                    [X] Request denied    [ ] Request approved
                    Rationale: {reason}
                    Prescriber may submit an appeal in writing within 180 days.
                    """),
            new Template(
                    "CHD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Site of care review

                    Member: {name}    Reference: {ref}
                    {drug} given in an outpatient hospital is not covered. The
                    plan covers it when given at home or in the office. {reason}
                    """),
            new Template(
                    "CHD3",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals and Grievances
                    Appeal {appealref}    Member: {name}    Drug: {drug}

                    Your appeal was received after the 60-day limit and has been
                    dismissed. The earlier denial stands. {reason}
                    """),
            new Template(
                    "CHD4",
                    "DENIAL",
                    false,
                    """
                    Coverage Decision Letter
                    {payer}    {notice_us}

                    Dear Dr. provider,
                    Your patient {name} ({ref}) asked us to cover {drug}.
                    Our pharmacist reviewed the request and we must say no.
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CHM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Clinical Review
                    Patient: {name}    Case: {ref}    Drug: {drug}

                    The reviewer asks for photographs of the affected skin{asks:photos} and
                    the current body surface area{asks:severity score / BSA}. Upload them by
                    {deadline_us}. The review is paused until then.
                    """),
            new Template(
                    "CHM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    STEP THERAPY - PENDED
                    Member: {name}    PA: {ref}
                    Our records show no claims for a first-line drug. List the
                    drugs tried, dates and outcome{asks:prior therapy history} by {deadline_us}.
                    """),
            new Template(
                    "CHM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Subject: Action needed: {ref}

                    The request for {name} ({drug}) needs one more item before
                    review. Missing: signed letter of medical necessity{asks:letter of medical necessity}.
                    Due {deadline_us}.
                    """),
            new Template(
                    "CHM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Re: {name}, {drug}, {ref}

                    We are writing before a decision. We can discuss this case
                    with the prescriber by phone. Please book a time by
                    {deadline_us}; without it we will decide on the records we have.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CHA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Renewal - Continuation of Therapy
                    Member: {name}    Auth: {ref}

                    The renewal of {drug} is approved through {end_us}.
                    No changes to the dose were made.
                    """),
            new Template(
                    "CHA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Formulary exception    Member: {name}    Ref: {ref}

                    Your exception request for {drug} has been granted. The
                    drug will be covered at the preferred tier from {start_us}
                    to {end_us}.
                    """),
            new Template(
                    "CHA3",
                    "APPROVAL",
                    false,
                    """
                    FAX  {payer}  Utilization Management
                    Member {name}    Case {ref}
                    Service: {drug}
                    Decision ...... CERTIFIED
                    Certification period {start_us} - {end_us}
                    """),
            new Template(
                    "CHA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Dear {name},
                    Your earlier request for {drug} was turned down, and your
                    doctor asked us to look again. We did, and this time we can
                    cover it from {start_us} to {end_us}. Ref {ref}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CHP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy} - New Referral Intake
                    Patient: {name}    Rx: {drug}
                    We received the prescription. We are running a benefits
                    check with the plan and will call the patient with a copay.
                    """),
            new Template(
                    "CHP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Copay card activated for {name} ({drug}). The card covers
                    out-of-pocket costs up to the program maximum.
                    """),
            new Template(
                    "CHP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Re: {name}, {drug}

                    The plan's decision came in: approved. We have scheduled the
                    first delivery and will send the nurse training kit.
                    """),
            new Template(
                    "CHP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Transfer notice: the prescription for {name} ({drug}) was
                    transferred to an in-network pharmacy at the plan's request.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CHO1",
                    "OTHER",
                    false,
                    """
                    Patient portal message
                    From: {name}

                    Hello, my skin has been itchy since the last shot. Should I
                    keep using the cream too? Thanks.
                    """),
            new Template(
                    "CHO2",
                    "OTHER",
                    false,
                    """
                    Regional Lab Services
                    Patient: {name}    DOB: {dob_us}
                    QuantiFERON-TB Gold: Negative
                    Reported to the ordering provider.
                    """),
            new Template(
                    "CHO3",
                    "OTHER",
                    false,
                    """
                    Dermatology Practice Summit
                    Join colleagues for a day on biologics, prior authorization
                    workflow and approvals. Register online. Seats are limited.
                    """),
            new Template(
                    "CHO4",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Member: {name}    DOB: {dob_us}

                    We received your request for a copy of the coverage
                    decision file. It will be mailed within 30 days.
                    """));
}
