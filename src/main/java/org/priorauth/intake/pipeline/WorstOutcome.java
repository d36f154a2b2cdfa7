package org.priorauth.intake.pipeline;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * After a source's documents are split and processed: the source is "failed" when any of its documents
 * failed, so an admin finds it under {@code .failed/} beside the reason shown in the UI. A document that could
 * not even be recorded (its exception not handled: the database away, the document busy with another
 * reader) fails the whole source, whichever document it was, so the source is kept and read again later
 * rather than let go with a document never recorded.
 */
@Component("worstOutcome")
public class WorstOutcome implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        Exchange result = oldExchange == null ? newExchange : oldExchange;
        String outcome =
                "failed".equals(property(oldExchange)) || "failed".equals(property(newExchange)) ? "failed" : "done";
        result.setProperty(IntakeSteps.SOURCE_OUTCOME, outcome);
        if (result != newExchange && newExchange.getException() != null && result.getException() == null) {
            result.setException(newExchange.getException());
        }
        return result;
    }

    private static String property(Exchange exchange) {
        return exchange == null ? null : exchange.getProperty(IntakeSteps.SOURCE_OUTCOME, String.class);
    }
}
