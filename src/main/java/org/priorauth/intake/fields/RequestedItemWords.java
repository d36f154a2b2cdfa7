package org.priorauth.intake.fields;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.reading.ExtractedText;
import org.priorauth.intake.reading.PageText;
import org.priorauth.intake.rules.PatternStarts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The canonical list of things a payer asks for (chart notes, severity score / BSA, TB test, ...) and the
 * words letters use for each, from {@code requested-items.yaml} in the rules folder. Items are looked for
 * after the letter's request ("please provide", "the following information") when it has one.
 */
@Component
public class RequestedItemWords {

    private static final Pattern REQUEST_CUE = Pattern.compile(
            "please\\s+(?:\\w+\\s+){0,3}?(?:provide|submit|send|fax|include|forward|attach|answer|complete|supply|upload|list|give)"
                    // "Please correct the diagnosis code and resubmit."
                    + "|please\\s+(?:correct|fix|update|clarify|verify|confirm)\\b"
                    // an ask opening a sentence or a clause without a "please": "For the renewal, send progress notes
                    // that show ..." (not an appeal's or a new request's instructions, nor a heading: "Fax Back Form")
                    + "|(?:(?m:^)|[.,;:][ \\t]+)[ \\t]*(?-i:[Ss]end|[Ff]ax|[Ss]ubmit|[Pp]rovide|[Uu]pload|[Aa]ttach)[ \\t]+(?=(?-i:[a-z]))(?!(?:it|this|them|us[ \\t]+your[ \\t]+appeal|your[ \\t]+appeal|an?[ \\t]+appeal|the[ \\t]+appeal|a[ \\t]+(?:new|corrected|written)[ \\t]+(?:request|appeal)|a[ \\t]+request)\\b)"
                    // "send copies of the medical records from the last two visits", "we are still missing a couple
                    // of things:"
                    + "|\\bsend\\s+(?:us\\s+)?copies\\s+of\\b|\\b(?:still|also)\\s+missing\\b"
                    // "tell us the reason for the higher dose", a "DOCUMENTATION REQUEST" over a form's checked items
                    + "|\\btell\\s+us\\s+(?:the|how|why|what|which|when|whether)\\b|\\b(?:documentation|information)\\s+request\\b"
                    // "The case is open and waiting on your office for:", "Open - Waiting on Provider", "arrived
                    // without the prescriber's notes", "Reason pending: BSA not documented"
                    + "|\\bwaiting\\s+on\\s+(?:(?:your|the)\\s+)?(?:office|prescriber|provider|practice)\\b|\\barrived\\s+without\\b"
                    + "|\\breason\\s+(?:for\\s+)?(?:pending|pended|pend)\\b|\\bpend(?:ed|ing)?\\s+items?\\s*:"
                    // "The pharmacist reviewing Dupixent has a question: was methotrexate stopped for lack of
                    // response?"
                    + "|\\b(?:reviewer|pharmacist|nurse|physician|director|reviewing\\s+[^.\\n]{1,40}?)\\s+ha(?:s|ve)\\s+(?:a|one|two|some|a\\s+few)\\s+questions?\\b"
                    // a question about the patient: "Has the patient had a trial of a topical calcineurin inhibitor?"
                    // (also over a line break: "has the patient used a topical steroid and\nfor how long?"), and the
                    // reviewer's question introduced: "The nurse reviewer asks:"
                    + "|\\b(?:has|have|did|does|is|was)\\s+the\\s+(?:patient|member)\\b[^.?]{3,80}\\?"
                    + "|\\b(?:reviewer|pharmacist|nurse|physician)\\s+asks\\s*:"
                    // "The reviewer asks for photographs of the affected skin", "the reviewer requests the latest CBC"
                    + "|\\b(?:reviewer|pharmacist|nurse|physician|we|plan)\\s+(?:also\\s+)?(?:asks?\\s+for|requests)\\b"
                    // a system's "PEND_REASON=CHART NOTES NOT RECEIVED" (read as "PEND REASON:..."), an ePA's
                    // "Answer the questions on prior therapy", "List the drugs tried, dates and outcome"
                    + "|\\bpend\\s+reason\\s*:|\\banswer\\s+the\\s+questions\\s+(?:on|about)\\b"
                    // a second notice: "we asked your office for the information listed below", "information still
                    // outstanding"
                    + "|\\b(?:asked|requested)\\s+(?:your\\s+office|you|the\\s+office|the\\s+prescriber|your\\s+practice)\\s+for\\s+(?:the\\s+)?(?:information|records|documentation|items)\\s+(?:listed|below|that\\s+follows?)\\b"
                    + "|\\b(?:information|documentation|records|items)\\s+(?:is\\s+|are\\s+)?still\\s+outstanding\\b"
                    // a portal's "Questions from the plan's clinical reviewer" over the questions themselves
                    + "|(?m:^)[ \\t]*questions?\\s+(?:from|by)\\s+(?:the\\s+|our\\s+)?(?:[\\w'\u2019-]+\\s+){0,3}?(?:reviewer|pharmacist|nurse|physician)\\b"
                    + "|\\blist\\s+the\\s+(?:drugs|medications|medicines|therapies|treatments)\\b"
                    // "the reviewer on the Dupixent request wants to know the patient's current BSA"
                    + "|\\b(?:reviewer|pharmacist|nurse|physician|director|we)\\b[^.]{0,60}?\\bwants?\\s+to\\s+know\\b"
                    // a heading over a reviewer's numbered questions: "Clinical Pharmacist Questions", "Nurse
                    // reviewer's questions"; "Quick question before we decide: was methotrexate stopped ...?"
                    + "|\\b(?:reviewer|pharmacist|nurse|medical\\s+director)(?:'s)?\\s+questions\\b"
                    + "|\\bquestions?\\s+before\\s+(?:we|the\\s+plan|the\\s+reviewer)\\s+decides?\\b"
                    // an ePA's questions to answer, and what they are about: "Questions cover: 1. ..."
                    + "|\\banswer\\s+the\\s+(?:attached|following|enclosed)\\s+questions\\b|\\bquestions?\\s+(?:cover|concern|are\\s+about|ask\\s+about)\\s*:"
                    + "|(?:send|submit|provide|fax|return|complete)\\s+(?:us\\s+|over\\s+)?the\\s+following"
                    // a heading over the list: "Attach:", "Missing:", "Open items:", "Still missing:", "Need:", "Send
                    // us:"
                    + "|\\b(?:attach|upload|missing)\\s*:|checklist(?:[ \\t]+for[^:\\n]{1,40})?[ \\t]*:|(?m:checklist[ \\t]*$)|\\bwithout\\s*:"
                    + "|open\\s+(?:\\w+\\s+)?(?:items|requests?)\\s*:|(?:items?|information)\\s+outstanding\\s*:"
                    // "we are waiting for:", "we still do not have what we asked for", "the reviewer is waiting for
                    // the patient's recent lab work"
                    // (not the patient waiting for the drug)
                    + "|(?<!patient\\s)(?<!member\\s)\\b(?:is|are)\\s+(?:still\\s+)?waiting\\s+(?:on|for)\\s+(?:the|your)\\b"
                    // an e-mail's short "Hi, still waiting on the TB results"
                    + "|(?:(?m:^)|[.,!:][ \\t]+)[ \\t]*still\\s+waiting\\s+(?:on|for)\\s+(?:the|your)\\b"
                    + "|waiting\\s+(?:on|for)\\s*(?:the\\s+following\\s*)?:|\\bwe\\s+(?:are\\s+)?wait(?:ing)?\\s+(?:on|for)\\s+[^.:]{1,40}:"
                    + "|do(?:es)?\\s+not\\s+(?:yet\\s+)?have\\s+what\\s+we\\s+(?:asked|requested)\\s+for"
                    + "|outstanding(?:\\s+(?:items|information))?\\s*:|(?:still\\s+)?missing(?:\\s+from\\s+(?:the|your)\\s+\\w+)?\\s*:|(?m:^\\s*(?:need(?:ed)?|required|requested)\\s*:)"
                    + "|(?:send|fax|provide|mail)\\s+us\\s*:|does\\s+not\\s+show\\s*:|did\\s+not\\s+include\\s*:"
                    // "The following were not included with it:"
                    + "|(?:was|were)\\s+not\\s+(?:included|attached|received|sent)\\b[^.:]{0,30}:"
                    + "|(?:until|once|when|after)\\s+we\\s+(?:get|receive|have)(?:\\s+the\\s+following)?\\s*:|asked\\s+for\\s*(?:the\\s+following)?\\s*:"
                    // "... so that your office can send:", "Fax to 1-888-555-0147:" ending its line, the list below
                    + "|(?m:\\b(?:send|provide|submit|fax|include|upload|return)(?:[ \\t]+(?:to|back|over)\\b[^:\\n]{0,30})?\\s*:[ \\t]*$)"
                    // a form's label over what is asked: "Item needed ..... Chart notes", "Documents requested:"
                    // (also "Documents required to continue:", "Items needed from the prescriber's office:")
                    + "|\\b(?:items?|documents?|records?|documentation)\\s+(?:needed|requested|required)(?:\\s+(?:to|for|from)\\s+[^:\\n]{1,30})?\\s*(?::|\\.{2,})"
                    // (also as a heading over checked boxes: "CLINICAL DOCUMENTATION NEEDED")
                    + "|(?m:^[ \\t]*(?:clinical[ \\t]+)?(?:documentation|documents|information|items)[ \\t]+(?:needed|requested|required)[ \\t]*$)"
                    // "the review cannot finish until these arrive:"
                    + "|(?:until|once|when)\\s+(?:these|the\\s+following|the\\s+items\\s+below)\\s+(?:arrive|are\\s+received|come\\s+in)"
                    // "the review of Dupixent cannot go on until the chart notes ... reach us", "The request cannot be
                    // reviewed until the prescriber signs below"
                    + "|\\b(?:cannot|can't|will\\s+not)\\s+(?:go\\s+on|continue|proceed|move\\s+forward|be\\s+(?:finished|completed|reviewed|decided))\\s+until\\b"
                    // "The reviewer cannot finish the review of Dupixent without clinical photos"
                    + "|\\b(?:cannot|can't|can\\s+not|unable\\s+to)\\s+(?:finish|complete|continue|decide)\\b[^.]{0,60}?\\bwithout\\b"
                    // a payer's form of questions to answer and fax back: "Fax Back Form", its boxes below
                    + "|\\bfax[ \\t-]*back[ \\t]+(?:form|sheet)\\b"
                    // the approval a request stands before: "Approval of Dupixent depends on a TB test result", "can be
                    // approved if we receive the photos", "the reviewer wants the prescriber's notes"
                    + "|\\b(?:approval|decision|coverage)\\b[^.\\n]{0,40}?\\bdepends\\s+on\\b|\\bbe\\s+approved\\s+(?:if|once|when)\\s+we\\s+(?:receive|get|have)\\b"
                    + "|\\b(?:reviewer|nurse|pharmacist|we|plan)\\s+wants?\\s+(?:the|a|an|copies|to\\s+see)\\b"
                    // "on hold for missing photographs", "we still have not received the chart notes asked for"
                    + "|\\bon\\s+hold\\s+(?:for|pending|until)\\b|\\b(?:have|has)\\s+not\\s+(?:yet\\s+)?received\\b"
                    // "Needed from prescriber:", "Required from the provider:"
                    + "|\\b(?:needed|required|requested)\\s+from\\s+(?:the\\s+)?(?:prescriber|provider|physician|doctor|office)\\s*:"
                    + "|pending\\s+receipt\\s+of|(?:the\\s+)?(?:items|documents|records)\\s+(?:listed\\s+)?below"
                    + "|attest\\s+to\\s+the\\s+following|(?:needs?|require[sd]?)\\s+the\\s+following|send\\s+it\\s+back\\s+with"
                    + "|kindly\\s+(?:\\w+\\s+){0,3}?(?:provide|submit|send|fax|return|complete)"
                    + "|(?:answer|complete)\\s+(?:\\w+\\s+){0,3}?and\\s+(?:attach|return|send|fax)|\\b(?:is|are)\\s+asking\\s+for\\b"
                    // (also a portal's short "Status: Additional info requested")
                    + "|(?:additional|following|missing|more)\\s+(?:clinical\\s+)?(?:information|info\\b|documentation|documents|records|items|questions)"
                    + "|information\\s+(?:needed|requested|required)|requested\\s+(?:the\\s+)?(?:records|documents|documentation)|\\b(?:we|she|he|they|(?:the\\s+)?(?:reviewer|nurse|pharmacist)|(?:an|the)\\s+(?:approval|decision))\\s+(?:first\\s+|still\\s+|also\\s+)?needs?\\b|\\bwe\\s+(?:also\\s+)?require\\b|(?:would\\s+like|wants?)\\s+to\\s+see\\b|\\b(?:can|could)\\s+(?:you|your\\s+office)\\s+(?:please\\s+)?(?:confirm|send|provide|fax|tell\\s+us)\\b|(?:one|a|two|a\\s+few)\\s+questions?\\s+before\\s+we\\s+can|we\\s+(?:have\\s+)?asked\\s+(?:your|the)\\s+(?:doctor|prescriber|provider)\\s+for"
                    + "|(?:is|are)\\s+(?:missing|required|needed)|awaiting\\s+(?:\\w+\\s+){0,2}(?:documentation|documents|records|information)"
                    + "|(?:clinical\\s+)?update\\s+(?:needed|required)"
                    // a gap in the file put as a question: "the file does not show how long the patient used Otezla",
                    // "what was the patient's EASI at the last visit?"
                    + "|\\bdo(?:es)?\\s+not\\s+(?:show|say|state)\\s+(?:how|which|what|when|whether|why)\\b"
                    // "I can't tell from the notes how much skin is involved"
                    + "|\\b(?:can't|cannot|can\\s+not|could\\s*(?:not|n't))\\s+tell\\s+(?:from\\s+[^.\\n]{1,30}?\\s+)?(?:how|which|what|when|whether|why|if)\\b"
                    + "|\\bwhat\\s+(?:was|is|were|are)\\s+the\\s+(?:patient|member)'?s\\b"
                    // "which topicals has the patient used, and for how long?"
                    + "|\\bwhich\\s+[\\w ]{1,30}?\\s+(?:has|have|did|does|was|were)\\s+the\\s+(?:patient|member)\\b"
                    // what arrived and will not do names what to send again, before the words that say so: "Page 2
                    // of the chart notes did not come through", "The chart notes you faxed are from 2024"
                    + "|\\b(?:page\\s+\\d+\\s+of\\s+)?the\\s+[\\w ]{1,40}?\\s+(?:did\\s+not|didn't)\\s+come\\s+through"
                    // a form's blanks to fill ("Body surface area affected: ____ %"), a question about the request ("Is
                    // this a loading dose, and for how many weeks?")
                    + "|(?m:^[ \\t]*(?:\\d+[.)][ \\t]*)?[A-Za-z][^\\n_:]{2,60}:?[ \\t]*_{3,})|\\bis\\s+this\\s+(?:a|an)\\s+[^.?]{2,80}\\?"
                    // a payer's form of questions, its blanks below (a fax's OCR drops the underscores): "Clinical
                    // Criteria Form", "Prescriber Questionnaire"
                    + "|\\b(?:criteria|clinical|questions?)\\s+form\\b|\\bquestionnaire\\b|\\breviewer\\s+questions\\b"
                    // "I still need the last two office notes", "we need the photos before we can sign off", "The
                    // diagnosis code is missing"
                    + "|\\b(?:I|we)\\s+(?:still\\s+)?need\\s+(?:the|a|an|your|to\\s+see)\\b|\\bthe\\s+(?:[\\w-]+\\s+){1,5}?(?:is|are)\\s+missing\\b"
                    // "We can approve only the labelled quantity unless we get chart notes showing ..."
                    + "|\\bunless\\s+(?:we|the\\s+plan)\\s+(?:get|gets|receive|receives|see|sees)\\b"
                    // "We could not find the lab results in what came in", "we can't find the TB test", "The letter
                    // of medical necessity is not signed"
                    + "|\\b(?:could\\s*(?:not|n't)|can't|cannot|can\\s+not)\\s+find\\s+the\\b|\\bthe\\s+(?:[\\w-]+\\s+){1,6}?(?:is|was|are|were)\\s+not\\s+signed\\b"
                    + "|\\bthe\\s+[\\w ]{1,30}?\\s+you\\s+(?:faxed|sent)\\s+(?:are|were|is|was)\\s+(?:from\\s+\\d{4}|too\\s+old|out\\s+of\\s+date|outdated|not\\s+(?:legible|readable))",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*>.*$");

    /**
     * An item of the list an ask introduces: "1. ...", "a) ...", "- ...", a bullet, a ticked box ("[X] ...", never
     * an empty "[ ]"); or a sentence's list after a colon, items parted by semicolons ("Please send: Hurley stage;
     * nodule count; antibiotics tried").
     */
    private static final Pattern LIST_ITEM = Pattern.compile(
            // (a fax's OCR reads a bullet as "«", "»", a curly quote, a small square or circle)
            "^[ \\t]*(?:\\d{1,2}[.)]|[a-h][.)]|[-*\u2022\u00b7\u25aa\u25cf\u2013\u00ab\u00bb\u201c\u201d\u25a0\u25a1\u25cb\u25e6\u25ba\u27a2]|\\[[xX\u2713\u2714]\\]|\u2612|\u2611)[ \\t]+(\\S.{2,200})$");

    /** A sentence's list of asks after its colon: "Please send: Hurley stage; nodule count; antibiotics tried." */
    private static final Pattern INLINE_LIST = Pattern.compile(
            "(?im)^[^\\n]*\\b(?:send|provide|submit|include|need(?:s|ed)?|following|missing|requested|required)\\b[^\\n:]*:"
                    + "[ \\t]*([^\\n:]{3,}(?:;[^\\n;]{3,})+)\\.?[ \\t]*$");

    /** A list's line that tells the office how to send, not what: a number to call, an address, an appeal. */
    private static final Pattern NOT_AN_ASK = Pattern.compile(
            "\\d{3}[-. )]+\\d{3}[-. ]\\d{4}|https?:|www\\.|@|\\b(?:call|fax\\s+(?:it|them|to)|appeal|portal|mail\\s+to|deadline)\\b",
            Pattern.CASE_INSENSITIVE);

    /** How far after the ask its list may run. */
    private static final int LIST_REACH = 1500;

    private final Map<String, Pattern> items;

    /** where each item's names can begin: a page is searched for every item, a few dozen of them */
    private final Map<String, PatternStarts> itemStarts = new LinkedHashMap<>();

    private static final PatternStarts REQUEST_CUE_STARTS = PatternStarts.of(REQUEST_CUE);

    @Autowired
    public RequestedItemWords(IntakeSettings settings) {
        this(settings.rulesDir().resolve("requested-items.yaml"));
    }

    public RequestedItemWords(Path file) {
        this(load(file));
    }

    RequestedItemWords(Map<String, List<String>> words) {
        this.items = new LinkedHashMap<>();
        words.forEach((item, synonyms) -> {
            String alternatives = synonyms.stream()
                    .map(s -> Pattern.quote(s.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"))
                    .reduce((a, b) -> a + "|" + b)
                    .orElse(Pattern.quote(item));
            items.put(
                    item,
                    Pattern.compile(
                            PatternStarts.WHOLE_WORD + "(?:" + alternatives + ")(?![\\p{Alnum}])",
                            Pattern.CASE_INSENSITIVE));
            itemStarts.put(item, PatternStarts.of(items.get(item)));
        });
    }

    /** The canonical items a text mentions anywhere (a lab report that names a QuantiFERON test mentions "TB test"). */
    public List<String> itemsMentionedIn(String text) {
        return items.keySet().stream()
                .filter(item -> firstMention(item, text) >= 0)
                .toList();
    }

    List<String> itemsRequestedIn(ExtractedText text, List<FieldEvidence> evidence) {
        List<String> found = new ArrayList<>();
        boolean cueSeen = false;
        for (PageText page : text.pages()) {
            // an e-mail's quoted lines ("> Sent the chart notes as requested") are what the office wrote before,
            // not what the payer asks now; blanked, so that every other line keeps its number
            String body = QUOTED_LINE.matcher(page.text()).replaceAll("");
            Matcher cue = REQUEST_CUE.matcher(body);
            int from = 0;
            boolean askedHere = false;
            if (!cueSeen && PatternStarts.next(REQUEST_CUE_STARTS, cue, body, 0)) {
                from = cue.start();
                cueSeen = true;
                askedHere = true;
            } else if (!cueSeen) {
                continue;
            }
            String searched = body.substring(from);
            for (String item : items.keySet()) {
                if (found.contains(item)) continue;
                int at = firstMention(item, searched);
                if (at >= 0) {
                    found.add(item);
                    evidence.add(
                            new FieldEvidence("requestedItems", page.number(), Readings.lineOf(searched, at), item));
                }
            }
            // an ask the canonical list has no name for is kept in the letter's own words, never dropped (read from
            // the list under the ask, on its page: the pages behind it are rights and forms, their bullets no asks)
            List<String> listed =
                    askedHere ? listedAsks(searched.substring(0, Math.min(searched.length(), LIST_REACH))) : List.of();
            for (String asked : listed) {
                if (!itemsMentionedIn(asked).isEmpty()
                        || NOT_AN_ASK.matcher(asked).find()) continue;
                String own = ownWords(asked);
                if (own != null && !found.contains(own)) {
                    found.add(own);
                    evidence.add(
                            new FieldEvidence("requestedItems", page.number(), asked.strip(), "in the letter's words"));
                }
            }
        }
        return found;
    }

    /** Where the item's names first appear in the text, or -1. */
    private int firstMention(String item, String text) {
        Matcher m = items.get(item).matcher(text);
        return PatternStarts.next(itemStarts.get(item), m, text, 0) ? m.start() : -1;
    }

    /** The first list after the ask (a blank line or a line of its own text may wrap an item; a paragraph ends it). */
    private static List<String> listedAsks(String text) {
        List<String> asks = new ArrayList<>();
        int plainLines = 0;
        for (String line : text.split("\n")) {
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                asks.add(item.group(1));
                plainLines = 0;
            } else if (!asks.isEmpty() && !line.isBlank() && ++plainLines > 2) {
                break;
            }
        }
        Matcher inline = INLINE_LIST.matcher(text);
        if (inline.find()) asks.addAll(List.of(inline.group(1).split(";")));
        return asks;
    }

    /** An ask's own words, short: up to its first bracket, comma or dash, without the full stop. */
    static String ownWords(String asked) {
        String words = asked.strip().split("[(,:\\u2013\\u2014]| - ")[0].strip().replaceAll("[.;]+$", "");
        words = words.replaceFirst("(?i)^(?:and|or|the|a|an|any|all)\\s+", "");
        int wordCount = words.split("\\s+").length;
        if (words.length() < 4 || wordCount < 2 || wordCount > 9) return null;
        if (words.matches("(?i)page\\s+\\d.*") || words.contains("->")) return null;
        if (!words.matches("(?s).*[A-Za-z]{3}.*")) return null;
        return words;
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> doc = new Yaml().load(in);
            Map<String, List<String>> items = new LinkedHashMap<>();
            ((Map<String, Object>) doc.get("items")).forEach((k, v) -> items.put(k, (List<String>) v));
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }
}
