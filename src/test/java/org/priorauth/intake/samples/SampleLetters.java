package org.priorauth.intake.samples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The synthetic cases and the letters written to them, in the varied wording real payers, pharmacies and
 * hubs use. Every letter is invented; the organisations named are only there because letters name them.
 */
public final class SampleLetters {

    private SampleLetters() {}

    public static final SyntheticCase LINDQVIST = new SyntheticCase(
            "Harriet Lindqvist",
            LocalDate.of(1979, 3, 14),
            "XKP482913207",
            "Aetna",
            "Dupixent",
            "dupilumab",
            "PA-2026-118734");
    public static final SyntheticCase OKONKWO = new SyntheticCase(
            "Marcus Okonkwo-Reyes",
            LocalDate.of(1991, 7, 2),
            "W883014552",
            "UnitedHealthcare",
            "Skyrizi",
            "risankizumab-rzaa",
            "UHC77120934");
    public static final SyntheticCase CASTELLANOS = new SyntheticCase(
            "Priya Castellanos",
            LocalDate.of(1985, 11, 23),
            "CGN5520198-01",
            "Cigna",
            "Cosentyx",
            "secukinumab",
            "2600481177");
    public static final SyntheticCase VANCE = new SyntheticCase(
            "Theodore Vance",
            LocalDate.of(1962, 5, 9),
            "H44018873",
            "Humana",
            "Otezla",
            "apremilast",
            "HUM-PA-5531902");
    public static final SyntheticCase FERNHALL = new SyntheticCase(
            "Lucia Fernhall",
            LocalDate.of(2009, 1, 30),
            "BCB221907734-03",
            "Blue Cross Blue Shield",
            "Dupixent",
            "dupilumab",
            "BCX4410297");
    public static final SyntheticCase ADEYEMI = new SyntheticCase(
            "Samuel Adeyemi",
            LocalDate.of(1974, 9, 17),
            "AET99013452",
            "Aetna",
            "Tremfya",
            "guselkumab",
            "PA-2026-120055");
    public static final SyntheticCase KOWALCZYK = new SyntheticCase(
            "Nadia Kowalczyk",
            LocalDate.of(1988, 12, 5),
            "MOL7730016684",
            "Molina Healthcare",
            "Taltz",
            "ixekizumab",
            "MHP-88213407");
    public static final SyntheticCase WHITLOCK = new SyntheticCase(
            "Graham Whitlock",
            LocalDate.of(1957, 4, 21),
            "1EG4TE5MK72",
            "Medicare",
            "Skyrizi",
            "risankizumab-rzaa",
            "MPD-3390125");

    static final List<SyntheticCase> CASES =
            List.of(LINDQVIST, OKONKWO, CASTELLANOS, VANCE, FERNHALL, ADEYEMI, KOWALCZYK, WHITLOCK);

    static String us(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
    }

