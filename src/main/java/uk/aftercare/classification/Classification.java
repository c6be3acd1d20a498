package uk.aftercare.classification;

import java.util.List;
import java.util.Set;

/** The classifier's suggestion with the evidence words that decided it. */
public record Classification(CaseType type, double confidence, List<String> evidence, Set<Flag> flags) {
}
