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

    public long create(Long caseId, Long documentId, TaskDraft draft) {
        return db.sql("""
                        insert into follow_up_task (case_id, document_id, title, role, due_date, priority, status)
                        values (?, ?, ?, ?, ?, ?, 'OPEN') returning id""")
                .params(caseId, documentId, draft.title(), draft.role().name(), draft.dueDate(), draft.priority().name())
                .query(Long.class)
                .single();
    }

    public List<FollowUpTask> withStatus(TaskStatus status) {
        return db.sql("select * from follow_up_task where status = ? order by due_date, id")
                .param(status.name())
                .query(TaskRepository::row)
                .list();
    }

    public List<FollowUpTask> all() {
        return db.sql("select * from follow_up_task order by due_date, id").query(TaskRepository::row).list();
    }

    public List<FollowUpTask> ofCase(long caseId) {
        return db.sql("select * from follow_up_task where case_id = ? order by id").param(caseId).query(TaskRepository::row).list();
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
                TaskStatus.valueOf(rs.getString("status")));
    }
}
