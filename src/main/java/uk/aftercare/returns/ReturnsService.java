package uk.aftercare.returns;

import java.util.List;

import org.springframework.stereotype.Service;

import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;

/** Assesses returns with the policy settings in force, counting days in the shop's own time zone. */
@Service
public class ReturnsService {

	private final ShopClock clock;

	private final ReturnsPolicy policy = new ReturnsPolicy(ReturnsPolicySettings.defaults());

	ReturnsService(ShopClock clock) {
		this.clock = clock;
	}

	/** @throws InvalidInputException listing every invalid field */
	public ReturnAssessment assess(ReturnRequest request) {
		List<FieldError> errors = request.validate(clock.today());
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors.stream().map(e -> new FieldProblem(e.field(), e.message())).toList());
		}
		return policy.assess(request, clock.today());
	}

}
