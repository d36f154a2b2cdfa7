package org.priorauth.intake.fields;

import java.util.regex.Pattern;
import org.priorauth.intake.reading.ExtractedText;

/**
 * A form's dotted leaders ("Member ........ Jane Roe", "Respond by ...... 11/22/2026") read as the colon they
 * stand for, so that the label patterns ({@link PatientLabels}, ...) find the value after them.
 */
final class DottedLeaders {

    private DottedLeaders() {}

    private static final Pattern LEADER =
            Pattern.compile("(?<=\\S)[ \\t]*\\.{3,}(?:[ \\t]+\\.{1,2}(?=[ \\t]))?[ \\t]*(?=\\S)");

    static ExtractedText asColons(ExtractedText text) {
        if (text.pages().stream().noneMatch(p -> p.text().contains("..."))) return text;
        return new ExtractedText(
                text.format(),
                text.pages().stream()
                        .map(p -> p.withText(LEADER.matcher(p.text()).replaceAll(": ")))
                        .toList());
    }
}
