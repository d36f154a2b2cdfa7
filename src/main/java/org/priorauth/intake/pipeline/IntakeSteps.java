package org.priorauth.intake.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.mail.MailMessage;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.audit.AuditTrail;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.classification.ClassificationRuleFile;
import org.priorauth.intake.classification.Classifier;
import org.priorauth.intake.classification.LetterModelFile;
import org.priorauth.intake.fields.FieldReader;
import org.priorauth.intake.intake.Channel;
import org.priorauth.intake.intake.DocumentBusyException;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.IntakeItem;
import org.priorauth.intake.intake.OriginalStore;
import org.priorauth.intake.intake.OutcomeRecorder;
import org.priorauth.intake.intake.ReceivedDocument;
import org.priorauth.intake.intake.SourceUnpacker;
import org.priorauth.intake.intake.StoredOriginal;
import org.priorauth.intake.matching.CaseMatcher;
import org.priorauth.intake.matching.CaseSightings;
import org.priorauth.intake.matching.MatchOutcome;
import org.priorauth.intake.reading.TextReader;
import org.priorauth.intake.reading.UnreadableDocumentException;
import org.priorauth.intake.rules.RuleBook;
import org.priorauth.intake.tasks.CaseCalendar;
import org.priorauth.intake.tasks.TaskService;
import org.springframework.stereotype.Component;

