package uk.aftercare.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue phrases, read once from {@code /classification/cues.txt} and compiled to regular expressions. The phrase
 * syntax is described at the top of that file; it keeps the lists readable for people who do not write regexes.
 */
final class CueBook {

    static final String RESOURCE = "/classification/cues.txt";

    /** A letter or digit on this side means we are inside a word. Every cue pattern starts with it. */
    private static final String WORD_START = "(?<![a-z0-9'£])";
    private static final String WORD_END = "(?![a-z0-9])(?!'[a-z])";
    private static final String GAP = "\\s+(?:[a-z0-9'£&]+\\s+){0,3}";

    private final List<Cue> returnCues;
    private final List<Cue> grievanceCues;
    private final List<Cue> queryCues;
    private final Map<Flag, List<Cue>> flagCues;

    private CueBook(List<Cue> all) {
        List<Cue> returns = new ArrayList<>();
        List<Cue> grievances = new ArrayList<>();
        List<Cue> queries = new ArrayList<>();
        Map<Flag, List<Cue>> flags = new EnumMap<>(Flag.class);
        for (Flag flag : Flag.values()) {
            flags.put(flag, new ArrayList<>());
        }
        for (Cue cue : all) {
            switch (cue.kind()) {
                case RETURN, RETURN_DONE, RETURN_COUNTER -> returns.add(cue);
                case FAULT, COMPLAINT -> grievances.add(cue);
                case QUERY -> queries.add(cue);
                case FLAG -> flags.get(cue.flag()).add(cue);
            }
        }
        this.returnCues = List.copyOf(returns);
        this.grievanceCues = List.copyOf(grievances);
        this.queryCues = List.copyOf(queries);
        flags.replaceAll((flag, cues) -> List.copyOf(cues));
        this.flagCues = Map.copyOf(flags);
    }

