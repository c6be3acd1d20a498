package uk.aftercare.escalation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Ask a supervisor" on a case: what staff need decided. */
public class AskSupervisorForm {

	@NotBlank(message = "{askSupervisor.question.required}")
	@Size(max = 500, message = "{askSupervisor.question.tooLong}")
	private String question;

	public String getQuestion() {
		return question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

}
