package org.priorauth.intake.corpus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.samples.LetterRenderer;
import org.priorauth.intake.samples.SampleInboxGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the labelled corpus (by default into {@code evaluation/target/letters/}): documents of every type over the three channels, in the layouts of
 * {@link CorpusTemplates}, filled with synthetic patients (no real person), and {@code truth.jsonl} beside
 * them: each document's channel, type, layout, split and the fields it states. Fax pages get fax noise
 * (skew, speckle; some in 204x98 "standard" mode). Which letters are held back is said by
 * {@code layouts/sets.yaml}: rules are written and tuned on the {@code dev} split, and judged on {@code heldback}.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.priorauth.intake.corpus.LabelledCorpus -Dexec.args=evaluation/target/letters</pre>
 */
public final class LabelledCorpus {

    static final int PER_TEMPLATE = 4;

    private static final String[] FIRST = {
        "Adaeze",
        "Bartholomew",
        "Cressida",
        "Dashiell",
        "Eulalia",
        "Florian",
        "Georgiana",
        "Hamish",
        "Isolde",
        "Jericho",
        "Katalin",
        "Lysander",
        "Marguerite",
        "Nikolai",
        "Ottoline",
        "Percival",
        "Rosamund",
        "Sebastiano",
        "Tallulah",
        "Umberto",
        "Valentina",
        "Wolfgang",
        "Ximena",
        "Yannick",
        "Zenobia"
    };
    private static final String[] LAST = {
        "Achterberg",
        "Blackwood",
        "Cavendish",
        "Delacroix",
        "Esterhazy",
        "Fitzwilliam",
        "Grimsdottir",
        "Haverford",
        "Iwasaki",
        "Jablonski",
        "Kowalewski",
        "Lindgren",
        "Montgomery",
        "Nakashima",
        "Okonjo",
        "Prendergast",
        "Quigley",
        "Rasmussen",
        "Szczepanski",
        "Tolliver",
        "Underhill",
        "Vasquez-Ortiz",
        "Whitmore"
    };
    private static final String[][] DRUGS = {
        {"Dupixent", "dupilumab"},
        {"Skyrizi", "risankizumab-rzaa"},
        {"Tremfya", "guselkumab"},
        {"Cosentyx", "secukinumab"},
        {"Taltz", "ixekizumab"},
        {"Otezla", "apremilast"},
        {"Adbry", "tralokinumab-ldrm"},
        {"Bimzelx", "bimekizumab-bkzx"},
        {"Sotyktu", "deucravacitinib"}
    };
    private static final String[] PAYERS = {
        "Aetna",
        "Cigna",
        "Humana",
        "UnitedHealthcare",
        "Anthem",
        "Blue Cross Blue Shield",
        "Molina Healthcare",
        "Highmark",
        "Kaiser Permanente",
        "Oscar Health"
    };
    private static final String[] PBMS = {"CVS Caremark", "Express Scripts", "OptumRx", "Prime Therapeutics"};
    private static final String[] PHARMACIES = {
        "Accredo Specialty Pharmacy",
        "CVS Specialty",
        "Optum Specialty Pharmacy",
        "AllianceRx Walgreens Pharmacy",
        "Orsini Specialty Pharmacy"
    };
    private static final String[] HUBS = {
        "Patient Support Services for biologic therapy",
        "Access and Reimbursement Support Center",
        "Manufacturer Patient Assistance Hub"
    };
    private static final String[] REASONS = {
        "The records do not show that the patient tried and failed two topical corticosteroids for at least 28 days.",
        "Documentation of disease affecting at least 10 percent of body surface area was not provided.",
        "The plan requires a trial of a preferred biologic before this drug can be covered.",
        "The requested dose is higher than the FDA-approved dosing for this diagnosis.",
        "A negative tuberculosis screening result from the last 12 months was not included.",
        "The diagnosis submitted is not a covered indication for this medication."
    };
    private static final String[][] ITEMS = {
        {
            "chart notes",
            "Office visit notes from the last 6 months",
            "Chart notes documenting the diagnosis",
            "Progress notes from the most recent visit"
        },
        {
            "severity score / BSA",
            "Current body surface area (BSA) affected",
            "Most recent EASI or IGA score",
            "Disease severity score (PASI)"
        },
        {
            "prior therapy history",
            "List of prior therapies with dates and response",
            "Medications tried and failed for this condition",
            "Treatment history, including topical steroids tried"
        },
        {"TB test", "Tuberculosis test result (QuantiFERON or PPD)", "Negative TB screening from the past year"},
        {"lab results", "Recent lab results (CBC, liver function)", "Baseline laboratory results"},
        {"photos", "Photographs of the affected skin", "Clinical photos of the lesions"},
        {
            "letter of medical necessity",
            "A letter of medical necessity from the prescriber",
            "Statement of medical necessity"
        }
    };

