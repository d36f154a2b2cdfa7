package org.priorauth.intake.fields;

import java.util.regex.Pattern;

/**
 * The pieces every label pattern is built from (what lies between a label and its value, a line's start with a
 * fax's specks, a person's name's shape), and the drug's line. The labels of each field are in their own class
 * ({@link PatientLabels}, {@link IdentifierLabels}, {@link DateLabels}, {@link ReasonLabels}); each pattern's
 * first matching group is the value. {@link FieldReader} decides what to make of the readings.
 */
final class LetterLabels {

    private LetterLabels() {}

    static final int F = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;

    /**
     * Between a label and its value: a colon, "#", "no." or "number", and a fax's specks ("Date of birth . June 3,
     * 1958": a speck followed by a space, so that a value's own first character is never taken for one).
     */
    static final String SEP = "[ \\t]*(?:[:#]|no\\.|number)?[ \\t]*[:#]?[ \\t]*"
            + "(?:[.,;\\-_~*|'`\u2018\u2019\u2013\u2014][ \\t]+){0,2}\\n?[ \\t]*";

    /**
     * A line's start, and a speck of fax noise before its label ("_ Enrollee: ...", "' Patient: ...") that OCR
     * reads from a stray mark at the page's left edge.
     */
    static final String LINE = "^[ \\t]*(?:[_'\u2018\u2019`~;,.\\-][ \\t]+)?";

    /** After a label's colon: the value on the same line, or alone on the next (tables, OCR of forms). */
    static final String AFTER = "[ \\t]*\\n?[ \\t]*";

    /** After a label: a colon, or the tab between two table cells of a saved portal page. */
    static final String COLON = "(?:[ \\t]*:|\\t)";

    /**
     * A form's line start, and a speck before its label that OCR read from a mark at the page's edge, touching the
     * label or not ("\u2018Member Jane Roe", "_ Drug: Taltz").
     */
    static final String FORM_LINE = "^[ \\t]*(?:[_'\u2018\u2019\u201c\u201d`~;,.\\-][ \\t]*)?";

    /** One speck a fax's OCR leaves between a label and its value (see {@link #SPECKS}), or the colon. */
    static final String SPECK = "[ \\t]*[.,:;\\-_~*|'`\u2018\u2019\u201c\u201d\u2013\u2014\u00a9\u00ae]";

    /**
     * Specks a fax's OCR leaves between a label and its value ("Member: . - Jane Roe", "Beneficiary - | ROE, JANE"),
     * and the colon itself.
     */
    static final String SPECKS = "(?:" + SPECK + ")*";

    /** Two to four capitalised words, case-sensitive even inside a case-insensitive pattern: a person's name. */
    static final String PERSON_SHAPE = "[A-Z][A-Za-z'\\-]+(?:[ \\t][A-Z][A-Za-z'\\-]*\\.?){1,3}";

    /** {@link #PERSON_SHAPE} read as a pattern's value (its group). */
    static final String PERSON = "(?-i:(" + PERSON_SHAPE + "))";

    /**
     * A line that names the letter's drug: under a drug's label ("Drug:", "Medication Taltz 80 mg", "Requested
     * medication", "Product"), with specks around the label, or a subject line; its first group is the rest of
     * the line. A label followed by a space and a small word is prose ("step therapy rule requires a trial of
     * apremilast"), not a label; a label that ends its line (a table's header row, a form's label above its box)
     * has its value on the line below.
     */
    static final Pattern DRUG_LINE = Pattern.compile(
            // opening a line, after a wide gap, or capitalised after another field ("Roe, Jane M. Drug Simlandi",
            // "PRESCRIBER FAX MEDICATION")
            "(?:" + FORM_LINE + "|[ \\t]{3,}|\\t"
                    + "|(?<=[\\w.,)/|][ \\t])(?=(?-i:Drug|Medication|Medicine|DRUG|MEDICATION|MEDICINE)\\b))"
                    + "(?:(?:requested|prescribed)[ \\t]+)?"
                    + "(?:drug|medication|medicine|product|prescription|therapy|service|treatment(?:[ \\t]+under[ \\t]+review)?)"
                    + "(?:[ \\t]+(?:name|requested|prescribed|ordered))?(?:[ \\t]*\\([^)\\n]{0,20}\\))?"
                    // alone at the line's end (a colon, specks or one stray mark of a fax after it), a blank line
                    // below it at most; else the value after a colon or a speck, a wide gap, or one space
                    + "(?:(?:" + SPECK + ")*(?:[ \\t]+\\S)?[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*([^\\n]+)"
                    + "|(?:" + SPECK + ")+[ \\t]*([^\\n]+)"
                    + "|(?:[ \\t]{2,}|\\t)[ \\t]*([^\\n]+)"
                    + "|[ \\t]((?-i:[^a-z\\s])[^\\n]*))"
                    + "|^[ \\t]*(?:subject|re)[ \\t]*:([^\\n]+)",
            F);
}
