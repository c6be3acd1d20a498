package uk.aftercare.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interaction's text, lower-cased with typographic quotes made plain, and split into sentences and clauses for
 * the context rules. All positions are positions in {@link #lower()}, so evidence is cut from the text as written.
 */
final class Text {

    private static final Pattern SENTENCE_END = Pattern.compile("[!?\\n]+|\\.+(?=\\s|$)");
    private static final Pattern CLAUSE_END =
            Pattern.compile("[,;:()\\n!?]|\\.+(?=\\s|$)|\\s-+\\s|\\s(?:but|so|because|although)\\s");

    /** A sentence opening like a question, after any greeting: "hi, do you...", "can I...", "what time...". */
    private static final Pattern QUESTION_OPENER = Pattern.compile(
            "^(?:(?:hi|hello|hiya|hey|morning|afternoon|ok|okay|so|just|also|and|but|sorry)\\b[\\s,!]*)*"
                    + "(?:what|what'?s|whats|when|where|where'?s|which|who|how|do|does|did|is|are|can|could|will|would"
                    + "|should|have you|has|may|any)\\b");
    /** Staff notes report questions without question marks: "cust asked...", "checking whether...". */
    private static final Pattern NOTED_QUESTION = Pattern.compile(
            "\\b(?:asked|asking|enquir\\w*|inquir\\w*|wants? to know|wanted to know|like to know|need to know"
                    + "|checking|check if|check whether|wondering|whether)\\b");

    static final int LONGEST_CLAUSE = 300;

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9£]+");

    /** Where a cue phrase was found, and the words it matched (lower-cased, as they appear in the text). */
    record Match(Cue cue, int start, int end, String words) {
        int length() {
            return end - start;
        }
    }

    /** A sentence of the text and where it starts in {@link #lower()}. */
    record Sentence(int start, String text) { }

    private final String lower;
    private final NavigableSet<String> words;
    private final Set<String> wordSet;
    private final int[] wordStarts;
    /** Where each clause ending ends, in order; found once so that each cue does not search the text again. */
    private final int[] clauseEnds;
    /** Where each sentence ending starts and ends, in order. */
    private final int[] sentenceEndStarts;
    private final int[] sentenceEnds;
    private final Map<Long, String> sentencesCut = new HashMap<>();

    Text(String raw) {
        this.lower = raw.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\t', ' ').replace('\r', '\n');
        List<String> split = List.of(NOT_WORD.split(lower));
        this.words = new TreeSet<>(split);
        this.wordSet = new HashSet<>(split);
        this.wordStarts = wordStarts(lower);
        this.clauseEnds = CLAUSE_END.matcher(lower).results().mapToInt(MatchResult::end).toArray();
        List<MatchResult> sentenceEndings = SENTENCE_END.matcher(lower).results().toList();
        this.sentenceEndStarts = sentenceEndings.stream().mapToInt(MatchResult::start).toArray();
        this.sentenceEnds = sentenceEndings.stream().mapToInt(MatchResult::end).toArray();
    }

    /**
     * Where a cue may start: every cue pattern opens with {@link CueBook}'s word-start look-behind, which fails
     * wherever the character before is a letter, digit, apostrophe or pound sign, so only the other positions need
     * trying (about one in five).
     */
    private static int[] wordStarts(String lower) {
        int[] starts = new int[lower.length()];
        int count = 0;
        for (int i = 0; i < lower.length(); i++) {
            if (i == 0 || !CueBook.isWordCharacter(lower.charAt(i - 1))) {
                starts[count++] = i;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The distinct words of the text, split at anything but letters and digits ("don't" gives "don" and "t"). */
    NavigableSet<String> words() {
        return words;
    }

    /** Whether the text has this word (as {@link #words()} splits them). */
    boolean hasWord(String word) {
        return wordSet.contains(word);
    }

    String lower() {
        return lower;
    }

    /**
     * Every match of the cues, keeping the longest where two overlap, in order of position. Each cue is tried at each
     * possible word start in turn, from the end of its last match, which finds what {@link Matcher#find()} would.
     */
    List<Match> find(List<Cue> cues) {
        List<Match> all = new ArrayList<>();
        for (Cue cue : cues) {
            if (!cue.mayOccurIn(this)) {
                continue;
            }
            Matcher m = cue.pattern().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            for (int start : wordStarts) {
                if (start < from) {
                    continue;
                }
                if (m.region(start, lower.length()).lookingAt() && m.end() > start) {
                    all.add(new Match(cue, start, m.end(), lower.substring(start, m.end()).strip()));
                    from = m.end();
                }
            }
        }
        all.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        for (Match candidate : all) {
            if (kept.stream().noneMatch(k -> candidate.start() < k.end() && k.start() < candidate.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }

    /**
     * The clause before a position: from the last comma, full stop, "but"... up to it, but no more than its last
     * {@value #LONGEST_CLAUSE} characters, cut at a space. The rules read the few words before a cue; without the
     * limit, every cue in a long text with no punctuation would make them read the whole text again.
     */
    String clauseBefore(int position) {
        int start = lastEndBefore(clauseEnds, position);
        if (position - start > LONGEST_CLAUSE) {
            int space = lower.indexOf(' ', position - LONGEST_CLAUSE);
            start = space >= 0 && space < position ? space + 1 : position - LONGEST_CLAUSE;
        }
        return lower.substring(start, position);
    }

    /**
     * The clause from a start position to the end of the clause an end position is in, with its closing punctuation:
     * {@link #clauseBefore(int)} the start, then on to the next comma, question mark, "but"... after the end, but no
     * more than {@value #LONGEST_CLAUSE} characters on, for the same reason.
     */
    String clauseAround(int start, int end) {
        int found = Arrays.binarySearch(clauseEnds, end + 1);
        int index = found >= 0 ? found : -found - 1;
        int clauseEnd = Math.min(index < clauseEnds.length ? clauseEnds[index] : lower.length(),
                Math.min(lower.length(), end + LONGEST_CLAUSE));
        return (clauseBefore(start) + lower.substring(start, Math.max(start, clauseEnd))).strip();
    }

    /**
     * The whole sentence around a position, with its closing punctuation. Each sentence is cut from the text once, so
     * every cue in it gets the same string (and its hash code is worked out once).
     */
    String sentenceAround(int position) {
        int at = Math.min(position, lower.length());
        int start = lastEndBefore(sentenceEnds, at);
        int next = Arrays.binarySearch(sentenceEndStarts, at);
        int index = next >= 0 ? next : -next - 1;
        int end = Math.max(start, index < sentenceEnds.length ? sentenceEnds[index] : lower.length());
        return sentencesCut.computeIfAbsent((long) start << 32 | end, k -> lower.substring(start, end).strip());
    }

    /**
     * The end of the last ending that ends at or before a position (0 if none), as a search of the text up to that
     * position alone would find it: there, dots just before the position end a clause or sentence, as dots at the end
     * of the text do.
     */
    private int lastEndBefore(int[] ends, int position) {
        if (position > 0 && lower.charAt(position - 1) == '.') {
            return position;
        }
        int found = Arrays.binarySearch(ends, position);
        int index = found >= 0 ? found : -found - 2;
        return index >= 0 ? ends[index] : 0;
    }

    /** A question, whether by its question mark, its opening words, or a staff note's "asked" or "checking". */
    static boolean isQuestion(String sentence) {
        return sentence.endsWith("?")
                || QUESTION_OPENER.matcher(sentence).find()
                || NOTED_QUESTION.matcher(sentence).find();
    }

    static boolean startsWithQuestionWord(String sentence) {
        return QUESTION_OPENER.matcher(sentence).find();
    }

    /** The sentences that have a letter or digit, stripped, each with where it starts. */
    List<Sentence> sentences() {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int end : sentenceEnds) {
            addSentence(sentences, start, end);
            start = end;
        }
        addSentence(sentences, start, lower.length());
        return sentences;
    }

    private void addSentence(List<Sentence> sentences, int start, int end) {
        String s = lower.substring(start, end).strip();
        if (!s.isEmpty() && s.chars().anyMatch(Character::isLetterOrDigit)) {
            sentences.add(new Sentence(lower.indexOf(s, start), s));
        }
    }
}
