package uk.aftercare.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTest {

    /** The endings as {@link Text} defines them, searched from the start of the text for every position. */
    private static final Pattern CLAUSE_END =
            Pattern.compile("[,;:()\\n!?]|\\.+(?=\\s|$)|\\s-+\\s|\\s(?:but|so|because|although)\\s");
    /** A word that is itself part of a clause ending: no cue is one, so the clause around it is not asked for. */
    private static final Pattern CONJUNCTION = Pattern.compile("but|so|because|although");
    private static final Pattern SENTENCE_END = Pattern.compile("[!?\\n]+|\\.+(?=\\s|$)");

    @Test
    void findsClausesAndSentencesWhereCuesStartAsASearchFromTheStartWould() {
        List<String> different = new ArrayList<>();
        for (String labelled : labelledTexts()) {
            Text text = new Text(labelled);
            for (int position = 0; position < text.lower().length(); position++) {
                if (!isCueStart(text.lower(), position)) {
                    continue;
                }
                String clause = clauseBySearch(text.lower(), position);
                if (clause.length() <= Text.LONGEST_CLAUSE && !clause.equals(text.clauseBefore(position))) {
                    different.add("clause before " + position + " in '" + labelled + "'");
                }
                int wordEnd = wordEnd(text.lower(), position);
                String rest = restOfClauseBySearch(text.lower(), wordEnd);
                if (clause.length() <= Text.LONGEST_CLAUSE && rest.length() <= Text.LONGEST_CLAUSE
                        && !CONJUNCTION.matcher(text.lower().substring(position, wordEnd)).matches()
                        && !(clause + text.lower().substring(position, wordEnd) + rest).strip()
                                .equals(text.clauseAround(position, wordEnd))) {
                    different.add("clause around " + position + " in '" + labelled + "'");
                }
                if (!sentenceBySearch(text.lower(), position).equals(text.sentenceAround(position))) {
                    different.add("sentence around " + position + " in '" + labelled + "'");
                }
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void givesWhereEachSentenceStarts() {
        Text text = new Text("Is it ok? It is ok?\n  is it ok?");

        assertThat(text.sentences()).extracting(Text.Sentence::start).containsExactly(0, 10, 22);
        assertThat(text.sentences()).allSatisfy(s -> assertThat(text.lower().startsWith(s.text(), s.start())).isTrue());
    }

    @Test
    void readsOnlyTheEndOfAVeryLongClauseFromAWordStart() {
        String words = "the kettle is broken and leaks and i want a refund ".repeat(40);
        Text text = new Text(words + "today");

        String clause = text.clauseBefore(words.length());

        assertThat(clause.length()).isLessThanOrEqualTo(Text.LONGEST_CLAUSE);
        assertThat(words).endsWith(clause);
        assertThat(words.charAt(words.length() - clause.length() - 1)).isEqualTo(' ');
    }

    /** Cues start with a letter or digit, where a word starts. */
    private static boolean isCueStart(String lower, int position) {
        return Character.isLetterOrDigit(lower.charAt(position))
                && (position == 0 || !CueBook.isWordCharacter(lower.charAt(position - 1)));
    }

    private static String clauseBySearch(String lower, int position) {
        Matcher m = CLAUSE_END.matcher(lower).region(0, position);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return lower.substring(start, position);
    }

    private static int wordEnd(String lower, int position) {
        int end = position;
        while (end < lower.length() && CueBook.isWordCharacter(lower.charAt(end))) {
            end++;
        }
        return end;
    }

    /** From a position to the end of the first clause ending after it, with the ending. */
    private static String restOfClauseBySearch(String lower, int position) {
        Matcher after = CLAUSE_END.matcher(lower).region(position, lower.length());
        int end = after.find() ? after.end() : lower.length();
        return lower.substring(position, end);
    }

    private static String sentenceBySearch(String lower, int position) {
        Matcher before = SENTENCE_END.matcher(lower).region(0, position);
        int start = 0;
        while (before.find()) {
            start = before.end();
        }
        Matcher after = SENTENCE_END.matcher(lower).region(position, lower.length());
        int end = after.find() ? after.end() : lower.length();
        return lower.substring(start, end).strip();
    }

    private static List<String> labelledTexts() {
        List<String> texts = new ArrayList<>();
        LabelledInteractions.load("/classification/training.tsv").forEach(e -> texts.add(e.text()));
        LabelledInteractions.load("/classification/heldout.tsv").forEach(e -> texts.add(e.text()));
        texts.add("Sorry.. so hot, so-called refund...no. Can I swap it - or not?! e.g.this, 3.5 kg.refund");
        return texts;
    }
}