    static String longDate(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US));
    }

    static final LocalDate NOTICE = LocalDate.of(2026, 11, 16);

    /** Fax cover sheet, the first page of many faxes: one document with the letter (CONTRACT.md). */
    static String coverSheet(String from, String fromFax, int pages) {
        return """
                FAX COVER SHEET

                To:      Dermatology Associates - Prior Authorization
                Fax:     (555) 010-4471
                From:    %s
                Fax:     %s
                Pages:   %d (including cover)

                CONFIDENTIALITY NOTICE: This facsimile contains protected health
                information. If you received it in error, notify the sender and
                destroy all copies.
                """
                .formatted(from, fromFax, pages);
    }

    public static String denialAetna(SyntheticCase c) {
        return """
                Aetna Pharmacy Management
                Precertification Unit

                Date of this notice: %s

                NOTICE OF DENIAL OF COVERAGE

                Member name: %s          Date of birth: %s
                Member ID: %s
                Reference #: %s
                Medication requested: Dupixent (dupilumab) 300 mg/2 mL pen

                We reviewed the request your doctor sent for the medication above.
                The request is not approved. Date of decision: %s

                Reason for denial: The information provided does not show a trial
                and failure of at least two topical corticosteroids or a topical
                calcineurin inhibitor, as our policy requires for this medication.

                You have the right to appeal this decision. Your appeal must be
                made within 180 days of the date of this notice. Your doctor may
                also ask for a peer-to-peer review with our medical director.
                """
                .formatted(longDate(NOTICE), c.name(), c.dobUs(), c.memberId(), c.paReference(), us(NOTICE));
    }

    public static String partialApproval(SyntheticCase c) {
        return """
                MOLINA HEALTHCARE - MEDICAID PHARMACY PRIOR AUTHORIZATION

                DETERMINATION: PARTIALLY APPROVED

                Date: %s
                Patient: %s
                DOB: %s
                Medicaid ID: %s
                PA Number: %s
                Drug: Taltz (ixekizumab) 80 mg/mL autoinjector

                Requested: 80 mg every 2 weeks for 12 weeks, then every 4 weeks.
                Approved: 80 mg every 4 weeks for 6 months.

                The induction dosing was denied because it exceeds the plan's
                quantity limit for this drug. The maintenance dose was approved
                for the period 11/18/2026 through 05/17/2027.

                If you disagree with the part of the request that was denied,
                you or your prescriber may request an appeal no later than
                01/15/2027.
                """
                .formatted(us(NOTICE.plusDays(2)), c.name(), c.dobUs(), c.memberId(), c.paReference());
    }

    public static String appealUpheld(SyntheticCase c) {
        return """
                Cigna Healthcare
                Appeals Unit

                %s

                Re: Appeal decision
                Customer: %s
                Date of birth: %s
                Customer ID: %s
                Case #: %s
                Medication: secukinumab (Cosentyx) 150 mg

                We completed our review of the appeal for the medication above.
                After review by a board-certified dermatologist, the original
                decision is upheld. The criteria for coverage were not met:
                the records do not document a BSA of 10 percent or more, or
                involvement of a special area, before treatment.

                You may request an external review by an independent review
                organization within 4 months of receiving this letter.
                """
                .formatted(longDate(NOTICE.minusDays(3)), c.name(), c.dobUs(), c.memberId(), c.paReference());
    }

    public static String moreInfoFax(SyntheticCase c) {
        return """
                Blue Cross Blue Shield
                Utilization Management - Pharmacy

                REQUEST FOR ADDITIONAL INFORMATION

                Date: %s
                Patient Name: %s
                DOB: %s
                Member #: %s
                Authorization #: %s
                Drug: Dupixent 200 mg/1.14 mL

                Your request has been pended. We cannot complete our review
                without the following clinical information:

                  1. Current disease severity (EASI score or percent BSA)
                  2. Photographs of the affected areas, if available
                  3. Medications tried for atopic dermatitis, with dates and
                     outcomes

                Please fax the records to (555) 010-9920 no later than %s.
                If we do not receive them, the request may be denied for lack
                of information.
                """
                .formatted(
                        us(NOTICE.plusDays(1)),
                        c.name(),
                        c.dobUs(),
                        c.memberId(),
                        c.paReference(),
                        us(NOTICE.plusDays(15)));
    }

    public static String moreInfoMail(SyntheticCase c) {
        return """
                This message is about a prescription drug prior authorization request.

                Plan: Medicare Part D prescription drug plan
                Beneficiary: %s
                Date of Birth: %s
                MBI: %s
                Request ID: %s
                Drug: Skyrizi (risankizumab-rzaa) 150 mg/mL

                To complete the coverage determination we need additional
                information from the prescriber. Please send a negative TB test
                (QuantiFERON or PPD) from the last 12 months and chart notes from
                the most recent office visit.

                Please respond within 14 days of the date of this notice.
                Date of notice: %s

                If we do not receive the information, the request will be
                decided on the information we have, which may result in a denial.
                """
                .formatted(c.name(), c.dobUs(), c.memberId(), c.paReference(), us(NOTICE.plusDays(2)));
    }

    public static String approvalFax(SyntheticCase c) {
        return """
                UnitedHealthcare
                OptumRx Prior Authorization

                Approval Notice

                Date: %s
                Member: %s
                Date of Birth: %s
                Member ID: %s
                Reference Number: %s
                Medication: Skyrizi 150 mg/mL pen

                Your request for the medication above has been approved.
                Approved from 11/12/2026 through 11/11/2027.

                The prescription can be filled at a network specialty pharmacy.
                Keep this notice for your records.
                """
                .formatted(us(NOTICE.minusDays(4)), c.name(), c.dobUs(), c.memberId(), c.paReference());
    }

    public static String approvalAfterAppeal(SyntheticCase c) {
        return """
                Humana Clinical Pharmacy Review

                Notice of Redetermination

                Date: %s
                Patient name: %s
                DOB: %s
                Member ID: %s
                Authorization #: %s
                Drug: Otezla (apremilast) 30 mg tablets

                On 10/02/2026 we denied coverage of this drug because step therapy
                had not been documented. You asked us to reconsider.

                We have overturned the denial. Based on the additional records
                your doctor sent, your request is approved for the period
                11/10/2026 through 11/09/2027.
                """
                .formatted(us(NOTICE.minusDays(6)), c.name(), c.dobUs(), c.memberId(), c.paReference());
    }

    public static String approvalMail(SyntheticCase c) {
        return """
                CVS Caremark - Coverage Determination

                Date: %s
                Patient: %s
                DOB: %s
                Member ID: %s
                PA #: %s

                Good news: the coverage request for Tremfya (guselkumab) 100 mg/mL
                has been approved. Approval period: 11/15/2026 to 11/14/2027.
                No further action is needed from the prescriber.
                """
                .formatted(us(NOTICE.minusDays(1)), c.name(), c.dobUs(), c.memberId(), c.paReference());
    }

    public static String pharmacyPaRequired(SyntheticCase c) {
        return """
                Accredo Specialty Pharmacy
                Intake Department

                Date: %s

                PRESCRIPTION ON HOLD - PRIOR AUTHORIZATION REQUIRED

                Patient: %s    DOB: %s
                Rx: Dupixent 200 mg/1.14 mL prefilled syringe

                We received the prescription for the patient above. The claim
                was rejected by the plan: prior authorization required. We will
                hold the prescription and dispense as soon as the plan approves.
                Call our intake team if the authorization is already on file.
                """
                .formatted(us(NOTICE.minusDays(2)), c.name(), c.dobUs());
    }

    public static String hubEnrollment(SyntheticCase c) {
        return """
                Skyrizi Complete patient support program

                Patient: %s
                Date of Birth: %s

                The benefits investigation for this patient is complete. The
                patient has been enrolled in the copay savings program; the
                copay card is active and the patient's out-of-pocket cost will
                be as low as $5 per dose.

                A nurse ambassador will contact the patient to schedule the
                first injection training.
                """
                .formatted(c.name(), c.dobUs());
    }

    public static String shipmentScheduled(SyntheticCase c) {
        return """
                CVS Specialty Pharmacy

                Delivery confirmation

                Patient: %s     DOB: %s
                Medication: Dupixent 300 mg/2 mL pen, quantity 2

                Good news: the patient's insurance has approved the medication
                and the first shipment is scheduled. Delivery date: %s, by 8 pm,
                to the patient's home address on file.

                Refills will be coordinated with the patient 7 days before each
                dose is due.
                """
                .formatted(c.name(), c.dobUs(), us(NOTICE.plusDays(4)));
    }

    public static String appealAcknowledgement(SyntheticCase c) {
        return """
                Cigna Healthcare
                Appeals Unit

                Date: %s

                Customer: %s
                Date of birth: %s
                Customer ID: %s

                We have received your appeal of the denied request for Cosentyx.
                This letter only confirms that your appeal was received on
                11/02/2026. No decision has been made yet.

                An appeal of a denied pharmacy request is usually decided within
                30 days. We will send our decision in writing.
                """
                .formatted(us(NOTICE.minusDays(10)), c.name(), c.dobUs(), c.memberId());
    }

    public static String labResults(SyntheticCase c) {
        return """
                Northfield Reference Laboratory

                LABORATORY REPORT

                Patient: %s
                DOB: %s
                Specimen collected: 11/09/2026   Specimen type: Serum

                Test                         Result      Reference range
                QuantiFERON-TB Gold Plus     Negative    Negative
                ALT                          22 U/L      7-56 U/L
                AST                          19 U/L      10-40 U/L

                Final report. Ordering provider: Dermatology Associates.
                """
                .formatted(c.name(), c.dobUs());
    }

    static String marketingHtml() {
        return """
                <html><body>
                <h2>Join our free webinar: Documentation tips for biologics</h2>
                <p>Practices like yours spend hours on paperwork. Learn how our revenue cycle team
                can help, and save 20% with this limited time special offer.</p>
                <p><a href="https://example.invalid/register">Register now</a></p>
                <p style="font-size:small">To unsubscribe from these emails, click here.</p>
                </body></html>
                """;
    }

    public static String portalPended(SyntheticCase c) {
        return """
                <!DOCTYPE html>
                <html><head><title>ePA Request Status</title></head>
                <body>
                <h1>Electronic Prior Authorization</h1>
                <table>
                  <tr><th>Patient Name:</th><td>%s</td></tr>
                  <tr><th>Date of Birth:</th><td>%s</td></tr>
                  <tr><th>Member ID:</th><td>%s</td></tr>
                  <tr><th>Plan:</th><td>Aetna</td></tr>
                  <tr><th>Drug:</th><td>guselkumab 100 mg/mL</td></tr>
                  <tr><th>Case ID:</th><td>%s</td></tr>
                  <tr><th>Status:</th><td>Pended - additional information required</td></tr>
                </table>
                <h2>Questions from the plan</h2>
                <p>The plan needs more information to reach a determination. Please submit:</p>
                <ul>
                  <li>Prior therapies tried for plaque psoriasis, with duration and response</li>
                  <li>Most recent PASI or BSA assessment</li>
                </ul>
                <p>Respond by %s. Requests without a response are closed.</p>
                </body></html>
                """
                .formatted(c.name(), c.dobUs(), c.memberId(), c.paReference(), us(NOTICE.plusDays(7)));
    }

    public static String eligibilityHtml(SyntheticCase c) {
        return """
                <!DOCTYPE html>
                <html><head><title>Eligibility and Benefits</title></head>
                <body>
                <h1>Eligibility Response</h1>
                <p>Payer: Molina Healthcare</p>
                <p>Subscriber name: %s<br>Date of birth: %s<br>Subscriber ID: %s</p>
                <p>Coverage status: Active. Pharmacy benefit: Yes.</p>
                <table>
                  <tr><th>Service</th><th>PA required</th></tr>
                  <tr><td>Specialty drugs (Taltz)</td><td>Yes</td></tr>
                  <tr><td>Office visit</td><td>No</td></tr>
                </table>
                </body></html>
                """
                .formatted(c.name(), c.dobUs(), c.memberId());
    }
}
