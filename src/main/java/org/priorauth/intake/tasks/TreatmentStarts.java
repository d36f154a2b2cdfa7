package org.priorauth.intake.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.fields.LetterDates;
import org.priorauth.intake.intake.DocumentRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the treatment started: a specialty pharmacy's notice that it shipped or delivered the drug, or a staff member
 * saying so. Recorded once per case (the first), audited, and followed by the return visit the prescriber asks for
 * after a biologic start (intake.case-calendar.return-visit-days after it) as a task to book it.
 */
@Component
public class TreatmentStarts {

    static final String TREATMENT_STARTED = "TREATMENT_STARTED";

    /** "was delivered on 03/12/2027", "has shipped", "Delivery confirmed": the pharmacy's own news of the drug. */
    private static final Pattern SHIPPED = Pattern.compile(
            "\\b(?:has\\s+been|have\\s+been|was|were|has)\\s+(?:shipped|delivered)\\b|\\b(?:shipped|delivered)\\s+on\\b"
                    + "|\\bdelivery\\s+(?:was\\s+|has\\s+been\\s+)?(?:confirmed|completed|made)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DATE = Pattern.compile(LetterDates.DATE, Pattern.CASE_INSENSITIVE);

    private final JdbcClient db;
    private final TaskService tasks;
    private final AuditTrail audit;
    private final Clock clock;
    private final int returnVisitDays;

    TreatmentStarts(JdbcClient db, TaskService tasks, AuditTrail audit, Clock clock, IntakeSettings settings) {
        this.db = db;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
        this.returnVisitDays = settings.caseCalendar().returnVisitDays();
    }

    /** A sure pharmacy notice on a case that says the drug shipped or arrived: the date on that line, else today. */
    @EventListener
    void on(DocumentRecorded document) {
        if (document.needsReview() || document.caseId() == null || document.type() != DocumentType.PHARMACY_NOTICE)
            return;
        Matcher shipped = SHIPPED.matcher(document.text());
        if (!shipped.find()) return;
        String line = lineAround(document.text(), shipped.start());
        Matcher date = DATE.matcher(line);
        LocalDate on = date.find() ? LetterDates.parse(date.group()).orElse(document.today()) : document.today();
        record(document.caseId(), on, "document " + document.documentId() + ": " + line.strip(), AuditTrail.SYSTEM);
    }

    /** Records the start once; false when the case's start was recorded before. */
    public boolean record(long caseId, LocalDate on, String source, String actor) {
        String said = source.length() > 300 ? source.substring(0, 300) : source;
        int inserted = db.sql(
                        """
                        insert into case_milestone (case_id, kind, on_date, source, recorded_by)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(caseId, TREATMENT_STARTED, on, said, actor)
                .update();
        if (inserted == 0) return false;
        audit.record(actor, "case.treatment-started", null, caseId, Map.of("on", on.toString(), "source", said));
        LocalDate visit = on.plusDays(returnVisitDays);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = on.plusDays(14).isBefore(today) ? today : on.plusDays(14);
        String payer = db.sql("select payer from pa_case where id = ?")
                .param(caseId)
                .query(String.class)
                .optional()
                .orElse(null);
        tasks.raise(
                caseId,
                null,
                new TaskDraft(
                        "Book the return visit around " + visit + " (" + returnVisitDays
                                + " days after the treatment started on " + on + ")",
                        StaffRole.NURSE_OR_MEDICAL_ASSISTANT,
                        due,
                        TaskPriority.NORMAL,
                        "return visit: " + returnVisitDays + " days after the start, booked within 14 days of it"),
                payer,
                null,
                "return-visit");
        return true;
    }

    public Optional<LocalDate> startOf(long caseId) {
        return db.sql("select on_date from case_milestone where case_id = ? and kind = ?")
                .params(caseId, TREATMENT_STARTED)
                .query(LocalDate.class)
                .optional();
    }

    private static String lineAround(String text, int at) {
        int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
