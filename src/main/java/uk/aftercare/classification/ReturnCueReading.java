package uk.aftercare.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a return word ("refund", "send it back", "exchange"...) means where it stands. The word alone decides nothing:
 * "I don't want a refund" is a complaint, "how long does a refund take?" is a query, "my refund was handled badly"
 * names an earlier case, and only "I want a refund" or "can I return these boots please" ask for one.
 */
enum ReturnCueReading {

    /** The customer asks for the remedy now: counts towards RETURN. */
    REQUEST,
    /** "don't want a refund", "not asking for a replacement": the customer rules the remedy out. */
    NEGATED,
    /** A question about the remedy rather than a request for it: "can I return this if it doesn't fit?". */
    QUESTION,
    /** An earlier return, refund or repair the customer is talking about: "my return was handled", "I returned it". */
    EARLIER;

    private static final String WORDS = "(?:\\s+[a-z0-9'£&]+)";

    /**
     * A negator up to three words before the cue, in the same clause, and the words between. "No" before "I" or "we"
     * is an answer, not a negator: "No I want a refund".
     */
    private static final Pattern NEGATOR_BEFORE = Pattern.compile(
            "\\b(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|not|never|no(?!\\s+(?:i|we)\\b)|without|nor"
                    + "|rather than|instead of|isn'?t|wasn'?t)(" + WORDS + "{0,3})\\s*$");

    /**
     * A wish or request between the negator and the cue: "doesn't work can you refund me", "not happy wants refund".
     * Unless it is the very word the negator denies ("don't want a refund"), the negator belongs to the reason
     * ("doesn't work") and the request stands.
     */
    private static final Pattern WISH = Pattern.compile(
            "\\b(?:want|wants|wanted|need|needs|needed|like|please|pls|plz|can you|could you|can u|can i|could i"
                    + "|can we|could we)\\b");
    /** Only softening words between a negator and the wish it denies: "don't really want", "not even asking". */
    private static final Pattern SOFTENERS =
            Pattern.compile("(?:\\s+(?:really|even|actually|necessarily|particularly|exactly|just|ever|at all))*\\s*");

    /** "...if you don't refund me": a demand with a threat attached, not a refusal of the refund. */
    private static final Pattern CONDITION =
            Pattern.compile("\\b(?:if|unless)\\s+(?:you|u|they|someone|somebody)\\s*$");

    /** The customer says they want it, just before the cue: "I want", "I'd like", "wants", "need it", "please". */
    private static final Pattern DESIRED = Pattern.compile(
            "\\b(?:want|wants|wanted|wanting|like|need|needs|needed|needing|demand|demanding|demands|expect|expecting"
                    + "|request|requesting|requested|please|pls|plz|prefer|rather)\\b" + WORDS + "{0,3}\\s*$");

    /** Asking to have it done, just before the cue: "get it replaced", "can you arrange", "give me". */
    private static final Pattern ARRANGED = Pattern.compile(
            "\\b(?:get|getting|have|give me|give us|arrange|can you|could you|can someone|could someone|happy to)\\b"
                    + WORDS + "{0,3}\\s*$");

    /** A return noun that has an owner or article names a particular, earlier return: "my refund", "the repair". */
    private static final Pattern OWNED = Pattern.compile(
            "\\b(?:my|your|the|her|his|our|their|this|that)\\s+(?:[a-z]+\\s+)?$");
    private static final Pattern RETURN_NOUN = Pattern.compile(
            "(?:full )?(?:refunds?|returns?|exchange|repairs?|replacement)");

    /** Words after a return noun that show it is about a process under way: "refund was", "repair is ready". */
    private static final Pattern PROCESS_AFTER = Pattern.compile(
            "\\s+(?:was|were|has|have|had|is|isn'?t|hasn'?t|still|not|policy|policies|process|processed|address|label"
                    + "|form|period|desk|counter|team|department|take|takes|took|taking|being|go|goes|went|handled"
                    + "|reference|number|window|on (?:her|his|my|their))\\b");

    /** Waiting for, chasing or thanking for something already agreed. */
    private static final Pattern WAITING = Pattern.compile(
            "\\b(?:waiting|wait|waited|chasing|chased|still|received|receive|promised|owed|haven'?t had|not had"
                    + "|where is|where'?s|status of|thanks for|thank you for)\\b");

