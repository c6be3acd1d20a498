package uk.aftercare.returns;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;

/**
 * Assesses returns with the policy version in force on the request date, counting days in the shop's own time
 * zone. The assessment names that version, so the decision can be explained after the policy changes.
 */
@Service
public class ReturnsService {

	private final ShopClock clock;

	private final ReturnsPolicyService policies;

	ReturnsService(ShopClock clock, ReturnsPolicyService policies) {
		this.clock = clock;
		this.policies = policies;
	}

	/** @throws InvalidInputException listing every invalid field */
	public ReturnAssessment assess(ReturnRequest request) {
		return assessUnderPolicy(request).assessment();
	}

	/** The assessment with the settings it was made under, whose refund limits the caller may need too. */
	Assessed assessUnderPolicy(ReturnRequest request) {
		List<FieldError> errors = request.validate(clock.today());
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors.stream().map(e -> new FieldProblem(e.field(), e.message())).toList());
		}
		ReturnsPolicySettings settings = policies.inForce(request.requestDateOr(clock.today()));
		return new Assessed(new ReturnsPolicy(settings).assess(request, clock.today()), settings);
	}

	/** The policy settings in force on a request's day, whose refund limits decided who authorises its refund. */
	ReturnsPolicySettings settingsFor(LocalDate requestDate) {
		return policies.inForce(requestDate);
	}

	record Assessed(ReturnAssessment assessment, ReturnsPolicySettings settings) {
	}

}
