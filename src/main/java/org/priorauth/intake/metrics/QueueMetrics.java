package org.priorauth.intake.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.priorauth.intake.tasks.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue in figures, read from the case status history. Served by the API and as Micrometer gauges
 * ({@code priorauth.*} under /actuator/metrics), computed when read.
 */
@Component
public class QueueMetrics implements MeterBinder {

    /** Days are fractional; null where there is nothing to measure yet. */
    public record Figures(
            long openCases,
            Map<String, Long> casesByStatus,
            Double averageDaysOpen,
            Double averageDaysToDecision,
            Double medianDaysToDecision,
            long decidedCases,
            long resubmissions,
            long appeals,
            long overdueTasks,
            Double averageDaysToFirstSubmission,
            Double shareSentBackForInformation,
            Double staffActionsPerCase,
            Double averageDaysToTreatmentStart) {}

    private final JdbcClient db;
    private final TaskService tasks;

    public QueueMetrics(JdbcClient db, TaskService tasks) {
        this.db = db;
        this.tasks = tasks;
    }

    public Figures figures() {
        Map<String, Long> byStatus = casesByStatus();
        Map<String, Object> decision = timeToDecision();
        return new Figures(
                openCases(),
                byStatus,
                averageDaysOpen(),
                round(number(decision.get("average"))),
                round(number(decision.get("median"))),
                ((Number) decision.get("decided")).longValue(),
                resubmissions(),
                appeals(),
                tasks.overdueCount(),
                averageDaysToFirstSubmission(),
                shareSentBackForInformation(),
                staffActionsPerCase(),
                averageDaysToTreatmentStart());
    }

    /** Each gauge asks only its own question when it is read. */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("priorauth.cases.open", this::openCases)
                .description("open PA cases")
                .register(registry);
        Gauge.builder("priorauth.tasks.overdue", tasks::overdueCount)
                .description("open tasks past their due date")
                .register(registry);
        Gauge.builder(
                        "priorauth.cases.days.to.decision",
                        () -> orNaN(round(number(timeToDecision().get("average")))))
                .description("average days from submission to the payer's first decision")
                .register(registry);
        Gauge.builder("priorauth.cases.days.open", () -> orNaN(averageDaysOpen()))
                .description("average days the open cases have been open")
                .register(registry);
        Gauge.builder("priorauth.cases.appeals", this::appeals)
                .description("appeals started")
                .register(registry);
        Gauge.builder("priorauth.cases.resubmissions", this::resubmissions)
                .description("requests sent again")
                .register(registry);
        Gauge.builder("priorauth.cases.days.to.first.submission", () -> orNaN(averageDaysToFirstSubmission()))
                .description(
                        "average days from the prescription decision (case opened PREPARING) to its first submission")
                .register(registry);
        Gauge.builder("priorauth.cases.sent.back.share", () -> orNaN(shareSentBackForInformation()))
                .description("share of submitted cases the payer sent back for more information")
                .register(registry);
        Gauge.builder("priorauth.cases.days.to.treatment", () -> orNaN(averageDaysToTreatmentStart()))
                .description("average days from the case's opening to the treatment's start")
                .register(registry);
        Gauge.builder("priorauth.cases.staff.actions", () -> orNaN(staffActionsPerCase()))
                .description("staff actions recorded in the audit trail per case")
                .register(registry);
    }

    private Map<String, Long> casesByStatus() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        db.sql("select status, count(*) as n from pa_case group by status order by status")
                .query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n")))
                .list()
                .forEach(e -> byStatus.put(e.getKey(), e.getValue()));
        return byStatus;
    }

    private long openCases() {
        return count("select count(*) from pa_case where status <> 'CLOSED'");
    }

    private Double averageDaysOpen() {
        return round(db.sql(
                        "select avg(extract(epoch from now() - created_at) / 86400) from pa_case where status <> 'CLOSED'")
                .query(Double.class)
                .optional()
                .orElse(null));
    }

    private Map<String, Object> timeToDecision() {
        return db.sql(
                        """
                        with first_decision as (
                            select c.id,
                                   min(h.at) - coalesce((select min(s.at) from case_status_history s
                                                         where s.case_id = c.id and s.to_status = 'SUBMITTED'),
                                                        c.created_at) as took
                            from pa_case c
                            join case_status_history h on h.case_id = c.id
                            where h.to_status in ('DENIED', 'PARTIALLY_APPROVED', 'APPROVED')
                            group by c.id, c.created_at)
                        select count(*) as decided,
                               avg(extract(epoch from took) / 86400) as average,
                               percentile_cont(0.5) within group (order by extract(epoch from took) / 86400) as median
                        from first_decision""")
                .query()
                .singleRow();
    }

    /** A request sent again: SUBMITTED from anything but its opening or its preparation. */
    private long resubmissions() {
        return count("select count(*) from case_status_history where to_status = 'SUBMITTED'"
                + " and from_status is not null and from_status <> 'PREPARING'");
    }

    /** From the prescription decision (a case opened PREPARING) to its first submission. */
    private Double averageDaysToFirstSubmission() {
        return round(db.sql(
                        """
                        select avg(extract(epoch from s.first_sent - c.created_at) / 86400)
                        from pa_case c
                        join (select case_id, min(at) as first_sent from case_status_history
                              where to_status = 'SUBMITTED' and from_status = 'PREPARING' group by case_id) s
                          on s.case_id = c.id""")
                .query(Double.class)
                .optional()
                .orElse(null));
    }

    /** From the case's opening (the prescription decision, or the submission) to the treatment's start. */
    private Double averageDaysToTreatmentStart() {
        return round(db.sql(
                        """
                        select avg(m.on_date - (c.created_at at time zone 'UTC')::date)
                        from case_milestone m join pa_case c on c.id = m.case_id
                        where m.kind = 'TREATMENT_STARTED'""")
                .query(Double.class)
                .optional()
                .orElse(null));
    }

    /** Of the cases that reached the payer, the share it asked for more information at least once. */
    private Double shareSentBackForInformation() {
        return db.sql(
                        """
                        select case when count(*) = 0 then null
                               else round(avg(case when asked then 1.0 else 0.0 end), 3) end
                        from (select c.id, bool_or(h.to_status = 'INFO_REQUESTED') as asked
                              from pa_case c join case_status_history h on h.case_id = c.id
                              where c.status <> 'PREPARING'
                              group by c.id) sent""")
                .query(Double.class)
                .optional()
                .orElse(null);
    }

    /**
     * Staff actions per case in the audit trail (what a person did: reviews, corrections, moves, approvals of
     * drafts, facts added): the trail records acts, not minutes, so this counts acts.
     */
    private Double staffActionsPerCase() {
        return round(db.sql(
                        """
                        select avg(n) from (
                            select c.id, count(a.id) as n from pa_case c
                            left join audit_event a on a.case_id = c.id and a.actor not in ('system', 'demo')
                            group by c.id) per_case""")
                .query(Double.class)
                .optional()
                .orElse(null));
    }

    private long appeals() {
        return count("select count(*) from case_status_history where to_status = 'APPEAL_IN_PROGRESS'");
    }

    private long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Double round(Double days) {
        return days == null ? null : Math.round(days * 100) / 100.0;
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
