package org.priorauth.intake.fields;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * The practice's own names, people and numbers ({@code practice.yaml} in the rules folder, and the people the
 * staff directory names): a letter prints them beside the patient's, and none of them is ever the patient, a
 * member ID or a PA reference. Read at start ({@code tasks.PracticeIdentityConfig} makes the application's).
 */
public final class PracticeIdentity {

    /** No practice known: nothing is refused (the reader's own tools and tests). */
    public static final PracticeIdentity NONE = new PracticeIdentity(Set.of(), Set.of());

    /** Numbers shorter than this are too likely to be part of a patient's identifier by chance. */
    private static final int SHORTEST_NUMBER = 7;

    private static final Set<String> TITLES =
            Set.of("dr", "md", "do", "np", "pa", "pa-c", "rn", "ma", "phd", "mr", "mrs", "ms", "dnp", "aprn", "lpn");

    private final Set<String> names;
    private final Set<String> numbers;

    /** @param staff the people the staff directory names, who are the practice's too */
    public static PracticeIdentity read(Path practiceFile, Collection<String> staff) {
        Map<String, Object> practice = yaml(practiceFile);
        Set<String> names = new HashSet<>(staff);
        names.addAll(listIn(practice, "names"));
        names.addAll(listIn(practice, "people"));
        return new PracticeIdentity(names, new HashSet<>(listIn(practice, "numbers")));
    }

    PracticeIdentity(Set<String> names, Set<String> numbers) {
        Set<String> keys = new HashSet<>();
        for (String name : names) keys.add(key(name));
        keys.remove("");
        Set<String> digits = new HashSet<>();
        for (String number : numbers) {
            String d = number.replaceAll("\\D", "");
            if (d.length() >= SHORTEST_NUMBER) digits.add(d);
        }
        this.names = Set.copyOf(keys);
        this.numbers = Set.copyOf(digits);
    }

    /** Whether {@code name} is the practice's, one of its prescribers' or staff's (titles and credentials aside). */
    public boolean isOurs(String name) {
        return name != null && names.contains(key(name));
    }

    /** Whether {@code identifier} is one of the practice's numbers, however it is punctuated. */
    public boolean isOurNumber(String identifier) {
        return identifier != null && numbers.contains(identifier.replaceAll("\\D", ""));
    }

    private static String key(String name) {
        List<String> words = new ArrayList<>();
        for (String word : PatientNames.key(name.replace('.', ' ')).split(" ")) {
            if (!TITLES.contains(word)) words.add(word);
        }
        return String.join(" ", words);
    }

    private static List<String> listIn(Map<String, Object> yaml, String key) {
        return yaml.get(key) instanceof List<?> values
                ? values.stream().map(String::valueOf).toList()
                : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) {
        if (file == null || !Files.exists(file)) return Map.of();
        try (InputStream in = Files.newInputStream(file)) {
            Object doc = new Yaml().load(in);
            return doc instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
