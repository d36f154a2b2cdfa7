package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkupTextTest {

    @Test
    void linksAndCellsSideBySideKeepASpaceBetweenThem() {
        String page =
                """
                <html><body><nav><a href="#">Eligibility</a><a href="#">Claims</a><a href="#">Auth Status</a></nav>
                <div class="summary"><span>Member</span><span>Halvorsen, Oswin</span><span>Plan</span><span>Gold PPO</span></div>
                <p>Caf\u00e9 hours are posted.</p></body></html>""";
        String text =
                new MarkupText().html(page.getBytes(StandardCharsets.UTF_8)).text();
        assertThat(text).contains("Eligibility").doesNotContain("EligibilityClaims");
        assertThat(text).doesNotContain("MemberHalvorsen").contains("Halvorsen, Oswin");
        assertThat(text).as("a UTF-8 page keeps its letters").contains("Caf\u00e9");
    }
}
