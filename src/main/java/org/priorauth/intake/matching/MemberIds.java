package org.priorauth.intake.matching;

import org.priorauth.intake.fields.Identifiers;

/**
 * Member IDs and their family suffixes: {@code ABC123456-01} and {@code ABC123456-03} are two people on one
 * policy, while a letter that prints only {@code ABC123456} says nothing about which of them it means.
 */
final class MemberIds {

    enum Relation {
        SAME,
        STEM_ONLY,
        DIFFERENT
    }

    private MemberIds() {}

    static Relation relation(String a, String b) {
        String ka = Identifiers.key(a);
        String kb = Identifiers.key(b);
        if (ka.equals(kb)) return Relation.SAME;
        if (isStemOf(ka, kb) || isStemOf(kb, ka)) return Relation.STEM_ONLY;
        return Relation.DIFFERENT;
    }

    /** {@code stem} plus a two-digit family suffix gives {@code full}. */
    private static boolean isStemOf(String stem, String full) {
        return full.length() == stem.length() + 2
                && full.startsWith(stem)
                && Character.isDigit(full.charAt(full.length() - 1))
                && Character.isDigit(full.charAt(full.length() - 2));
    }
}
