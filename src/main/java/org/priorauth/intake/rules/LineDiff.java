package org.priorauth.intake.rules;

import java.util.ArrayList;
import java.util.List;

/** What changed between two versions of a rule file, line by line ("- " removed, "+ " added), for people to read. */
public final class LineDiff {

    private LineDiff() {}

    public static String between(String before, String after) {
        String[] a = before == null ? new String[0] : before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] =
                        a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                out.add("+" + (j + 1) + ": " + b[j++]);
            } else {
                out.add("-" + (i + 1) + ": " + a[i++]);
            }
        }
        return String.join("\n", out);
    }
}
