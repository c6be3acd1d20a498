package uk.aftercare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;

/** The limits on SLA targets, every one reported at once, without Spring. */
class SlaTargetsTest {

	private final SlaTargets targets = new SlaTargets(mock(SlaTargetRepository.class),
			new ShopClock(Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneId.of("Europe/London"))),
			messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	@Test
	void reportsBothTargetsOutOfRangeAtOnce() {
		assertThat(targets.problems(0L, 99999L)).extracting(FieldProblem::field, FieldProblem::message)
			.containsExactly(tuple("firstResponseHours", "Enter a first-response target from 1 to 720 hours (30 days)"),
					tuple("resolutionHours", "Enter a resolution target from 1 to 2,160 hours (90 days)"));
	}

	@Test
	void refusesAResolutionSoonerThanTheFirstResponse() {
		assertThat(targets.problems(10L, 5L)).extracting(FieldProblem::field, FieldProblem::message)
			.containsExactly(tuple("resolutionHours", "Enter a resolution target of at least the first-response target (10 hours)"));
	}

	@Test
	void checksTheResolutionWhenTheFirstResponseCouldNotBeRead() {
		assertThat(targets.problems(null, 5000L)).extracting(FieldProblem::field).containsExactly("resolutionHours");
		assertThat(targets.problems(null, 5L)).isEmpty();
	}

	@Test
	void acceptsTheLimitsThemselves() {
		assertThat(targets.problems(1L, 1L)).isEmpty();
		assertThat(targets.problems(720L, 2160L)).isEmpty();
	}

	@Test
	void aChangeOutOfRangeIsRefusedNamingEveryField() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> targets.change(1, 0, 99999, 0, "mo"))
			.satisfies(e -> assertThat(e.problems()).extracting(FieldProblem::field)
				.containsExactly("firstResponseHours", "resolutionHours"));
	}

}
