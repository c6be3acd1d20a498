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
import uk.aftercare.followups.MailTemplateKey.NotNow;

class MailTemplateKeyTest {

	@Test
	void anOpenCaseWithNoRefundTakesAnAcknowledgementOrADecisionOnly() {
		assertThat(MailTemplateKey.progressUpdatesFor(CaseStatus.OPEN, false, false)).containsExactly(ACKNOWLEDGEMENT,
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
		assertThat(MailTemplateKey.progressUpdatesFor(CaseStatus.CLOSED, true, false)).containsExactly(REFUND_ISSUED,
				CLOSURE);
	}

	@Test
	void aResolvedCaseIsNoLongerBeingLookedIntoButMayStillBeToldTheDecision() {
		assertThat(MailTemplateKey.progressUpdatesFor(CaseStatus.RESOLVED, false, false)).containsExactly(DECISION);
		assertThat(MailTemplateKey.progressUpdatesFor(CaseStatus.REOPENED, false, false)).containsExactly(ACKNOWLEDGEMENT,
				DECISION);
	}

	@Test
	void whileAnApprovalIsPendingNoUpdateTellingAnOutcomeIsOfferedAndEachSaysWhy() {
		assertThat(MailTemplateKey.progressUpdatesFor(CaseStatus.IN_PROGRESS, false, true))
			.containsExactly(ACKNOWLEDGEMENT);
		assertThat(MailTemplateKey.progressUpdatesFor(CaseStatus.RESOLVED, false, true)).isEmpty();
		assertThat(DECISION.whyNotNow(CaseStatus.IN_PROGRESS, false, true)).contains(NotNow.APPROVAL_PENDING);
		// What is untrue of the case is said first: still untrue once the approval is decided.
		assertThat(CLOSURE.whyNotNow(CaseStatus.IN_PROGRESS, false, true)).contains(NotNow.NOT_TRUE_OF_THE_CASE);
		assertThat(ACKNOWLEDGEMENT.whyNotNow(CaseStatus.IN_PROGRESS, false, true)).isEmpty();
	}

}
