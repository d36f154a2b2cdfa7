package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixty-second set of corpus layouts, all dev: approvals that carry the words of the inbox's other mail
 * (a "this is not a bill" footer, a medical policy cited as met, a case-management offer, a duplicate request
 * closed beside the one approved, an explanation-of-benefits note, a welcome to a program), approvals that
 * name something else not approved, and denials, requests and other mail in the same words.
 */
final class RoundThirtyDevLayouts {

    private RoundThirtyDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "ARA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}      Member ID: {member}      Auth: {ref}

                    {drug} meets our medical policy for this member and is approved
                    from {start_us} through {end_us}.

                    This is not a bill. Keep this letter for your records.
                    """),
            new Template(
                    "ARA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Case: {ref}

                    Two requests for {drug} reached us for this member. We closed the
                    duplicate request and approved the other one; coverage runs through
                    {end_us}.
                    """),
            new Template(
                    "ARA3",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer}</p>
                    <p>Member: {name} | Authorization: {ref}</p>
                    <p>Good news: {drug} is authorized until {end_us}.</p>
                    <p>Members who start a biologic can join our voluntary case management
                    program. A nurse will call to offer it; joining is up to the member.</p>
                    </body></html>
                    """),
            new Template(
                    "ARA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}

                    Patient: {name}      PA: {ref}

                    {drug}: APPROVED {start_us} - {end_us}
                    The loading dose was not requested and is not part of this
                    authorization. Claims will show on the member's explanation of
                    benefits as usual.
                    """),
            new Template(
                    "ARA5",
                    "APPROVAL",
                    false,
                    """
                    {payer} Appeals

                    Member: {name}      Appeal: {appealref}      PA: {ref}

                    Your appeal about {drug} has been decided. The reviewer found the
                    first decision was wrong: the member had tried two topical steroids.
                    {drug} is covered through {end_us}.
                    """),
            new Template(
                    "ARA6",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Medication Request Determination

                    Member: {name}      Request: {ref}

                    Requested: {drug}          Decision: Approved
                    Requested quantity: 2 pens per 28 days     Approved quantity: 2 pens per 28 days
                    Authorization period: {start_us} to {end_us}
                    """),
            new Template(
                    "ARA7",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>Message from {payer} provider portal</p>
                    <p>Re: {name}, request {ref}</p>
                    <p>The status of this request changed from Pended to Approved on
                    {decision_us}. {drug} may be dispensed through {end_us}. A copy of the
                    approval letter was mailed to the member.</p>
                    </body></html>
                    """),
            new Template(
                    "ARA8",
                    "APPROVAL",
                    false,
                    """
                    {payer}

                    Member: {name}      ID: {member}
                    Reference: {ref}

                    We have approved the request for {drug}. The higher dose asked for in
                    the spring is not part of this request and was not reviewed again.
                    Approved dates: {start_us} to {end_us}.
                    """),
            new Template(
                    "ARA9",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Welcome to specialty pharmacy coverage

                    Patient: {name}      Case: {ref}

                    Your prescriber's request for {drug} was approved through {end_us}.
                    Your first fill will come from our specialty pharmacy; they will call
                    to set up delivery.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "ARO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Explanation of Benefits - This is not a bill

                    Member: {name}
                    Service: specialist office visit      Plan paid: $112.40
                    You may owe the provider: $35.00
                    """),
            new Template(
                    "ARO2",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Medical Policy Update

                    From {start_us}, our policy for biologics in atopic dermatitis asks for
                    one topical trial instead of two. Requests already approved are not
                    affected.
                    """),
            new Template(
                    "ARO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Case Management

                    Member: {name}

                    A nurse case manager has been assigned to this member. She will call
                    the member this week. Please send any questions to the number below.
                    """),
            new Template(
                    "ARO4",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} provider portal</p>
                    <p>Request {ref} for {name} was closed as a duplicate of an earlier
                    request for {drug}. The earlier request stays open and will be decided
                    on its own.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "ARD1",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    Member: {name}      Auth: {ref}

                    {drug} does not meet our medical policy for this member and is not
                    approved. {reason}

                    This is not a bill.
                    """),
            new Template(
                    "ARD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Medication Request Determination

                    Member: {name}      Request: {ref}

                    Requested: {drug}          Decision: Modified
                    Requested quantity: 2 pens per 28 days     Approved quantity: 1 pen per 28 days
                    {reason}
                    """),
            new Template(
                    "ARD3",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>Message from {payer} provider portal</p>
                    <p>Re: {name}, request {ref}</p>
                    <p>The status of this request changed from Pended to Denied. {reason}
                    A copy of the letter was mailed to the member.</p>
                    </body></html>
                    """),
            new Template(
                    "ARD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Appeals

                    Member: {name}      Appeal: {appealref}      PA: {ref}

                    Your appeal about {drug} has been decided. The reviewer found the first
                    decision was right. {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "ARM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Auth: {ref}

                    Before {drug} can be reviewed against our medical policy we need:
                    {items_list}
                    Send these by {deadline_us}. This is not a bill.
                    """),
            new Template(
                    "ARM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>Message from {payer} provider portal</p>
                    <p>Re: {name}, request {ref}</p>
                    <p>The status of this request changed from Received to Pended. The
                    reviewer needs the last two visit notes for {drug}. Upload them by
                    {deadline_us}.{asks:chart notes}</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "ARP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}

                    Good news: the plan approved {drug}. We will call the patient to set up
                    delivery. This is not a bill; the patient's copay will be confirmed
                    on that call.
                    """));
}