    /** Whether a cue can not start just after this character ({@link #WORD_START}). */
    static boolean isWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '£';
    }

    static CueBook fromClasspath() {
        try (InputStream in = CueBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static CueBook parse(BufferedReader reader) throws IOException {
        List<Cue> cues = new ArrayList<>();
        Cue.Kind kind = null;
        Flag flag = null;
        double weight = 0;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String phrase = line.strip();
            if (phrase.isEmpty() || phrase.startsWith("#")) {
                continue;
            }
            if (phrase.startsWith("@")) {
                String[] header = phrase.substring(1).split("\\s+");
                flag = null;
                weight = 1;
                kind = switch (header[0]) {
                    case "return" -> Cue.Kind.RETURN;
                    case "return.done" -> Cue.Kind.RETURN_DONE;
                    case "return.counter" -> Cue.Kind.RETURN_COUNTER;
                    case "fault" -> Cue.Kind.FAULT;
                    case "complaint" -> Cue.Kind.COMPLAINT;
                    case "query" -> Cue.Kind.QUERY;
                    case "flag" -> Cue.Kind.FLAG;
                    default -> throw new IllegalStateException(
                            RESOURCE + ":" + lineNumber + " unknown section " + header[0]);
                };
                if (kind == Cue.Kind.FLAG) {
                    flag = Flag.valueOf(header[1]);
                } else if (header.length > 1) {
                    weight = Double.parseDouble(header[1]);
                }
                continue;
            }
            if (kind == null) {
                throw new IllegalStateException(RESOURCE + ":" + lineNumber + " phrase before any section");
            }
            try {
                cues.add(new Cue(kind, flag, weight, compile(phrase), phrase, requiredWords(phrase)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ":" + lineNumber + " " + e.getMessage(), e);
            }
        }
        return new CueBook(cues);
    }

    /** Turns one phrase of the cue syntax into a whole-word, lower-case regular expression. */
    static Pattern compile(String phrase) {
        if (phrase.startsWith("re:")) {
            return Pattern.compile(WORD_START + "(?:" + phrase.substring(3).strip() + ")");
        }
        StringBuilder regex = new StringBuilder(WORD_START).append("(?:");
        String spaced = phrase.toLowerCase().replace(" ~ ", "\u0001");
        if (spaced.indexOf('~') >= 0) {
            throw new IllegalArgumentException("'~' must stand between two words: " + phrase);
        }
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            switch (c) {
                case '\u0001' -> regex.append(GAP);
                case ' ' -> regex.append("\\s+");
                case '*' -> regex.append("[a-z0-9']*");
                case '\'' -> regex.append("'?");
                case '(' -> regex.append("(?:");
                case ')', '|' -> regex.append(c);
                case '?' -> regex.append(i > 0 && spaced.charAt(i - 1) == ')' ? "?" : Pattern.quote("?"));
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        regex.append(c);
                    } else {
                        regex.append(Pattern.quote(String.valueOf(c)));
                    }
                }
            }
        }
        return Pattern.compile(regex.append(")").append(WORD_END).toString());
    }

    /**
     * Words of which a text must contain at least one for the phrase to match: its longest plain word, or else one
     * word from each alternative of its first group; for a raw regex, see {@link #requiredStarts}. Empty means "no
     * shortcut" (optional groups, raw regexes that start with anything but letters or a group of them).
     */
    static List<String> requiredWords(String phrase) {
        if (phrase.startsWith("re:")) {
            return requiredStarts(phrase.substring(3).strip());
        }
        String outside = phrase.replaceAll("\\([^)]*\\)\\??", " ");
        String longest = longestLiteral(outside);
        if (!longest.isEmpty()) {
            return List.of(longest);
        }
        Matcher group = Pattern.compile("\\(([^)]*)\\)(\\?)?").matcher(phrase);
        if (!group.find() || group.group(2) != null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String alternative : group.group(1).split("\\|")) {
            String word = longestLiteral(alternative);
            if (word.isEmpty()) {
                return List.of();
            }
            words.add(word);
        }
        return List.copyOf(words);
    }

    /**
     * The starts of words a raw regex must match at its beginning, as "start*": the letters it starts with after any
     * look-behind, or those of each alternative of a leading group ("(?<!wax )melt(?:s|ed)?" gives "melt*", "fires?"
     * "fire*", "(?:second|2nd) time" "second*" and "2nd*"). A match starts where a word starts (every cue pattern
     * opens with {@link #WORD_START}), so the word found there starts with these letters.
     */
    static List<String> requiredStarts(String regex) {
        List<String> alternatives = topLevelAlternatives(regex);
        if (alternatives.size() > 1) {
            List<String> words = new ArrayList<>();
            for (String alternative : alternatives) {
                List<String> starts = requiredStarts(alternative);
                if (starts.isEmpty()) {
                    return List.of();
                }
                words.addAll(starts);
            }
            return List.copyOf(words);
        }
        String rest = regex;
        while (rest.startsWith("(?<!") || rest.startsWith("(?<=")) {
            int end = groupEnd(rest);
            if (end < 0) {
                return List.of();
            }
            rest = rest.substring(end + 1);
        }
        if (rest.startsWith("(?:")) {
            int end = groupEnd(rest);
            boolean optional = end + 1 < rest.length() && "?*{".indexOf(rest.charAt(end + 1)) >= 0;
            return end < 0 || optional ? List.of() : requiredStarts(rest.substring(3, end));
        }
        int letters = 0;
        while (letters < rest.length() && isLetterOrDigit(rest.charAt(letters))) {
            letters++;
        }
        if (letters < rest.length() && "?*{".indexOf(rest.charAt(letters)) >= 0) {
            letters--;
        }
        return letters <= 0 ? List.of() : List.of(rest.substring(0, letters) + "*");
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** Where the group that opens a regex closes, skipping escapes and character classes; -1 if it does not. */
    private static int groupEnd(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int classEnd(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            if (regex.charAt(i) == '\\') {
                i++;
            } else if (regex.charAt(i) == ']') {
                return i;
            }
        }
        return regex.length();
    }

    /** A regex split at each "|" outside any group or character class. */
    private static List<String> topLevelAlternatives(String regex) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(regex.substring(start));
        return alternatives;
    }

    /** The longest plain word, as {@link Text#words()} would split it; "word*" if the text may go on after it. */
    private static String longestLiteral(String text) {
        String longest = "";
        boolean open = false;
        for (String word : text.toLowerCase().split("[^a-z0-9£'*]+")) {
            String[] pieces = word.split("[^a-z0-9£]+");
            for (int i = 0; i < pieces.length; i++) {
                if (pieces[i].length() > longest.length()) {
                    longest = pieces[i];
                    // "complain*" goes on; so may "don" in "don't", as the apostrophe is optional ("dont").
                    open = i < pieces.length - 1 || word.endsWith("*");
                }
            }
        }
        return longest.isEmpty() || !open ? longest : longest + "*";
    }

    List<Cue> returnCues() {
        return returnCues;
    }

    /** Complaint and fault cues, which are read together so that the longer of two overlapping phrases wins. */
    List<Cue> grievanceCues() {
        return grievanceCues;
    }

    List<Cue> queryCues() {
        return queryCues;
    }

    List<Cue> flagCues(Flag flag) {
        return flagCues.get(flag);
    }
}
