package org.priorauth.intake.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TaskRepository {

    private final JdbcClient db;

    public TaskRepository(JdbcClient db) {
        this.db = db;
    }

    /** @param raisedForStatus the case status the task belongs to: it closes when the case leaves it (null: never) */
    public long create(
            Long caseId, Long documentId, TaskDraft draft, String assignee, String raisedForStatus, boolean forReview) {
        return db.sql(
                        """
                        insert into follow_up_task (case_id, document_id, title, role, assignee, due_date, priority, status, raised_for_status, for_review)
                        values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id""")
                .params(
                        caseId,
                        documentId,
                        draft.title(),
                        draft.role().name(),
                        assignee,
                        draft.dueDate(),
                        draft.priority().name(),
                        raisedForStatus,
                        forReview)
                .query(Long.class)
                .single();
    }

    public java.util.Optional<FollowUpTask> find(long id) {
        return db.sql("select * from follow_up_task where id = ?")
                .param(id)
                .query(TaskRepository::row)
                .optional();
    }

    public void assign(long id, String assignee) {
        db.sql("update follow_up_task set assignee = ? where id = ?")
                .params(assignee, id)
                .update();
    }

    public void complete(long id, TaskStatus status, String by, String note) {
        db.sql(
                        "update follow_up_task set status = ?, completed_at = now(), completed_by = ?, note = ? where id = ? and status = 'OPEN'")
                .params(status.name(), by, note, id)
                .update();
    }

    /** The open tasks of a case that belong to another status than the one it is in now. */
    public List<FollowUpTask> openNotFor(long caseId, String status) {
        return db.sql(
                        """
                        select * from follow_up_task
                        where case_id = ? and status = 'OPEN' and raised_for_status is not null and raised_for_status <> ?""")
                .params(caseId, status)
                .query(TaskRepository::row)
                .list();
    }

    public List<FollowUpTask> overdueNotEscalated(java.time.LocalDate today) {
        return db.sql(
                        "select * from follow_up_task where status = 'OPEN' and due_date < ? and escalated_at is null order by id")
                .param(today)
                .query(TaskRepository::row)
                .list();
    }

    public void escalate(long id, String assignee) {
        db.sql(
                        "update follow_up_task set priority = 'URGENT', escalated_at = now(), assignee = coalesce(?, assignee) where id = ?")
                .params(assignee, id)
                .update();
    }

    public long countOverdue(java.time.LocalDate today) {
        return db.sql("select count(*) from follow_up_task where status = 'OPEN' and due_date < ?")
                .param(today)
                .query(Long.class)
                .single();
    }

    public List<FollowUpTask> withStatus(TaskStatus status) {
        return db.sql("select * from follow_up_task where status = ? order by due_date, id")
                .param(status.name())
                .query(TaskRepository::row)
                .list();
    }

    /** The open review tasks of a document: a person deciding the document is what they asked for. */
    public List<FollowUpTask> openReviewsOf(long documentId) {
        return db.sql(
                        "select * from follow_up_task where document_id = ? and status = 'OPEN' and for_review order by id")
                .param(documentId)
                .query(TaskRepository::row)
                .list();
    }

    /**
     * Tasks filtered by any of status, role and assignee; {@code assignees} matches any of a person's names (the
     * sign-in name, or the full name staff.yaml routes to). Open work comes overdue first, by due date.
     */
    public List<FollowUpTask> filtered(TaskStatus status, StaffRole role, List<String> assignees) {
        StringBuilder where = new StringBuilder("true");
        List<Object> params = new java.util.ArrayList<>();
        if (status != null) {
            where.append(" and status = ?");
            params.add(status.name());
        }
        if (role != null) {
            where.append(" and role = ?");
            params.add(role.name());
        }
        if (assignees != null && !assignees.isEmpty()) {
            where.append(" and lower(assignee) in (")
                    .append(String.join(", ", java.util.Collections.nCopies(assignees.size(), "lower(?)")))
                    .append(")");
            params.addAll(assignees);
        }
        return db.sql("select * from follow_up_task where %s order by due_date, id".formatted(where))
                .params(params)
                .query(TaskRepository::row)
                .list();
    }

    public List<FollowUpTask> all() {
        return db.sql("select * from follow_up_task order by due_date, id")
                .query(TaskRepository::row)
                .list();
    }

    public List<FollowUpTask> ofCase(long caseId) {
        return db.sql("select * from follow_up_task where case_id = ? order by id")
                .param(caseId)
                .query(TaskRepository::row)
                .list();
    }

    private static FollowUpTask row(ResultSet rs, int n) throws SQLException {
        return new FollowUpTask(
                rs.getLong("id"),
                (Long) rs.getObject("case_id"),
                (Long) rs.getObject("document_id"),
                rs.getString("title"),
                StaffRole.valueOf(rs.getString("role")),
                rs.getString("assignee"),
                rs.getObject("due_date", java.time.LocalDate.class),
                TaskPriority.valueOf(rs.getString("priority")),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("escalated_at") == null
                        ? null
                        : rs.getTimestamp("escalated_at").toInstant(),
                rs.getString("completed_by"),
                rs.getString("note"));
    }
}
