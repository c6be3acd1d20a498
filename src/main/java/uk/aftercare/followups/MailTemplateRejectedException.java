package uk.aftercare.followups;

import java.util.List;

/** An edited template broke the template rules; each problem names its field. */
public class MailTemplateRejectedException extends RuntimeException {

	private final List<TemplateText.Problem> problems;

	public MailTemplateRejectedException(List<TemplateText.Problem> problems) {
		super("The template has problems: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<TemplateText.Problem> problems() {
		return problems;
	}

}
