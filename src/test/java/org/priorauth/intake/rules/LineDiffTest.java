package org.priorauth.intake.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void removedAndAddedLinesWithTheirNumbers() {
        String before = "threshold: 0.5\nstrongEvidence: 5\ntypes:\n  DENIAL: {}";
        String after = "threshold: 0.55\nstrongEvidence: 5\ntypes:\n  DENIAL: {}\n  OTHER: {}";
        assertThat(LineDiff.between(before, after))
                .isEqualTo("-1: threshold: 0.5\n+1: threshold: 0.55\n+5:   OTHER: {}");
        assertThat(LineDiff.between(null, "a\nb")).isEqualTo("+1: a\n+2: b");
        assertThat(LineDiff.between("same", "same")).isEmpty();
    }

    @Test
    void aLargeFileWithOneChangeGivesThatChangeInLittleMemory() throws Exception {
        // the letter model: thousands of lines, whose table of common lines took over 300 MB
        String model = Files.readString(Path.of("routes/rules/letter-model.yaml"));
        int lines = model.split("\n", -1).length;
        String edited = model + "\n# retrained";
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long usedBefore = runtime.totalMemory() - runtime.freeMemory();
        String diff = LineDiff.between(model, edited);
        long grew = runtime.totalMemory() - runtime.freeMemory() - usedBefore;
        assertThat(lines).isGreaterThan(5_000);
        assertThat(diff).endsWith(": # retrained");
        assertThat(grew).as("bytes allocated beyond the two texts").isLessThan(100L * 1024 * 1024);
    }
}
