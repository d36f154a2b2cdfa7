package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighty-third set of corpus layouts, held back whole: written after the rules and model of 49e5922 froze and
 * evaluated once. Letters with a second page of language-help and nondiscrimination notices, letters from a
 * utilization-management vendor on the plan's behalf, a decision on the second page, and requests withdrawn or
 * voided.
 */
final class EightyThirdLayouts {

    private EightyThirdLayouts() {}

    private static final String TAGLINES =
            """
            \f
            Language assistance: if you speak another language, help is
            available at no cost. Call the number on your ID card.
            We do not discriminate on the basis of race, color, national
            origin, age, disability or sex. If you believe we have failed to
            provide these services, you can file a grievance.
            """;

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BNA1",
                    "APPROVAL",
                    false,
                    """
                    Specialty Drug Review Services, on behalf of {payer}

                    Patient: {name}      DOB: {dob_us}
                    Request: {ref}       Drug: {drug}
                    Review result: the request meets the health plan's policy.
                    Approved for {start_us} through {end_us}.
                    """
                            + TAGLINES),
            new Template(
                    "BNA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization - Page 1 of 2

                    Member: {name}      Member ID: {member}
                    Drug: {drug}       Case: {ref}
                    We reviewed the records your doctor sent. Our decision
                    is on the next page.
                    \f
                    Page 2 of 2
                    Decision: Coverage approved. Dates: {start_us} - {end_us}.
                    """),
            new Template(
                    "BNA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal - Message Center</p>
                    <p>Subject: Update on {ref}</p>
                    <p>The pharmacist reviewer completed the review of {drug} for
                    {name}. The request is approved as written.</p>
                    </body></html>
                    """),
            new Template(
                    "BNA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Line  Drug                         Decision
                    1     {drug}                       Approved
                    2     Same drug, loading dose       Approved
                    Member: {name}     Ref: {ref}
                    Both lines are covered through {end_us}.
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BND1",
                    "DENIAL",
                    false,
                    """
                    Specialty Drug Review Services, on behalf of {payer}

                    Patient: {name}      DOB: {dob_us}
                    Request: {ref}       Drug: {drug}
                    Review result: the request does not meet the health plan's
                    policy. Reason: {reason}
                    """
                            + TAGLINES),
            new Template(
                    "BND2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization - Page 1 of 2

                    Member: {name}      Member ID: {member}
                    Drug: {drug}       Case: {ref}
                    We reviewed the records your doctor sent. Our decision
                    is on the next page.
                    \f
                    Page 2 of 2
                    Decision: Not approved.
                    Why: {reason}
                    """),
            new Template(
                    "BND3",
                    "DENIAL",
                    false,
                    """
                    {pbm}

                    Line  Drug                         Decision
                    1     {drug}                       Approved
                    2     Same drug, loading dose       Denied
                    Member: {name}     Ref: {ref}
                    The loading dose is not covered. You may appeal line 2.
                    """),
            new Template(
                    "BND4",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal - Message Center</p>
                    <p>Subject: Update on {ref}</p>
                    <p>The pharmacist reviewer completed the review of {drug} for
                    {name}. The request could not be approved: {reason}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BNM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    Specialty Drug Review Services, on behalf of {payer}

                    Patient: {name}      DOB: {dob_us}
                    Request: {ref}       Drug: {drug}
                    Review result: incomplete. We need {items_list}
                    by {deadline_us} to finish the review.
                    """
                            + TAGLINES),
            new Template(
                    "BNM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{payer} Provider Portal - Message Center</p>
                    <p>Subject: Update on {ref}</p>
                    <p>The pharmacist reviewer has paused the review of {drug} for
                    {name} and is waiting for the patient's recent lab work
                    (CBC and liver panel). Upload by {deadline_us}.{asks:lab results}</p>
                    </body></html>
                    """),
            new Template(
                    "BNM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization - Page 1 of 2

                    Member: {name}      Member ID: {member}
                    Drug: {drug}       Case: {ref}
                    We looked at the records your doctor sent. What we still
                    need is on the next page.
                    \f
                    Page 2 of 2
                    Still needed: {items_list}
                    Send by: {deadline_us}
                    """),
            new Template(
                    "BNM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    Peer-to-Peer Offer

                    Patient: {name}      Ref: {ref}
                    Drug: {drug}
                    Before we make a decision, our physician reviewer would like
                    to speak with the prescriber. Call by {deadline_us} to set a time.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BNP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}      DOB: {dob_us}
                    Drug: {drug}
                    We spoke with the patient. The copay is $0 with the savings
                    card. Shipment goes out {start_us}; signature needed.
                    """
                            + TAGLINES),
            new Template(
                    "BNP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Transfer

                    Patient: {name}      Drug: {drug}
                    At the patient's request we have moved this prescription to
                    another specialty pharmacy in the plan's network.
                    """),
            new Template(
                    "BNP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>Update for {name}: {payer} asked for more information on the
                    {drug} request. We let your office know in case you have not
                    seen the plan's letter yet.</p>
                    </body></html>
                    """),
            new Template(
                    "BNP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Therapy Start Check-In

                    Patient: {name}      Drug: {drug}
                    The patient took the first dose on {start_us} with our nurse
                    on the phone. No problems reported. Next refill in 28 days.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BNO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Pharmacy Prior Authorization

                    Member: {name}      Member ID: {member}
                    Drug: {drug}       Case: {ref}
                    This request was withdrawn at the prescriber's request on
                    {earlier_us}. No decision was made.
                    """),
            new Template(
                    "BNO2",
                    "OTHER",
                    false,
                    """
                    Specialty Drug Review Services, on behalf of {payer}

                    Request: {ref}
                    This request was voided because it was sent twice. The other
                    copy is under review; you do not need to do anything.
                    """
                            + TAGLINES),
            new Template(
                    "BNO3",
                    "OTHER",
                    false,
                    """
                    {payer}

                    Dear {name},
                    Thank you for being a member. Your yearly wellness visit is
                    covered at no cost. Call your doctor to schedule it.
                    """
                            + TAGLINES),
            new Template(
                    "BNO4",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>Derm Office Staff Chat</p>
                    <p>Did anyone hear back on {name}'s {drug}? I checked the portal:
                    still says in review. Will check again tomorrow.</p>
                    </body></html>
                    """));
}
