package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClinicWordsTest {

    private static final ClinicWords SHIPPED = ClinicWords.load(Path.of("ocr-models"));

    @Test
    void spellsTheClinicsWordsWhereOcrTookALetterForALookAlike() {
        assertThat(SHIPPED.mend("Medication: Duplxent 300 mg")).isEqualTo("Medication: Dupixent 300 mg");
        assertThat(SHIPPED.mend("Re: Oupixent (dupllumab)")).isEqualTo("Re: Dupixent (dupilumab)");
        assertThat(SHIPPED.mend("DRUG: DUPlXENT")).isEqualTo("DRUG: DUPIXENT");
        assertThat(SHIPPED.mend("Taitz 80 mg; then Taitz every 4 weeks"))
                .isEqualTo("Taltz 80 mg; then Taltz every 4 weeks");
        assertThat(SHIPPED.mend("Ebglyss (lebrikizumab-Ibkz)")).isEqualTo("Ebglyss (lebrikizumab-lbkz)");
        assertThat(SHIPPED.mend("Cibingo 100 mg")).isEqualTo("Cibinqo 100 mg");
        assertThat(SHIPPED.mend("baseline EAS! score of 24")).isEqualTo("baseline EASI score of 24");
        assertThat(SHIPPED.mend("the prior authorizatlon request")).isEqualTo("the prior authorization request");
    }

    @Test
    void leavesEverythingElseAsItWasRead() {
        String clean = "Member ID: W123456789. Dupixent is approved through 06/30/2027 by Aetna.";
        assertThat(SHIPPED.mend(clean)).isSameAs(clean);
        // codes and identifiers keep their characters, whatever word their shape recalls
        assertThat(SHIPPED.mend("Ref 1bkz, lbk2-0, Taltz1")).isEqualTo("Ref 1bkz, lbk2-0, Taltz1");
        // too many look-alikes at once in a short word: another word, not a misreading
        assertThat(SHIPPED.mend("Ta!iz")).isEqualTo("Ta!iz");
        // a difference that is no look-alike is a different word
        assertThat(SHIPPED.mend("Dupixant, Taxtz")).isEqualTo("Dupixant, Taxtz");
        // words shorter than four letters are too easily something else
        assertThat(SHIPPED.mend("B5A and lGA")).isEqualTo("B5A and lGA");
        assertThat(SHIPPED.mend("duplxent")).isEqualTo("dupixent");
    }

    @Test
    void aShapeTwoWordsShareMendsToNeither() {
        ClinicWords words = new ClinicWords(List.of("Dose", "Oose"));
        assertThat(words.mend("Qose")).isEqualTo("Qose");
        assertThat(new ClinicWords(List.of("Dose")).mend("Qose")).isEqualTo("Dose");
    }
}
