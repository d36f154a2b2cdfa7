package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.samples.LetterRenderer;
import org.priorauth.intake.samples.SampleLetters;

class LineShapeTest {

    private static BufferedImage prepared(String letter, int quarters, long seed) {
        BufferedImage page = PageImages.toGray(LetterRenderer.faxPage(letter, "FROM: 800-555-0100", seed));
        BufferedImage turned = PagePreparation.quarterTurns(page, quarters);
        BufferedImage binary = new BufferedImage(turned.getWidth(), turned.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        binary.createGraphics().drawImage(turned, 0, 0, null);
        return PagePreparation.prepare(binary);
    }

    @Test
    void aLetterTurnedOverHasMoreInkBelowItsLinesThanAbove() {
        for (String letter : new String[] {
            SampleLetters.denialAetna(SampleLetters.LINDQVIST), SampleLetters.approvalFax(SampleLetters.LINDQVIST)
        }) {
            BufferedImage upright = prepared(letter, 0, 5);
            long[] ink = LineShape.inkAboveAndBelow(LineShape.rowInk(upright));
            assertThat(ink[0]).as("ink above the lines' cores").isGreaterThan(ink[1]);
            assertThat(LineShape.looksUpsideDown(upright)).isFalse();
            assertThat(LineShape.looksUpsideDown(prepared(letter, 2, 5))).isTrue();
            // a gray page is read as it came, upright first
            assertThat(LineShape.looksUpsideDown(PageImages.toGray(prepared(letter, 2, 6))))
                    .isFalse();
        }
    }

    @Test
    void aPageOfAFewWordsOrNoTextIsTakenAsItCame() {
        assertThat(LineShape.looksUpsideDown(prepared("Page 2 of 2", 2, 7))).isFalse();
        assertThat(LineShape.looksUpsideDown(new BufferedImage(1728, 2200, BufferedImage.TYPE_BYTE_BINARY)))
                .isFalse();
        assertThat(LineShape.looksUpsideDown(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB)))
                .isFalse();
    }
}
