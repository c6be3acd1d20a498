package uk.aftercare.cases;

import java.util.List;
import java.util.Map;

/**
 * The shapes of the timeline entries a module writes ({@link CaseService#record}), for the erasure of a customer's
 * personal data (UK GDPR art. 17): what the shop's own wording says of a status move, an approval or a refund stays,
 * and what staff or the customer typed, or how to reach the customer, goes. Each module that writes entries provides
 * one bean; an entry no shape of its kind fits loses its whole text, so a wording changed without its shape errs on
 * the side of erasing.
 */
public interface TimelineShapes {

	/** The shapes of the entries this module writes, by kind (one module may add a shape to another's kind). */
	Map<TimelineKind, List<EntryShape>> shapes();

}
