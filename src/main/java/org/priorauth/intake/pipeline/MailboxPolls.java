package org.priorauth.intake.pipeline;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.priorauth.intake.intake.MailboxWatch;
import org.springframework.stereotype.Component;

/**
 * The shared-inbox route's poll strategy (routes/email.camel.yaml): tells {@link MailboxWatch} how each look at
 * the inbox went. A failed poll is not retried at once: the next one comes at the route's interval, and unread
 * mail waits on the server until then.
 */
@Component
class MailboxPolls implements PollingConsumerPollStrategy {

    private final MailboxWatch watch;

    MailboxPolls(MailboxWatch watch) {
        this.watch = watch;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        watch.polled();
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        watch.failed(cause);
        return false;
    }
}
