package org.priorauth.intake.desk;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.priorauth.intake.cases.CaseRepository;
import org.priorauth.intake.cases.PriorAuthCase;
import org.priorauth.intake.classification.DocumentType;
import org.priorauth.intake.fields.Fields;
import org.priorauth.intake.intake.DocumentRepository;
import org.priorauth.intake.intake.PageImageCache;
import org.priorauth.intake.intake.ReceivedDocument;
import org.priorauth.intake.pipeline.DocumentRetry;
import org.priorauth.intake.reading.DocumentFormat;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.review.DocumentReview;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document as a reviewer needs it: the page images beside the text with the evidence marked, each field with
 * the line it was read from, why it matched or did not and the candidate cases; and the decisions, each one
 * going on exactly as an automatic decision would (through {@link DocumentReview}).
 */
@Controller
class DocumentPage {

    /** A line of a page's text; {@code evidence} when the type, a field or the match was read from it. */
    record Line(String text, boolean evidence) {}

    record Page(int number, String method, List<Line> lines) {}

    /** A field as read (or corrected), with the lines it came from. */
    record FieldRow(String name, String value, List<String> readFrom) {}

    record CaseChoice(long id, String label, boolean candidate) {}

    private final DocumentRepository documents;
    private final CaseRepository cases;
    private final DocumentReview review;
    private final DocumentRetry retry;
    private final PageImageCache images;
    private final JsonMapper json;
    private final org.priorauth.intake.intake.OriginalStore originals;

    DocumentPage(
            DocumentRepository documents,
            CaseRepository cases,
            DocumentReview review,
            DocumentRetry retry,
            PageImageCache images,
            JsonMapper json,
            org.priorauth.intake.intake.OriginalStore originals) {
        this.originals = originals;
        this.documents = documents;
        this.cases = cases;
        this.review = review;
        this.retry = retry;
        this.images = images;
        this.json = json;
    }

    @GetMapping("/desk/documents/{id}")
    String document(@PathVariable long id, Model model) {
        ReceivedDocument document = documents.find(id).orElseThrow();
        ExtractedText text = documents.textOf(id);
        JsonNode evidence = document.evidence() == null ? json.createObjectNode() : document.evidence();
        List<String> snippets = evidenceSnippets(evidence);
        List<Page> pages = text.pages().stream()
                .map(p -> new Page(p.number(), p.method().name(), lines(p, snippets)))
                .toList();
        JsonNode match = evidence.path("match");
        List<Long> candidates = new ArrayList<>();
        match.path("candidates").forEach(c -> candidates.add(c.asLong()));
        // the only suggestion worth one click is a case the matcher settled on; a candidate it refused (another
        // drug, crossed identifiers) is listed first to attach to, never confirmed in one step
        Long suggested = document.caseId();

        model.addAttribute("document", document);
        model.addAttribute("pages", pages);
        model.addAttribute("images", hasImages(text.format()) ? document.pages() : 0);
        model.addAttribute("fields", fieldRows(document));
        model.addAttribute("why", evidence.path("review").asString(null));
        model.addAttribute("matchWhy", match.path("why").asString(null));
        model.addAttribute("matchReasons", strings(match.path("reasons")));
        model.addAttribute("typeEvidence", typeEvidence(evidence.path("type")));
        model.addAttribute(
                "suggested", suggested == null ? null : cases.find(suggested).orElse(null));
        model.addAttribute("caseChoices", caseChoices(candidates));
        model.addAttribute(
                "createCase", "CREATE_CASE".equals(match.path("suggestion").asString(null)));
        model.addAttribute("reviewable", review.reviewable(document));
        model.addAttribute(
                "types", Arrays.stream(DocumentType.values()).map(Enum::name).toList());
        model.addAttribute("fieldNames", Fields.NAMES);
        return "desk/document";
    }

