package uk.aftercare.returns;

import java.util.List;

import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;

/**
 * The return authorisation breaks a rule of the returns policy: a lesser remedy than the customer is entitled to,
 * or a deduction the law does not allow. Each breach names its form field and a message code; a refused offer
 * carries the judgement whose remedies and legal basis the message needs.
 */
public class ReturnAuthorisationRefusedException extends InvalidInputException {

	private final transient List<Breach> breaches;

	public ReturnAuthorisationRefusedException(List<Breach> breaches) {
		super(breaches.stream().map(b -> new FieldProblem(b.field(), b.code())).toList());
		this.breaches = List.copyOf(breaches);
	}

	public List<Breach> breaches() {
		return breaches;
	}

	/** @param judgement the refused offer, or {@code null} for a breach that is not about the offered remedy */
	public record Breach(String field, String code, RemedyOfferRule.Judgement judgement) {
	}

}
