package uk.aftercare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.aftercare.escalation.EscalationReason.COMPLIANCE_RISK;
import static uk.aftercare.escalation.EscalationReason.DEDUCTION_FOR_USE;
import static uk.aftercare.escalation.EscalationReason.GOODWILL_EXCEPTION;
import static uk.aftercare.escalation.EscalationReason.LEGAL_THREAT;
import static uk.aftercare.escalation.EscalationReason.NO_PROOF_OF_PURCHASE;
import static uk.aftercare.escalation.EscalationReason.REFUND_OVER_AUTHORITY_LIMIT;
import static uk.aftercare.escalation.EscalationReason.REPEAT_CONTACT;
import static uk.aftercare.escalation.EscalationReason.SAFETY_CONCERN;
import static uk.aftercare.escalation.EscalationReason.SLA_BREACH;
import static uk.aftercare.escalation.EscalationReason.SOCIAL_MEDIA_THREAT;
import static uk.aftercare.escalation.EscalationReason.VULNERABLE_CUSTOMER;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;
import uk.aftercare.escalation.EscalationDecision.Approver;
import uk.aftercare.escalation.EscalationDecision.Urgency;

/** The escalation rules, one rule at a time. */
class EscalationRulesTest {

	private final EscalationRules rules = new EscalationRules();

	/** A small builder: a plain query with nothing to escalate, changed one fact at a time. */
	private record Facts(CaseType type, Set<Flag> flags, boolean vulnerable, boolean goodwill, int contacts,
			long complaints, Set<String> assessment, BigDecimal refund, boolean sla, boolean refundOverdue) {

		static Facts calm() {
			return new Facts(CaseType.QUERY, Set.of(), false, false, 1, 0, Set.of(), null, false, false);
		}

		Facts ofType(CaseType t) {
			return new Facts(t, flags, vulnerable, goodwill, contacts, complaints, assessment, refund, sla, refundOverdue);
		}

		Facts flagged(Flag... f) {
			return new Facts(type, Set.of(f), vulnerable, goodwill, contacts, complaints, assessment, refund, sla,
					refundOverdue);
		}

		Facts vulnerableCustomer() {
			return new Facts(type, flags, true, goodwill, contacts, complaints, assessment, refund, sla, refundOverdue);
		}

		Facts goodwillException() {
			return new Facts(type, flags, vulnerable, true, contacts, complaints, assessment, refund, sla, refundOverdue);
		}

		Facts contacts(int n) {
			return new Facts(type, flags, vulnerable, goodwill, n, complaints, assessment, refund, sla, refundOverdue);
		}

		Facts complaints(long n) {
			return new Facts(type, flags, vulnerable, goodwill, contacts, n, assessment, refund, sla, refundOverdue);
		}

		Facts assessment(String... codes) {
			return new Facts(type, flags, vulnerable, goodwill, contacts, complaints, Set.of(codes), refund, sla,
					refundOverdue);
		}

		Facts refund(String amount) {
			return new Facts(type, flags, vulnerable, goodwill, contacts, complaints, assessment,
					new BigDecimal(amount), sla, refundOverdue);
		}

		Facts slaBreached() {
			return new Facts(type, flags, vulnerable, goodwill, contacts, complaints, assessment, refund, true,
					refundOverdue);
		}

		Facts overdueRefund() {
			return new Facts(type, flags, vulnerable, goodwill, contacts, complaints, assessment, refund, sla, true);
		}

		EscalationFacts build() {
			return new EscalationFacts(type, flags, vulnerable, goodwill, contacts, complaints, assessment, refund, sla,
					refundOverdue);
		}

	}

	private EscalationDecision decide(Facts facts) {
		return rules.evaluate(facts.build());
	}

	@Test
	void leavesAnOrdinaryCaseWithTheFrontLine() {
		EscalationDecision decision = decide(Facts.calm().refund("249.99"));
		assertThat(decision.required()).isFalse();
		assertThat(decision.reasons()).isEmpty();
	}

	@Test
	void escalatesASafetyConcernUrgently() {
		EscalationDecision decision = decide(Facts.calm().flagged(Flag.SAFETY_CONCERN));
		assertThat(decision.reasons()).containsExactly(SAFETY_CONCERN);
		assertThat(decision.urgency()).isEqualTo(Urgency.URGENT);
		assertThat(decision.escalateTo()).isEqualTo(Approver.SUPERVISOR);
		assertThat(decision.explanation()).contains("safety");
	}

	@Test
	void escalatesALegalThreatUrgently() {
		assertThat(decide(Facts.calm().flagged(Flag.LEGAL_THREAT)).urgency()).isEqualTo(Urgency.URGENT);
	}

