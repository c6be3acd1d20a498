package uk.aftercare.classification.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.aftercare.classification.Classification;
import uk.aftercare.classification.ClassificationService;

@RestController
@RequestMapping(path = "/api/v1/classifications", produces = MediaType.APPLICATION_JSON_VALUE)
class ClassificationApiController {

	private final ClassificationService classifier;

	ClassificationApiController(ClassificationService classifier) {
		this.classifier = classifier;
	}

	@PostMapping
	Classification classify(@Valid @RequestBody ClassificationRequest request) {
		return classifier.classify(request.text());
	}

	record ClassificationRequest(@NotBlank(message = "must not be blank") @Size(max = 5000,
			message = "must be at most 5,000 characters") String text) {
	}

}