    /**
     * The customer states that they mean to have the remedy, just before the cue: "I would like to return", "I want
     * to send ~ back", "I need to get a refund", "I want a refund", "please refund". Narrower than {@link #DESIRED}:
     * "I'd like to ask about returns" and "I'm still expecting my refund" state no intention to return anything.
     */
    private static final String INTENTION =
            "(?:(?:want|wants|would like|(?:i|we)'?d like|need|needs|wish|wishes|intend|intending|plan|planning"
                    + "|hoping|going|would prefer|(?:i|we)'?d prefer)\\s+to"
                    + "(?:\\s+(?:get|have|ask for|request|arrange))?"
                    + "|(?:want|wants|would like|(?:i|we)'?d like|need|needs|demand|demanding|request|requesting"
                    + "|please|pls|plz))(?:\\s+(?:a|an|a full|full|my))?\\s*$";
    private static final Pattern STATED_INTENTION = Pattern.compile("\\b" + INTENTION);

    /** "If I want to return it, ...", "once we'd like to send it back": a supposed intention is no request. */
    private static final Pattern SUPPOSED = Pattern.compile(
            "\\b(?:if|unless|whether|in case|once|when)\\s+(?:i|we|you|they|he|she|cust|customer|someone)"
                    + WORDS + "{0,2}\\s+" + INTENTION);

    /** Questions like these ask about the rules, whatever they mention: "...if it doesn't fit?", "how long...?". */
    private static final Pattern ABOUT_THE_RULES = Pattern.compile(
            "\\b(?:if|unless|without|policy|how long|how many|how much|how do refunds|when|within|allowed|do you|does"
                    + "|do i need|would i need|do i have to|will i|would i|is there|are there|what'?s the|what is the"
                    + "|what are)\\b");

    /** "What do I need to do to get it replaced?" asks how to get the remedy, not what the rules are. */
    private static final Pattern HOW_TO_GET_IT =
            Pattern.compile("\\bwhat (?:do|should) (?:i|we) (?:need to |have to )?do\\b");

    /**
     * Asking how getting the remedy works rather than for it: "how do I get a refund?", "can I get a refund to a
     * different card?", "can I get a refund on sale items?". Goods in hand ("how do I get it replaced?") still make it
     * a request.
     */
    private static final Pattern HOW_IT_WORKS = Pattern.compile(
            "^(?:(?:hi|hello|hiya|hey|morning|afternoon|ok|okay|so|just|also|and|sorry)\\b[\\s,!]*)*"
                    + "how (?:do|can|would|should|could|will|does|did) (?:i|we|you|one|people|customers)\\b"
                    + "|\\b(?:different|another|other|same|original|new) (?:bank )?(?:card|account|payment method)\\b"
                    + "|\\bthan the one\\b|\\bsale items?\\b|\\bitems? (?:bought )?in the sale\\b"
                    + "|\\breduced items?\\b");

    /** Polite requests phrased as questions still ask for the remedy. */
    private static final Pattern REQUEST_MARKER = Pattern.compile(
            "\\b(?:please|pls|plz|i'?d like|i would like|i want|i need|we want|we need|i'?d prefer)\\b");

    /** "...return it", "...swap these", "...bring them back": the customer has particular goods in hand. */
    private static final Pattern OBJECT_IN_HAND = Pattern.compile(
            "\\b(?:it|them|this|these|that|those|my|our|me|us|the|her|his)\\b");
    private static final Pattern GOODS_BEFORE = Pattern.compile(
            "\\b(?:it|them|this|these|those)\\b(?!\\s+(?:be\\s+)?(?:possible|ok|okay|alright|allowed))");
    private static final Pattern PREVIOUS_WORDS = Pattern.compile(WORDS + "{1,3}\\s*$");
    private static final Pattern NEXT_WORDS = Pattern.compile(WORDS + "{1,3}");
    private static final Pattern HAVE_OR_GET_BEFORE = Pattern.compile(
            "\\b(?:have|get|give me|give us|send me|send us|you send|issue|arrange|offer me)" + WORDS + "{0,2}\\s*$");

    /** What a sentence says as a whole, which is the same for every return cue in it. */
    private record Sentence(boolean question, boolean aboutTheRules, boolean requestMarker, boolean howItWorks) {
        static Sentence of(String sentence) {
            return new Sentence(Text.isQuestion(sentence),
                    ABOUT_THE_RULES.matcher(sentence).find() && !HOW_TO_GET_IT.matcher(sentence).find(),
                    REQUEST_MARKER.matcher(sentence).find(),
                    HOW_IT_WORKS.matcher(sentence).find());
        }
    }

