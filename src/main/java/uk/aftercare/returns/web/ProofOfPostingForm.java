package uk.aftercare.returns.web;

import java.time.LocalDate;

import uk.aftercare.shared.web.VersionedForm;

/**
 * The proof-of-posting form on the RMA page: the day the customer showed proof of posting the goods back, and the
 * version of the RMA staff saw. Kept as a form so a refused date comes back beside the field as typed.
 */
public class ProofOfPostingForm extends VersionedForm {

	/** Read as 2/11/2026 or 2026-11-02 ({@link uk.aftercare.shared.web.UkDates}, bound by the controller). */
	private LocalDate proofOfPostingOn;

	public LocalDate getProofOfPostingOn() {
		return proofOfPostingOn;
	}

	public void setProofOfPostingOn(LocalDate proofOfPostingOn) {
		this.proofOfPostingOn = proofOfPostingOn;
	}

}
