package org.priorauth.intake.intake;

import java.time.Clock;
import java.time.Instant;
import org.priorauth.intake.IntakeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How the last looks at the shared inbox went, for the intake dashboard and {@code /api/intake/status}: a mail
 * server away, a password refused or a server that will not turn the connection to TLS shows there with its
 * reason, instead of only in a log. The shared-inbox route tells it how each poll went (through
 * {@code pipeline.MailboxPolls}, its poll strategy).
 *
 * <p>It also keeps the log readable through an outage: Camel's default strategy logs a warning with a stack
 * trace at every poll (every few seconds for as long as the server is away); this one logs once when the inbox
 * becomes unreachable, once if the reason changes, and once when it is back. The poll is retried at the next
 * interval either way, so nothing is lost: unread mail stays unseen on the server.
 */
@Component
public class MailboxWatch {

    private static final Logger log = LoggerFactory.getLogger(MailboxWatch.class);

    /** The inbox as staff see it; {@code since} is when it entered this state. */
    public record Mailbox(String state, String reason, Instant since, Instant lastRead) {

        static final String OFF = "off";
        static final String CONNECTING = "connecting";
        static final String READING = "reading";
        static final String UNREACHABLE = "unreachable";
    }

    private final Clock clock;
    private volatile Mailbox mailbox;

    public MailboxWatch(IntakeSettings settings, Clock clock) {
        this.clock = clock;
        this.mailbox =
                new Mailbox(settings.email().enabled() ? Mailbox.CONNECTING : Mailbox.OFF, null, clock.instant(), null);
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** A poll that reached the inbox and read what was there. */
    public void polled() {
        Mailbox before = mailbox;
        Instant now = clock.instant();
        if (!before.state().equals(Mailbox.READING)) {
            if (before.state().equals(Mailbox.UNREACHABLE))
                log.info("The shared inbox is reachable again (unreachable since {})", before.since());
            mailbox = new Mailbox(Mailbox.READING, null, now, now);
        } else {
            mailbox = new Mailbox(Mailbox.READING, null, before.since(), now);
        }
    }

    /** A poll that failed: kept as the inbox's state, and logged when the state or its reason changes. */
    public void failed(Exception cause) {
        String reason = reasonOf(cause);
        Mailbox before = mailbox;
        if (!before.state().equals(Mailbox.UNREACHABLE)) {
            log.warn(
                    "The shared inbox cannot be read: {}. Retrying at every poll; unread mail waits on the server",
                    reason);
            mailbox = new Mailbox(Mailbox.UNREACHABLE, reason, clock.instant(), before.lastRead());
        } else if (!reason.equals(before.reason())) {
            log.warn("The shared inbox still cannot be read, now: {}", reason);
            mailbox = new Mailbox(Mailbox.UNREACHABLE, reason, before.since(), before.lastRead());
        }
    }

    /**
     * The innermost message of the cause, which names what went wrong ("Connection refused", "STARTTLS is
     * required but host does not support STARTTLS"); the outer ones only say that the poll failed. No mail's
     * content is in it: these come from connecting and signing in.
     */
    static String reasonOf(Throwable cause) {
        String reason = null;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) reason = t.getMessage();
        }
        return reason != null ? reason.strip() : cause.getClass().getSimpleName();
    }
}
