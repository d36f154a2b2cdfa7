package org.priorauth.intake.cluster;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With several instances, Camel's supervising route controller is switched off: it starts every stopped route
 * at start, its own {@code autoStartup} flag or not, so every instance would read every folder whatever the
 * leadership said. Without it, a led route starts only when this instance takes its lock
 * ({@link SourceLeadership}); a mailbox that is down then is tried again at the next poll.
 */
public class ClusterEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("intake.cluster.enabled", Boolean.class, false)) {
            environment
                    .getPropertySources()
                    .addFirst(
                            new MapPropertySource("intake-cluster", Map.of("camel.routecontroller.enabled", "false")));
        }
    }

    /** After the configuration files are read, so that this wins over application.properties. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
