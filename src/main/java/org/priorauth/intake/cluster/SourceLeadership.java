package org.priorauth.intake.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.priorauth.intake.IntakeSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reads a source when several instances run: the routes of the groups {@value #SOURCES} (watched folders,
 * the mailbox) and {@value #SCHEDULES} (escalation, the case calendar) run on one instance at a time, each route
 * under its own lock, so two instances may lead two different folders. The lock is Camel's
 * {@link FileLockClusterService} on a folder every instance shares (the inbox volume already is): a leader that
 * dies, even by {@code kill -9}, loses its lock with its process, and another instance takes the route over
 * within a few {@code intake.cluster.leader-check-interval}s. Every other route (the document queue, the rules'
 * reload) runs on every instance.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "intake.cluster.enabled", havingValue = "true")
class SourceLeadership {

    /** Route group of the routes that read a source: a second reader would only fight over the same files. */
    static final String SOURCES = "sources";

    /** Route group of the timers whose sweep must run once across all instances, not once per instance. */
    static final String SCHEDULES = "schedules";

    @Bean
    FileLockClusterService intakeClusterService(IntakeSettings settings) throws IOException {
        Files.createDirectories(settings.clusterLockDir());
        FileLockClusterService service = new FileLockClusterService();
        service.setId("intake");
        service.setRoot(settings.clusterLockDir().toAbsolutePath().toString());
        long interval = settings.cluster().leaderCheckInterval().toMillis();
        service.setAcquireLockDelay(interval, TimeUnit.MILLISECONDS);
        service.setAcquireLockInterval(interval, TimeUnit.MILLISECONDS);
        return service;
    }

    /** Added before the routes are made, so that every route of the two groups gets its policy. */
    @Bean
    CamelContextConfiguration ledByOneInstance(FileLockClusterService clusterService) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camelContext) {
                try {
                    camelContext.addService(clusterService);
                } catch (Exception e) {
                    throw new IllegalStateException("the cluster service did not start", e);
                }
                camelContext.addRoutePolicyFactory(
                        (context, routeId, route) -> policyFor(clusterService, context, routeId, route));
            }

            @Override
            public void afterApplicationStart(CamelContext camelContext) {}
        };
    }

    private static RoutePolicy policyFor(
            FileLockClusterService clusterService, CamelContext camelContext, String routeId, NamedNode route) {
        if (!(route instanceof RouteDefinition definition)
                || !(SOURCES.equals(definition.getGroup()) || SCHEDULES.equals(definition.getGroup()))) {
            return null;
        }
        try {
            ClusteredRoutePolicy policy = ClusteredRoutePolicy.forNamespace(clusterService, "intake-" + routeId);
            policy.setCamelContext(camelContext);
            policy.setInitialDelay(Duration.ZERO);
            return policy;
        } catch (Exception e) {
            throw new IllegalStateException("no leadership for route " + routeId, e);
        }
    }
}
