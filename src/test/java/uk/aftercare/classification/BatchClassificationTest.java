package uk.aftercare.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Classifies every labelled interaction many times over from parallel threads and checks that each answer is the
 * same as a single-threaded run: the classifier is shared by the whole app, so it must be safe to share. Throughput is
 * printed for information only; nothing here depends on timing.
 */
class BatchClassificationTest {

    @Test
    void classifiesABatchConsistentlyFromManyThreads() {
        InteractionClassifier classifier = new InteractionClassifier();
        List<String> texts = new ArrayList<>();
        LabelledInteractions.load("/classification/training.tsv").forEach(e -> texts.add(e.text()));
        LabelledInteractions.load("/classification/heldout.tsv").forEach(e -> texts.add(e.text()));
        List<Classification> expected = texts.stream().map(classifier::classify).toList();
        int rounds = 3;

        long start = System.nanoTime();
        List<Classification> actual = IntStream.range(0, rounds * texts.size()).parallel()
                .mapToObj(i -> classifier.classify(texts.get(i % texts.size())))
                .toList();
        double seconds = (System.nanoTime() - start) / 1e9;

        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i)).isEqualTo(expected.get(i % texts.size()));
        }
        System.out.printf(Locale.ROOT, "%nClassified %d interactions in %.3f s (%.0f a second, parallel)%n",
                actual.size(), seconds, actual.size() / seconds);
    }
}
