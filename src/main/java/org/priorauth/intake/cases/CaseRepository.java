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
        long id = db.sql("""
                        insert into pa_case (status, patient_name, patient_dob, member_id, payer, drug, pa_reference)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(status.name(), patient.name(), patient.dateOfBirth(), patient.memberId(), payer, drug, paReference)
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    public Optional<PriorAuthCase> find(long id) {
        return db.sql("select * from pa_case where id = ?").param(id).query(CaseRepository::row).optional();
    }

    public List<PriorAuthCase> open() {
        return db.sql("select * from pa_case where status <> 'CLOSED' order by id").query(CaseRepository::row).list();
    }

    public List<PriorAuthCase> all() {
        return db.sql("select * from pa_case order by id").query(CaseRepository::row).list();
    }

    public void moveTo(long id, CaseStatus status) {
        db.sql("update pa_case set status = ?, updated_at = now() where id = ?").params(status.name(), id).update();
    }

    private static PriorAuthCase row(ResultSet rs, int n) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new PriorAuthCase(
                rs.getLong("id"),
                CaseStatus.valueOf(rs.getString("status")),
                new Patient(rs.getString("patient_name"), rs.getObject("patient_dob", java.time.LocalDate.class), rs.getString("member_id")),
                rs.getString("payer"),
                rs.getString("drug"),
                rs.getString("pa_reference"),
                created.toInstant());
    }
}