/** The steps the routes call by name (see {@code routes/pipeline.camel.yaml}); each delegates to a feature. */
@Component("intakeSteps")
public class IntakeSteps {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IntakeSteps.class);

    /** Exchange property the channel routes read to move a source to {@code .done} or {@code .failed}. */
    public static final String SOURCE_OUTCOME = "intakeOutcome";

    private final SourceUnpacker unpacker;
    private final OriginalStore originals;
    private final DocumentRepository documents;
    private final TextReader textReader;
    private final FieldReader fieldReader;
    private final ClassificationRuleFile classificationRules;
    private final LetterModelFile letterModel;
    private final CaseRepository cases;
    private final OutcomeRecorder recorder;
    private final AuditTrail audit;
    private final TaskService tasks;
    private final CaseCalendar caseCalendar;
    private final RuleBook rules;
    private final Clock clock;
    private final IntakeSettings settings;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    IntakeSteps(
            SourceUnpacker unpacker,
            OriginalStore originals,
            DocumentRepository documents,
            TextReader textReader,
            FieldReader fieldReader,
            ClassificationRuleFile classificationRules,
            LetterModelFile letterModel,
            CaseRepository cases,
            OutcomeRecorder recorder,
            AuditTrail audit,
            TaskService tasks,
            CaseCalendar caseCalendar,
            RuleBook rules,
            Clock clock,
            IntakeSettings settings,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.meters = meters;
        this.unpacker = unpacker;
        this.originals = originals;
        this.documents = documents;
        this.textReader = textReader;
        this.fieldReader = fieldReader;
        this.classificationRules = classificationRules;
        this.letterModel = letterModel;
        this.cases = cases;
        this.recorder = recorder;
        this.audit = audit;
        this.tasks = tasks;
        this.caseCalendar = caseCalendar;
        this.rules = rules;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * A file from a watched folder: one document, or several for a ZIP or an exported mail. A file over the size
     * limit is not read into memory: one failed document for it, and the file kept in {@code .failed/}.
     */
    public List<DocumentInProgress> unpackFile(GenericFile<?> file, String fileName, String channel)
            throws IOException {
        Path path = Path.of(file.getAbsoluteFilePath());
        long size = Files.size(path);
        Channel from = Channel.valueOf(channel);
        List<IntakeItem> items;
        if (size > settings.limits().maxFileBytes()) {
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(1024 * 1024);
            }
            items = unpacker.tooLarge(from, fileName, head, size, clock.instant());
        } else {
            items = unpacker.unpack(from, fileName, Files.readAllBytes(path), clock.instant());
        }
        return items.stream().map(DocumentInProgress::received).toList();
    }

    /** A message from the shared inbox, read from its raw MIME form exactly like an exported .eml. */
    public List<DocumentInProgress> unpackMail(Exchange exchange) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        exchange.getIn(MailMessage.class).getOriginalMessage().writeTo(raw);
        return unpacker.unpackMail(Channel.EMAIL, "mail.eml", raw.toByteArray(), clock.instant()).stream()
                .map(DocumentInProgress::received)
                .toList();
    }

    public DocumentInProgress storeOriginal(DocumentInProgress doc) {
        IntakeItem item = doc.item();
        if (item.unreadableReason() != null) throw new UnreadableDocumentException(item.unreadableReason());
        StoredOriginal original = originals.store(item.content());
        return documents
                .insertProcessing(item, original)
                .map(id -> doc.stored(id, false))
                .orElseGet(() -> {
                    ReceivedDocument existing =
                            documents.findBySha(original.sha256()).orElseThrow();
                    // the same bytes again: read again only when the earlier reading failed or was cut off by a crash,
                    // never while another reader holds it (two copies arriving at once are one document)
                    boolean readAgain = documents.takeUp(existing.id());
                    if (!readAgain && existing.state() == DocumentState.PROCESSING) {
                        throw new DocumentBusyException(existing.id());
                    }
                    if (!readAgain) {
                        audit.record(
                                AuditTrail.SYSTEM,
                                "document.duplicate-received",
                                existing.id(),
                                existing.caseId(),
                                Map.of(
                                        "channel",
                                        item.channel().name(),
                                        "stateThen",
                                        existing.state().name()));
                    }
                    return doc.stored(existing.id(), !readAgain);
                });
    }

    public DocumentInProgress readText(DocumentInProgress doc) {
        String hint = doc.item().context().get(SourceUnpacker.CONTENT_TYPE);
        return doc.withText(textReader.read(doc.item().sourceName(), doc.item().content(), hint));
    }

    public DocumentInProgress readFields(DocumentInProgress doc) {
        return doc.withFields(fieldReader.read(doc.text()));
    }

    public DocumentInProgress classify(DocumentInProgress doc) {
        return doc.withClassification(
                Classifier.classify(doc.text(), classificationRules.current(), letterModel.current()));
    }

    /** The open cases' identifiers wherever the text prints them, for the fields the labels left empty. */
    public DocumentInProgress findCaseIdentifiers(DocumentInProgress doc) {
        return doc.withFields(CaseSightings.complete(doc.fields(), doc.text(), cases.open()));
    }

    public DocumentInProgress matchCase(DocumentInProgress doc) {
        List<PriorAuthCase> open = cases.open();
        MatchOutcome outcome = CaseMatcher.match(doc.fields(), open);
        if (outcome instanceof MatchOutcome.Matched matched) {
            PriorAuthCase c = open.stream()
                    .filter(o -> o.id() == matched.caseId())
                    .findFirst()
                    .orElseThrow();
            doc = doc.withFields(CaseMatcher.withSlipsCorrected(doc.fields(), c));
        }
        return doc.withMatch(outcome);
    }

    public OutcomeRecorder.Outcome recordOutcome(DocumentInProgress doc) {
        OutcomeRecorder.Outcome outcome =
                recorder.record(doc.documentId(), doc.text(), doc.fields(), doc.classification(), doc.match());
        // for Prometheus: pages read (their rate is pages/s) and the time from arrival to the recorded outcome
        meters.counter("priorauth.pages.read", "format", doc.text().format().name())
                .increment(doc.text().pageCount());
        io.micrometer.core.instrument.Timer.builder("priorauth.document.arrival.to.outcome")
                .description("from a document's arrival to its recorded outcome (its task raised, or its review)")
                .register(meters)
                .record(java.time.Duration.between(doc.item().receivedAt(), clock.instant()));
        return outcome;
    }

    public int reloadChangedRules() {
        return rules.reloadChanged();
    }

    public int escalateOverdueTasks() {
        return tasks.escalateOverdue();
    }

    public int followCaseCalendar() {
        return caseCalendar.sweep();
    }

    /** Any failure of one document: FAILED with a reason staff can read, the original kept, the queue moving. */
    public void recordFailure(Object body, Exception thrown) {
        // staff see what went wrong, not Camel's wrapper around it ("Exception occurred during execution on the
        // exchange")
        Throwable failure = thrown;
        while (failure instanceof org.apache.camel.RuntimeCamelException && failure.getCause() != null)
            failure = failure.getCause();
        // the trace only at debug: an exception's message may quote the letter
        if (!(failure instanceof UnreadableDocumentException)) log.debug("document processing failed", failure);
        String reason = failure instanceof UnreadableDocumentException
                ? failure.getMessage()
                : "processing failed: " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        if (body instanceof DocumentInProgress doc) {
            recorder.recordFailure(doc.documentId(), doc.item(), reason);
        } else {
            throw new IllegalStateException("a failure outside a document cannot be recorded: " + reason, failure);
        }
    }
}
