package org.priorauth.intake.fields;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.priorauth.intake.IntakeSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The practice's own names, people and numbers ({@code practice.yaml} in the rules folder, and the people of
 * {@code staff.yaml}): a letter prints them beside the patient's, and none of them is ever the patient, a member
 * ID or a PA reference. Read at start.
 */
@Component
public final class PracticeIdentity {

    /** No practice known: nothing is refused (the reader's own tools and tests). */
    public static final PracticeIdentity NONE = new PracticeIdentity(Set.of(), Set.of());

    /** Numbers shorter than this are too likely to be part of a patient's identifier by chance. */
    private static final int SHORTEST_NUMBER = 7;

    private static final Set<String> TITLES =
            Set.of("dr", "md", "do", "np", "pa", "pa-c", "rn", "ma", "phd", "mr", "mrs", "ms", "dnp", "aprn", "lpn");

    private final Set<String> names;
    private final Set<String> numbers;

    @Autowired
    public PracticeIdentity(IntakeSettings settings) {
        this(settings.rulesDir().resolve("practice.yaml"), settings.rulesDir().resolve("staff.yaml"));
    }

    public PracticeIdentity(Path practiceFile, Path staffFile) {
        this(namesIn(practiceFile, staffFile), numbersIn(practiceFile));
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

    @SuppressWarnings("unchecked")
    private static Set<String> namesIn(Path practiceFile, Path staffFile) {
        Set<String> names = new HashSet<>();
        Map<String, Object> practice = yaml(practiceFile);
        for (String list : List.of("names", "people")) {
            Object values = practice.get(list);
            if (values instanceof List<?> l) l.forEach(v -> names.add(String.valueOf(v)));
        }
        // staff.yaml's owners and escalation contacts, and its per-payer owners
        Map<String, Object> staff = yaml(staffFile);
        if (staff.get("roles") instanceof Map<?, ?> roles) {
            for (Object role : roles.values()) {
                if (role instanceof Map<?, ?> r) {
                    for (Object who : r.values()) names.add(String.valueOf(who));
                }
            }
        }
        if (staff.get("byPayer") instanceof List<?> byPayer) {
            for (Object line : byPayer) {
                if (line instanceof Map<?, ?> l && l.get("owner") != null) names.add(String.valueOf(l.get("owner")));
            }
        }
        return names;
    }

    private static Set<String> numbersIn(Path practiceFile) {
        Set<String> numbers = new HashSet<>();
        if (yaml(practiceFile).get("numbers") instanceof List<?> l) l.forEach(v -> numbers.add(String.valueOf(v)));
        return numbers;
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
