package org.priorauth.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.validation.annotation.Validated;

/**
 * Every tunable of the application, bound from {@code intake.*} and checked at start (a bad value stops the
 * start with the property's name and why). The defaults here are the only ones: they run the embedded demo,
 * folders under {@code sample-inbox/}, data under {@code data/}. CONTRACT.md lists the public properties; the
 * Camel routes read theirs through {@link #routePlaceholders()}. A period or delay is in milliseconds when
 * given as a bare number ({@code 900000}) and may be given with a unit ({@code 15m}).
 *
 * @param dataDir where originals, page images and the embedded database live
 * @param rulesDir the folder of admin-editable classification and routing rules
 * @param ocrModelsDir Tesseract data and the clinic's word lists
 * @param fax the watched fax folder (PDF, TIFF, PNG, JPEG)
 * @param portal the watched payer-portal download folder (PDF, HTML, TIFF, ZIP of those)
 * @param email the shared inbox and the folder of exported mail
 * @param pollDelayMs how long a watched folder waits between two looks
 * @param documentsInParallel documents each watched folder works on at once
 * @param escalation the overdue-task sweep
 * @param caseCalendar the tasks the calendar raises: renewals before an approval ends, chases of unanswered requests
 * @param rules the rule files' reload
 * @param demo the sample cases loaded at start
 * @param ocr Tesseract and PDF rendering
 * @param bootstrapAdmin an administrator created at start if absent
 * @param limits the most a file, a ZIP, a PDF or an image may hold; beyond it a document fails with the reason
 * @param cluster several instances sharing the work (off: one instance does everything, as the single jar)
 */
