package uk.aftercare.feedback.web;

import uk.aftercare.feedback.FeedbackAnswer;

/** The public survey: checked by the feedback rules, so a bad score is refused with a message, not an error. */
public class SurveyForm {

	private Integer score;

	private Boolean resolved;

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
