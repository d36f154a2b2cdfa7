package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighty-fifth set of corpus layouts, held back whole: written after the rules and model of 5e27dbc froze and
 * evaluated once. Short notices in a table of labels and values, letters that answer the member's questions,
 * messages from a plan's nurse line, and mail that mentions decisions in passing.
 */
final class EightyFifthLayouts {

    private EightyFifthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BPA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Review Outcome

                    Member name ....... {name}
                    Drug .............. {drug}
                    Outcome ........... Coverage granted
                    Valid through ..... {end_us}
                    """),
            new Template(
                    "BPA2",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Dear Prescriber,
                    Thank you for the records for {name}. They show the
                    criteria are met, and {drug} is now authorized under
                    {ref} until {end_us}.
                    """),
            new Template(
                    "BPA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Nurse Line</p>
                    <p>Message for the office about {name}: the appeal for {drug}
                    was decided in the member's favor today. Coverage restarts
                    {start_us}.</p>
                    </body></html>
                    """),
            new Template(
                    "BPA4",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Dear {name},
                    You asked whether your plan will pay for {drug}. The answer
                    is yes, from {start_us} through {end_us}, after your usual
                    copay. Reference {ref}.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BPD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Review Outcome

                    Member name ....... {name}
                    Drug .............. {drug}
                    Outcome ........... Coverage not granted
                    Reason ............ {reason}
                    """),
            new Template(
                    "BPD2",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Dear Prescriber,
                    Thank you for the records for {name}. They do not show
                    the criteria are met, so {drug} is not authorized
                    under {ref}. {reason}
                    """),
            new Template(
                    "BPD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Nurse Line</p>
                    <p>Message for the office about {name}: the appeal for {drug}
                    was decided against the member today; the first decision
                    stands. The written notice follows by mail.</p>
                    </body></html>
                    """),
            new Template(
                    "BPD4",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Dear {name},
                    You asked whether your plan will pay for {drug}. The answer
                    is no. {reason}
                    Reference {ref}. You have the right to appeal.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BPM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Pharmacy Coverage Review Outcome

                    Member name ....... {name}
                    Drug .............. {drug}
                    Outcome ........... Not yet decided - information needed
                    Needed ............ {items_list}
                    Due ............... {deadline_us}
                    """),
            new Template(
                    "BPM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}

                    Dear Prescriber,
                    Thank you for the records for {name}. Before we can decide
                    on {drug} ({ref}), we also need the date and result of the
                    patient's TB screening, by {deadline_us}.{asks:TB test}
                    """),
            new Template(
                    "BPM3",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Nurse Line</p>
                    <p>Message for the office about {name}: the reviewer on the
                    {drug} request wants to know the patient's current BSA. Please
                    call back or fax it by {deadline_us}.{asks:severity score / BSA}</p>
                    </body></html>
                    """),
            new Template(
                    "BPM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Dear {name},
                    We are still reviewing your doctor's request for {drug}. We
                    have asked your doctor for more records. We will write to you
                    once we decide, no later than {deadline_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BPP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Order Summary

                    Patient ........... {name}
                    Drug .............. {drug}
                    Status ............ Shipped
                    Arrives ........... {start_us}
                    """),
            new Template(
                    "BPP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Dear Prescriber,
                    {name}'s plan now requires a new prior authorization for
                    {drug} before the next fill. We have one dose left on hand
                    for the patient.
                    """),
            new Template(
                    "BPP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>Message for the office about {name}: the patient's copay
                    card for {drug} was renewed for next year.</p>
                    </body></html>
                    """),
            new Template(
                    "BPP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Dear {name},
                    Your {drug} is ready. Please choose a delivery day by calling
                    us; a cold pack keeps it safe for 48 hours.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BPO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Directory Update

                    Practice ......... Dermatology office
                    Status ........... Accepting new patients
                    Please confirm these details within 30 days.
                    """),
            new Template(
                    "BPO2",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Dear Prescriber,
                    Thank you for taking part in our prior authorization
                    program last year. Most requests were decided within two
                    days. No action is needed.
                    """),
            new Template(
                    "BPO3",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Nurse Line</p>
                    <p>Message for the office about {name}: the member called to ask
                    how to use the {drug} pen. We walked them through it. No
                    further action.</p>
                    </body></html>
                    """),
            new Template(
                    "BPO4",
                    "OTHER",
                    false,
                    """
                    Pathology Report

                    Patient: {name}      DOB: {dob_us}
                    Specimen: skin punch biopsy, left forearm
                    Diagnosis: spongiotic dermatitis, consistent with eczema.
                    """));
}
