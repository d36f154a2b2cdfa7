package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The forty-third set of corpus layouts, held back whole: written after the rules and the letter model of
 * round 20 (0f89fc6) froze, and read once. A PBM's fax reply form in several outcomes, a state plan's notices to the
 * member, a dose-increase request, specialty-pharmacy and hub mail about renewals and visits, and the
 * inbox's recalls, invitations and payments.
 */
final class FortyThirdLayouts {

    private FortyThirdLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "HHD1",
                    "DENIAL",
                    false,
                    """
                    {pbm} Prior Authorization Fax Reply

                    Patient: {nameLF}      DOB: {dob_us}
                    PA Case #: {ref}
                    Drug: {drug}

                    Outcome of review:  UNABLE TO AUTHORIZE
                    Explanation: {reason}
                    Prescriber may submit an appeal in writing.
                    """),
            new Template(
                    "HHD2",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    You asked for more doses of {drug} than your plan allows each month.
                    We can only cover the usual amount. The extra doses you asked for
                    are not covered. {reason}
                    """),
            new Template(
                    "HHD3",
                    "DENIAL",
                    false,
                    """
                    {payer} State Health Plan
                    Notice of Appeal Resolution

                    Member: {name}      ID: {member}

                    We looked at your appeal about {drug}. We did not change our
                    decision. {reason}
                    You can ask for a State Fair Hearing within 120 days.
                    """),
            new Template(
                    "HHD4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal - Determination Letter</p>
                    <p>Patient {name} | Ref {ref}</p>
                    <p>We reviewed the dose increase for {drug}. The increase does not meet
                    clinical policy. The current dose remains authorized. {reason}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "HHA1",
                    "APPROVAL",
                    false,
                    """
                    {pbm} Prior Authorization Fax Reply

                    Patient: {nameLF}      DOB: {dob_us}
                    PA Case #: {ref}
                    Drug: {drug}

                    Outcome of review:  AUTHORIZED
                    Duration: {start_us} - {end_us}
                    """),
            new Template(
                    "HHA2",
                    "APPROVAL",
                    false,
                    """
                    {payer} State Health Plan
                    Notice of Appeal Resolution

                    Member: {name}      ID: {member}

                    We looked at your appeal about {drug}. We changed our decision and
                    will cover it until {end_us}.
                    """),
            new Template(
                    "HHA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal - Determination Letter</p>
                    <p>Patient {name} | Ref {ref}</p>
                    <p>We reviewed the dose increase for {drug}. The higher dose is covered
                    from {start_us} to {end_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "HHA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},

                    Your request for {drug} meets the rules of your plan. You do not need
                    to do anything else. Your coverage ends {end_us}.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "HHM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm} Prior Authorization Fax Reply

                    Patient: {nameLF}      DOB: {dob_us}
                    PA Case #: {ref}
                    Drug: {drug}

                    Outcome of review:  INCOMPLETE - RESPOND BY {deadline_us}
                    Please answer: why are the formulary alternatives not appropriate
                    for this patient?
                    """),
            new Template(
                    "HHM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}
                    Reference: {ref}

                    The request form for {drug} was not signed by the prescriber. We
                    cannot review an unsigned form. Sign page 2 and fax it back.
                    """),
            new Template(
                    "HHM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal - Clinical Questions</p>
                    <p>Patient {name} | Ref {ref} | {drug}</p>
                    <p>1. Date of diagnosis? 2. Current BSA? 3. Prior systemic agents and
                    dates? Answer all questions to continue.</p>
                    </body></html>
                    """),
            new Template(
                    "HHM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} State Health Plan

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    We need more information from your doctor to decide on {drug}. We
                    have asked them for it. If we do not get it by {deadline_us}, we will
                    decide with what we have.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "HHP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}
                    Rx: {drug}

                    The authorization on file ends soon. Please renew it with the plan
                    so the next fill is not delayed.
                    """),
            new Template(
                    "HHP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Nurse Educator Visit

                    Patient: {name}
                    Product: {drug}

                    A nurse educator visited the patient at home and reviewed injection
                    technique. No problems were noted.
                    """),
            new Template(
                    "HHP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}

                    The patient's insurance changed on the first of the month. We need
                    the new plan's approval before we can ship {drug} again.
                    """),
            new Template(
                    "HHP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}

                    Patient: {name}

                    The patient missed the last {drug} refill. We have tried to reach
                    the patient twice. Please remind the patient at the next visit.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "HHO1",
                    "OTHER",
                    false,
                    """
                    Drug Recall Notice

                    A lot of hydrocortisone cream 2.5% is being recalled by the maker.
                    Patients who have this lot should return it to the pharmacy.
                    """),
            new Template(
                    "HHO2",
                    "OTHER",
                    false,
                    """
                    Regional Dermatology Society

                    You are invited to our spring meeting on biologic therapy in atopic
                    dermatitis. Seats are limited; register online.
                    """),
            new Template(
                    "HHO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Payment Summary

                    Claims paid this week: 14. Total: $3,482.10. Details are in the
                    remittance file on the portal.
                    """),
            new Template(
                    "HHO4",
                    "OTHER",
                    false,
                    """
                    {payer} Appeals

                    Re: {name}

                    Thank you for the appeal about {drug}. It has been assigned to a
                    reviewer who did not make the first decision. You will hear from us
                    within 30 days.
                    """));
}
