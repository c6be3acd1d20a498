package uk.aftercare.cases;

import java.util.List;
import java.util.Set;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Classification;
import uk.aftercare.classification.Flag;

/** The classifier's suggestion as the case remembers it. */
record Suggestion(CaseType type, double confidence, List<String> evidence, Set<Flag> flags) {

	static Suggestion of(Classification c) {
		return new Suggestion(c.type(), c.confidence(), c.evidence(), c.flags());
	}

}
