package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.aftercare.returns.ReturnAuthorisations.NOW;
import static uk.aftercare.returns.ReturnAuthorisations.TODAY;
import static uk.aftercare.returns.ReturnAuthorisations.faultyKettle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The returns tables and queries, run against H2 and against a real PostgreSQL by the two subclasses, after
 * Flyway has built the schema (V5 included) and Hibernate has validated it.
 */
@org.springframework.transaction.annotation.Transactional
abstract class ReturnsRepositoryContract {

	@Autowired
	ReturnsPolicyVersionRepository versions;

	@Autowired
	ReturnAuthorisationRepository rmas;

	@Autowired
	TestEntityManager em;

	private ReturnsPolicyVersion publish(int number, int goodwillDays, LocalDate effectiveFrom) {
		ReturnsPolicySettings settings = ReturnsPolicySettings.defaults()
			.withVersionLabel(ReturnsPolicyVersion.labelFor(number))
			.withGoodwillDays(goodwillDays);
		return versions.saveAndFlush(new ReturnsPolicyVersion(number, settings, effectiveFrom, "test", "mo", NOW));
	}

	private ReturnAuthorisation raise(String caseNumber, NewReturnAuthorisation form) {
		String number = new RmaNumbers(em.getEntityManager()).next(TODAY);
		ReturnAuthorisation rma = new ReturnAuthorisation(number, caseNumber, form, ReturnAuthorisations.assess(form),
				false, List.of("NO_PROOF_OF_PURCHASE"), RefundApprover.SUPERVISOR, "sam", NOW, TODAY);
		return em.persistFlushFind(rma);
	}

	@Test
	void seedsTheHousePolicyAsVersionOne() {
		ReturnsPolicyVersion first = versions.findFirstByWithdrawnAtIsNullOrderByVersionNumberAsc().orElseThrow();

		assertThat(first.getVersionNumber()).isEqualTo(1);
		assertThat(first.settings()).isEqualTo(ReturnsPolicySettings.defaults());
	}

	@Test
	void findsTheVersionInForceOnADate() {
		publish(2, 14, LocalDate.of(2026, 12, 1));
		publish(3, 60, LocalDate.of(2027, 1, 1));

		assertThat(versions.findFirstByWithdrawnAtIsNullAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(
				LocalDate.of(2026, 11, 30)).orElseThrow().getVersionNumber()).isEqualTo(1);
		assertThat(versions.findFirstByWithdrawnAtIsNullAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(
				LocalDate.of(2026, 12, 1)).orElseThrow().settings().goodwillDays()).isEqualTo(14);
		assertThat(versions.findFirstByWithdrawnAtIsNullAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(
				LocalDate.of(2027, 6, 1)).orElseThrow().settings().versionLabel()).isEqualTo("uk-returns-v3");
		assertThat(versions.findAllByOrderByVersionNumberDesc()).extracting(ReturnsPolicyVersion::getVersionNumber)
			.containsExactly(3, 2, 1);
	}

	@Test
	void withdrawsOnlyAVersionNotYetInEffectAndOnlyOnce() {
		publish(2, 14, LocalDate.of(2026, 12, 1));
		LocalDate today = LocalDate.of(2026, 11, 2);

		assertThat(versions.withdraw(1, "mo", NOW, today)).as("in effect since 2000").isZero();
		assertThat(versions.withdraw(2, "mo", NOW, today)).isOne();
		assertThat(versions.withdraw(2, "mia", NOW, today)).as("already withdrawn").isZero();

		assertThat(versions.findByVersionNumber(2).orElseThrow().toView()).satisfies(v -> {
			assertThat(v.withdrawnBy()).isEqualTo("mo");
			assertThat(v.withdrawnAt()).isEqualTo(NOW);
		});
		assertThat(versions.findFirstByWithdrawnAtIsNullAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(
				LocalDate.of(2027, 1, 1)).orElseThrow().getVersionNumber()).isEqualTo(1);
		assertThat(versions.findFirstByWithdrawnAtIsNullOrderByVersionNumberDesc().orElseThrow().getVersionNumber())
			.isEqualTo(1);
		assertThat(versions.findFirstByOrderByVersionNumberDesc().orElseThrow().getVersionNumber()).isEqualTo(2);
	}

	@Test
	void refusesTwoVersionsWithTheSameNumber() {
		publish(2, 14, LocalDate.of(2026, 12, 1));

		assertThatThrownBy(() -> publish(2, 21, LocalDate.of(2026, 12, 2)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void storesAReturnAuthorisationWithItsLinesAndDecision() {
		NewReturnAuthorisation form = faultyKettle().lines(ReturnAuthorisations.kettle("49.99"),
				new ItemLine("MG-2", "Mug", null, 2, new BigDecimal("5.50"), ItemCondition.UNUSED))
			.build();
		String number = raise("AC-2026-000001", form).getRmaNumber();
		em.clear();

		ReturnAuthorisationView view = rmas.findByRmaNumber(number).orElseThrow().toView(TODAY);
		assertThat(number).matches("RMA-2026-\\d{6}");
		assertThat(view.lines()).extracting(ItemLine::description).containsExactly("Kettle", "Mug");
		assertThat(view.lines().get(1).unitPrice()).isEqualByComparingTo("5.50");
		assertThat(view.assessment()).isEqualTo(ReturnAuthorisations.assess(form));
		assertThat(view.escalationReasons()).containsExactly("NO_PROOF_OF_PURCHASE");
		assertThat(view.totalPrice()).isEqualByComparingTo("60.99");
	}

	@Test
	void listsACasesReturnAuthorisationsNewestFirst() {
		String first = raise("AC-2026-000007", faultyKettle().build()).getRmaNumber();
		String second = raise("AC-2026-000007", faultyKettle().build()).getRmaNumber();
		raise("AC-2026-000008", faultyKettle().build());

		assertThat(second).isGreaterThan(first);
		assertThat(rmas.findByCaseNumberOrderByCreatedAtDescIdDesc("AC-2026-000007"))
			.extracting(ReturnAuthorisation::getRmaNumber)
			.containsExactly(second, first);
	}

	@Test
	void refusesAStaleChange() {
		String number = raise("AC-2026-000009", faultyKettle().build()).getRmaNumber();
		em.clear();
		ReturnAuthorisation mine = rmas.findByRmaNumber(number).orElseThrow();
		em.getEntityManager().detach(mine);
		ReturnAuthorisation theirs = rmas.findByRmaNumber(number).orElseThrow();
		theirs.authorise("sue", null, NOW, TODAY);
		rmas.saveAndFlush(theirs);

		mine.deny("sam", "No receipt", NOW);
		assertThatThrownBy(() -> rmas.saveAndFlush(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

}
