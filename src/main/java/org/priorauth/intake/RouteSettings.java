package org.priorauth.intake;

import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;

/**
 * Hands the bound and checked {@link IntakeSettings} to Camel before the route files are loaded, so their
 * {@code {{intake...}}} placeholders take the record's values (and its defaults) rather than raw property text.
 */
@Component
class RouteSettings implements CamelContextConfiguration {

    private final IntakeSettings settings;

    RouteSettings(IntakeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        Properties values = new Properties();
        values.putAll(settings.routePlaceholders());
        camel.getPropertiesComponent().setOverrideProperties(values);
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {}
}
