package org.priorauth.intake.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds Tesseract's configuration from the clinic's word lists in {@code ocr-models/}: every word of the drug
 * and payer names and of {@code pa-words.txt} becomes a user word, {@code id-patterns.txt} the user patterns.
 * Written at start under the data directory, so editing {@code ocr-models/} and restarting is all it takes.
 */
final class TesseractConfig {

    private TesseractConfig() {}

    /** @return the config file to hand Tesseract, or null when the folder has no word lists */
    static Path write(Path ocrModels, Path into) {
        try {
            Set<String> words = new LinkedHashSet<>();
            for (String list : List.of("drugs.txt", "treatments.txt", "payers.txt", "pa-words.txt")) {
                Path file = ocrModels.resolve(list);
                if (!Files.exists(file)) continue;
                for (String line : Files.readAllLines(file)) {
                    String content = line.replaceFirst("#.*", "");
                    for (String word : content.split("[\\s|(),]+")) {
                        if (word.length() > 1) words.add(word);
                    }
                }
            }
            Path patterns = ocrModels.resolve("id-patterns.txt");
            if (words.isEmpty() && !Files.exists(patterns)) return null;
            Files.createDirectories(into);
            StringBuilder config = new StringBuilder();
            if (!words.isEmpty()) {
                Path userWords = into.resolve("user-words.txt");
                Files.write(userWords, words);
                config.append("user_words_file ")
                        .append(userWords.toAbsolutePath())
                        .append('\n');
            }
            if (Files.exists(patterns)) {
                Path userPatterns = into.resolve("user-patterns.txt");
                Files.write(
                        userPatterns,
                        Files.readAllLines(patterns).stream()
                                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                                .toList());
                config.append("user_patterns_file ")
                        .append(userPatterns.toAbsolutePath())
                        .append('\n');
            }
            Path file = into.resolve("priorauth.config");
            Files.writeString(file, config);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the OCR configuration under " + into, e);
        }
    }
}
