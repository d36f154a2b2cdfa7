package org.priorauth.intake.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import java.util.Map;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.DocumentState;
import org.priorauth.intake.intake.WatchedFolders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * The intake's gauges for Prometheus ({@code /actuator/prometheus}): documents by state, files waiting in each
 * watched folder, and with several instances the documents waiting on the broker's queue. The pipeline counts
 * pages read and times each document from its arrival to its recorded outcome ({@code IntakeSteps}); Camel's
 * route timings come from {@code pipeline.RouteTimings}.
 */
@Component
public class IntakeMeters implements MeterBinder {

    private final DocumentRepository documents;
    private final WatchedFolders folders;
    private final IntakeSettings settings;
    private final ObjectProvider<JmsTemplate> jms;

    private static final int MOST_COUNTED = 10_000;
    private Map<DocumentState, Long> counts = Map.of();
    private Instant countedAt;

    IntakeMeters(
            DocumentRepository documents,
            WatchedFolders folders,
            IntakeSettings settings,
            ObjectProvider<JmsTemplate> jms) {
        this.documents = documents;
        this.folders = folders;
        this.settings = settings;
        this.jms = jms;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DocumentState state : DocumentState.values()) {
            Gauge.builder("priorauth.documents", () -> countsByState().getOrDefault(state, 0L))
                    .tag("state", state.name())
                    .description("documents in this state")
                    .register(registry);
        }
        for (String source : folders.waiting().keySet()) {
            Gauge.builder("priorauth.source.waiting", () -> folders.waiting().getOrDefault(source, 0L))
                    .tag("source", source)
                    .description("files waiting in a watched folder, not yet picked up")
                    .register(registry);
        }
        if (settings.cluster().enabled()) {
            Gauge.builder("priorauth.queue.depth", this::queueDepth)
                    .tag("queue", settings.cluster().queue())
                    .description("documents handed to the broker's queue and not yet read by an instance")
                    .register(registry);
        }
    }

    /** One count of the table for all the states' gauges of one scrape, not one count per gauge. */
    private synchronized Map<DocumentState, Long> countsByState() {
        if (countedAt == null || countedAt.isBefore(Instant.now().minusSeconds(5))) {
            counts = documents.countByState();
            countedAt = Instant.now();
        }
        return counts;
    }

    /**
     * Messages on the queue, counted by browsing it up to {@value #MOST_COUNTED} (the gauge says "at least" that
     * many beyond it); NaN while the broker cannot be reached.
     */
    private double queueDepth() {
        try {
            Integer depth = jms.getObject()
                    .browse(settings.cluster().queue(), (jakarta.jms.Session session, QueueBrowser browser) -> {
                        int n = 0;
                        for (var messages = browser.getEnumeration();
                                messages.hasMoreElements() && n < MOST_COUNTED;
                                n++) {
                            messages.nextElement();
                        }
                        return n;
                    });
            return depth == null ? Double.NaN : depth;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
