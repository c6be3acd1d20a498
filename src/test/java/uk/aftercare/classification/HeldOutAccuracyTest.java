package uk.aftercare.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the classifier on interactions it was never tuned on (see {@code classification/README.md} in the test
 * resources): the honest estimate of how it will do on what staff log. Prints per-class and overall accuracy, the
 * confusion matrix and flag precision/recall; the misses are printed too, for the record, but the rules must not be
 * changed to fix them, or this set stops being held out.
 */
class HeldOutAccuracyTest {

    private static final double REQUIRED_ACCURACY = 0.90;

    @Test
    void classifiesHeldOutInteractionsAccurately() {
        List<LabelledInteractions.Example> examples = LabelledInteractions.load("/classification/heldout.tsv");
        Evaluation evaluation = new Evaluation(new InteractionClassifier(), examples);

        System.out.print(evaluation.report("HELD-OUT set (never used for tuning)"));
        System.out.print(evaluation.missesReport());

        assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }
}
