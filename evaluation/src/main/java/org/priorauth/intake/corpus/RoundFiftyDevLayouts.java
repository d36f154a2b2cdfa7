package org.priorauth.intake.corpus;

import java.util.List;
import org.priorauth.intake.corpus.CorpusTemplates.Template;

/**
 * The hundred-and-third set of corpus layouts, all dev: letters as systems print them. Portal exports of key and
 * value, status codes with their meaning, work queues and case histories whose last line is the news, short
 * notifications in capitals; pharmacies' and hubs' system messages; and system mail that is none of the four.
 */
final class RoundFiftyDevLayouts {

    private RoundFiftyDevLayouts() {}

    static final List<Template> ALL = List.of(
            // ------------------------------------------------------------ DENIAL
            new Template(
                    "CID1",
                    "DENIAL",
                    false,
                    """
                    PA_CASE_ID={ref}
                    MEMBER_NAME={name}
                    DRUG={drug}
                    CASE_STATUS=CLOSED
                    OUTCOME=DENIED
                    OUTCOME_REASON={reason}
                    """),
            new Template(
                    "CID2",
                    "DENIAL",
                    false,
                    """
                    {payer} - Case history {ref}
                    {earlier_us}  Request received
                    {earlier_us}  Clinical review started
                    {notice_us}  Adverse determination issued: {reason}
                    Patient: {name}    Drug: {drug}
                    """),
            new Template(
                    "CID3",
                    "DENIAL",
                    false,
                    """
                    *** PA NOTIFICATION ***
                    PATIENT: {name}
                    MEDICATION: {drug}    REF: {ref}
                    RESULT CODE: D2 - NOT MEDICALLY NECESSARY
                    {reason}
                    APPEAL RIGHTS ENCLOSED
                    """),
            new Template(
                    "CID4",
                    "DENIAL",
                    false,
                    """
                    {pbm} ePA
                    Request {ref} for {name}
                    Answer received. Determination: the request does not meet
                    coverage criteria and is closed as not approved.
                    {reason}
                    """),
            // ------------------------------------------------------------ MORE_INFO_REQUEST
            new Template(
                    "CIM1",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    PA_CASE_ID={ref}
                    MEMBER_NAME={name}
                    CASE_STATUS=PENDED
                    PEND_REASON=CLINICAL NOTES NOT RECEIVED{asks:chart notes}
                    RESPONSE_DUE={deadline_us}
                    """),
            new Template(
                    "CIM2",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {payer} - Case history {ref}
                    {earlier_us}  Request received
                    {notice_us}  Pended: reviewer requests lab results{asks:lab results}
                    Patient: {name}    Drug: {drug}
                    Reply by {deadline_us} to keep the case open.
                    """),
            new Template(
                    "CIM3",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    *** PA NOTIFICATION ***
                    PATIENT: {name}    REF: {ref}
                    STATUS: ADDITIONAL INFORMATION REQUIRED
                    ITEM: DIAGNOSIS CODE{asks:diagnosis}
                    DUE: {deadline_us}
                    """),
            new Template(
                    "CIM4",
                    "MORE_INFO_REQUEST",
                    false,
                    """
                    {pbm} ePA
                    Request {ref} for {name} ({drug})
                    Question set attached. Answer the questions on prior
                    therapy{asks:prior therapy history} by {deadline_us} to continue the review.
                    """),
            // ------------------------------------------------------------ APPROVAL
            new Template(
                    "CIA1",
                    "APPROVAL",
                    false,
                    """
                    PA_CASE_ID={ref}
                    MEMBER_NAME={name}
                    DRUG={drug}
                    CASE_STATUS=CLOSED
                    OUTCOME=APPROVED
                    AUTH_START={start_us}
                    AUTH_END={end_us}
                    """),
            new Template(
                    "CIA2",
                    "APPROVAL",
                    false,
                    """
                    {payer} - Case history {ref}
                    {earlier_us}  Request received
                    {earlier_us}  Pended for chart notes
                    {notice_us}  Notes received; approved {start_us} - {end_us}
                    Patient: {name}    Drug: {drug}
                    """),
            new Template(
                    "CIA3",
                    "APPROVAL",
                    false,
                    """
                    *** PA NOTIFICATION ***
                    PATIENT: {name}
                    MEDICATION: {drug}    REF: {ref}
                    RESULT CODE: A1 - APPROVED AS REQUESTED
                    VALID {start_us} THRU {end_us}
                    """),
            new Template(
                    "CIA4",
                    "APPROVAL",
                    false,
                    """
                    {pbm} ePA
                    Request {ref} for {name}
                    Answer received. Determination: criteria met. {drug} is
                    approved through {end_us}. No further action is needed.
                    """),
            // ------------------------------------------------------------ PHARMACY_NOTICE
            new Template(
                    "CIP1",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy} ORDER STATUS
                    PATIENT={name}
                    RX={drug}
                    STATUS=SHIPPED
                    """),
            new Template(
                    "CIP2",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub} case update
                    Patient: {name}    Product: {drug}
                    Benefits verification complete: PA on file, approved.
                    Next step: specialty pharmacy triage.
                    """),
            new Template(
                    "CIP3",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {pharmacy}
                    *** PRESCRIPTION ON HOLD ***
                    {name} - {drug}: claim rejected, prior authorization
                    required by the plan. Please start a PA with the plan.
                    """),
            new Template(
                    "CIP4",
                    "PHARMACY_NOTICE",
                    false,
                    """
                    {hub} case update
                    Patient: {name}    Product: {drug}
                    The plan denied the PA. Enrolled in the patient assistance
                    program while an appeal is considered.
                    """),
            // ------------------------------------------------------------ OTHER
            new Template(
                    "CIO1",
                    "OTHER",
                    false,
                    """
                    SYSTEM NOTICE
                    The provider portal will be down for maintenance Sunday
                    from 1 AM to 5 AM. Pending and approved requests are not
                    affected.
                    """),
            new Template(
                    "CIO2",
                    "OTHER",
                    false,
                    """
                    ELIGIBILITY_CHECK
                    MEMBER_NAME={name}
                    DOB={dob_us}
                    COVERAGE_STATUS=ACTIVE
                    PA_REQUIRED=Y
                    """),
            new Template(
                    "CIO3",
                    "OTHER",
                    false,
                    """
                    {payer} - Case history {appealref}
                    {earlier_us}  Appeal received
                    {notice_us}  Appeal assigned to a reviewer
                    Member: {name}
                    A decision will be sent when the review is complete.
                    """),
            new Template(
                    "CIO4",
                    "OTHER",
                    false,
                    """
                    Password reset
                    A password reset was requested for your provider portal
                    account. If this was not you, call the help desk.
                    """));
}