    /**
     * How each return cue found in a text reads, in the same order. A sentence is read once for all its cues, so
     * that a long text with many cues is not read again for each.
     */
    static List<ReturnCueReading> readAll(Text text, List<Text.Match> matches) {
        Map<String, Sentence> sentences = new HashMap<>();
        List<ReturnCueReading> readings = new ArrayList<>(matches.size());
        for (Text.Match match : matches) {
            Sentence sentence = sentences.computeIfAbsent(text.sentenceAround(match.start()), Sentence::of);
            readings.add(read(text, match, sentence));
        }
        return readings;
    }

    private static ReturnCueReading read(Text text, Text.Match match, Sentence sentence) {
        String before = text.clauseBefore(match.start());
        if (negationStart(text, match) >= 0) {
            return NEGATED;
        }
        if (match.cue().kind() == Cue.Kind.RETURN_COUNTER) {
            return REQUEST;
        }
        boolean desired = DESIRED.matcher(before).find();
        boolean wanted = desired || ARRANGED.matcher(before).find();
        if (match.cue().kind() == Cue.Kind.RETURN_DONE && !wanted) {
            return EARLIER;
        }
        boolean earlier = !wanted && (WAITING.matcher(before).find()
                || RETURN_NOUN.matcher(match.words()).matches()
                        && (OWNED.matcher(before).find() || after(text, match, PROCESS_AFTER).lookingAt()));
        if (sentence.question()) {
            // "I would like to return these shoes, what is the returns address?": the question is about a return the
            // customer has already asked for in a clause of its own, so it does not turn the request into a query.
            if (statedIntention(text, match, before)) {
                return REQUEST;
            }
            if (earlier || sentence.aboutTheRules()) {
                return QUESTION;
            }
            if (desired || sentence.requestMarker() || hasObjectInHand(text, match, before)) {
                return REQUEST;
            }
            // "Can I have a replacement?" asks for one; "how do I get a refund?" asks how it works.
            return HAVE_OR_GET_BEFORE.matcher(before).find() && !sentence.howItWorks() ? REQUEST : QUESTION;
        }
        return earlier ? EARLIER : REQUEST;
    }

    /** Where the negation of a return cue starts ("don't want a refund"), or -1 if it is not negated. */
    static int negationStart(Text text, Text.Match match) {
        String before = text.clauseBefore(match.start());
        Matcher m = NEGATOR_BEFORE.matcher(before);
        if (!m.find() || CONDITION.matcher(before.substring(0, m.start())).find()) {
            return -1;
        }
        int first = m.start();
        // The negator nearest the cue is the one that could deny it.
        int nearest = first;
        while (m.find(nearest + 1)) {
            nearest = m.start();
        }
        m.find(nearest);
        String between = m.group(1);
        Matcher wish = WISH.matcher(between);
        if (wish.find() && !SOFTENERS.matcher(between.substring(0, wish.start())).matches()) {
            return -1;
        }
        return match.start() - before.length() + first;
    }

    /** A stated intention to have the remedy, in a clause that is not itself a question and supposes nothing. */
    private static boolean statedIntention(Text text, Text.Match match, String before) {
        return STATED_INTENTION.matcher(before).find()
                && !SUPPOSED.matcher(before).find()
                && !Text.isQuestion(text.clauseAround(match.start(), match.end()));
    }

    private static boolean hasObjectInHand(Text text, Text.Match match, String before) {
        if (OBJECT_IN_HAND.matcher(match.words()).find()) {
            return true;
        }
        Matcher previous = PREVIOUS_WORDS.matcher(before);
        if (previous.find() && GOODS_BEFORE.matcher(previous.group()).find()) {
            return true;
        }
        Matcher next = after(text, match, NEXT_WORDS);
        return next.lookingAt() && OBJECT_IN_HAND.matcher(next.group()).find();
    }

    /** A matcher for what follows the cue, without copying the rest of the text for every cue. */
    private static Matcher after(Text text, Text.Match match, Pattern pattern) {
        return pattern.matcher(text.lower()).region(match.end(), text.lower().length());
    }
}
