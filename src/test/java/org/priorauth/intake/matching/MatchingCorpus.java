package org.priorauth.intake.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the matching corpus (by default into {@code target/matching-corpus/}): synthetic PA cases and letters about them, laid out the ways payers,
 * PBMs and pharmacies print identifiers, with the traps real clinics have — two patients with one name, a
 * parent and child on one member-ID stem, one patient with two open cases at one payer, one patient's member
 * ID beside another's date of birth, near-miss names of people with no case, OCR confusions in references.
 * {@code truth.csv} says which case each letter belongs to, or that a person must decide.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.priorauth.intake.matching.MatchingCorpus -Dexec.args=target/matching-corpus</pre>
 */
public final class MatchingCorpus {

    record PaCase(
            int id,
            String first,
            String last,
            LocalDate dob,
            String memberId,
            String payer,
            String drug,
            String paReference) {
        String name() {
            return first + " " + last;
        }
    }

    private static final String[] FIRST = {
        "Ansel",
        "Brigid",
        "Cosmo",
        "Delphine",
        "Emrys",
        "Fenna",
        "Gideon",
        "Hollis",
        "Ines",
        "Jasper",
        "Kestrel",
        "Linnea",
        "Magnus",
        "Noor",
        "Osric",
        "Perpetua",
        "Quill",
        "Rosalind",
        "Severin",
        "Thea",
        "Ulric",
        "Verity",
        "Wystan",
        "Xanthe",
        "Yusuf",
        "Zelda"
    };
    private static final String[] LAST = {
        "Abernethy",
        "Birchall",
        "Castellane",
        "Dunmore",
        "Ellwood",
        "Fairhurst",
        "Galbraith",
        "Hollingsworth",
        "Ingleby",
        "Jessop",
        "Kettering",
        "Lockhart",
        "Merriweather",
        "Nettleford",
        "Oakenshaw",
        "Pemberton",
        "Quarrington",
        "Ravensworth",
        "Sotherby",
        "Thistlewood"
    };
    private static final String[] PAYERS = {
        "Aetna", "Cigna", "Humana", "UnitedHealthcare", "Blue Cross Blue Shield", "Molina Healthcare"
    };
    private static final String[] DRUGS = {"Dupixent", "Skyrizi", "Tremfya", "Cosentyx", "Taltz", "Otezla"};

    private final Random random = new Random(20261126);
    private final List<PaCase> cases = new ArrayList<>();
    private final StringBuilder truth = new StringBuilder("letter,expectedCase,trap\n");
    private final Path root;
    private int letters;

    private MatchingCorpus(Path root) {
        this.root = root;
    }