@Validated
@ConfigurationProperties("intake")
public record IntakeSettings(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("routes/rules") Path rulesDir,
        @DefaultValue("ocr-models") Path ocrModelsDir,
        @DefaultValue Folder fax,
        @DefaultValue Folder portal,
        @Valid @DefaultValue Email email,
        @DefaultValue("1000") @DurationUnit(ChronoUnit.MILLIS) @DurationMin(millis = 10) Duration pollDelayMs,
        @DefaultValue("2") @Positive @Max(64) int documentsInParallel,
        @Valid @DefaultValue Escalation escalation,
        @Valid @DefaultValue CaseCalendar caseCalendar,
        @Valid @DefaultValue Rules rules,
        @DefaultValue Demo demo,
        @Valid @DefaultValue Ocr ocr,
        @DefaultValue BootstrapAdmin bootstrapAdmin,
        @Valid @DefaultValue Limits limits,
        @Valid @DefaultValue Cluster cluster) {

    public static final Path DEFAULT_FAX_DIR = Path.of("sample-inbox/fax");
    public static final Path DEFAULT_PORTAL_DIR = Path.of("sample-inbox/portal");
    public static final Path DEFAULT_EMAIL_DROP_DIR = Path.of("sample-inbox/email");

    /** @param dir the folder watched (default: the sample inbox's folder of this channel) */
    public record Folder(Path dir) {}

    /**
     * @param enabled true to poll the mailbox
     * @param protocol imaps (TLS from the first byte), or imap (upgraded with STARTTLS, see {@code starttls})
     * @param host the mail server
     * @param port its IMAP port
     * @param username the mailbox's user
     * @param password the mailbox's password
     * @param folder the folder read
     * @param pollDelayMs how long between two looks at the mailbox
     * @param dropDir a watched folder of .eml files, read exactly like mail from the inbox
     * @param starttls with imap: {@code required} (never sign in before the server turned the connection to
     *     TLS), {@code off} (sign in and read in clear), or {@code auto}: required unless the server is this
     *     machine (a local relay or a test server, where nothing leaves the machine)
     */
    public record Email(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("imaps") @Pattern(regexp = "imaps?") String protocol,
            @DefaultValue("localhost") @NotBlank String host,
            @DefaultValue("993") @Positive @Max(65535) int port,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("INBOX") @NotBlank String folder,
            @DefaultValue("30000") @DurationUnit(ChronoUnit.MILLIS) @DurationMin(millis = 100) Duration pollDelayMs,
            Path dropDir,
            @DefaultValue("auto") @Pattern(regexp = "auto|required|off") String starttls) {

        /** Whether the mailbox is read only over a connection that STARTTLS turned to TLS. */
        public boolean startTlsRequired() {
            if (!protocol.equals("imap") || starttls.equals("off")) return false;
            return starttls.equals("required") || !onThisMachine(host);
        }

        private static boolean onThisMachine(String host) {
            return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
        }
    }

    /** @param period how often open tasks past their due date are escalated */
    public record Escalation(
            @DefaultValue("900000") @DurationUnit(ChronoUnit.MILLIS) @DurationMin(millis = 100) Duration period) {}

    /**
     * @param period how often the cases are looked over
     * @param renewalDaysBeforeEnd how many days before an approval's last day its renewal task is raised
     * @param renewalDueDaysBeforeEnd the renewal task is due this many days before the last day (never before it is
     *     raised)
     * @param chaseAfterBusinessDays a case SUBMITTED or INFO_REQUESTED that has had no letter for this many business
     *     days (Monday to Friday) raises a chase task
     * @param returnVisitDays when the prescriber sees the patient again after a biologic starts: a task to book it
     */
    public record CaseCalendar(
            @DefaultValue("3600000") @DurationUnit(ChronoUnit.MILLIS) @DurationMin(millis = 100) Duration period,
            @DefaultValue("30") @Positive @Max(365) int renewalDaysBeforeEnd,
            @DefaultValue("14") @jakarta.validation.constraints.PositiveOrZero @Max(365) int renewalDueDaysBeforeEnd,
            @DefaultValue("7") @Positive @Max(90) int chaseAfterBusinessDays,
            @DefaultValue("90") @Positive @Max(730) int returnVisitDays) {}

    /**
     * Several instances on one PostgreSQL and one ActiveMQ Artemis broker ({@code spring.artemis.broker-url}).
     * Each watched folder and the mailbox is read by one instance at a time (the leader of that source, elected
     * through a file lock under {@code lockDir}, a folder every instance shares); the leader hands each document
     * to a durable queue, and every instance reads documents from it.
     *
     * @param enabled true to run as one of several instances
     * @param lockDir the shared folder of the leaders' locks (default: {@code <data-dir>/cluster})
     * @param queue the broker's queue of documents to read
     * @param busyRetryDelay how long a document whose bytes another instance is reading waits before it is
     *     tried again (a dead reader's lease is free once it has been silent for 20 seconds)
     * @param leaderCheckInterval how often an instance tries for a source's lock; a dead leader's sources are
     *     taken over within a few of these
     */
    public record Cluster(
            @DefaultValue("false") boolean enabled,
            Path lockDir,
            @DefaultValue("intake.documents") @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String queue,
            @DefaultValue("5000") @DurationUnit(ChronoUnit.MILLIS) @DurationMin(millis = 100) Duration busyRetryDelay,
            @DefaultValue("2000") @DurationUnit(ChronoUnit.MILLIS) @DurationMin(millis = 100)
                    Duration leaderCheckInterval) {}

    /** @param reloadPeriod how often the rule files are checked for edits */
    public record Rules(
            @DefaultValue("2000") @DurationUnit(ChronoUnit.MILLIS) @DurationMin(millis = 100) Duration reloadPeriod) {}

    /**
     * @param enabled load the sample cases at start; unset means on only while every watched folder is a
     *     {@code sample-inbox/} default
     * @param dir the folder of the demo's cases
     */
    public record Demo(Boolean enabled, @DefaultValue("sample-inbox") Path dir) {}

    /**
     * @param threads Tesseract engines, one per worker (run with OMP_THREAD_LIMIT=1 so their threads do not fight)
     * @param tessdata Tesseract's language data
     * @param language Tesseract's language
     * @param pdfRenderDpi the resolution a scanned PDF page is rendered at for OCR
     * @param minTextLayerChars fewer characters than this in a PDF page's text layer and the page is read by OCR
     */
    public record Ocr(
            @DefaultValue("2") @Positive @Max(64) int threads,
            @DefaultValue("/usr/share/tesseract-ocr/5/tessdata") Path tessdata,
            @DefaultValue("eng") @NotBlank String language,
            @DefaultValue("300") @Positive @Max(1200) int pdfRenderDpi,
            @DefaultValue("25") int minTextLayerChars) {}

    /**
     * @param username the administrator's user name
     * @param password the administrator's password; one given here works at once, for the UI and the API, and
     *     is set again at each start. None: the demo uses {@value #DEMO_PASSWORD} (the desk asks for a new one at
     *     the first sign-in); outside the demo no administrator is created.
     */
    public record BootstrapAdmin(@DefaultValue("admin") String username, String password) {

        /** The demo's password, used only when the demo runs and no password is set; changed at first sign-in. */
        public static final String DEMO_PASSWORD = "admin";
    }

    /**
     * Bounds on what a sender can make the application hold or do: beyond one, the document ends FAILED with the
     * limit in its reason and the file is kept, and the queue moves on.
     *
     * @param maxFileMb the largest file read from a watched folder
     * @param maxZipMb the most a ZIP's entries may hold together, unpacked
     * @param maxZipEntries the most documents in one ZIP
     * @param maxZipDepth how deep ZIPs may sit inside ZIPs
     * @param maxPdfPages the most pages in one PDF
     * @param maxImageMegapixels the largest page image decoded (a letter page at 300 dpi is about 8.4)
     */
    public record Limits(
            @DefaultValue("100") @Positive int maxFileMb,
            @DefaultValue("100") @Positive int maxZipMb,
            @DefaultValue("500") @Positive int maxZipEntries,
            @DefaultValue("2") @Positive @Max(10) int maxZipDepth,
            @DefaultValue("300") @Positive int maxPdfPages,
            @DefaultValue("60") @Positive int maxImageMegapixels) {

        /** The defaults, for the commands that read letters outside the application. */
        public static final Limits DEFAULT = new Limits(100, 100, 500, 2, 300, 60);

        public long maxFileBytes() {
            return maxFileMb * 1024L * 1024;
        }

        public long maxImagePixels() {
            return maxImageMegapixels * 1_000_000L;
        }
    }

    public Path faxDir() {
        return fax.dir() != null ? fax.dir() : DEFAULT_FAX_DIR;
    }

    public Path portalDir() {
        return portal.dir() != null ? portal.dir() : DEFAULT_PORTAL_DIR;
    }

    public Path emailDropDir() {
        return email.dropDir() != null ? email.dropDir() : DEFAULT_EMAIL_DROP_DIR;
    }

    public boolean demoEnabled() {
        if (demo.enabled() != null) {
            return demo.enabled();
        }
        return faxDir().equals(DEFAULT_FAX_DIR)
                && portalDir().equals(DEFAULT_PORTAL_DIR)
                && emailDropDir().equals(DEFAULT_EMAIL_DROP_DIR);
    }

    public Path clusterLockDir() {
        return cluster.lockDir() != null ? cluster.lockDir() : dataDir.resolve("cluster");
    }

    /**
     * The values the route files use as {@code {{intake...}}} placeholders, as this record bound and checked
     * them (periods in milliseconds): the routes and the code never see two different values of one setting.
     */
    public Map<String, String> routePlaceholders() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("intake.fax.dir", faxDir().toString());
        values.put("intake.portal.dir", portalDir().toString());
        values.put("intake.email.drop-dir", emailDropDir().toString());
        values.put("intake.poll-delay-ms", String.valueOf(pollDelayMs.toMillis()));
        values.put("intake.documents-in-parallel", String.valueOf(documentsInParallel));
        values.put("intake.email.enabled", String.valueOf(email.enabled()));
        values.put("intake.cluster.enabled", String.valueOf(cluster.enabled()));
        values.put("intake.cluster.queue", cluster.queue());
        values.put("intake.email.protocol", email.protocol());
        values.put("intake.email.host", email.host());
        values.put("intake.email.port", String.valueOf(email.port()));
        values.put("intake.email.username", email.username());
        values.put("intake.email.password", email.password());
        values.put("intake.email.folder", email.folder());
        values.put("intake.email.starttls-required", String.valueOf(email.startTlsRequired()));
        values.put(
                "intake.email.poll-delay-ms", String.valueOf(email.pollDelayMs().toMillis()));
        values.put(
                "intake.escalation.period", String.valueOf(escalation.period().toMillis()));
        values.put(
                "intake.case-calendar.period",
                String.valueOf(caseCalendar.period().toMillis()));
        values.put(
                "intake.rules.reload-period",
                String.valueOf(rules.reloadPeriod().toMillis()));
        return values;
    }
}
