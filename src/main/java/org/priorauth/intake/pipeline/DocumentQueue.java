package org.priorauth.intake.pipeline;

import java.time.Instant;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.intake.Channel;
import org.priorauth.intake.intake.IntakeItem;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document as a message on the broker's queue when several instances share the work
 * ({@code routes/document-queue.camel.yaml}): its bytes as the body, what the channel knew about it in
 * properties. Only what the channel handed over travels; the reading starts afresh on the instance that takes it.
 */
@Component("documentQueue")
public class DocumentQueue {

    static final String CHANNEL = "intakeChannel";
    static final String SOURCE_NAME = "intakeSourceName";
    static final String MESSAGE_ID = "intakeMessageId";
    static final String RECEIVED_AT = "intakeReceivedAt";
    static final String CONTEXT = "intakeContext";
    static final String UNREADABLE = "intakeUnreadableReason";

    /** Artemis delivers a message carrying this property (epoch milliseconds) no earlier than that. */
    static final String DELIVER_AT = "_AMQ_SCHED_DELIVERY";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IntakeSettings settings;

    DocumentQueue(IntakeSettings settings) {
        this.settings = settings;
    }

    /** The document, about to be sent to the queue: the exchange's body becomes its bytes. */
    public void toMessage(DocumentInProgress doc, Exchange exchange) {
        IntakeItem item = doc.item();
        Message message = exchange.getMessage();
        message.setBody(item.content());
        message.setHeader(CHANNEL, item.channel().name());
        message.setHeader(SOURCE_NAME, item.sourceName());
        message.setHeader(MESSAGE_ID, item.messageId());
        message.setHeader(RECEIVED_AT, item.receivedAt().toString());
        message.setHeader(CONTEXT, JSON.writeValueAsString(item.context()));
        message.setHeader(UNREADABLE, item.unreadableReason());
    }

    /** A message taken from the queue, as the document the channel had handed over. */
    public DocumentInProgress fromMessage(Exchange exchange) {
        Message message = exchange.getMessage();
        Map<String, String> context =
                JSON.readValue(message.getHeader(CONTEXT, "{}", String.class), new TypeReference<>() {});
        IntakeItem item = new IntakeItem(
                Channel.valueOf(message.getHeader(CHANNEL, String.class)),
                message.getHeader(SOURCE_NAME, String.class),
                message.getBody(byte[].class),
                message.getHeader(MESSAGE_ID, String.class),
                Instant.parse(message.getHeader(RECEIVED_AT, String.class)),
                context,
                message.getHeader(UNREADABLE, String.class));
        return DocumentInProgress.received(item);
    }

    /**
     * The document back on the queue, to be delivered again after {@code intake.cluster.busy-retry-delay}: its
     * bytes are being read by another instance (or by one that died, whose lease frees once it has been silent
     * long enough), or the database was away through every retry. Sent while the message taken off the queue is
     * still unacknowledged: should both ever be delivered, the content hash still makes them one document.
     */
    public void later(Exchange exchange) {
        DocumentInProgress doc = exchange.getMessage().getBody(DocumentInProgress.class);
        toMessage(doc, exchange);
        exchange.getMessage()
                .setHeader(
                        DELIVER_AT,
                        Instant.now().plus(settings.cluster().busyRetryDelay()).toEpochMilli());
    }
}