    /** A page image for the viewer, in the desk's session (the API's twin answers HTTP Basic). */
    @GetMapping(value = "/desk/documents/{id}/pages/{page}", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> page(@PathVariable long id, @PathVariable int page) {
        return documents
                .find(id)
                .flatMap(d -> images.page(d, d.contentType(), page))
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png))
                .orElse(ResponseEntity.notFound().build());
    }

    /** The original bytes, exactly as received, as the API gives them. */
    @GetMapping("/desk/documents/{id}/original")
    ResponseEntity<byte[]> original(@PathVariable long id) {
        ReceivedDocument d = documents.find(id).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", "attachment; filename=\"document-" + id + "\"")
                .body(originals.read(d.sha256()));
    }

    /** The suggestion is right: type and case as shown. */
    @PostMapping("/desk/documents/{id}/confirm")
    String confirm(
            @PathVariable long id,
            @RequestParam(required = false) Long caseId,
            Principal me,
            RedirectAttributes flash) {
        return DeskActions.run(
                flash,
                "/desk/documents/" + id,
                "confirmed",
                () -> review.decide(id, DocumentReview.Decision.confirm(caseId), me.getName()));
    }

    @PostMapping("/desk/documents/{id}/attach")
    String attach(
            @PathVariable long id,
            @RequestParam(required = false) Long caseId,
            @RequestParam(required = false) DocumentType type,
            Principal me,
            RedirectAttributes flash) {
        return DeskActions.run(flash, "/desk/documents/" + id, "attached to case " + caseId, () -> {
            if (caseId == null) throw new DocumentReview.CannotDecide("choose the case to attach it to");
            review.decide(id, new DocumentReview.Decision(type, caseId, false, null), me.getName());
        });
    }

    @PostMapping("/desk/documents/{id}/type")
    String type(@PathVariable long id, @RequestParam DocumentType type, Principal me, RedirectAttributes flash) {
        return DeskActions.run(
                flash,
                "/desk/documents/" + id,
                "type set to " + type,
                () -> review.decide(id, new DocumentReview.Decision(type, null, false, null), me.getName()));
    }

    @PostMapping("/desk/documents/{id}/case")
    String openCase(@PathVariable long id, Principal me, RedirectAttributes flash) {
        return DeskActions.run(
                flash,
                "/desk/documents/" + id,
                "a case was opened from it",
                () -> review.decide(id, new DocumentReview.Decision(null, null, true, null), me.getName()));
    }

    @PostMapping("/desk/documents/{id}/fields")
    String fields(
            @PathVariable long id, @RequestParam Map<String, String> form, Principal me, RedirectAttributes flash) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : Fields.NAMES) if (form.containsKey(name)) values.put(name, form.get(name));
        return DeskActions.run(
                flash, "/desk/documents/" + id, "fields saved", () -> review.correctFields(id, values, me.getName()));
    }

    @PostMapping("/desk/documents/{id}/retry")
    String retry(@PathVariable long id, Principal me, RedirectAttributes flash) {
        return DeskActions.run(flash, "/desk/documents/" + id, "read again", () -> retry.retry(id, me.getName()));
    }

    private List<FieldRow> fieldRows(ReceivedDocument document) {
        Fields fields = review.fieldsOf(document);
        List<FieldRow> rows = new ArrayList<>();
        for (String name : Fields.NAMES) {
            List<String> from = fields.evidence().stream()
                    .filter(e -> e.field().equals(name))
                    .map(e -> "page " + e.page() + ": " + e.text())
                    .toList();
            rows.add(new FieldRow(name, fields.text(name), from));
        }
        return rows;
    }

    private List<CaseChoice> caseChoices(List<Long> candidates) {
        List<CaseChoice> choices = new ArrayList<>();
        List<PriorAuthCase> open = cases.open();
        for (PriorAuthCase c : open) if (candidates.contains(c.id())) choices.add(choice(c, true));
        for (PriorAuthCase c : open) if (!candidates.contains(c.id())) choices.add(choice(c, false));
        return choices;
    }

    private static CaseChoice choice(PriorAuthCase c, boolean candidate) {
        String dob = c.patient().dateOfBirth() == null ? "" : " (" + c.patient().dateOfBirth() + ")";
        return new CaseChoice(
                c.id(),
                "#" + c.id() + " " + c.patient().name() + dob + ", " + c.drug() + ", " + c.payer() + " - " + c.status()
                        + (candidate ? " - candidate" : ""),
                candidate);
    }

    private static List<String> typeEvidence(JsonNode type) {
        List<String> lines = new ArrayList<>();
        for (JsonNode e : type) {
            String rule = e.path("rule").asString("");
            String matched = e.path("matched").asString("");
            lines.add(rule + (matched.isEmpty() ? "" : ": " + matched));
        }
        return lines;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** The texts the evidence quotes, line by line: a page line holding one (or held in one) is marked. */
    private static List<String> evidenceSnippets(JsonNode evidence) {
        List<String> snippets = new ArrayList<>();
        for (JsonNode e : evidence.path("fields")) add(snippets, e.path("text").asString(""));
        for (JsonNode e : evidence.path("type")) add(snippets, e.path("matched").asString(""));
        return snippets;
    }

    private static void add(List<String> snippets, String text) {
        text.lines().map(String::strip).filter(l -> l.length() >= 4).forEach(snippets::add);
    }

    private static List<Line> lines(PageText page, List<String> snippets) {
        return page.text()
                .lines()
                .map(l -> {
                    String s = l.strip();
                    boolean hit = s.length() >= 4
                            && snippets.stream()
                                    .anyMatch(
                                            snippet -> s.contains(snippet) || s.length() >= 12 && snippet.contains(s));
                    return new Line(l, hit);
                })
                .toList();
    }

    private static boolean hasImages(DocumentFormat format) {
        return format == DocumentFormat.PDF
                || format == DocumentFormat.TIFF
                || format == DocumentFormat.PNG
                || format == DocumentFormat.JPEG;
    }
}
