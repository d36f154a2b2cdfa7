package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The eighty-eighth set of corpus layouts, held back whole: utilization-review and precertification wording,
 * decisions buried under a letter's general paragraphs, e-mail replies that carry the earlier message below an
 * "Original Message" line instead of quote marks, formulary exceptions, a plan's policy bulletin and the office's
 * own notes. Written after the rules and model of 7db56b8 froze, committed before its one evaluation.
 */
final class EightyEighthLayouts {

    private EightyEighthLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "BSD1",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    Utilization Review Determination

                    Member: {name}
                    Member ID: {member}
                    Service: {drug}
                    Review number: {ref}
                    Determination: Non-certification
                    Basis: {reason}
                    Appeal rights and instructions are on the back.
                    """),
            new Template(
                    "BSD2",
                    "DENIAL",
                    false,
                    """
                    {payer}
                    {notice_us}

                    Dear {name},
                    About this letter: we review some medicines before
                    the plan pays for them. This helps make sure they
                    are safe and right for you.
                    What we reviewed: {drug}, asked for by your doctor.
                    What we decided: the plan will not pay for it.
                    {reason}
                    You have {days} days from the date of this notice to
                    ask us to look again.
                    """),
            new Template(
                    "BSD3",
                    "DENIAL",
                    false,
                    """
                    {pbm}
                    Precertification Result

                    Patient: {name}      Case: {ref}
                    Drug requested: {drug} 300 mg every 2 weeks
                    Result: Approved with modifications
                    Approved: every 4 weeks only. The every 2 week
                    schedule was not approved.
                    """),
            new Template(
                    "BSD4",
                    "DENIAL",
                    false,
                    """
                    From: {payer} Provider Services
                    Subject: RE: {drug} request {ref}

                    The medical director reviewed the additional
                    notes you sent. The request still does not meet
                    criteria and remains denied.
                    {reason}

                    -----Original Message-----
                    From: Dermatology office
                    Sent: {earlier_us}
                    Attached are the notes you asked for. Please review.
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "BSM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    Predetermination - Additional Documentation Required

                    Member: {name}
                    Service: {drug}
                    Review number: {ref}
                    Documentation required:
                    {items_list}
                    Return by: {deadline_us}
                    """),
            new Template(
                    "BSM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm}
                    INCOMPLETE REQUEST

                    Patient: {name}
                    Drug: {drug}
                    The request form is missing the prescriber's
                    signature and the diagnosis code.{asks:diagnosis}
                    Please correct and fax back by {deadline_us}. The
                    request stays open until then.
                    """),
            new Template(
                    "BSM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    From: {payer} Pharmacy Review
                    Subject: RE: {drug} for {name}

                    Thanks for the call. To finish the review we need
                    a copy of the TB screening and the last office
                    note.{asks:TB test|chart notes} Reply to this message by
                    {deadline_us}.

                    -----Original Message-----
                    From: Dermatology office
                    Is there anything else you need for this request?
                    """),
            new Template(
                    "BSM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer}
                    {notice_us}

                    Dear {name},
                    About this letter: we review some medicines before
                    the plan pays for them.
                    What we reviewed: {drug}.
                    What happens now: we have not decided yet. We asked
                    your doctor for more records. If they reach us by
                    {deadline_us}, we will decide soon after.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "BSA1",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    Utilization Review Determination

                    Member: {name}
                    Member ID: {member}
                    Service: {drug}
                    Review number: {ref}
                    Determination: Certified
                    Certified period: {start_us} - {end_us}
                    """),
            new Template(
                    "BSA2",
                    "APPROVAL",
                    false,
                    """
                    {payer}
                    {notice_us}

                    Dear {name},
                    About this letter: we review some medicines before
                    the plan pays for them.
                    What we reviewed: {drug}, asked for by your doctor.
                    What we decided: the plan will pay for it from
                    {start_us} to {end_us}, at your usual copay.
                    """),
            new Template(
                    "BSA3",
                    "APPROVAL",
                    false,
                    """
                    From: {payer} Provider Services
                    Subject: RE: {drug} appeal {ref}

                    Good news. The appeal was overturned and the drug
                    is approved through {end_us}.

                    -----Original Message-----
                    From: Dermatology office
                    Sent: {earlier_us}
                    We are appealing the denial of {drug} for {name}.
                    """),
            new Template(
                    "BSA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm}
                    Formulary Exception

                    Patient: {name}
                    Drug: {drug}
                    We granted the exception. {drug} will be treated as
                    a preferred drug for this patient until {end_us}.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "BSP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}

                    Patient: {name}   DOB: {dob_us}
                    Good news: the insurance approved the prior
                    authorization for {drug}. The first fill copay is
                    $0 with the manufacturer card. We will call the
                    patient to set up delivery.
                    """),
            new Template(
                    "BSP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub}
                    Case Update

                    Patient: {name}
                    Product: {drug}
                    The plan did not approve the prior authorization.
                    Our team can help your office prepare an appeal,
                    and the patient may get a free bridge supply while
                    it is reviewed.
                    """),
            new Template(
                    "BSP3",
                    "PHARMACY_NOTICE",
                    true,
                    """
                    <html><body>
                    <h3>{pharmacy} - Prescriber Portal</h3>
                    <p>Order status for {name}</p>
                    <table>
                    <tr><td>Medication</td><td>{drug}</td></tr>
                    <tr><td>Status</td><td>Shipped</td></tr>
                    <tr><td>Expected delivery</td><td>{start_us}</td></tr>
                    </table>
                    </body></html>
                    """),
            new Template(
                    "BSP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    Therapy check-in

                    Patient: {name}
                    The patient told our pharmacist about injection
                    site redness after the last {drug} dose. We
                    suggested a cold pack. Please follow up if needed.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "BSO1",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Pharmacy Policy Bulletin

                    Starting next quarter, requests for {drug} need
                    the chart to show a trial of one preferred drug.
                    Requests that are already approved stay in place.
                    Denied requests can be sent again under the new
                    policy.
                    """),
            new Template(
                    "BSO2",
                    "OTHER",
                    false,
                    """
                    Office note - PA desk

                    {name}: {drug} PA sent to {payer} on
                    {earlier_us}, ref {ref}. Waiting for the decision.
                    Check the portal again on Friday.
                    """),
            new Template(
                    "BSO3",
                    "OTHER",
                    false,
                    """
                    {payer}
                    Provider Satisfaction Survey

                    Tell us how we did with your recent prior
                    authorization requests. Were decisions fast? Were
                    our letters clear? The survey takes 5 minutes.
                    """),
            new Template(
                    "BSO4",
                    "OTHER",
                    false,
                    """
                    From: {payer} Provider Services
                    Subject: RE: {drug} request {ref}

                    We received the records you sent. They are now
                    attached to the request, and the reviewer will see
                    them. You will get the decision by fax.

                    -----Original Message-----
                    From: Dermatology office
                    Attached are the chart notes you asked for.
                    """));
}
