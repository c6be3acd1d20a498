package uk.aftercare.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts what a customer said, or what staff noted, into a {@link CaseType} with the words that decided it, and picks
 * out the escalation {@link Flag}s.
 *
 * <p>It works by weighted cue phrases ({@code /classification/cues.txt}) read in context, not by a trained model,
 * because staff must be able to see and challenge why a case was opened as it was, and because the definitions are a
 * fixed contract that a few readable rules follow more faithfully than a model trained on a few hundred examples.
 * The order of the rules mirrors the definitions on {@link CaseType}:
 * <ol>
 *   <li>A <em>request</em> for a refund, return, exchange, replacement or repair makes it a RETURN, however angry the
 *       customer is. A return word is not a request when it is negated ("I don't want a refund"), when it sits in a
 *       question about the rules ("how long does a refund take?", "can I return this if it doesn't fit?") or when
 *       it names an earlier return ("how my return was handled"); a polite request phrased as a question ("can I
 *       return these boots please") still is one, and so is a stated one that a question about it follows ("I would
 *       like to return these shoes, what is the returns address?"). See {@link ReturnCueReading}.</li>
 *   <li>Otherwise, dissatisfaction (complaint words, faults, a remedy the customer explicitly turns down) makes it a
 *       COMPLAINT unless the signs of a question outweigh it.</li>
 *   <li>Otherwise it is a QUERY; with no cue at all, a QUERY with low confidence.</li>
 * </ol>
 * Flags are found separately, by phrase lists, and are ignored when denied ("no sparks", "nobody was hurt").
 *
 * <p>Immutable and thread-safe: the cue phrases are compiled once by the constructor and every call works on its own
 * objects. A classification takes well under a tenth of a millisecond, so thousands a second on one core.
 */
public final class InteractionClassifier {

    private static final double RETURN_THRESHOLD = 2.0;
    private static final double CONFIDENCE_WITHOUT_CUES = 0.25;

    /**
     * Harm, a legal threat or a public one are grievances in themselves, even when no complaint word is used; but
     * only as support, since a question can mention them harmlessly ("is this heater dangerous?"): when nothing but
     * flags raised only inside questions is a grievance, the question wins a tie.
     */
    private static final Set<Flag> GRIEVANCE_FLAGS =
            EnumSet.of(Flag.SAFETY_CONCERN, Flag.LEGAL_THREAT, Flag.SOCIAL_MEDIA_THREAT);
    private static final double GRIEVANCE_FLAG_WEIGHT = 2.0;

    /** A query expresses no dissatisfaction, so one outright complaint word outweighs any number of question marks. */
    private static final double STRONG_GRIEVANCE = 2.0;

    /**
     * A negator directly before a flag phrase, in the same clause: "no injuries", "nobody was hurt", "not a safety
     * issue", "didn't see any smoke", "no one was seriously hurt", "I'm not going to take you to court". Only an
     * article, "any", a form of "be", "get" or "have", "sign of", an adverb of degree or fact ("seriously",
     * "actually"), an intention ("going to", "threatening") or "catch" may come between: a negator with other words
     * between denies something else ("I didn't notice the smoke until...", "isn't it dangerous...?", "I'm not happy
     * and I'm going to court").
     */
    private static final Pattern FLAG_DENIED = Pattern.compile(
            "\\b(?:no|not|never|nobody|no one|noone|without|wasn'?t|weren'?t|isn'?t|didn'?t|nothing|hasn'?t|won'?t)"
                    + "(?:\\s+(?:a|an|any|was|were|is|are|be|been|being|got|get|has|have|had|really|even|ever|real"
                    + "|serious|major|obvious|visible|signs? of|risk of|danger of|chance of|evidence of|trace of"
                    + "|actually|seriously|badly|properly|physically|genuinely|literally|catch|caught"
                    + "|going to|gonna|planning to|intending to|threatening(?: to)?"
                    + "|(?:cause|caused|suffer|suffered|sustain|sustained|see|saw|seen|notice|noticed|smell|smelt)"
                    + "\\s+(?:any|a|an))){0,3}\\s*$");
    /**
     * A negator just before a complaint, fault or query phrase: "not complaining", "not asking for", "no real
     * complaints", "haven't got any complaints".
     */
    private static final Pattern GRIEVANCE_DENIED = Pattern.compile(
            "\\b(?:no|not|never|without|isn'?t|wasn'?t|don'?t want to|not want to|haven'?t (?:got )?any"
                    + "|have not (?:got )?any|not got any|don'?t have any|do not have any)"
                    + "(?:\\s+[a-z0-9'£&]+){0,1}\\s*$");
    private static final Pattern LAST_WORDS_ASKED =
            Pattern.compile("\\b(?:[a-z0-9'£&]+\\s+){0,2}[a-z0-9'£&]+[^a-z0-9'£&?]*\\?+$");
    private static final Pattern FIRST_TWO_WORDS = Pattern.compile("^[a-z0-9']+(?:\\s+[a-z0-9']+)?");
    private static final Pattern GREETING = Pattern.compile(
            "^(?:(?:hi|hello|hiya|hey|morning|afternoon|ok|okay|so|just|also|and|sorry)\\b[\\s,!]*)+");

    private final CueBook cues;

    /** Loads and compiles the cue phrases from the classpath; fails fast if they are missing or malformed. */
    public InteractionClassifier() {
        this.cues = CueBook.fromClasspath();
    }

    /**
     * Classifies one interaction.
     *
     * @param text what the customer said or wrote, or the staff note; may be null
     * @return the case type with its confidence, evidence and flags; null or blank text gives a QUERY with
     *         confidence 0, no evidence and no flags
     */
    public Classification classify(String text) {
        if (text == null || text.isBlank()) {
            return new Classification(CaseType.QUERY, 0.0, List.of(), Set.of());
        }
        Text t = new Text(text);
        Tally request = new Tally();
        Tally grievance = new Tally();
        Tally question = new Tally();

        List<Text.Match> returnCues = t.find(cues.returnCues());
        List<ReturnCueReading> readings = ReturnCueReading.readAll(t, returnCues);
        for (int i = 0; i < returnCues.size(); i++) {
            Text.Match m = returnCues.get(i);
            switch (readings.get(i)) {
                case REQUEST -> request.add(m.cue().weight(), m.start(), m.end(), m.words());
                case NEGATED -> {
                    int from = ReturnCueReading.negationStart(t, m);
                    grievance.add(1, from, m.end(), t.lower().substring(from, m.end()).strip());
                }
                case QUESTION -> question.add(1, m.start(), m.end(), m.words());
                case EARLIER -> { }
            }
        }
        List<Text.Match> faults = new ArrayList<>();
        for (Text.Match m : t.find(cues.grievanceCues())) {
            if (GRIEVANCE_DENIED.matcher(t.clauseBefore(m.start())).find()) {
                continue;
            }
            grievance.add(m.cue().weight(), m.start(), m.end(), m.words());
            if (m.cue().kind() == Cue.Kind.FAULT) {
                faults.add(m);
            }
        }
        for (Text.Match m : t.find(cues.queryCues())) {
            if (GRIEVANCE_DENIED.matcher(t.clauseBefore(m.start())).find()) {
                continue;
            }
            question.add(m.cue().weight(), m.start(), m.end(), m.words());
        }
        addQuestionMarks(t, question);

        Map<Flag, Raised> raised = flags(t);
        double flagsInQuestions = 0;
        for (Flag flag : GRIEVANCE_FLAGS) {
            Raised found = raised.get(flag);
            if (found != null) {
                Text.Match m = found.phrase();
                grievance.addSupporting(GRIEVANCE_FLAG_WEIGHT, m.start(), m.end(), m.words());
                if (found.onlyAsked()) {
                    flagsInQuestions += GRIEVANCE_FLAG_WEIGHT;
                }
            }
        }
        Set<Flag> flags = raised.keySet();
        double r = request.weight;
        double c = grievance.weight;
        double q = question.weight;
        // Confidence grows with the weight of the deciding cues and shrinks with the weight of cues for other types.
        if (r >= RETURN_THRESHOLD) {
            Tally evidence = new Tally();
            evidence.addAll(request);
            faults.forEach(f -> evidence.add(0, f.start(), f.end(), f.words()));
            double confidence = 0.5 + 0.5 * saturate(r) * r / (r + 0.5 * q + 0.5 * c);
            return new Classification(CaseType.RETURN, round(confidence), evidence.words(), flags);
        }
        boolean onlyAsked = flagsInQuestions == c;
        if (c > 0 && (c > q || c == q && !onlyAsked || grievance.strongest >= STRONG_GRIEVANCE)) {
            double confidence = 0.4 + 0.55 * saturate(c) * c / (c + q);
            return new Classification(CaseType.COMPLAINT, round(confidence), grievance.words(), flags);
        }
        if (q > 0) {
            double confidence = 0.4 + 0.55 * saturate(q) * q / (q + c);
            return new Classification(CaseType.QUERY, round(confidence), question.words(), flags);
        }
        return new Classification(CaseType.QUERY, CONFIDENCE_WITHOUT_CUES, List.of(), flags);
    }

    /**
     * Each question counts once; its opening words ("do you", "what time") are the evidence. When only its question
     * mark shows it is one, its last words ("gift receipt needed?") are the evidence if nothing else is, so that a
     * confidence above the default never comes with no evidence.
     */
    private static void addQuestionMarks(Text t, Tally question) {
        for (Text.Sentence s : t.sentences()) {
            String sentence = s.text();
            boolean asks = sentence.endsWith("?");
            boolean opens = Text.startsWithQuestionWord(sentence);
            if (!asks && !opens) {
                continue;
            }
            int at = s.start();
            Matcher greeting = GREETING.matcher(sentence);
            int bodyStart = greeting.lookingAt() ? greeting.end() : 0;
            Matcher first = FIRST_TWO_WORDS.matcher(sentence).region(bodyStart, sentence.length());
            Matcher last = LAST_WORDS_ASKED.matcher(sentence);
            if (opens && first.lookingAt()) {
                question.add(asks ? 2 : 1, at + first.start(), at + first.end(), first.group());
            } else if (last.find()) {
                question.addFallback(1, at + last.start(), at + last.end(), last.group());
            } else {
                question.add(1, at, at, null);
            }
        }
    }

    /**
     * A raised flag: the first phrase that raised it outside a question, or else the first one; and whether every
     * phrase that raised it sits inside a question.
     */
    private record Raised(Text.Match phrase, boolean onlyAsked) { }

    /**
     * The flags raised by phrases that are not denied. A flag counts as only asked about when every such phrase is in
     * a question: "Is it dangerous? The kettle exploded." states harm however the question before it reads. The
     * search for a flag stops at its first phrase outside a question, and each sentence is judged a question once,
     * so a long text still costs about linear time.
     */
    private Map<Flag, Raised> flags(Text t) {
        Map<Flag, Raised> flags = new EnumMap<>(Flag.class);
        Map<String, Boolean> questions = new HashMap<>();
        for (Flag flag : Flag.values()) {
            for (Text.Match m : t.find(cues.flagCues(flag))) {
                if (FLAG_DENIED.matcher(t.clauseBefore(m.start())).find()) {
                    continue;
                }
                if (!questions.computeIfAbsent(t.sentenceAround(m.start()), Text::isQuestion)) {
                    flags.put(flag, new Raised(m, false));
                    break;
                }
                flags.putIfAbsent(flag, new Raised(m, true));
            }
        }
        return flags;
    }

    /** 0 for no evidence, rising towards 1 as cues add up: one strong cue gives about 0.6. */
    private static double saturate(double weight) {
        return 1 - Math.exp(-weight / 3.0);
    }

    private static double round(double confidence) {
        return Math.round(Math.min(1.0, Math.max(0.0, confidence)) * 1000) / 1000.0;
    }

    /** A running score with the phrases that made it, kept in text order. */
    private static final class Tally {
        private record Item(int start, int end, String words) {
            boolean within(Item other) {
                return other != this && other.start <= start && end <= other.end
                        && other.end - other.start > end - start;
            }
        }

        private final List<Item> items = new ArrayList<>();
        private final List<Item> fallback = new ArrayList<>();
        private double weight;
        private double strongest;

        void add(double w, int start, int end, String words) {
            weight += w;
            strongest = Math.max(strongest, w);
            if (words != null && !words.isBlank()) {
                items.add(new Item(start, end, words));
            }
        }

        /** Adds weight whose words are shown only if no other words are. */
        void addFallback(double w, int start, int end, String words) {
            weight += w;
            strongest = Math.max(strongest, w);
            fallback.add(new Item(start, end, words));
        }

        /** Adds weight that supports a decision but cannot on its own outweigh a question. */
        void addSupporting(double w, int start, int end, String words) {
            double before = strongest;
            add(w, start, end, words);
            strongest = before;
        }

        void addAll(Tally other) {
            weight += other.weight;
            strongest = Math.max(strongest, other.strongest);
            items.addAll(other.items);
            fallback.addAll(other.fallback);
        }

        /** The phrases in text order, leaving out any phrase that is part of a longer one already given. */
        List<String> words() {
            List<Item> shown = items.isEmpty() ? fallback : items;
            Set<String> unique = new LinkedHashSet<>();
            shown.stream()
                    .filter(item -> shown.stream().noneMatch(item::within))
                    .sorted(Comparator.comparingInt(Item::start))
                    .forEach(item -> unique.add(item.words()));
            return List.copyOf(unique);
        }
    }
}
