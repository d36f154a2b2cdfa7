package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The sixty-sixth set of corpus layouts, all dev: denials that speak of an approval they are not (the approval
 * that ends, the lower dose approved in place of the one asked, the other drug the plan would approve, an
 * approval "subject to" a condition the request failed), approvals written as routine account mail, requests
 * that speak of what an approval needs, and other mail about approvals that are not a prior authorization's.
 */
final class RoundThirtyTwoDevLayouts {

    private RoundThirtyTwoDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "AVD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Coverage Review Outcome

                    Member: {name}      Review #: {ref}

                    Your doctor asked us to cover {drug} every 2 weeks. We approved it
                    every 4 weeks instead. The dosing asked for is more than the label
                    allows for this diagnosis. {reason}
                    """),
            new Template(
                    "AVD2",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>{pbm} Clinical Pharmacy Services</p>
                    <p>Patient: {name} &nbsp; Reference: {ref}</p>
                    <p>We reviewed the request for {drug}. The plan would approve a
                    preferred alternative ({altdrug}) without further review, but it
                    cannot approve {drug} for this member. {reason}</p>
                    </body></html>
                    """),
            new Template(
                    "AVD3",
                    "DENIAL",
                    false,
                    """
                    {payer}

                    RE: {name}      Auth: {ref}

                    Your earlier approval of {drug} ran from {earlier_us} to {end_us}.
                    The renewal request sent on {notice_us} does not meet the plan's
                    continuation criteria and coverage will stop when the earlier
                    approval ends. {reason}
                    """),
            new Template(
                    "AVD4",
                    "DENIAL",
                    false,
                    """
                    {payer} Medical Management
                    UTILIZATION REVIEW DETERMINATION

                    Member Name: {nameUpper}      Tracking No.: {ref}
                    Item reviewed: {drug}
                    Approved quantity: 1 pen per 28 days
                    Requested quantity: 2 pens per 28 days
                    Quantity above the approved amount is not covered. {reason}
                    """),
            new Template(
                    "AVD5",
                    "DENIAL",
                    true,
                    """
                    <html><body>
                    <p>Hello,</p>
                    <p>This is about {name}'s request for {drug} (case {ref}). Approval
                    is subject to the member having tried two preferred products first.
                    The records show one, so the request does not qualify. {reason}</p>
                    <p>{payer} Pharmacy Team</p>
                    </body></html>
                    """),
            new Template(
                    "AVD6",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Second-Level Appeal Result

                    Enrollee: {name}      Appeal ID: {appealref}

                    A physician who did not take part in the first review looked at
                    the appeal for {drug}. The first decision stands. {reason}
                    You may ask for an external review within {days} days.
                    """),
            new Template(
                    "AVD7",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    PA Status Report

                    {nameLF}      {ref}      {drug}
                    Approved portion: loading dose only
                    Maintenance: no coverage
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "AVM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}

                    Member: {name}      Request #: {ref}

                    To approve {drug} the reviewer needs to see the following, and it
                    was not in what you sent:
                    {items_list}
                    We will wait for it until {deadline_us}.
                    """),
            new Template(
                    "AVM2",
                    "MORE_INFO_REQUEST",
                    true,
                    """
                    <html><body>
                    <p>{pbm} Prior Authorization</p>
                    <p>RE: {name}, ref {ref}</p>
                    <p>The request for {drug} is incomplete. An approval needs the
                    diagnosis code and the dates of the therapies tried. Reply with
                    both by {deadline_us}.{asks:diagnosis|prior therapy history}</p>
                    </body></html>
                    """),
            new Template(
                    "AVM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} Pharmacy Review
                    PENDING - ACTION NEEDED

                    Patient: {name}      Case: {ref}      Drug: {drug}
                    Approval could not be decided with the records on file.
                    Needed: {items_list}
                    Due: {deadline_us}
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "AVA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Member Account Update

                    Account: {name}      Reference: {ref}

                    We have added an authorization for {drug} to the member's
                    pharmacy benefit. It runs from {start_us} through {end_us}. No action
                    is needed from you.
                    """),
            new Template(
                    "AVA2",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>Dear Provider,</p>
                    <p>Good news for {name}: the request for {drug} (ref {ref}) was
                    reviewed on {decision_us} and it meets the plan's criteria. The
                    pharmacy can fill it through {end_us}.</p>
                    <p>{payer}</p>
                    </body></html>
                    """),
            new Template(
                    "AVA3",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Appeal Outcome

                    Member: {name}      Appeal: {appealref}

                    We first denied {drug} because the step therapy was not shown. The
                    appeal included the records of it, and we now cover {drug} from
                    {start_us} to {end_us}.
                    """),
            new Template(
                    "AVA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Authorization on File

                    {nameLF}      PA {ref}
                    {drug}      Effective {start_us}      Expires {end_us}
                    Claims for this drug will pay at the member's tier copay.
                    """),
            new Template(
                    "AVA5",
                    "APPROVAL",
                    true,
                    """
                    <html><body>
                    <p>{payer} provider portal message</p>
                    <p>Case {ref} for {name}: your request for {drug} is complete.
                    Outcome: authorized in full, {start_us} to {end_us}.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "AVP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Prescription Status

                    Patient: {name}      Rx: {drug}
                    The plan approved the prescription, and we have scheduled the first
                    delivery for {start_us}. Call us to change the date.
                    """),
            new Template(
                    "AVP2",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <p>{hub}</p>
                    <p>{name} has been approved for the manufacturer's copay program for
                    {drug}. The card covers the copay through {end_us}.</p>
                    </body></html>
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "AVO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Network Services

                    Your application to add a new clinic location has been approved.
                    The location will appear in the directory within 30 days.
                    """),
            new Template(
                    "AVO2",
                    "OTHER",
                    true,
                    """
                    <html><body>
                    <p>{payer} Appeals Unit</p>
                    <p>We received the appeal for {name} ({ref}) about {drug}. A
                    reviewer will decide whether the denial is overturned or upheld.
                    You will have our answer within {days} days.</p>
                    </body></html>
                    """),
            new Template(
                    "AVO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Formulary Notice

                    Starting {start_us}, {drug} moves to the preferred tier. Members
                    with an approved authorization keep it until it ends; new requests
                    will be approved without step therapy.
                    """));
}
