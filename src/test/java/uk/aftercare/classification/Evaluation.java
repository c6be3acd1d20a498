package uk.aftercare.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Accuracy, confusion matrix and flag precision/recall of the classifier on a labelled set. */
final class Evaluation {

    record Miss(LabelledInteractions.Example example, Classification actual) { }

    private final int[][] confusion = new int[CaseType.values().length][CaseType.values().length];
    /** Per flag: true positives, false positives, false negatives. */
    private final Map<Flag, int[]> flagCounts = new EnumMap<>(Flag.class);
    private final List<Miss> misses = new ArrayList<>();
    private final List<Miss> flagMisses = new ArrayList<>();
    private int total;
    private int correct;
    private double confidenceWhenRight;
    private double confidenceWhenWrong;

    Evaluation(InteractionClassifier classifier, List<LabelledInteractions.Example> examples) {
        for (Flag flag : Flag.values()) {
            flagCounts.put(flag, new int[3]);
        }
        for (LabelledInteractions.Example example : examples) {
            Classification actual = classifier.classify(example.text());
            total++;
            confusion[example.type().ordinal()][actual.type().ordinal()]++;
            if (actual.type() == example.type()) {
                correct++;
                confidenceWhenRight += actual.confidence();
            } else {
                misses.add(new Miss(example, actual));
                confidenceWhenWrong += actual.confidence();
            }
            for (Flag flag : Flag.values()) {
                boolean expected = example.flags().contains(flag);
                boolean found = actual.flags().contains(flag);
                if (expected && found) {
                    flagCounts.get(flag)[0]++;
                } else if (found) {
                    flagCounts.get(flag)[1]++;
                } else if (expected) {
                    flagCounts.get(flag)[2]++;
                }
            }
            if (!actual.flags().equals(example.flags())) {
                flagMisses.add(new Miss(example, actual));
            }
        }
    }

    double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    List<Miss> misses() {
        return misses;
    }

    List<Miss> flagMisses() {
        return flagMisses;
    }

    String report(String title) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n=== %s: %d interactions ===%n", title, total));
        for (CaseType type : CaseType.values()) {
            int expected = Arrays.stream(confusion[type.ordinal()]).sum();
            int hit = confusion[type.ordinal()][type.ordinal()];
            out.append(String.format(Locale.ROOT, "%-10s accuracy (recall) %3d/%3d = %.3f%n", type, hit, expected,
                    expected == 0 ? 0.0 : (double) hit / expected));
        }
        out.append(String.format(Locale.ROOT, "%-10s accuracy          %3d/%3d = %.3f%n", "OVERALL", correct, total,
                accuracy()));
        out.append(String.format(Locale.ROOT, "Mean confidence when right %.3f, when wrong %s%n",
                correct == 0 ? 0.0 : confidenceWhenRight / correct,
                misses.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.3f", confidenceWhenWrong / misses.size())));
        out.append(String.format(Locale.ROOT, "%nConfusion matrix (rows = expected, columns = classified as)%n%-10s",
                ""));
        for (CaseType type : CaseType.values()) {
            out.append(String.format(Locale.ROOT, "%10s", type));
        }
        out.append('\n');
        for (CaseType expected : CaseType.values()) {
            out.append(String.format(Locale.ROOT, "%-10s", expected));
            for (CaseType actual : CaseType.values()) {
                out.append(String.format(Locale.ROOT, "%10d", confusion[expected.ordinal()][actual.ordinal()]));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%nFlags               TP  FP  FN  precision  recall%n"));
        flagCounts.forEach((flag, n) -> out.append(String.format(Locale.ROOT, "%-19s %3d %3d %3d  %9s  %6s%n",
                flag, n[0], n[1], n[2], ratio(n[0], n[0] + n[1]), ratio(n[0], n[0] + n[2]))));
        return out.toString();
    }

    String missesReport() {
        StringBuilder out = new StringBuilder();
        for (Miss miss : misses) {
            out.append(String.format(Locale.ROOT, "  line %d expected %s got %s %.2f %s: %s%n", miss.example().line(),
                    miss.example().type(), miss.actual().type(), miss.actual().confidence(), miss.actual().evidence(),
                    miss.example().text()));
        }
        for (Miss miss : flagMisses) {
            out.append(String.format(Locale.ROOT, "  line %d flags expected %s got %s: %s%n", miss.example().line(),
                    miss.example().flags(), miss.actual().flags(), miss.example().text()));
        }
        return out.toString();
    }

    private static String ratio(int numerator, int denominator) {
        return denominator == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) numerator / denominator);
    }
}