    private final Random random = new Random(4242);
    private final Path root;
    private final JsonMapper json = JsonMapper.builder().build();
    private final StringBuilder truth = new StringBuilder();

    private LabelledCorpus(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 ? Path.of(args[0]) : CorpusEvaluation.LETTERS;
        new LabelledCorpus(root).write();
        System.out.println("labelled corpus written to " + root.toAbsolutePath());
    }

    void write() throws Exception {
        Files.createDirectories(root);
        int n = 0;
        for (int t = 0; t < CorpusTemplates.ALL.size(); t++) {
            CorpusTemplates.Template template = CorpusTemplates.ALL.get(t);
            String set = CorpusTemplates.setOf(t).key();
            String split = CorpusTemplates.splitOf(t);
            for (int i = 0; i < PER_TEMPLATE; i++) {
                n++;
                Map<String, String> values = values();
                String text = fill(template.text(), values);
                String channel = template.html()
                        ? "PORTAL"
                        : List.of("FAX", "FAX", "PORTAL", "EMAIL").get((i + t) % 4);
                String file = render(n, template, channel, text, i);
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("file", file);
                record.put("channel", channel);
                record.put("type", template.type());
                record.put("template", template.id());
                record.put("split", split);
                record.put("set", set);
                record.put("fields", truthOf(template.text(), values));
                if (channel.equals("FAX")) record.put("text", text); // what the page says, to measure OCR against
                truth.append(json.writeValueAsString(record)).append('\n');
            }
        }
        Files.writeString(root.resolve("truth.jsonl"), truth);
    }

    /** The synthetic facts of one letter, under the placeholder names the layouts use. */
    private Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        String first = pick(FIRST);
        String last = pick(LAST);
        LocalDate dob = LocalDate.of(1945 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate notice = LocalDate.of(2026, 9 + random.nextInt(3), 1 + random.nextInt(28));
        String[] drug = DRUGS[random.nextInt(DRUGS.length)];
        String[] alt = DRUGS[
                (java.util.Arrays.asList(DRUGS).indexOf(drug) + 1 + random.nextInt(DRUGS.length - 1)) % DRUGS.length];
        v.put("name", first + " " + last);
        v.put("nameLF", last + ", " + first);
        v.put("nameUpper", (first + " " + last).toUpperCase(Locale.ROOT));
        v.put("dob", dob.toString());
        v.put("dob_us", us(dob));
        v.put("dob_long", longDate(dob));
        v.put("member", memberId());
        v.put("ref", reference());
        v.put("appealref", "APL-" + digits(7)); // an appeal's own number: not the PA reference
        v.put("drug", random.nextBoolean() ? drug[0] : drug[0] + " (" + drug[1] + ")");
        v.put("drugBrand", drug[0]);
        v.put("generic", drug[1]);
        v.put("altdrug", alt[0]);
        v.put("payer", pick(PAYERS));
        v.put("pbm", pick(PBMS));
        v.put("pharmacy", pick(PHARMACIES));
        v.put("hub", pick(HUBS));
        v.put("sender", pick(PHARMACIES));
        v.put("notice", notice.toString());
        v.put("notice_us", us(notice));
        v.put("notice_long", longDate(notice));
        LocalDate decision = notice.minusDays(random.nextInt(3));
        v.put("decision", decision.toString());
        v.put("decision_us", us(decision));
        int days = List.of(14, 30, 60, 65, 180).get(random.nextInt(5));
        v.put("days", String.valueOf(days));
        // "You must ask within 30 days.": days the letter counts from no date, so the truth has no deadline
        // (the reader does not guess where they start)
        v.put("loose_days", String.valueOf(days));
        v.put("relativeDeadline", notice.plusDays(days).toString());
        LocalDate deadline = notice.plusDays(10 + random.nextInt(50));
        v.put("deadline", deadline.toString());
        v.put("deadline_us", us(deadline));
        v.put("deadline_long", longDate(deadline));
        LocalDate earlier = notice.minusDays(20 + random.nextInt(30));
        v.put("earlier_us", us(earlier));
        v.put("earlier_long", longDate(earlier));
        LocalDate start = notice.plusDays(random.nextInt(5));
        v.put("start_us", us(start));
        v.put("start_long", longDate(start));
        v.put("end_us", us(start.plusDays(364)));
        v.put("end_long", longDate(start.plusDays(364)));
        String reason = pick(REASONS);
        v.put("reason", reason);
        v.put("reason_lc", Character.toLowerCase(reason.charAt(0)) + reason.substring(1));
        List<String[]> items = new ArrayList<>(List.of(ITEMS));
        java.util.Collections.shuffle(items, random);
        items = items.subList(0, 2 + random.nextInt(2));
        StringBuilder list = new StringBuilder();
        StringBuilder checks = new StringBuilder();
        StringBuilder html = new StringBuilder();
        List<String> canonical = new ArrayList<>();
        int k = 1;
        for (String[] item : items) {
            String wording = item[1 + random.nextInt(item.length - 1)];
            list.append("  ").append(k++).append(". ").append(wording).append('\n');
            checks.append("  [X] ").append(wording).append('\n');
            html.append("<li>").append(wording).append("</li>");
            canonical.add(item[0]);
        }
        v.put("items_list", list.toString().stripTrailing());
        v.put("items_checks", checks.toString().stripTrailing());
        v.put("items_html", html.toString());
        v.put("items", String.join("|", canonical));
        return v;
    }

