package uk.aftercare.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CueBookTest {

    private static boolean matches(String phrase, String text) {
        Pattern pattern = CueBook.compile(phrase);
        return pattern.matcher(text).find();
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(matches("fire", "it caught fire")).isTrue();
        assertThat(matches("fire", "the fireplace")).isFalse();
        assertThat(matches("shock", "shocking service")).isFalse();
    }

    @Test
    void starMatchesWordEndings() {
        assertThat(matches("complain*", "i complained twice")).isTrue();
        assertThat(matches("complain*", "uncomplaining")).isFalse();
    }

    @Test
    void tildeAllowsUpToThreeWordsBetween() {
        assertThat(matches("send ~ back", "send it back")).isTrue();
        assertThat(matches("send ~ back", "send the blue cushions back")).isTrue();
        assertThat(matches("send ~ back", "send me the four blue cushions back")).isFalse();
    }

    @Test
    void rejectsATildeThatIsNotBetweenWords() {
        assertThatThrownBy(() -> CueBook.compile("collect the ~")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apostrophesAreOptional() {
        assertThat(matches("don't want", "i dont want")).isTrue();
        assertThat(matches("don't want", "i don't want")).isTrue();
    }

    @Test
    void aGroupFollowedByAQuestionMarkIsOptional() {
        assertThat(matches("(book|arrange) (a )?collection", "can i book a collection")).isTrue();
        assertThat(matches("(book|arrange) (a )?collection", "can i book collection")).isTrue();
        assertThat(matches("made (me )?(to )?feel", "made me feel")).isTrue();
        assertThat(matches("made (me )?(to )?feel", "made to feel")).isTrue();
    }

    @Test
    void alternativesAndRawRegex() {
        assertThat(matches("(right|correct) size", "the correct size")).isTrue();
        assertThat(matches("re: (?:i'm|is) (?:8|9)[0-9]\\b", "my nan is 91 and")).isTrue();
    }

    @Test
    void rawRegexesNeedTheLettersTheyStartWith() {
        assertThat(CueBook.requiredWords("re: (?<!wax )melt(?:s|ed|ing)?\\b")).containsExactly("melt*");
        assertThat(CueBook.requiredWords("re: fires?\\b(?![\\s-]+alarm)")).containsExactly("fire*");
        assertThat(CueBook.requiredWords("re: (?:second|2nd) time")).containsExactly("second*", "2nd*");
        assertThat(CueBook.requiredWords("re: (?<!(?:\\ba|the) )(?:post|put)\\s+it")).containsExactly("post*", "put*");
        assertThat(CueBook.requiredWords("re: why|(?:how|when) come")).containsExactly("why*", "how*", "when*");
        assertThat(CueBook.requiredWords("re: (?:i'm|aged) 9")).containsExactly("i*", "aged*");
        assertThat(CueBook.requiredWords("re: (?:a|b)? c")).isEmpty();
        assertThat(CueBook.requiredWords("re: [a-z]+ing")).isEmpty();
        assertThat(CueBook.requiredWords("re: s?he")).isEmpty();
    }

    @Test
    void wordShortcutNeverHidesAMatch() {
        String everything = new Text(everyLabelledText()).lower();

        for (Cue cue : allCues()) {
            Matcher m = cue.pattern().matcher(everything);
            while (m.find()) {
                // The words a cue needs must be inside what it matched, so the shortcut holds for any text.
                assertThat(cue.mayOccurIn(new Text(m.group()))).as("%s in '%s'", cue.source(), m.group())
                        .isTrue();
            }
        }
    }

    @Test
    void cuesStartOnlyWhereTheWordStartShortcutLooks() {
        for (char c = 0; c < 0x250; c++) {
            assertThat(matches("x", c + "x")).as("x after U+%04X", (int) c).isEqualTo(!CueBook.isWordCharacter(c));
        }
        assertThat(CueBook.isWordCharacter('£')).isTrue();
    }

    @Test
    void findingFromWordStartsFindsWhatARegexSearchFinds() {
        List<Cue> cues = allCues();
        List<String> different = new ArrayList<>();
        for (String labelled : everyLabelledText().split("\\.\n")) {
            Text text = new Text(labelled);
            for (Cue cue : cues) {
                List<String> searched = new ArrayList<>();
                Matcher m = cue.pattern().matcher(text.lower());
                while (m.find()) {
                    if (m.end() > m.start()) {
                        searched.add(m.start() + "-" + m.end());
                    }
                }
                List<String> found = text.find(List.of(cue)).stream().map(f -> f.start() + "-" + f.end()).toList();
                if (!found.equals(searched)) {
                    different.add(cue.source() + " in '" + labelled + "': " + found + " instead of " + searched);
                }
            }
        }
        assertThat(different).isEmpty();
    }

    private static List<Cue> allCues() {
        CueBook book = CueBook.fromClasspath();
        List<Cue> all = new ArrayList<>();
        all.addAll(book.returnCues());
        all.addAll(book.grievanceCues());
        all.addAll(book.queryCues());
        for (Flag flag : Flag.values()) {
            all.addAll(book.flagCues(flag));
        }
        return all;
    }

    private static String everyLabelledText() {
        List<String> texts = new ArrayList<>();
        LabelledInteractions.load("/classification/training.tsv").forEach(e -> texts.add(e.text()));
        LabelledInteractions.load("/classification/heldout.tsv").forEach(e -> texts.add(e.text()));
        texts.add("I dont want it, it doesnt work and I cant afford another. Complaining again!!");
        return String.join(".\n", texts);
    }

    @Test
    void loadsEverySectionFromTheClasspath() {
        CueBook book = CueBook.fromClasspath();

        assertThat(book.returnCues()).isNotEmpty();
        assertThat(book.grievanceCues()).isNotEmpty();
        assertThat(book.queryCues()).isNotEmpty();
        for (Flag flag : Flag.values()) {
            assertThat(book.flagCues(flag)).as(flag.name()).isNotEmpty();
        }
    }
}
