package org.priorauth.intake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.IntakeSettings;

/**
 * What a sender can make the unpacker hold is bounded: a ZIP bomb, ZIPs nested without end, a ZIP of thousands
 * of entries, a path climbing out of its folder. Each ends as one document that fails with the limit in its
 * reason (the original kept), never as a full heap or an endless retry. Small limits keep the test quick.
 */
class HostileSourcesTest {

    private static final IntakeSettings.Limits SMALL = new IntakeSettings.Limits(10, 1, 5, 2, 10, 1);
    private final SourceUnpacker unpacker = new SourceUnpacker(SMALL);

    @Test
    void aZipBombStopsAtTheBoundNotInTheHeap() throws IOException {
        byte[] bomb = zip(entry("statement.pdf", new byte[5 * 1024 * 1024])); // 5 MB of zeros, a few KB packed
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThat(unpacker.unpack(Channel.PORTAL, "download.zip", bomb, Instant.now()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.unreadableReason())
                            .contains("more than 1 MB")
                            .contains("max-zip-mb");
                    assertThat(item.content()).isEqualTo(bomb);
                });
    }

    @Test
    void zipsInsideZipsStopAtTheDepthLimit() throws IOException {
        byte[] letter = "%PDF-1.4 a letter".getBytes();
        byte[] inner = zip(entry("letter.pdf", letter));
        byte[] middle = zip(entry("inner.zip", inner));
        byte[] outer = zip(entry("middle.zip", middle));
        List<IntakeItem> items = unpacker.unpack(Channel.PORTAL, "outer.zip", outer, Instant.now());
        assertThat(items).singleElement().satisfies(item -> assertThat(item.unreadableReason())
                .contains("nested too deep"));
        // one level less is read
        assertThat(unpacker.unpack(Channel.PORTAL, "middle.zip", middle, Instant.now()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.unreadableReason()).isNull();
                    assertThat(item.content()).isEqualTo(letter);
                });
    }

    /**
     * A real ZIP quine (src/test/resources/faults/README.md): unpacking it gives it again, for ever. It ends as one
     * unreadable item with its bytes, in bounded time and stack (the depth bound, or here Java's own check of the
     * entry's size, which the quine's trailing bytes fail), never a StackOverflowError retried at every poll.
     */
    @Test
    void aZipThatContainsItselfEndsAsOneUnreadableItem() throws IOException {
        byte[] quine;
        try (var in = getClass().getResourceAsStream("/faults/zipquine.zip")) {
            quine = in.readAllBytes();
        }
        assertThat(unpacker.unpack(Channel.PORTAL, "quine.zip", quine, Instant.now()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.unreadableReason()).startsWith("corrupt ZIP");
                    assertThat(item.content()).isEqualTo(quine);
                });
    }

    @Test
    void aZipOfTooManyEntriesFailsWithTheLimit() throws IOException {
        Entry[] entries = new Entry[6];
        for (int i = 0; i < 6; i++) entries[i] = entry("page-" + i + ".pdf", ("%PDF-1.4 page " + i).getBytes());
        assertThat(unpacker.unpack(Channel.PORTAL, "pages.zip", zip(entries), Instant.now()))
                .singleElement()
                .satisfies(item -> assertThat(item.unreadableReason()).contains("more than 5 documents"));
    }

    @Test
    void anEntryClimbingOutOfItsFolderIsReadUnderItsBaseName() throws IOException {
        byte[] zip = zip(entry("../../etc/cron.d/denial.pdf", "%PDF-1.4 x".getBytes()));
        assertThat(unpacker.unpack(Channel.PORTAL, "d.zip", zip, Instant.now()))
                .singleElement()
                .satisfies(item -> assertThat(item.sourceName()).isEqualTo("d.zip!/denial.pdf"));
    }

    @Test
    void aFileOverTheSizeLimitIsOneFailedDocumentWithItsFirstBytes() {
        byte[] head = "%PDF-1.7 the first megabyte".getBytes();
        assertThat(unpacker.tooLarge(Channel.FAX, "huge.pdf", head, 2_000L * 1024 * 1024, Instant.now()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.unreadableReason()).contains("2000 MB").contains("limit of 10 MB");
                    assertThat(item.content()).isEqualTo(head);
                });
    }

    private record Entry(String name, byte[] content) {}

    private static Entry entry(String name, byte[] content) {
        return new Entry(name, content);
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Entry e : entries) {
                out.putNextEntry(new ZipEntry(e.name()));
                out.write(e.content());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
