package uk.aftercare.classification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Placeholder keyword classifier, replaced by the tuned one. */
public final class InteractionClassifier {

	public Classification classify(String text) {
		if (text == null || text.isBlank()) {
			return new Classification(CaseType.QUERY, 0, List.of(), EnumSet.noneOf(Flag.class));
		}
		String t = text.toLowerCase(Locale.UK);
		List<String> evidence = new ArrayList<>();
		EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
		if (t.contains("smoke")) {
			flags.add(Flag.SAFETY_CONCERN);
		}
		for (String w : List.of("refund", "return", "replace", "exchange")) {
			if (t.contains(w)) {
				evidence.add(w);
				return new Classification(CaseType.RETURN, 0.7, evidence, flags);
			}
		}
		for (String w : List.of("complain", "unhappy", "rude")) {
			if (t.contains(w)) {
				evidence.add(w);
				return new Classification(CaseType.COMPLAINT, 0.7, evidence, flags);
			}
		}
		return new Classification(CaseType.QUERY, 0.4, evidence, flags);
	}

}