    /** Where the matching corpus is generated when no folder is named: under {@code target/}, never in the tree. */
    public static final Path DEFAULT_FOLDER = Path.of("target/matching-corpus");

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : DEFAULT_FOLDER;
        generate(root);
        System.out.println("matching corpus written to " + root.toAbsolutePath());
    }

    /** Writes the corpus (the same letters every time: fixed seeds and dates) into {@code root}. */
    public static void generate(Path root) throws IOException {
        new MatchingCorpus(root).write();
    }

    void write() throws IOException {
        Files.createDirectories(root.resolve("letters"));
        // ordinary patients, one open case each
        for (int i = 0; i < 30; i++) {
            addCase(FIRST[i % FIRST.length], LAST[(i * 7) % LAST.length], dob(), memberId(), pick(PAYERS), pick(DRUGS));
        }
        // two patients with one name, different dates of birth
        PaCase twinA = addCase("Marisol", "Quintanilla", LocalDate.of(1981, 4, 12), memberId(), "Aetna", "Dupixent");
        PaCase twinB = addCase("Marisol", "Quintanilla", LocalDate.of(1996, 10, 3), memberId(), "Cigna", "Skyrizi");
        // a parent and child on one member-ID stem
        String stem = "FAM" + digits(8);
        PaCase parent = addCase(
                "Corwin", "Ashdown", LocalDate.of(1975, 2, 18), stem + "-01", "Blue Cross Blue Shield", "Otezla");
        PaCase child = addCase(
                "Tamsin", "Ashdown", LocalDate.of(2011, 8, 27), stem + "-03", "Blue Cross Blue Shield", "Dupixent");
        // one patient, two open cases at one payer
        String twoCasesId = memberId();
        PaCase firstDrug = addCase("Leopold", "Varnham", LocalDate.of(1968, 12, 1), twoCasesId, "Humana", "Cosentyx");
        PaCase secondDrug = addCase("Leopold", "Varnham", LocalDate.of(1968, 12, 1), twoCasesId, "Humana", "Otezla");
        writeCases();

        // letters that identify their case, in every layout, some with OCR confusions
        for (PaCase c : cases.subList(0, 30)) {
            letter(c, Identify.ALL, "ordinary");
            letter(c, Identify.REFERENCE_ONLY, "reference only");
            letter(c, random.nextBoolean() ? Identify.MEMBER_ID : Identify.NAME_AND_DOB, "one identifier");
            letter(c, Identify.REFERENCE_WITH_OCR_NOISE, "OCR-confused reference");
        }
        letter(twinA, Identify.NAME_AND_DOB, "same name: date of birth decides");
        letter(twinB, Identify.NAME_AND_DOB, "same name: date of birth decides");
        letter(twinA, Identify.ALL, "same name");
        letter(twinB, Identify.NAME_AND_DRUG, "same name, no date of birth: the drug decides");
        letter(parent, Identify.MEMBER_ID, "family suffix -01");
        letter(child, Identify.MEMBER_ID, "family suffix -03");
        letter(child, Identify.STEM_NAME_AND_DOB, "member-ID stem without suffix, with name and date of birth");
        letter(firstDrug, Identify.MEMBER_ID_AND_DRUG, "two open cases: the drug decides");
        letter(secondDrug, Identify.MEMBER_ID_AND_DRUG, "two open cases: the drug decides");
        letter(secondDrug, Identify.REFERENCE_ONLY, "two open cases: the reference decides");

        // letters a person must decide
        unmatchable(nameOnly(twinA), "same name, no date of birth, no drug");
        unmatchable(
                idWithDob(parent.memberId(), child.dob(), parent.name()),
                "one member's ID with another's date of birth and name");
        unmatchable(
                idWithDob(cases.get(3).memberId(), cases.get(4).dob(), null),
                "one patient's member ID with another's date of birth");
        unmatchable(memberOnly(twoCasesId), "two open cases, nothing says which");
        unmatchable(memberOnly(stem), "member-ID stem only: parent or child");
        for (int i = 0; i < 6; i++) {
            PaCase near = cases.get(i * 4);
            unmatchable(nearMiss(near), "near-miss name of a person with no case");
        }
        unmatchable(noIdentifiers(), "no identifier at all");
        Files.writeString(root.resolve("truth.csv"), truth);
    }

    enum Identify {
        ALL,
        REFERENCE_ONLY,
        REFERENCE_WITH_OCR_NOISE,
        MEMBER_ID,
        NAME_AND_DOB,
        NAME_AND_DRUG,
        MEMBER_ID_AND_DRUG,
        STEM_NAME_AND_DOB
    }

    private void letter(PaCase c, Identify how, String trap) throws IOException {
        StringBuilder text = new StringBuilder(header(c.payer()));
        switch (how) {
            case ALL ->
                text.append(nameLine(c))
                        .append(dobLine(c.dob()))
                        .append(memberLine(c.memberId()))
                        .append(refLine(c.paReference()))
                        .append(drugLine(c.drug()));
            case REFERENCE_ONLY -> text.append(refLine(c.paReference()));
            case REFERENCE_WITH_OCR_NOISE -> text.append(refLine(ocrNoise(c.paReference())));
            case MEMBER_ID -> text.append(memberLine(random.nextInt(3) == 0 ? ocrNoise(c.memberId()) : c.memberId()));
            case NAME_AND_DOB -> text.append(nameLine(c)).append(dobLine(c.dob()));
            case NAME_AND_DRUG -> text.append(nameLine(c)).append(drugLine(c.drug()));
            case MEMBER_ID_AND_DRUG -> text.append(memberLine(c.memberId())).append(drugLine(c.drug()));
            case STEM_NAME_AND_DOB ->
                text.append(nameLine(c))
                        .append(dobLine(c.dob()))
                        .append(memberLine(
                                c.memberId().substring(0, c.memberId().lastIndexOf('-'))));
        }
        text.append(body());
        save(text.toString(), String.valueOf(c.id()), trap);
    }

    private void unmatchable(String text, String trap) throws IOException {
        save(header(pick(PAYERS)) + text + body(), "", trap);
    }

    private void save(String text, String expected, String trap) throws IOException {
        letters++;
        String name = String.format("letter-%03d.txt", letters);
        Files.writeString(root.resolve("letters").resolve(name), text);
        truth.append(name).append(',').append(expected).append(',').append(trap).append('\n');
    }

    private String nameOnly(PaCase c) {
        return nameLine(c);
    }

    private String idWithDob(String memberId, LocalDate dob, String name) {
        return (name == null ? "" : "Patient Name: " + name + "\n") + memberLine(memberId) + dobLine(dob);
    }

    private String memberOnly(String memberId) {
        return memberLine(memberId);
    }

    private String nearMiss(PaCase c) {
        String last = c.last().substring(0, c.last().length() - 1) + (c.last().endsWith("e") ? "a" : "e");
        return "Patient: " + c.first() + " " + last + "\n" + dobLine(c.dob().plusDays(1 + random.nextInt(300)));
    }

    private String noIdentifiers() {
        return "Regarding your recent prior authorization request.\n";
    }

    private String header(String payer) {
        String[] heads = {
            payer + "\nPharmacy Prior Authorization Department\n\n",
            payer.toUpperCase(Locale.ROOT) + " - UTILIZATION MANAGEMENT\nFax to prescriber\n\n",
            "Coverage determination notice\nPlan: " + payer + "\n\n",
            "Specialty Pharmacy Services on behalf of " + payer + "\n\n"
        };
        return heads[random.nextInt(heads.length)];
    }

    private String body() {
        String[] bodies = {
            "\nWe reviewed the request for the medication listed above.\n",
            "\nThis notice is about the prior authorization request named above. Keep it for your records.\n",
            "\nPlease contact us with any questions about this request.\n"
        };
        return bodies[random.nextInt(bodies.length)];
    }

    private String nameLine(PaCase c) {
        return switch (random.nextInt(5)) {
            case 0 -> "Patient Name: " + c.name() + "\n";
            case 1 ->
                "Member: " + c.last().toUpperCase(Locale.ROOT) + ", "
                        + c.first().toUpperCase(Locale.ROOT) + "\n";
            case 2 -> "Patient: " + c.first() + " " + (char) ('A' + random.nextInt(26)) + ". " + c.last() + "\n";
            case 3 -> "Beneficiary: " + c.name() + "\n";
            default -> "Member name: " + c.last() + ", " + c.first() + "\n";
        };
    }

    private String dobLine(LocalDate d) {
        return switch (random.nextInt(4)) {
            case 0 -> String.format("DOB: %02d/%02d/%d%n", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
            case 1 ->
                "Date of Birth: " + d.format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US))
                        + "\n";
            case 2 -> "Birth date: " + d + "\n";
            default -> String.format("D.O.B. %d/%d/%d%n", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
        };
    }

    private String memberLine(String id) {
        String[] labels = {"Member ID: ", "Subscriber ID: ", "Member #: ", "ID #: ", "Member ID Number: "};
        String label = labels[random.nextInt(labels.length)];
        return (label.equals("ID #: ") ? "Member " : "") + label + id + "\n";
    }

    private String refLine(String ref) {
        String[] labels = {"Reference #: ", "PA Number: ", "Case ID: ", "Authorization #: ", "Request ID: "};
        return labels[random.nextInt(labels.length)] + ref + "\n";
    }

    private String drugLine(String drug) {
        return (random.nextBoolean() ? "Drug: " : "Medication requested: ") + drug + "\n";
    }

    /** What OCR does to identifiers: 0 read as O, 1 as l. */
    private String ocrNoise(String ref) {
        return ref.replaceFirst("0", "O").replaceFirst("1", "l");
    }

    private PaCase addCase(String first, String last, LocalDate dob, String memberId, String payer, String drug) {
        PaCase c = new PaCase(
                cases.size() + 1, first, last, dob, memberId, payer, drug, "PA-" + digits(3) + "-" + digits(5));
        cases.add(c);
        return c;
    }

    private void writeCases() throws IOException {
        StringBuilder json = new StringBuilder("[\n");
        for (PaCase c : cases) {
            json.append(String.format(
                    """
                      {"id": %d, "patient": {"name": "%s", "dateOfBirth": "%s", "memberId": "%s"}, "payer": "%s", "drug": "%s", "paReference": "%s"}%s
                    """,
                    c.id(),
                    c.name(),
                    c.dob(),
                    c.memberId(),
                    c.payer(),
                    c.drug(),
                    c.paReference(),
                    c.id() < cases.size() ? "," : ""));
        }
        Files.writeString(root.resolve("cases.json"), json.append("]\n"));
    }

    private LocalDate dob() {
        return LocalDate.of(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private String memberId() {
        return (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26)) + digits(9);
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(random.nextInt(10));
        return s.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
