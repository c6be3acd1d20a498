package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseStatusTest {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({
			"OPEN, IN_PROGRESS, true", "OPEN, AWAITING_CUSTOMER, true", "OPEN, AWAITING_APPROVAL, true",
			"OPEN, RESOLVED, true", "OPEN, CLOSED, false", "OPEN, REOPENED, false", "OPEN, OPEN, false",
			"IN_PROGRESS, AWAITING_CUSTOMER, true", "IN_PROGRESS, RESOLVED, true", "IN_PROGRESS, OPEN, false",
			"IN_PROGRESS, CLOSED, false",
			"AWAITING_CUSTOMER, IN_PROGRESS, true", "AWAITING_CUSTOMER, RESOLVED, true",
			"AWAITING_CUSTOMER, CLOSED, false",
			"AWAITING_APPROVAL, IN_PROGRESS, true", "AWAITING_APPROVAL, RESOLVED, true",
			"AWAITING_APPROVAL, AWAITING_CUSTOMER, false",
			"RESOLVED, CLOSED, true", "RESOLVED, REOPENED, true", "RESOLVED, IN_PROGRESS, false",
			"CLOSED, REOPENED, true", "CLOSED, IN_PROGRESS, false", "CLOSED, OPEN, false", "CLOSED, RESOLVED, false",
			"REOPENED, IN_PROGRESS, true", "REOPENED, RESOLVED, true", "REOPENED, CLOSED, false" })
	void allowsOnlyTheListedMoves(CaseStatus from, CaseStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "OPEN", "IN_PROGRESS", "AWAITING_CUSTOMER", "AWAITING_APPROVAL", "RESOLVED", "CLOSED", "REOPENED" })
	void neverMovesToItself(CaseStatus status) {
		assertThat(status.nextStatuses()).doesNotContain(status);
	}

	@ParameterizedTest
	@CsvSource({ "OPEN", "IN_PROGRESS", "AWAITING_CUSTOMER", "AWAITING_APPROVAL", "RESOLVED", "CLOSED", "REOPENED" })
	void nobodyPutsACaseToWaitForApprovalByHand(CaseStatus status) {
		assertThat(status.nextStatusesByHand()).doesNotContain(CaseStatus.AWAITING_APPROVAL)
			.isEqualTo(EnumSet.complementOf(EnumSet.of(CaseStatus.AWAITING_APPROVAL)).stream()
				.filter(status::canMoveTo).collect(java.util.stream.Collectors.toSet()));
	}

	@ParameterizedTest
	@CsvSource({ "RESOLVED", "CLOSED" })
	void resolvedAndClosedAreNotActive(CaseStatus status) {
		assertThat(status.isActive()).isFalse();
		assertThat(EnumSet.complementOf(EnumSet.of(CaseStatus.RESOLVED, CaseStatus.CLOSED)))
			.allMatch(CaseStatus::isActive);
	}

}
