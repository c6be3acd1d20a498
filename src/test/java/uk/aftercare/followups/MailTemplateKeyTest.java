package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.aftercare.followups.MailTemplateKey.ACKNOWLEDGEMENT;
import static uk.aftercare.followups.MailTemplateKey.CLOSURE;
import static uk.aftercare.followups.MailTemplateKey.DECISION;
import static uk.aftercare.followups.MailTemplateKey.REFUND_ISSUED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.aftercare.cases.CaseStatus;

class MailTemplateKeyTest {

	@Test
	void anOpenCaseWithNoRefundTakesAnAcknowledgementOrADecisionOnly() {
		assertThat(MailTemplateKey.progressUpdatesFor(CaseStatus.OPEN, false)).containsExactly(ACKNOWLEDGEMENT,
				DECISION);
	}

	@ParameterizedTest
	@EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
	void theClosureEmailIsOnlyForAClosedCase(CaseStatus status) {
		assertThat(CLOSURE.appliesTo(status, true)).isFalse();
		assertThat(CLOSURE.appliesTo(CaseStatus.CLOSED, false)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(CaseStatus.class)
	void theRefundIssuedEmailNeedsARefundedReturnAuthorisation(CaseStatus status) {
		assertThat(REFUND_ISSUED.appliesTo(status, false)).isFalse();
		assertThat(REFUND_ISSUED.appliesTo(status, true)).isTrue();
	}

	@Test
	void aClosedCaseTakesNoAcknowledgementNorANewDecision() {
		assertThat(MailTemplateKey.progressUpdatesFor(CaseStatus.CLOSED, true)).containsExactly(REFUND_ISSUED,
				CLOSURE);
	}

	@Test
	void aResolvedCaseIsNoLongerBeingLookedIntoButMayStillBeToldTheDecision() {
		assertThat(MailTemplateKey.progressUpdatesFor(CaseStatus.RESOLVED, false)).containsExactly(DECISION);
		assertThat(MailTemplateKey.progressUpdatesFor(CaseStatus.REOPENED, false)).containsExactly(ACKNOWLEDGEMENT,
				DECISION);
	}

}
