package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RmaStatusTest {

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({ "REQUESTED, AUTHORISED, true", "REQUESTED, DENIED, true", "REQUESTED, REFUNDED, false",
			"AUTHORISED, RECEIVED, true", "AUTHORISED, CLOSED, false", "DENIED, CLOSED, true",
			"RECEIVED, INSPECTED, true", "RECEIVED, REFUNDED, false", "INSPECTED, REFUNDED, true",
			"INSPECTED, EXCHANGED, true", "INSPECTED, REPAIRED, true", "INSPECTED, REPLACED, true",
			"REFUNDED, CLOSED, true", "REPLACED, CLOSED, true", "CLOSED, REQUESTED, false",
			"CLOSED, AUTHORISED, false" })
	void allowsOnlyTheLifecycleMoves(RmaStatus from, RmaStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} ends as {1}")
	@CsvSource(delimiter = '|', value = { "FULL_REFUND | REFUNDED", "CANCELLATION_REFUND | REFUNDED",
			"FINAL_REJECT_OR_PRICE_REDUCTION | REFUNDED", "PRICE_REDUCTION | REFUNDED", "GOODWILL_REFUND | REFUNDED",
			"REPAIR_OR_REPLACEMENT | REPAIRED,REPLACED", "REPEAT_PERFORMANCE | REPAIRED,REPLACED",
			"GOODWILL_EXCHANGE | EXCHANGED" })
	void endsOnlyWithTheOutcomesThatGiveTheRemedyOffered(Remedy offered, String outcomes) {
		Set<RmaStatus> expected = Arrays.stream(outcomes.split(",")).map(RmaStatus::valueOf)
			.collect(Collectors.toSet());

		assertThat(RmaStatus.outcomesFor(offered)).isEqualTo(expected);
		assertThat(RmaStatus.INSPECTED.nextStatusesFor(offered)).isEqualTo(expected);
		assertThat(RmaStatus.RECEIVED.nextStatusesFor(offered)).containsExactly(RmaStatus.INSPECTED);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "REQUESTED, false", "AUTHORISED, false", "RECEIVED, false", "INSPECTED, false", "DENIED, true",
			"REFUNDED, true", "EXCHANGED, true", "REPAIRED, true", "REPLACED, true", "CLOSED, true" })
	void isFinishedOnceDeniedOrEndedWithAnOutcome(RmaStatus status, boolean finished) {
		assertThat(status.finished()).isEqualTo(finished);
	}

}
