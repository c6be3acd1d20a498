package uk.aftercare.classification;

import org.springframework.stereotype.Service;

/** Spring entry point to the plain-Java classifier: one shared, thread-safe instance. */
@Service
public class ClassificationService {

	private final InteractionClassifier classifier = new InteractionClassifier();

	public Classification classify(String text) {
		return classifier.classify(text);
	}

}
