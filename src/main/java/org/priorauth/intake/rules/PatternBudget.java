package org.priorauth.intake.rules;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A time limit for the patterns admins write, on text that senders write. A careless pattern ("(a+)+b") can take
 * hours on one letter and stall intake; the JDK's regex engine cannot be interrupted, but it reads its input
 * through {@link CharSequence#charAt}, so text that checks the clock there stops it. Inside {@link #within} the
 * patterns read {@link #text}; past the budget {@link TooSlow} says which work ran over.
 */
public final class PatternBudget {

    /** The rules ran over their time on one document. */
    public static final class TooSlow extends RuntimeException {
        TooSlow(Duration budget) {
            super("the rules' patterns took more than " + budget.toMillis() + " ms on this document");
        }
    }

    private record Deadline(long nanos, Duration budget) {}

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private PatternBudget() {}

    /** Runs {@code work} with {@code budget} for every pattern it matches through {@link #text}. */
    public static <T> T within(Duration budget, Supplier<T> work) {
        Deadline outer = CURRENT.get();
        CURRENT.set(new Deadline(System.nanoTime() + budget.toNanos(), budget));
        try {
            return work.get();
        } finally {
            if (outer == null) CURRENT.remove();
            else CURRENT.set(outer);
        }
    }

    /** The text to match an admin's pattern on: as is outside {@link #within}, else one that keeps the time. */
    public static CharSequence text(CharSequence text) {
        Deadline deadline = CURRENT.get();
        return deadline == null ? text : new Timed(text, deadline);
    }

    private static final class Timed implements CharSequence {
        private final CharSequence text;
        private final Deadline deadline;
        private int reads;

        Timed(CharSequence text, Deadline deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            // the clock costs more than a read: look at it every few thousand reads
            if ((++reads & 4095) == 0 && System.nanoTime() > deadline.nanos()) throw new TooSlow(deadline.budget());
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Timed(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
