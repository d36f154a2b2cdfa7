package org.priorauth.intake.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class DocumentRepository {

    private final JdbcClient db;
    private final JsonMapper json;
    private final IntakeInstance instance;

    public DocumentRepository(JdbcClient db, JsonMapper json, IntakeInstance instance) {
        this.db = db;
        this.instance = instance;
        this.json = json;
    }

    /** A new document in PROCESSING, or empty when these bytes are already a document. */
    public Optional<Long> insertProcessing(IntakeItem item, StoredOriginal original) {
        return db.sql(
                        """
                        insert into document (sha256, channel, source_name, message_id, received_at, size_bytes, state, context,
                                              lease_until, lease_owner)
                        values (?, ?, ?, ?, ?, ?, 'PROCESSING', ?::jsonb, now() + interval '10 minutes', ?)
                        on conflict (sha256) do nothing returning id""")
                .params(
                        original.sha256(),
                        item.channel().name(),
                        item.sourceName(),
                        item.messageId(),
                        java.sql.Timestamp.from(item.receivedAt()),
                        original.size(),
                        json.writeValueAsString(item.context()),
                        instance.id())
                .query(Long.class)
                .optional();
    }

    /**
     * Takes up a document that is still PROCESSING or FAILED when nobody holds it: its reading was cut off by a
     * crash (its reader went silent, or the lease ran out) or it failed and was sent again. False while a live
     * reader holds it.
     */
    public boolean takeUp(long id) {
        return db.sql(
                                """
                        update document set lease_until = now() + interval '10 minutes', lease_owner = ?, state = 'PROCESSING'
                        where id = ? and state in ('PROCESSING', 'FAILED')
                          and (lease_until is null or lease_until < now() or lease_owner is null
                               or (lease_owner <> ?
                                   -- another reader, silent too long: dead. Our own reader is alive while we are,
                                   -- even when our heartbeat lagged behind a database that was away
                                   and not exists (select 1 from intake_instance i
                                                   where i.id = document.lease_owner
                                                     and i.seen_at > now() - make_interval(secs => ?))))""")
                        .params(instance.id(), id, instance.id(), IntakeInstance.SILENT_SECONDS)
                        .update()
                == 1;
    }

    public Optional<ReceivedDocument> findBySha(String sha256) {
        return db.sql("select * from document where sha256 = ?")
                .param(sha256)
                .query(this::row)
                .optional();
    }

    public Optional<ReceivedDocument> find(long id) {
        return db.sql("select * from document where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    public List<ReceivedDocument> newestFirst() {
        return db.sql("select * from document order by received_at desc, id desc")
                .query(this::row)
                .list();
    }

    public List<Long> idsOfCase(long caseId) {
        return db.sql("select id from document where case_id = ? order by received_at, id")
                .param(caseId)
                .query(Long.class)
                .list();
    }

    public Map<DocumentState, Long> countByState() {
        Map<DocumentState, Long> counts = new LinkedHashMap<>();
        for (DocumentState s : DocumentState.values()) counts.put(s, 0L);
        db.sql("select state, count(*) as n from document group by state")
                .query((rs, n) -> Map.entry(DocumentState.valueOf(rs.getString("state")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    public void finish(
            long id,
            DocumentState state,
            String format,
            int pages,
            String type,
            double confidence,
            Long caseId,
            Object fields,
            Object evidence) {
        db.sql(
                        """
                        update document set state = ?, format = ?, pages = ?, document_type = ?, confidence = ?, case_id = ?,
                               fields = ?::jsonb, evidence = ?::jsonb, error = null, processed_at = now(), lease_until = null, lease_owner = null,
                               read_by = ?
                        where id = ?""")
                .params(
                        state.name(),
                        format,
                        pages,
                        type,
                        confidence,
                        caseId,
                        storable(json.writeValueAsString(fields)),
                        storable(json.writeValueAsString(evidence)),
                        instance.id(),
                        id)
                .update();
    }

    /** The document, its row locked until the transaction ends: two people deciding it at once do it in turn. */
    public Optional<ReceivedDocument> findForUpdate(long id) {
        return db.sql("select * from document where id = ? for update")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** A person's decision on a document: its type, case, fields and evidence as decided, and it is done. */
    public void decide(long id, String type, Long caseId, Object fields, Object evidence) {
        db.sql(
                        """
                        update document set state = 'PROCESSED', document_type = ?, case_id = ?,
                               fields = ?::jsonb, evidence = ?::jsonb, processed_at = now()
                        where id = ?""")
                .params(
                        type,
                        caseId,
                        storable(json.writeValueAsString(fields)),
                        storable(json.writeValueAsString(evidence)),
                        id)
                .update();
    }

    /** A person's fields, with the evidence of those still as read (a corrected field was not read from a line). */
    public void replaceFields(long id, Object fields, Object fieldEvidence) {
        db.sql(
                        """
                        update document set fields = ?::jsonb,
                               evidence = case when jsonb_typeof(evidence) = 'object'
                                               then jsonb_set(evidence, '{fields}', ?::jsonb) else evidence end
                        where id = ?""")
                .params(storable(json.writeValueAsString(fields)), storable(json.writeValueAsString(fieldEvidence)), id)
                .update();
    }

    /** What the desk's queue filters on; null is any. */
    public record QueueFilter(Channel channel, String type, String payer, String drug) {}

    /**
     * The review queue: documents waiting for a person (in review, failed) oldest first, then at most
     * {@code recent} of the latest others. Filters apply to all of them.
     */
    public List<ReceivedDocument> queue(QueueFilter filter, int limit) {
        StringBuilder where = new StringBuilder("true");
        List<Object> params = new java.util.ArrayList<>();
        if (filter.channel() != null) {
            where.append(" and channel = ?");
            params.add(filter.channel().name());
        }
        if (filter.type() != null) {
            where.append(" and document_type = ?");
            params.add(filter.type());
        }
        if (filter.payer() != null) {
            where.append(" and fields->>'payer' ilike ?");
            params.add("%" + filter.payer() + "%");
        }
        if (filter.drug() != null) {
            where.append(" and fields->>'drug' ilike ?");
            params.add("%" + filter.drug() + "%");
        }
        params.add(limit);
        return db.sql(
                        """
                        select * from document where %s
                        order by case state when 'NEEDS_REVIEW' then 0 when 'FAILED' then 1 else 2 end,
                                 case when state in ('NEEDS_REVIEW', 'FAILED') then received_at end asc,
                                 received_at desc, id
                        limit ?"""
                                .formatted(where))
                .params(params)
                .query(this::row)
                .list();
    }

    /** The pages as read, for replaying rules over past documents. */
    public org.priorauth.intake.reading.ExtractedText textOf(long id) {
        List<org.priorauth.intake.reading.PageText> pages = db.sql(
                        "select * from document_page where document_id = ? order by page_no")
                .param(id)
                .query((rs, n) -> new org.priorauth.intake.reading.PageText(
                        rs.getInt("page_no"),
                        rs.getString("text"),
                        org.priorauth.intake.reading.ReadMethod.valueOf(rs.getString("method")),
                        rs.getDouble("confidence")))
                .list();
        String format = db.sql("select format from document where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
        return new org.priorauth.intake.reading.ExtractedText(
                format == null
                        ? org.priorauth.intake.reading.DocumentFormat.TEXT
                        : org.priorauth.intake.reading.DocumentFormat.valueOf(format),
                pages);
    }

    /** A staff member's decision on a document's type; a document waiting for review on its type is then done. */
    public void correctType(long id, String type) {
        db.sql(
                        """
                        update document set document_type = ?,
                               state = case when state = 'NEEDS_REVIEW' and case_id is not null then 'PROCESSED' else state end
                        where id = ?""")
                .params(type, id)
                .update();
    }

    public void fail(long id, String reason) {
        db.sql(
                        "update document set state = 'FAILED', error = ?, processed_at = now(), lease_until = null, lease_owner = null, read_by = ? where id = ?")
                .params(reason.replace("\u0000", ""), instance.id(), id)
                .update();
    }

    public void addPage(long documentId, int pageNo, String method, double confidence, String text) {
        db.sql(
                        """
                        insert into document_page (document_id, page_no, method, confidence, text) values (?, ?, ?, ?, ?)
                        on conflict (document_id, page_no) do update set method = excluded.method,
                               confidence = excluded.confidence, text = excluded.text""")
                .params(documentId, pageNo, method, confidence, text.replace("\u0000", ""))
                .update();
    }

    /** The item a document was received as, its content from the stored original: what a retry reads again. */
    public Optional<IntakeItem> receivedItem(long id, OriginalStore originals) {
        return db.sql(
                        "select channel, source_name, message_id, received_at, context, sha256 from document where id = ?")
                .param(id)
                .query((rs, n) -> {
                    Map<String, String> context = new LinkedHashMap<>();
                    json.readTree(rs.getString("context"))
                            .properties()
                            .forEach(e -> context.put(e.getKey(), e.getValue().asString()));
                    return new IntakeItem(
                            Channel.valueOf(rs.getString("channel")),
                            rs.getString("source_name"),
                            originals.read(rs.getString("sha256")),
                            rs.getString("message_id"),
                            rs.getTimestamp("received_at").toInstant(),
                            context,
                            null);
                })
                .optional();
    }

    private ReceivedDocument row(ResultSet rs, int n) throws SQLException {
        return new ReceivedDocument(
                rs.getLong("id"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("source_name"),
                rs.getString("message_id"),
                rs.getTimestamp("received_at").toInstant(),
                (Integer) rs.getObject("pages"),
                DocumentState.valueOf(rs.getString("state")),
                rs.getString("document_type"),
                (Double) rs.getObject("confidence"),
                (Long) rs.getObject("case_id"),
                json.readTree(rs.getString("fields")),
                json.readTree(rs.getString("evidence")),
                rs.getString("error"),
                rs.getString("sha256"),
                json.readTree(rs.getString("context"))
                        .path(SourceUnpacker.CONTENT_TYPE)
                        .asString(null));
    }

    /** PostgreSQL's jsonb refuses the NUL character that a damaged text layer can hold: it says nothing anyway. */
    private static String storable(String json) {
        return json.replace("\\u0000", "");
    }
}
