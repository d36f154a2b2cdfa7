package org.priorauth.intake.samples;

import static org.priorauth.intake.samples.LetterRenderer.*;
import static org.priorauth.intake.samples.SampleLetters.*;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code sample-inbox/}: the demo's synthetic cases ({@code cases.json}) and the documents that belong
 * to them, three or more of each type over the three channels, confusable ones among them, and
 * {@code truth.csv}, the type and case each document should end with. The letters are the same on every
 * run (fixed dates and noise seeds); only MIME boundaries differ.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.priorauth.intake.samples.SampleInboxGenerator -Dexec.args=sample-inbox</pre>
 */
public final class SampleInboxGenerator {

    private final Path root;

    SampleInboxGenerator(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "sample-inbox");
        new SampleInboxGenerator(root).writeAll();
        System.out.println("sample inbox written to " + root.toAbsolutePath());
    }

    /** The labelled truth of every sample: file, expected type and the case's PA reference (or null). */
    record Sample(String path, String type, String paReference) {}

    static final List<Sample> TRUTH = new ArrayList<>();

    void writeAll() throws Exception {
        TRUTH.clear();
        writeCases();

        // fax line
        write(
                "fax/fax-20261116-0907.tif",
                faxTiff(List.of(
                        faxPage(
                                coverSheet("Aetna Pharmacy Management", "(555) 010-3300", 2),
                                header("AETNA RX PA", 1, 2),
                                11),
                        faxPage(denialAetna(LINDQVIST), header("AETNA RX PA", 2, 2), 12))),
                "DENIAL",
                LINDQVIST);
        write(
                "fax/fax-20261117-1122.png",
                image(faxPage(moreInfoFax(FERNHALL), header("BCBS UM PHARMACY", 1, 1), 21), "png"),
                "MORE_INFO_REQUEST",
                FERNHALL);
        write(
                "fax/fax-20261112-1530.pdf",
                imagePdf(List.of(scannedPage(approvalFax(OKONKWO), 31))),
                "APPROVAL",
                OKONKWO);
        write(
                "fax/fax-20261114-0812.jpg",
                image(faxPage(pharmacyPaRequired(FERNHALL), header("ACCREDO INTAKE", 1, 1), 41), "jpeg"),
                "PHARMACY_NOTICE",
                FERNHALL);
        write(
                "fax/fax-20261118-1401.tif",
                faxTiff(List.of(faxPage(shipmentScheduled(LINDQVIST), header("CVS SPECIALTY", 1, 1), 51))),
                "PHARMACY_NOTICE",
                LINDQVIST);
        write(
                "fax/fax-20261106-1645.tif",
                faxTiff(List.of(faxPage(appealAcknowledgement(CASTELLANOS), header("CIGNA APPEALS", 1, 1), 61))),
                "OTHER",
                CASTELLANOS);
        write("fax/fax-20261110-0930.pdf", textPdf(labResults(ADEYEMI)), "OTHER", ADEYEMI);

        // payer portal downloads
        write("portal/molina-pa-determination.pdf", textPdf(partialApproval(KOWALCZYK)), "DENIAL", KOWALCZYK);
        write(
                "portal/epa-request-status.html",
                portalPended(ADEYEMI).getBytes(StandardCharsets.UTF_8),
                "MORE_INFO_REQUEST",
                ADEYEMI);
        write(
                "portal/eligibility-response.html",
                eligibilityHtml(KOWALCZYK).getBytes(StandardCharsets.UTF_8),
                "OTHER",
                KOWALCZYK);
        write(
                "portal/humana-download.zip",
                zip("redetermination-notice.pdf", textPdf(approvalAfterAppeal(VANCE))),
                "APPROVAL",
                VANCE);

        // shared inbox, exported as .eml
        write(
                "email/cigna-appeal-decision.eml",
                mail(
                        "appeals@cigna.example",
                        "Appeal decision for your patient",
                        "Please see the attached appeal decision.",
                        "appeal-decision.pdf",
                        textPdf(appealUpheld(CASTELLANOS)),
                        1),
                "DENIAL",
                CASTELLANOS);
        write(
                "email/medicare-partd-info-needed.eml",
                mail(
                        "coverage@partd-plan.example",
                        "Coverage determination: information needed",
                        moreInfoMail(WHITLOCK),
                        null,
                        null,
                        2),
                "MORE_INFO_REQUEST",
                WHITLOCK);
        write(
                "email/caremark-approval.eml",
                mail(
                        "pa-notices@caremark.example",
                        "Prior authorization update",
                        "The determination letter is attached.",
                        "determination.pdf",
                        imagePdf(List.of(scannedPage(approvalMail(ADEYEMI), 71))),
                        3),
                "APPROVAL",
                ADEYEMI);
        write(
                "email/skyrizi-complete-enrollment.eml",
                mail("support@hub.example", "Benefits investigation complete", hubEnrollment(OKONKWO), null, null, 4),
                "PHARMACY_NOTICE",
                OKONKWO);
        write(
                "email/webinar-invitation.eml",
                htmlMail("events@rcm-vendor.example", "Free webinar: biologics documentation", marketingHtml(), 5),
                "OTHER",
                null);

        StringBuilder truth = new StringBuilder("path,type,paReference\n");
        TRUTH.forEach(s -> truth.append(s.path())
                .append(',')
                .append(s.type())
                .append(',')
                .append(s.paReference() == null ? "" : s.paReference())
                .append('\n'));
        Files.writeString(root.resolve("truth.csv"), truth);
    }

    private static String header(String sender, int page, int of) {
        return "NOV-2026  FROM: " + sender + "   TO: 5550104471   P. " + page + "/" + of;
    }

    private void writeCases() throws IOException {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < CASES.size(); i++) {
            SyntheticCase c = CASES.get(i);
            json.append(
                    """
                      {"patient": {"name": "%s", "dateOfBirth": "%s", "memberId": "%s"},
                       "payer": "%s", "drug": "%s", "paReference": "%s", "status": "SUBMITTED"}"""
                            .formatted(c.name(), c.dob(), c.memberId(), c.payer(), c.drug(), c.paReference()));
            json.append(i < CASES.size() - 1 ? ",\n" : "\n");
        }
        json.append("]\n");
        Files.createDirectories(root);
        Files.writeString(root.resolve("cases.json"), json);
    }

    private void write(String path, byte[] content, String type, SyntheticCase c) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        TRUTH.add(new Sample(path, type, c == null ? null : c.paReference()));
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry(name);
            entry.setTime(0);
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    public static byte[] mail(String from, String subject, String body, String attachmentName, byte[] attachment, int n)
            throws MessagingException, IOException {
        MimeMessage message = message(from, subject, n);
        if (attachment == null) {
            message.setText(body, "UTF-8");
        } else {
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            multipart.addBodyPart(text);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "application/pdf")));
            file.setFileName(attachmentName);
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            multipart.addBodyPart(file);
            message.setContent(multipart);
        }
        return bytes(message);
    }

    static byte[] htmlMail(String from, String subject, String html, int n) throws MessagingException, IOException {
        MimeMessage message = message(from, subject, n);
        message.setContent(html, "text/html; charset=UTF-8");
        return bytes(message);
    }

    private static MimeMessage message(String from, String subject, int n) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<sample-" + n + "@priorauth-intake.example>");
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("pa-desk@dermatology.example"));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(Date.from(NOTICE.atTime(9, 0).plusMinutes(n).toInstant(ZoneOffset.UTC)));
        return message;
    }

    private static byte[] bytes(MimeMessage message) throws MessagingException, IOException {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