    /** The fields a letter states: those whose placeholders its layout prints. */
    private static Map<String, Object> truthOf(String template, Map<String, String> v) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (has(template, "name", "nameLF", "nameUpper")) f.put("patientName", v.get("name"));
        if (has(template, "dob_us", "dob_long")) f.put("dateOfBirth", v.get("dob"));
        if (has(template, "member")) f.put("memberId", v.get("member"));
        if (has(template, "ref")) f.put("paReference", v.get("ref"));
        // a letter that names a second drug (a step-therapy alternative) states no single drug
        if (has(template, "drug", "generic") && !has(template, "altdrug")) f.put("drug", v.get("drugBrand"));
        // the payer a letter names: its plan or PBM, or Medicare or Medicaid in so many words; two named: none
        java.util.Set<String> payers = new java.util.LinkedHashSet<>();
        if (has(template, "payer")) payers.add(v.get("payer"));
        if (has(template, "pbm")) payers.add(v.get("pbm"));
        // "Humana Medicare Advantage" and "Anthem Medicaid Plan" are one payer, the plan, not Medicare besides it
        String lower = template.toLowerCase(Locale.ROOT)
                .replace("{payer} medicare", "{payer}")
                .replace("{payer} medicaid", "{payer}");
        // "Medicare Part D Coverage Determination" under a plan's or PBM's name is the plan's program, not a payer
        if (!payers.isEmpty())
            lower = lower.replace("medicare part d", "part d")
                    .replace("medicare prescription drug", "prescription drug");
        if (lower.contains("medicare")) payers.add("Medicare");
        if (lower.contains("medicaid")) payers.add("Medicaid");
        if (payers.size() == 1) f.put("payer", payers.iterator().next());
        if (has(template, "decision_us")) f.put("decisionDate", v.get("decision"));
        if (has(template, "deadline_us", "deadline_long")) f.put("deadline", v.get("deadline"));
        else if (has(template, "days") && has(template, "notice_us", "notice_long"))
            f.put("deadline", v.get("relativeDeadline"));
        if (has(template, "items_list", "items_checks", "items_html"))
            f.put("requestedItems", List.of(v.get("items").split("\\|")));
        // items a letter asks for in its own prose ("the most recent office notes and any photographs"), which
        // no placeholder prints: the layout names them in a mark that prints nothing, {asks:chart notes|photos};
        // with a printed list too ("send progress notes that show ...:" above it), the letter asks for both; a
        // layout that asks in two places (numbered questions) has a mark at each
        Matcher asks = ASKS.matcher(template);
        Set<String> items = new LinkedHashSet<>();
        while (asks.find()) items.addAll(List.of(asks.group(1).split("\\|")));
        if (!items.isEmpty()) {
            Set<String> all = new LinkedHashSet<>();
            if (f.get("requestedItems") instanceof List<?> listed) listed.forEach(i -> all.add(i.toString()));
            all.addAll(items);
            f.put("requestedItems", List.copyOf(all));
        }
        if (has(template, "reason", "reason_lc")) f.put("denialReason", v.get("reason"));
        return f;
    }

    private static boolean has(String template, String... placeholders) {
        for (String p : placeholders) {
            if (template.contains("{" + p + "}")) return true;
        }
        return false;
    }

    /** The truth's mark for items asked in prose; it prints nothing. */
    private static final Pattern ASKS = Pattern.compile("\\{asks:([^}]+)}");

    private static String fill(String template, Map<String, String> v) {
        String text = ASKS.matcher(template).replaceAll("");
        for (Map.Entry<String, String> e : v.entrySet()) text = text.replace("{" + e.getKey() + "}", e.getValue());
        return text;
    }

    private String render(int n, CorpusTemplates.Template template, String channel, String text, int variant)
            throws Exception {
        String base = String.format("%03d-%s", n, template.id());
        switch (channel) {
            case "FAX" -> {
                long seed = n * 31L;
                // a form feed in the layout starts a new page; a PNG holds one page, so a longer fax is a TIFF
                List<String> texts = List.of(text.split("\f\n?"));
                List<BufferedImage> pages = new ArrayList<>();
                for (int p = 0; p < texts.size(); p++) {
                    pages.add(LetterRenderer.faxPage(
                            texts.get(p), "FAX " + n + "  P. " + (p + 1) + "/" + texts.size(), seed + p));
                }
                int kind = texts.size() > 1 && variant % 3 == 1 ? 0 : variant % 3;
                return switch (kind) {
                    case 0 -> write(base + ".tif", LetterRenderer.faxTiff(pages, variant == 3 ? 98 : 196));
                    case 1 -> write(base + ".png", LetterRenderer.image(pages.get(0), "png"));
                    default -> {
                        List<BufferedImage> scans = new ArrayList<>();
                        for (int p = 0; p < texts.size(); p++) {
                            scans.add(LetterRenderer.scannedPage(texts.get(p), seed + p));
                        }
                        yield write(base + ".pdf", LetterRenderer.imagePdf(scans));
                    }
                };
            }
            case "PORTAL" -> {
                if (template.html()) return write(base + ".html", text.getBytes(StandardCharsets.UTF_8));
                return write(base + ".pdf", LetterRenderer.textPdf(text));
            }
            default -> {
                if (variant % 2 == 0) {
                    return write(
                            base + ".eml",
                            SampleInboxGenerator.mail(
                                    "notices@sender.example",
                                    "Prior authorization correspondence",
                                    "Please see the attached letter.",
                                    "letter-" + n + ".pdf",
                                    LetterRenderer.textPdf(text),
                                    1000 + n));
                }
                return write(
                        base + ".eml",
                        SampleInboxGenerator.mail(
                                "notices@sender.example",
                                "Prior authorization update",
                                text.replace("\f", "\n"),
                                null,
                                null,
                                1000 + n));
            }
        }
    }

    private String write(String name, byte[] content) throws IOException {
        Files.write(root.resolve(name), content);
        return name;
    }

    private String memberId() {
        return switch (random.nextInt(5)) {
            case 0 -> "W" + digits(9);
            case 1 -> letters(3) + digits(9);
            case 2 -> digits(9) + "-0" + (1 + random.nextInt(4));
            case 3 -> digits(11);
            default -> digits(1) + letters(2) + digits(1) + letters(2) + digits(1) + letters(2) + digits(2);
        };
    }

    private String reference() {
        return switch (random.nextInt(4)) {
            case 0 -> "PA-" + digits(4) + "-" + digits(6);
            case 1 -> digits(10);
            case 2 -> letters(2) + digits(2) + letters(2) + digits(2);
            default -> "A" + digits(8);
        };
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(random.nextInt(10));
        return s.toString();
    }

    private String letters(int n) {
        String alphabet = "ABCDEFGHJKMNPQRTUVWXY"; // no I, L, O, S, Z: not printed in IDs because they read as digits
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return s.toString();
    }

    private static String us(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
    }

    private static String longDate(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
