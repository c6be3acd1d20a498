package uk.aftercare.classification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of classifying one interaction, with its reasons.
 *
 * @param type       the case type, following the definitions on {@link CaseType}
 * @param confidence in [0, 1]: high when the deciding evidence is strong and nothing in the text points another
 *                   way, low when the decision rests on a single weak cue or on the default (0 for blank text)
 * @param evidence   the words and phrases from the text that decided the type, lower-cased, in the order they appear,
 *                   so that staff can see why ("leaks", "refund"); empty when nothing in the text decided it
 * @param flags      the escalation triggers stated in the text, in declaration order
 */
public record Classification(CaseType type, double confidence, List<String> evidence, Set<Flag> flags) {

    public Classification {
        Objects.requireNonNull(type, "type");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        evidence = List.copyOf(evidence);
        flags = flags.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Flag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }
}
