package org.priorauth.intake.tasks;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.priorauth.intake.IntakeSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks no letter raises, only the calendar: an approval about to end needs its renewal sent before therapy
 * stops, and a request the payer has not answered needs a call. Each is raised once per case and date
 * ({@code case_reminder}), routed like any task (the role's owner in staff.yaml, the payer's exception), and a
 * chase closes itself when the case moves on (it is raised for the status the case waits in).
 *
 * <p>The approval's last day is the one its letter states ({@code authorizedThrough}, or what a person set on
 * the desk): with no stated end there is no renewal reminder, never a guessed one.
 */
@Component
public class CaseCalendar {

    static final String RENEWAL = "RENEWAL";
    static final String CHASE = "CHASE";

    private final JdbcClient db;
    private final TaskService tasks;
    private final Clock clock;
    private final IntakeSettings.CaseCalendar settings;

    CaseCalendar(JdbcClient db, TaskService tasks, Clock clock, IntakeSettings settings) {
        this.db = db;
        this.tasks = tasks;
        this.clock = clock;
        this.settings = settings.caseCalendar();
    }

    /** Raises what is due today; returns how many tasks it raised. */
    @Transactional
    public int sweep() {
        return renewals() + chases();
    }

    private record Approved(long caseId, String payer, String drug, long documentId, String through) {}

    private int renewals() {
        LocalDate today = LocalDate.now(clock);
        // each approved case's latest approval letter that states its last day
        List<Approved> approved = db.sql(
                        """
                        select c.id as case_id, c.payer, c.drug, d.id as document_id,
                               d.fields ->> 'authorizedThrough' as through
                        from pa_case c
                        join lateral (select id, fields from document
                                      where case_id = c.id and document_type = 'APPROVAL' and state <> 'FAILED'
                                        and fields ->> 'authorizedThrough' is not null
                                      order by received_at desc, id desc limit 1) d on true
                        where c.status = 'APPROVED'""")
                .query((rs, n) -> new Approved(
                        rs.getLong("case_id"),
                        rs.getString("payer"),
                        rs.getString("drug"),
                        rs.getLong("document_id"),
                        rs.getString("through")))
                .list();
        int raised = 0;
        for (Approved a : approved) {
            LocalDate through = LocalDate.parse(a.through());
            LocalDate remindOn = through.minusDays(settings.renewalDaysBeforeEnd());
            if (today.isBefore(remindOn) || !claim(a.caseId(), RENEWAL, through)) continue;
            LocalDate due = through.minusDays(settings.renewalDueDaysBeforeEnd());
            if (due.isBefore(today)) due = today;
            String what = a.drug() == null ? "The approval" : "The approval of " + a.drug();
            TaskDraft task = new TaskDraft(
                    what + " ends on " + through + ": send the renewal request",
                    StaffRole.AUTHORIZATION_SPECIALIST,
                    due,
                    through.isBefore(today) ? TaskPriority.URGENT : TaskPriority.HIGH,
                    "renewal: raised " + settings.renewalDaysBeforeEnd() + " days before the approval's last day ("
                            + through + "), due " + settings.renewalDueDaysBeforeEnd() + " days before it");
            recordTask(
                    a.caseId(),
                    RENEWAL,
                    through,
                    tasks.raise(a.caseId(), a.documentId(), task, a.payer(), "APPROVED", "renewal"));
            raised++;
        }
        return raised;
    }

    private record Waiting(long caseId, String payer, String status, LocalDate since) {}

    private int chases() {
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        // a case waiting on the payer, and no letter for it since it started waiting
        List<Waiting> waiting = db.sql(
                        """
                        select c.id, c.payer, c.status, c.status_changed_at
                        from pa_case c
                        where c.status in ('SUBMITTED', 'INFO_REQUESTED')
                          and not exists (select 1 from document d
                                          where d.case_id = c.id and d.received_at > c.status_changed_at)""")
                .query((rs, n) -> new Waiting(
                        rs.getLong("id"),
                        rs.getString("payer"),
                        rs.getString("status"),
                        rs.getTimestamp("status_changed_at")
                                .toInstant()
                                .atZone(zone)
                                .toLocalDate()))
                .list();
        int raised = 0;
        for (Waiting w : waiting) {
            int days = businessDaysBetween(w.since(), today);
            if (days < settings.chaseAfterBusinessDays() || !claim(w.caseId(), CHASE, w.since())) continue;
            String who = w.payer() == null ? "the payer" : w.payer();
            TaskDraft task = new TaskDraft(
                    "No answer from " + who + " in " + days + " business days: check the portal or call",
                    StaffRole.AUTHORIZATION_SPECIALIST,
                    nextBusinessDay(today),
                    TaskPriority.NORMAL,
                    "chase: " + settings.chaseAfterBusinessDays() + " business days " + w.status() + " since "
                            + w.since() + " with no letter");
            recordTask(
                    w.caseId(), CHASE, w.since(), tasks.raise(w.caseId(), null, task, w.payer(), w.status(), "chase"));
            raised++;
        }
        return raised;
    }

    /** Takes the reminder for this case, kind and date; false when it was raised before (by any instance). */
    private boolean claim(long caseId, String kind, LocalDate forDate) {
        return db.sql("insert into case_reminder (case_id, kind, for_date) values (?, ?, ?) on conflict do nothing")
                        .params(caseId, kind, forDate)
                        .update()
                == 1;
    }

    private void recordTask(long caseId, String kind, LocalDate forDate, long taskId) {
        db.sql("update case_reminder set task_id = ? where case_id = ? and kind = ? and for_date = ?")
                .params(taskId, caseId, kind, forDate)
                .update();
    }

    /** Monday to Friday after {@code from}, up to and including {@code to}. */
    static int businessDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) days++;
        }
        return days;
    }

    static LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) next = next.plusDays(1);
        return next;
    }

    private static boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