	@Test
	void escalatesASocialMediaThreatWithoutUrgency() {
		EscalationDecision decision = decide(Facts.calm().flagged(Flag.SOCIAL_MEDIA_THREAT));
		assertThat(decision.reasons()).containsExactly(SOCIAL_MEDIA_THREAT);
		assertThat(decision.urgency()).isEqualTo(Urgency.HIGH);
	}

	@Test
	void escalatesAVulnerableCustomerFlaggedByStaffOrSeenInTheText() {
		assertThat(decide(Facts.calm().vulnerableCustomer()).reasons()).containsExactly(VULNERABLE_CUSTOMER);
		assertThat(decide(Facts.calm().flagged(Flag.VULNERABLE_CUSTOMER)).reasons()).containsExactly(VULNERABLE_CUSTOMER);
	}

	@ParameterizedTest(name = "contact {0}: escalated {1}")
	@CsvSource({ "1, false", "2, false", "3, true", "4, true" })
	void escalatesFromTheThirdContactOnOneCase(int contacts, boolean escalated) {
		assertThat(decide(Facts.calm().contacts(contacts)).required()).isEqualTo(escalated);
	}

	@Test
	void escalatesASecondComplaintWithinThirtyDays() {
		assertThat(decide(Facts.calm().ofType(CaseType.COMPLAINT).complaints(1)).reasons()).containsExactly(REPEAT_CONTACT);
		assertThat(decide(Facts.calm().ofType(CaseType.COMPLAINT).complaints(0)).required()).isFalse();
		assertThat(decide(Facts.calm().ofType(CaseType.QUERY).complaints(1)).required()).isFalse();
	}

	@Test
	void escalatesAMissedTargetAndAnOverdueRefund() {
		assertThat(decide(Facts.calm().slaBreached()).reasons()).containsExactly(SLA_BREACH);
		assertThat(decide(Facts.calm().overdueRefund()).reasons()).containsExactly(SLA_BREACH);
	}

	@Test
	void escalatesAGoodwillException() {
		assertThat(decide(Facts.calm().goodwillException()).reasons()).containsExactly(GOODWILL_EXCEPTION);
	}

	@Test
	void carriesTheAssessmentsOwnReasons() {
		assertThat(decide(Facts.calm().assessment("DEDUCTION_FOR_USE", "COMPLIANCE_RISK", "NO_PROOF_OF_PURCHASE"))
			.reasons()).containsExactly(DEDUCTION_FOR_USE, COMPLIANCE_RISK, NO_PROOF_OF_PURCHASE);
	}

	@ParameterizedTest(name = "£{0}: escalated {1} to {2}")
	@CsvSource({ "250.00, false, ", "250.01, true, SUPERVISOR", "1000.00, true, SUPERVISOR",
			"1000.01, true, MANAGER" })
	void sendsARefundAboveTheFrontLineLimitToTheRightApprover(String amount, boolean escalated, Approver approver) {
		EscalationDecision decision = decide(Facts.calm().refund(amount));
		assertThat(decision.required()).isEqualTo(escalated);
		if (escalated) {
			assertThat(decision.reasons()).containsExactly(REFUND_OVER_AUTHORITY_LIMIT);
			assertThat(decision.escalateTo()).isEqualTo(approver);
		}
	}

	@Test
	void namesTheAuthorityLimitOnceWhenTheAssessmentAlsoRaisedIt() {
		assertThat(decide(Facts.calm().assessment("REFUND_OVER_AUTHORITY_LIMIT").refund("400.00")).reasons())
			.containsExactly(REFUND_OVER_AUTHORITY_LIMIT);
	}

	@Test
	void putsSafetyAndLegalReasonsFirst() {
		EscalationDecision decision = decide(
				Facts.calm().goodwillException().refund("400").flagged(Flag.LEGAL_THREAT, Flag.SAFETY_CONCERN).contacts(3));
		assertThat(decision.reasons()).startsWith(SAFETY_CONCERN, LEGAL_THREAT);
		assertThat(decision.urgent()).isTrue();
	}

	@Test
	void usesTheLimitsItIsGiven() {
		var strict = new EscalationRules(new EscalationSettings(new BigDecimal("50"), new BigDecimal("100")));
		assertThat(strict.evaluate(Facts.calm().refund("60").build()).escalateTo()).isEqualTo(Approver.SUPERVISOR);
		assertThat(strict.evaluate(Facts.calm().refund("150").build()).escalateTo()).isEqualTo(Approver.MANAGER);
	}

}
