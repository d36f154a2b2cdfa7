package org.priorauth.intake.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CaseRepository {

    private final JdbcClient db;

    public CaseRepository(JdbcClient db) {
        this.db = db;
    }

    public PriorAuthCase create(Patient patient, String payer, String drug, String paReference, CaseStatus status) {
        long id = db.sql(
                        """
                        insert into pa_case (status, patient_name, patient_dob, member_id, payer, drug, pa_reference)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        status.name(),
                        patient.name(),
                        patient.dateOfBirth(),
                        patient.memberId(),
                        payer,
                        drug,
                        paReference)
                .query(Long.class)
                .single();
        db.sql("insert into case_status_history (case_id, from_status, to_status, actor) values (?, null, ?, 'system')")
                .params(id, status.name())
                .update();
        return find(id).orElseThrow();
    }

    public Optional<PriorAuthCase> find(long id) {
        return db.sql("select * from pa_case where id = ?")
                .param(id)
                .query(CaseRepository::row)
                .optional();
    }

    /** Locks the case row until the transaction ends, so two letters for one case change it one after the other. */
    public Optional<PriorAuthCase> findForUpdate(long id) {
        return db.sql("select * from pa_case where id = ? for update")
                .param(id)
                .query(CaseRepository::row)
                .optional();
    }

    /** Cases filtered by status, payer, drug and a part of the patient's name; null means any. */
    public List<PriorAuthCase> filtered(CaseStatus status, String payer, String drug, String patient) {
        return db.sql(
                        """
                        select * from pa_case
                        where (cast(? as varchar) is null or status = ?)
                          and (cast(? as varchar) is null or lower(payer) = lower(?))
                          and (cast(? as varchar) is null or lower(drug) = lower(?))
                          and (cast(? as varchar) is null or lower(patient_name) like '%' || lower(?) || '%')
                        order by id""")
                .params(
                        status == null ? null : status.name(),
                        status == null ? null : status.name(),
                        payer,
                        payer,
                        drug,
                        drug,
                        patient,
                        patient)
                .query(CaseRepository::row)
                .list();
    }

    public List<PriorAuthCase> open() {
        return db.sql("select * from pa_case where status <> 'CLOSED' order by id")
                .query(CaseRepository::row)
                .list();
    }

    public List<PriorAuthCase> all() {
        return db.sql("select * from pa_case order by id")
                .query(CaseRepository::row)
                .list();
    }

    public void moveTo(long id, CaseStatus from, CaseStatus to, String actor, Long documentId) {
        db.sql("update pa_case set status = ?, status_changed_at = now(), updated_at = now() where id = ?")
                .params(to.name(), id)
                .update();
        db.sql(
                        "insert into case_status_history (case_id, from_status, to_status, actor, document_id) values (?, ?, ?, ?, ?)")
                .params(id, from.name(), to.name(), actor, documentId)
                .update();
    }

    private static PriorAuthCase row(ResultSet rs, int n) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new PriorAuthCase(
                rs.getLong("id"),
                CaseStatus.valueOf(rs.getString("status")),
                new Patient(
                        rs.getString("patient_name"),
                        rs.getObject("patient_dob", java.time.LocalDate.class),
                        rs.getString("member_id")),
                rs.getString("payer"),
                rs.getString("drug"),
                rs.getString("pa_reference"),
                created.toInstant(),
                rs.getTimestamp("status_changed_at").toInstant());
    }
}
