package org.priorauth.intake.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.intake.Channel;
import org.priorauth.intake.intake.IntakeItem;
import org.priorauth.intake.intake.SourceUnpacker;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.OcrEngine;
import org.priorauth.intake.reading.TextReader;
import org.priorauth.intake.scoring.LetterScoring;

/**
 * Writes the text the product reads from every file of a folder (OCR included), one {@code .txt} per document,
 * so that a person can read what the field reader and the classifier were given. For looking at an outside
 * corpus's misses without copying its letters anywhere but {@code target/}.
 *
 * <pre>MAIN=ReadFolder evaluation/run -Dexec.args="../shared/eval-corpus/docs evaluation/target/read"</pre>
 */
public final class ReadFolder {

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "evaluation/target/read");
        IntakeSettings settings = LetterScoring.settings();
        OcrEngine ocr = new OcrEngine(settings);
        try {
            TextReader reader = TextReader.standalone(ocr, settings);
            SourceUnpacker unpacker = new SourceUnpacker();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(in)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                Path target = out.resolve(in.relativize(file) + ".txt");
                if (Files.exists(target)) continue;
                Files.createDirectories(target.getParent());
                StringBuilder text = new StringBuilder();
                String name = file.getFileName().toString();
                for (IntakeItem item : unpacker.unpack(Channel.PORTAL, name, Files.readAllBytes(file), Instant.now())) {
                    try {
                        ExtractedText read = reader.read(
                                item.sourceName(),
                                item.content(),
                                item.context().get(SourceUnpacker.CONTENT_TYPE));
                        text.append("=== ").append(item.sourceName()).append('\n');
                        read.pages().forEach(p -> text.append("--- page ")
                                .append(p.number())
                                .append('\n')
                                .append(p.text())
                                .append('\n'));
                    } catch (RuntimeException e) {
                        text.append("=== ")
                                .append(item.sourceName())
                                .append(" UNREADABLE: ")
                                .append(e.getMessage());
                    }
                }
                Files.writeString(target, text);
            }
        } finally {
            ocr.destroy();
        }
    }
}
