package uk.aftercare.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads a labelled set: {@code type<TAB>flags or -<TAB>text} per line, {@code #} for comments. */
final class LabelledInteractions {

    record Example(int line, CaseType type, Set<Flag> flags, String text) { }

    private LabelledInteractions() {
    }

    static List<Example> load(String resource) {
        try (InputStream in = LabelledInteractions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Example> examples = new ArrayList<>();
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 3) {
                    throw new IllegalStateException(resource + ":" + lineNumber + " needs 3 tab-separated columns");
                }
                Set<Flag> flags = EnumSet.noneOf(Flag.class);
                if (!columns[1].equals("-")) {
                    Arrays.stream(columns[1].split(",")).map(String::strip).map(Flag::valueOf).forEach(flags::add);
                }
                examples.add(new Example(lineNumber, CaseType.valueOf(columns[0]), flags, columns[2]));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
