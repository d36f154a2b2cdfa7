package org.priorauth.intake.rules;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two versions of a rule file, line by line ("-12: " removed, "+12: " added, with the line's
 * number in its own version), for people to read. java-diff-utils' Myers diff keeps this linear in the size of the
 * change: a full table of common lines cost hundreds of megabytes for a reload of the letter model.
 */
public final class LineDiff {

    private LineDiff() {}

    public static String between(String before, String after) {
        List<String> a = before == null ? List.of() : Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        List<String> out = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int removedAt = delta.getSource().getPosition();
            List<String> removed = delta.getSource().getLines();
            for (int k = 0; k < removed.size(); k++) out.add("-" + (removedAt + k + 1) + ": " + removed.get(k));
            int addedAt = delta.getTarget().getPosition();
            List<String> added = delta.getTarget().getLines();
            for (int k = 0; k < added.size(); k++) out.add("+" + (addedAt + k + 1) + ": " + added.get(k));
        }
        return String.join("\n", out);
    }
}
