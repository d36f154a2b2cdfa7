package org.priorauth.intake.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The layouts' names: a layout's letters are grouped by its name (folds by layout, the truth's "template"). */
class CorpusTemplatesTest {

    @Test
    void everyLayoutHasANameOfItsOwn() {
        // the 98th set first reused round 11's names (CCD1, ...): two layouts, one group
        Map<String, Long> names = CorpusTemplates.ALL.stream()
                .collect(Collectors.groupingBy(CorpusTemplates.Template::id, Collectors.counting()));
        assertThat(names.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                .isEmpty();
        assertThat(names).hasSize(CorpusTemplates.ALL.size());
    }
}
