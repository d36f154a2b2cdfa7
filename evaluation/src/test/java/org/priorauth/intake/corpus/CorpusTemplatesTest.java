package org.priorauth.intake.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The layouts' names: a layout's letters are grouped by its name (folds by layout, the truth's "template"). */
class CorpusTemplatesTest {

    @Test
    void everyLayoutHasANameOfItsOwn() {
        // a layout's letters are one group: two layouts of one name would be scored as one
        Map<String, Long> names = CorpusTemplates.ALL.stream()
                .collect(Collectors.groupingBy(CorpusTemplates.Template::id, Collectors.counting()));
        assertThat(names.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                .isEmpty();
        assertThat(names).hasSize(CorpusTemplates.ALL.size());
    }

    @Test
    void layoutsAreReadFromTheirFilesWithTheirPageBreaks() {
        assertThat(CorpusTemplates.ALL).hasSizeGreaterThan(2000);
        assertThat(CorpusTemplates.ALL.stream()
                        .map(CorpusTemplates.Template::type)
                        .distinct())
                .containsExactlyInAnyOrder("DENIAL", "MORE_INFO_REQUEST", "APPROVAL", "PHARMACY_NOTICE", "OTHER");
        // multi-page faxes: the data's "--- new page ---" line is the form feed the renderer breaks pages on
        assertThat(CorpusTemplates.ALL).anyMatch(t -> t.text().contains("\f"));
        assertThat(CorpusTemplates.ALL).noneMatch(t -> t.text().contains("--- new page ---"));
        assertThat(CorpusTemplates.ALL).anyMatch(t -> t.html() && t.text().startsWith("<html>"));
        assertThat(CorpusTemplates.splitOf(0)).isEqualTo("dev");
        assertThat(CorpusTemplates.splitOf(3)).isEqualTo("heldback");
    }
}
