package uk.aftercare.feedback.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.aftercare.feedback.FeedbackAnswer;
import uk.aftercare.feedback.FeedbackPolicy;
import uk.aftercare.shared.web.RadioButtons;

/**
 * The public survey: checked by the feedback rules, so a bad score is refused with a message, not an error. The
 * constraints are not checked here (the form is not {@code @Valid}): they mark the questions that must be answered
 * and give the comment box its maxlength ({@code FormLimits}).
 */
public class SurveyForm {

	@NotNull
	@RadioButtons
	private Integer score;

	@NotNull
	private Boolean resolved;

	@Size(max = FeedbackPolicy.MAX_COMMENT)
	private String comment;

	FeedbackAnswer toAnswer() {
		return new FeedbackAnswer(score, resolved, comment);
	}

	public Integer getScore() {
		return score;
	}

	public void setScore(Integer score) {
		this.score = score;
	}

	public Boolean getResolved() {
		return resolved;
	}

	public void setResolved(Boolean resolved) {
		this.resolved = resolved;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
