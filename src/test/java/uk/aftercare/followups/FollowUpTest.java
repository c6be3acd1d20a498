package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FollowUpTest {

	private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	private static FollowUp callBack() {
		return new FollowUp("AC-2026-000001", FollowUpPurpose.CALL_BACK, FollowUpOrigin.MANUAL,
				LocalDate.of(2026, 11, 3), "sam", "  Ask whether the replacement works  ", "sam", NOW);
	}

	@Test
	void startsOpenWithATidyNote() {
		FollowUpView view = callBack().toView();

		assertThat(view.status()).isEqualTo(FollowUpStatus.OPEN);
		assertThat(view.note()).isEqualTo("Ask whether the replacement works");
		assertThat(view.finishedAt()).isNull();
	}

	@Test
	void completesWithWhatCameOfIt() {
		FollowUp followUp = callBack();

		followUp.complete("Customer happy with the replacement", "priya", NOW.plusSeconds(60));

		FollowUpView view = followUp.toView();
		assertThat(view.status()).isEqualTo(FollowUpStatus.DONE);
		assertThat(view.outcome()).isEqualTo("Customer happy with the replacement");
		assertThat(view.finishedBy()).isEqualTo("priya");
		assertThat(view.finishedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void cancelsWithAReason() {
		FollowUp followUp = callBack();

		followUp.cancel("Customer called us first", "sam", NOW);

		assertThat(followUp.toView().status()).isEqualTo(FollowUpStatus.CANCELLED);
		assertThat(followUp.toView().outcome()).isEqualTo("Customer called us first");
	}

	@Test
	void refusesToFinishAFollowUpTwice() {
		FollowUp followUp = callBack();
		followUp.complete("Done", "sam", NOW);

		assertThatThrownBy(() -> followUp.complete("Done again", "sam", NOW))
			.isInstanceOf(IllegalFollowUpTransitionException.class);
		assertThatThrownBy(() -> followUp.cancel("Changed my mind", "sam", NOW))
			.isInstanceOf(IllegalFollowUpTransitionException.class);
		assertThat(followUp.toView().outcome()).isEqualTo("Done");
	}

	@Test
	void refusesToCompleteWithoutSayingWhatCameOfIt() {
		FollowUp followUp = callBack();

		assertThatThrownBy(() -> followUp.complete("  ", "sam", NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(followUp.toView().status()).isEqualTo(FollowUpStatus.OPEN);
	}

	@Test
	void isOverdueOnlyWhenOpenAndDueBeforeToday() {
		FollowUp followUp = callBack();
		LocalDate due = followUp.toView().dueDate();

		assertThat(followUp.toView().overdueOn(due)).isFalse();
		assertThat(followUp.toView().dueOn(due)).isTrue();
		assertThat(followUp.toView().overdueOn(due.plusDays(1))).isTrue();

		followUp.complete("Done", "sam", NOW);
		assertThat(followUp.toView().overdueOn(due.plusDays(1))).isFalse();
	}

	@Test
	void onlyAnOpenFollowUpCanMove() {
		assertThat(FollowUpStatus.OPEN.nextStatuses()).containsExactlyInAnyOrder(FollowUpStatus.DONE,
				FollowUpStatus.CANCELLED);
		assertThat(FollowUpStatus.DONE.nextStatuses()).isEmpty();
		assertThat(FollowUpStatus.CANCELLED.nextStatuses()).isEmpty();
	}

}
