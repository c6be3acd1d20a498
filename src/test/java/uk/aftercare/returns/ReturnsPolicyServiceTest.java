package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static uk.aftercare.returns.ReturnAuthorisations.TODAY;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;

/** Publishing and withdrawing versions of the returns policy, on the real schema; today is 2 November 2026. */
@DataJpaTest(showSql = false)
@Import({ ReturnsPolicyService.class, ReturnsPolicyServiceTest.Today.class })
class ReturnsPolicyServiceTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class Today {

		@Bean
		ShopClock shopClock() {
			return new ShopClock(Clock.fixed(ReturnAuthorisations.NOW, ZoneId.of("Europe/London")));
		}

	}

	@Autowired
	ReturnsPolicyService policies;

	private static NewPolicyVersion goodwillDays(int days, LocalDate effectiveFrom) {
		return new NewPolicyVersion(days, Set.of(ProofOfPurchase.RECEIPT), true, true, true, true,
				new BigDecimal("250.00"), new BigDecimal("1000.00"), effectiveFrom, null);
	}

	@Test
	void refusesADateMoreThanAYearAhead() {
		assertThat(policies.latestEffectiveDate()).isEqualTo(LocalDate.of(2027, 11, 2));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> policies.publish(goodwillDays(14, LocalDate.MAX), "mo"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> policies.publish(goodwillDays(14, LocalDate.of(2027, 11, 3)), "mo"));
		assertThat(policies.history()).hasSize(1);

		assertThat(policies.publish(goodwillDays(14, LocalDate.of(2027, 11, 2)), "mo").number()).isEqualTo(2);
	}

	@Test
	void withdrawingAScheduledVersionUndoesItAndKeepsItInTheHistory() {
		policies.publish(goodwillDays(14, LocalDate.of(2027, 6, 1)), "mo");
		assertThat(policies.earliestEffectiveDate()).isEqualTo(LocalDate.of(2027, 6, 1));

		PolicyVersionView withdrawn = policies.withdraw(2, "mia");

		assertThat(withdrawn.withdrawn()).isTrue();
		assertThat(withdrawn.withdrawnBy()).isEqualTo("mia");
		assertThat(policies.earliestEffectiveDate()).isEqualTo(TODAY);
		assertThat(policies.inForce(LocalDate.of(2027, 7, 1)).goodwillDays()).isEqualTo(28);
		assertThat(policies.publish(goodwillDays(21, TODAY), "mo").label()).isEqualTo("uk-returns-v3");
		assertThat(policies.history()).extracting(PolicyVersionView::number, PolicyVersionView::withdrawn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, false), org.assertj.core.groups.Tuple.tuple(2, true),
					org.assertj.core.groups.Tuple.tuple(1, false));
		assertThat(policies.current().label()).isEqualTo("uk-returns-v3");
	}

	@Test
	void refusesToWithdrawAVersionInEffectOrOneAlreadyWithdrawn() {
		policies.publish(goodwillDays(14, LocalDate.of(2027, 6, 1)), "mo");
		policies.withdraw(2, "mo");

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> policies.withdraw(1, "mo"));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> policies.withdraw(2, "mo"));
		assertThat(policies.current().number()).isEqualTo(1);
	}

}
