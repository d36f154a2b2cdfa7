package org.priorauth.intake.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.stereotype.Component;

/**
 * How long each Camel route takes per exchange, as the Micrometer timer {@code priorauth.route} (tags
 * {@code route}, {@code outcome}): the document route is one document from its stored original to its recorded
 * outcome, a watched folder's route one file with all its documents. (camel-micrometer is not served at
 * Camel 4.22 here; a route policy gives the same timings.)
 */
@Component
class RouteTimings implements RoutePolicyFactory, CamelContextConfiguration {

    private final MeterRegistry registry;

    RouteTimings(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Added before the routes are made: a factory found later would time no route. */
    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        camelContext.addRoutePolicyFactory(this);
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {}

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        return new RoutePolicySupport() {
            private final String started = "priorauthRouteStarted-" + routeId;

            @Override
            public void onExchangeBegin(Route r, Exchange exchange) {
                exchange.setProperty(started, System.nanoTime());
            }

            @Override
            public void onExchangeDone(Route r, Exchange exchange) {
                Long begun = exchange.getProperty(started, Long.class);
                if (begun == null) return;
                exchange.removeProperty(started);
                Timer.builder("priorauth.route")
                        .tag("route", routeId)
                        .tag("outcome", exchange.isFailed() ? "failed" : "completed")
                        .description("time an exchange spends in a Camel route")
                        .register(registry)
                        .record(System.nanoTime() - begun, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        };
    }
}
