package org.priorauth.intake.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * A portal page's table, read as the labels it prints: a header row ("Auth number · Member · Status") over one
 * row of values becomes "Auth number: PA-123", "Member: Jane Roe", so that the fields' labels and the
 * classifier's cues find them. Saved HTML keeps table cells apart with tabs; only a header of words over exactly
 * one row with the same number of cells is read (two rows would be two cases, and the labels' readings would then
 * disagree anyway).
 */
public final class TableRows {

    private TableRows() {}

    public static ExtractedText withCellLabels(ExtractedText text) {
        List<PageText> pages = new ArrayList<>();
        boolean changed = false;
        for (PageText page : text.pages()) {
            String labels = cellLabels(page.text());
            changed |= !labels.isEmpty();
            pages.add(labels.isEmpty() ? page : page.withText(page.text() + "\n\n" + labels));
        }
        return changed ? new ExtractedText(text.format(), pages) : text;
    }

    private static String cellLabels(String text) {
        if (text.indexOf('\t') < 0) return "";
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i + 1 < lines.size(); i++) {
            List<String> header = cells(lines.get(i));
            if (header.size() < 3 || !header.stream().allMatch(TableRows::isHeading)) continue;
            List<String> row = cells(lines.get(i + 1));
            boolean secondRow = i + 2 < lines.size() && cells(lines.get(i + 2)).size() == header.size();
            if (row.size() != header.size() || secondRow) continue;
            for (int c = 0; c < header.size(); c++) {
                labels.append(header.get(c)).append(": ").append(row.get(c)).append('\n');
            }
        }
        return labels.toString();
    }

    private static List<String> cells(String line) {
        if (line.indexOf('\t') < 0) return List.of();
        List<String> cells = new ArrayList<>();
        for (String cell : line.strip().split("\t")) {
            if (!cell.isBlank()) cells.add(cell.strip());
        }
        return cells;
    }

    /** A column heading: a few words, no digits. */
    private static boolean isHeading(String cell) {
        return cell.length() <= 30 && cell.chars().noneMatch(Character::isDigit) && cell.split("\\s+").length <= 4;
    }
}
