package uk.aftercare.classification;

import java.util.List;
import java.util.regex.Pattern;

/** One phrase from {@code cues.txt}: what it signals, how strongly, and how to find it. */
record Cue(Kind kind, Flag flag, double weight, Pattern pattern, String source, List<String> anyOf) {

    enum Kind {
        /** Asks for a refund, return, exchange, replacement or repair, if the context agrees. */
        RETURN,
        /** The same remedy in the past tense: an earlier return unless the customer wants it done. */
        RETURN_DONE,
        /** Staff note of goods handed back at the counter. */
        RETURN_COUNTER,
        /** Something wrong with the goods. */
        FAULT,
        COMPLAINT,
        QUERY,
        FLAG
    }

    /**
     * Whether the phrase could occur in a text with these words at all: it needs one of the words in {@code anyOf}
     * (a trailing {@code *} means "a word starting with"). Most of the few hundred cues never occur in a given text,
     * and this look-up spares running their regular expressions.
     */
    boolean mayOccurIn(Text text) {
        if (anyOf.isEmpty()) {
            return true;
        }
        for (String word : anyOf) {
            if (word.endsWith("*")) {
                String prefix = word.substring(0, word.length() - 1);
                String next = text.words().ceiling(prefix);
                if (next != null && next.startsWith(prefix)) {
                    return true;
                }
            } else if (text.hasWord(word)) {
                return true;
            }
        }
        return false;
    }
}
