package uk.aftercare.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tuning set is the one the cue lists were adjusted against, so its accuracy is optimistic; it is printed with
 * every miss to guide the next adjustment, and guarded so that an edit to the cues cannot quietly undo earlier work.
 */
class TuningSetAccuracyTest {

    @Test
    void keepsTuningSetAccuracy() {
        List<LabelledInteractions.Example> examples = LabelledInteractions.load("/classification/training.tsv");
        Evaluation evaluation = new Evaluation(new InteractionClassifier(), examples);
        System.out.print(evaluation.report("Tuning set (used to adjust the cues)"));
        System.out.print(evaluation.missesReport());
        assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(0.90);
    }
}
