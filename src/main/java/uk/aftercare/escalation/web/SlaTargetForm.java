package uk.aftercare.escalation.web;

/**
 * What was typed in one row of the SLA targets table, kept for the page shown again after a refusal: its error
 * summary (fragments/forms) lists the row's problems in the order of these fields, each linking to its box.
 */
public class SlaTargetForm {

	private final String firstResponseHours;

	private final String resolutionHours;

	SlaTargetForm(String firstResponseHours, String resolutionHours) {
		this.firstResponseHours = firstResponseHours;
		this.resolutionHours = resolutionHours;
	}

	public String getFirstResponseHours() {
		return firstResponseHours;
	}

	public String getResolutionHours() {
		return resolutionHours;
	}

}
