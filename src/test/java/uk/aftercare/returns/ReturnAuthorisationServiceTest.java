package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static uk.aftercare.returns.ReturnAuthorisations.NOW;
import static uk.aftercare.returns.ReturnAuthorisations.TODAY;
import static uk.aftercare.returns.ReturnAuthorisations.faultyKettle;
import static uk.aftercare.returns.ReturnAuthorisations.kettle;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.EscalationDecision;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;

/** The service's own guards, which keep bad input from the engine's sums and from the database's columns. */
class ReturnAuthorisationServiceTest {

	private final ReturnAuthorisationRepository repository = mock(ReturnAuthorisationRepository.class);

	private final CaseService cases = mock(CaseService.class);

	private final Approvals approvals = mock(Approvals.class);

	private final ReturnAuthorisationService service;

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final ShopClock clock = new ShopClock(Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"),
			ZoneId.of("Europe/London")));

	ReturnAuthorisationServiceTest() {
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		service = new ReturnAuthorisationService(repository, mock(RmaNumbers.class), mock(ReturnsService.class), cases,
				approvals, mock(ApplicationEventPublisher.class), clock, messages);
	}

	/** The service with the real engine under the house policy, for what it decides and refuses. */
	private ReturnAuthorisationService withTheEngine() {
		ReturnsPolicyService policies = mock(ReturnsPolicyService.class);
		given(policies.inForce(any())).willReturn(ReturnsPolicySettings.defaults());
		return new ReturnAuthorisationService(repository, mock(RmaNumbers.class), new ReturnsService(clock, policies),
				cases, approvals, mock(ApplicationEventPublisher.class), clock, messages);
	}

	/** What the decision card shows must be what "Raise" then does: the same refusals, at the same fields. */
	private void refusesInThePreviewExactlyAsRaiseDoes(NewReturnAuthorisation form, String field, String code) {
		ReturnAuthorisationService engine = withTheEngine();
		given(cases.get("AC-2026-000001")).willReturn(returnCase());

		OfferPreview preview = engine.preview(form);

		assertThat(preview.breaches()).extracting(ReturnAuthorisationRefusedException.Breach::field,
				ReturnAuthorisationRefusedException.Breach::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(field, code));
		assertThat(preview.refundToShow()).as("no refund shown that cannot be raised").isNull();
		assertThatThrownBy(() -> engine.raise(form, "staff"))
			.asInstanceOf(type(ReturnAuthorisationRefusedException.class))
			.extracting(ReturnAuthorisationRefusedException::breaches)
			.isEqualTo(preview.breaches());
		verify(repository, never()).save(any());
	}

	@Test
	void refusesInThePreviewADeductionLargerThanThePriceAsRaiseDoesAndShowsNoNegativeRefund() {
		NewReturnAuthorisation form = faultyKettle().lines(kettle("39.99")).deduction("500.00", "Scratched").build();

		refusesInThePreviewExactlyAsRaiseDoes(form, "deductionAmount", "rma.deductionAmount.tooLarge");
	}

	@Test
	void refusesInThePreviewADeductionFromAShortTermRejectionAsRaiseDoes() {
		NewReturnAuthorisation form = faultyKettle().lines(kettle("39.99")).deduction("10.00", "Scratched").build();

		refusesInThePreviewExactlyAsRaiseDoes(form, "deductionAmount", "rma.deductionAmount.shortTermReject");
	}

	@Test
	void refusesInThePreviewALesserRemedyAsRaiseDoes() {
		NewReturnAuthorisation form = faultyKettle().offered(Remedy.REPAIR_OR_REPLACEMENT).build();
		ReturnAuthorisationService engine = withTheEngine();
		given(cases.get("AC-2026-000001")).willReturn(returnCase());

		OfferPreview preview = engine.preview(form);

		assertThat(preview.breaches()).singleElement().satisfies(breach -> {
			assertThat(breach.field()).isEqualTo("offeredRemedy");
			assertThat(breach.code()).isEqualTo("rma.offer.lesser.statutory");
		});
		assertThatThrownBy(() -> engine.raise(form, "staff"))
			.asInstanceOf(type(ReturnAuthorisationRefusedException.class))
			.extracting(ReturnAuthorisationRefusedException::breaches)
			.isEqualTo(preview.breaches());
	}

	/**
	 * The live decision words the explanation as the RMA page will once raised: goods the shop collects are not sent
	 * back, and a refund paid as a gift card says so, with or without a remedy chosen yet.
	 */
	@Test
	void previewsTheExplanationAsTheRmaPageWillWordIt() {
		NewReturnAuthorisation collected = ReturnAuthorisations.bootsCancelledByPost()
			.returnMethod(ReturnMethod.COLLECTION).build();
		NewReturnAuthorisation giftCard = faultyKettle().refundMethod(RefundMethod.GIFT_CARD).build();
		NewReturnAuthorisation noRemedyYet = faultyKettle().refundMethod(RefundMethod.GIFT_CARD).offered(null).build();

		assertThat(withTheEngine().preview(collected).explanation())
			.isEqualTo(ReturnAuthorisations.view(collected).explanationShown())
			.contains("We will collect the Boots from you, so you do not need to send it back.")
			.noneMatch(sentence -> sentence.startsWith("Please send or bring"));
		assertThat(withTheEngine().preview(giftCard).explanation())
			.isEqualTo(ReturnAuthorisations.view(giftCard).explanationShown())
			.contains("We will refund you within 14 days, as a gift card, as you agreed.");
		assertThat(withTheEngine().preview(noRemedyYet).explanation())
			.isEqualTo(withTheEngine().preview(giftCard).explanation());
	}

	/**
	 * A goodwill exchange is an exchange for another item or a gift card at the price paid (returns-policy.md step 5),
	 * never a refund: the live decision and the RMA page (and so the customer copy) say which the customer chose, the
	 * same, whether the policy gave a refund (a receipt) or the exchange itself (a gift receipt), and however the goods
	 * come back. Cash or a bank transfer pays nothing here: the goods are exchanged.
	 */
	@Test
	void previewsAGoodwillExchangeAsAnExchangeOrAGiftCardAsTheRmaPageWordsIt() {
		for (ProofOfPurchase proof : List.of(ProofOfPurchase.RECEIPT, ProofOfPurchase.GIFT_RECEIPT)) {
			for (ReturnMethod returnMethod : List.of(ReturnMethod.IN_STORE, ReturnMethod.COLLECTION)) {
				ReturnAuthorisations.Form exchange = ReturnAuthorisations.unwantedKettleExchanged()
					.proof(proof)
					.returnMethod(returnMethod);
				for (RefundMethod method : RefundMethod.values()) {
					NewReturnAuthorisation form = exchange.refundMethod(method).build();
					String chosen = method == RefundMethod.GIFT_CARD
							? "We will give you the price you paid as a gift card."
							: "We will exchange the Kettle for another item.";

					assertThat(withTheEngine().preview(form).explanation()).as("%s, %s, %s", proof, returnMethod, method)
						.isEqualTo(ReturnAuthorisations.view(form).explanationShown())
						.contains(chosen)
						.noneMatch(sentence -> sentence.startsWith("We will refund")
								|| sentence.startsWith("You can choose another item"));
				}
			}
		}
	}

	@Test
	void previewsAnAllowedDeductionWithItsRefundAndNothingToRefuse() {
		NewReturnAuthorisation form = faultyKettle().purchased(TODAY.minusDays(20))
			.reason(ReasonCode.CHANGED_MIND)
			.lines(ReturnAuthorisations.unusedKettle())
			.offered(Remedy.GOODWILL_REFUND)
			.deduction("5.00", "Box missing")
			.build();

		OfferPreview preview = withTheEngine().preview(form);

		assertThat(preview.breaches()).isEmpty();
		assertThat(preview.refundToShow()).isEqualByComparingTo("44.99");
	}

	@Test
	void acceptsAPriceReductionOnGoodsKeptWithinSixMonthsAsTheRefundForTheFrontLine() {
		NewReturnAuthorisation form = ReturnAuthorisations.coffeeMachineRepairedInVain(4)
			.keepsWithPriceReduction("49.00")
			.returnMethod(null)
			.build();

		OfferPreview preview = withTheEngine().preview(form);

		assertThat(preview.breaches()).isEmpty();
		assertThat(preview.refundToShow()).isEqualByComparingTo("49.00");
		assertThat(preview.requiredApprover()).isEqualTo(RefundApprover.FRONT_LINE);
		assertThat(form.validate(TODAY)).as("nothing comes back: no return method")
			.noneMatch(error -> error.field().equals("returnMethod"));
	}

	@Test
	void aPriceReductionAfterSixMonthsIsNoDeductionForUseForASupervisor() {
		NewReturnAuthorisation form = ReturnAuthorisations.coffeeMachineRepairedInVain(8)
			.keepsWithPriceReduction("49.00")
			.returnMethod(null)
			.build();

		OfferPreview preview = withTheEngine().preview(form);

		assertThat(preview.assessment().deductionForUseAllowed()).isTrue();
		assertThat(preview.breaches()).isEmpty();
		assertThat(preview.escalationReasons()).doesNotContain("DEDUCTION_FOR_USE");
		assertThat(preview.requiredApprover()).isEqualTo(RefundApprover.FRONT_LINE);
	}

	@Test
	void aPriceReductionAboveTheRefundLimitGoesToASupervisorForTheAmountPaidBack() {
		NewReturnAuthorisation form = ReturnAuthorisations.coffeeMachineRepairedInVain(4)
			.lines(new ItemLine("CM-9", "Coffee machine", null, 1, new BigDecimal("900.00"), ItemCondition.USED))
			.keepsWithPriceReduction("300.00")
			.returnMethod(null)
			.build();

		OfferPreview preview = withTheEngine().preview(form);

		assertThat(preview.escalationReasons()).containsExactly("REFUND_OVER_AUTHORITY_LIMIT");
		assertThat(preview.requiredApprover()).isEqualTo(RefundApprover.SUPERVISOR);
	}

	@Test
	void refusesAPriceReductionOfNothingOrOfTheWholePriceAsRaiseDoes() {
		refusesInThePreviewExactlyAsRaiseDoes(ReturnAuthorisations.coffeeMachineRepairedInVain(4)
			.keepsWithPriceReduction("0.00").build(), "priceReduction", "rma.priceReduction.range");
		refusesInThePreviewExactlyAsRaiseDoes(ReturnAuthorisations.coffeeMachineRepairedInVain(4)
			.keepsWithPriceReduction("149.00").build(), "priceReduction", "rma.priceReduction.range");
	}

	@Test
	void refusesADeductionForUseOnGoodsKeptWithAPriceReduction() {
		NewReturnAuthorisation form = ReturnAuthorisations.coffeeMachineRepairedInVain(8)
			.keepsWithPriceReduction("49.00")
			.deduction("100.00", "customer keeps it")
			.build();

		refusesInThePreviewExactlyAsRaiseDoes(form, "deductionAmount", "rma.deductionAmount.priceReduction");
	}

	@Test
	void stillAsksForAReturnMethodForAFinalRejection() {
		NewReturnAuthorisation form = ReturnAuthorisations.coffeeMachineRepairedInVain(4).returnMethod(null).build();

		assertThat(form.validate(TODAY)).extracting(FieldError::field).contains("returnMethod");
	}

	@BeforeEach
	void signedInAsStaff() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("staff", null, "ROLE_STAFF"));
		given(approvals.pendingFor(anyString(), anyString())).willReturn(Optional.empty());
		given(approvals.someoneCanDecide(any())).willReturn(true);
		given(cases.get(anyString())).willReturn(returnCase());
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private ReturnAuthorisation stored(ReturnAuthorisation rma) {
		given(repository.findByRmaNumber(rma.getRmaNumber())).willReturn(Optional.of(rma));
		return rma;
	}

	private static List<String> fields(Throwable thrown) {
		return ((InvalidInputException) thrown).problems().stream().map(FieldProblem::field).toList();
	}

	@Test
	void refusesToPreviewAPriceTooLargeToAddUpInsteadOfFailing() {
		NewReturnAuthorisation form = faultyKettle().lines(kettle("1e999999999")).build();

		assertThatThrownBy(() -> service.preview(form)).isInstanceOf(InvalidInputException.class)
			.satisfies(thrown -> assertThat(fields(thrown)).containsExactly("lines[0].unitPrice"));
	}

	@Test
	void refusesToPreviewADeductionTooLargeToSubtract() {
		NewReturnAuthorisation form = faultyKettle().deduction("1e999999999", "Scratched").build();

		assertThatThrownBy(() -> service.preview(form)).isInstanceOf(InvalidInputException.class)
			.satisfies(thrown -> assertThat(fields(thrown)).containsExactly("deductionAmount"));
	}

	@Test
	void refusesItemsWhoseTotalIsBeyondTheTotalPriceColumn() {
		given(cases.get("AC-2026-000001")).willReturn(returnCase());
		NewReturnAuthorisation form = faultyKettle()
			.lines(new ItemLine("TV-1", "Television", null, 9999, new BigDecimal("9999999999.99"), ItemCondition.USED))
			.build();

		assertThatThrownBy(() -> service.raise(form, "staff")).isInstanceOf(InvalidInputException.class)
			.satisfies(thrown -> assertThat(fields(thrown)).containsExactly("lines"));
		verify(repository, never()).save(any());
	}

	@Test
	void refusesAnItemDamagedByTheCustomerAmongOthersAtItsConditionSoTheOthersKeepTheirRights() {
		given(cases.get("AC-2026-000001")).willReturn(returnCase());
		ItemLine mug = new ItemLine("MG-1", "Mug", null, 1, new BigDecimal("5.00"), ItemCondition.DAMAGED_BY_CUSTOMER);
		NewReturnAuthorisation form = faultyKettle().lines(ReturnAuthorisations.unusedKettle(), mug).build();

		assertThatThrownBy(() -> service.raise(form, "staff")).asInstanceOf(type(InvalidInputException.class))
			.extracting(InvalidInputException::problems)
			.isEqualTo(List.of(new FieldProblem("lines[1].condition", "an item damaged by the customer needs a "
					+ "return authorisation of its own, so the other items keep their rights")));
		assertThatThrownBy(() -> service.preview(form)).isInstanceOf(InvalidInputException.class)
			.satisfies(thrown -> assertThat(fields(thrown)).containsExactly("lines[1].condition"));
		verify(repository, never()).save(any());
	}

	/** On a cancellation the used items would cost the unused ones a deduction for handling, not a goodwill return. */
	@Test
	void refusesUsedItemsAmongUnusedOnesOnACancellationSayingWhy() {
		ItemLine worn = new ItemLine(null, "Scarf", null, 1, new BigDecimal("30.00"), ItemCondition.USED);
		NewReturnAuthorisation form = ReturnAuthorisations.bootsCancelledByPost()
			.lines(ReturnAuthorisations.unusedKettle(), worn).build();
		NewReturnAuthorisation inStore = ReturnAuthorisations.bootsCancelledByPost().channel(SaleChannel.IN_STORE)
			.lines(ReturnAuthorisations.unusedKettle(), worn).build();

		assertThat(form.validate(TODAY)).containsExactly(new FieldError("lines[1].condition", "when an order is "
				+ "cancelled, used items need a return authorisation of their own, so a deduction for how they were "
				+ "handled does not reach the unused items"));
		assertThat(inStore.validate(TODAY))
			.extracting(FieldError::message).containsExactly(NewReturnAuthorisation.USED_AMONG_UNUSED);
	}

	/** The engine's refusal of a condition before delivery is named at each item, where the form shows it. */
	@Test
	void refusesItemsUsedBeforeDeliveryAtTheirCondition() {
		ItemLine worn = new ItemLine(null, "Boots", null, 1, new BigDecimal("89.00"), ItemCondition.USED);
		NewReturnAuthorisation form = ReturnAuthorisations.bootsCancelledByPost().delivered(TODAY.minusDays(1))
			.requested(TODAY.minusDays(3)).lines(worn).build();

		assertThat(form.validate(TODAY)).extracting(FieldError::field).containsExactly("lines[0].condition");
	}

	/**
	 * Before delivery an item damaged or used among others is refused once, for what matters: goods not yet delivered
	 * cannot have been used or damaged. That it would need an RMA of its own is beside the point.
	 */
	@Test
	void refusesAnItemDamagedOrUsedAmongOthersBeforeDeliveryOnceAtItsCondition() {
		given(cases.get("AC-2026-000001")).willReturn(returnCase());
		String beforeDelivery = "must be UNUSED when the request is before the delivery date: goods not yet delivered "
				+ "cannot have been used or damaged by the customer";
		for (ItemCondition condition : List.of(ItemCondition.DAMAGED_BY_CUSTOMER, ItemCondition.USED)) {
			ItemLine mug = new ItemLine("MG-1", "Mug", null, 1, new BigDecimal("5.00"), condition);
			NewReturnAuthorisation form = ReturnAuthorisations.bootsCancelledByPost().delivered(TODAY.minusDays(1))
				.requested(TODAY.minusDays(3)).lines(ReturnAuthorisations.unusedKettle(), mug).build();

			assertThat(form.validate(TODAY)).as("%s", condition)
				.containsExactly(new FieldError("lines[1].condition", beforeDelivery));
			assertThatThrownBy(() -> service.raise(form, "staff")).asInstanceOf(type(InvalidInputException.class))
				.extracting(InvalidInputException::problems)
				.isEqualTo(List.of(new FieldProblem("lines[1].condition", beforeDelivery)));
		}
		verify(repository, never()).save(any());
	}

	/**
	 * A seal broken "after delivery" on goods not yet delivered is refused beside the seal; on a form of several items
	 * it is not asked of every item as well.
	 */
	@Test
	void refusesASealBrokenAfterDeliveryBeforeDeliveryBesideTheSeal() {
		ReturnAuthorisations.Form unsealed = ReturnAuthorisations.bootsCancelledByPost().delivered(TODAY.minusDays(1))
			.requested(TODAY.minusDays(3))
			.lines(ReturnAuthorisations.unusedKettle(), ReturnAuthorisations.unusedKettle())
			.hygieneSealBroken(true)
			.mediaSealBroken(true);

		assertThat(unsealed.build().validate(TODAY)).extracting(FieldError::field)
			.containsExactly("hygieneSealBroken", "mediaSealBroken");
		assertThat(unsealed.personalised(true).build().validate(TODAY)).extracting(FieldError::field)
			.containsExactly("factsTrueOfEveryItem", "hygieneSealBroken", "mediaSealBroken");
	}

	@Test
	void takesItemsThatAreAllDamagedByTheCustomerTogether() {
		ItemLine mug = new ItemLine("MG-1", "Mug", null, 1, new BigDecimal("5.00"), ItemCondition.DAMAGED_BY_CUSTOMER);
		ItemLine kettle = new ItemLine("KT-100", "Kettle", null, 1, new BigDecimal("49.99"),
				ItemCondition.DAMAGED_BY_CUSTOMER);

		assertThat(faultyKettle().lines(kettle, mug).build().validate(TODAY)).isEmpty();
	}

	/** The tester's case: one personalised mug took the teapot's right to cancel away with it. */
	@Test
	void refusesOneItemsPersonalisedFactOnAFormOfSeveralBesideTheFactsSoTheOthersKeepTheirRights() {
		given(cases.get("AC-2026-000001")).willReturn(returnCase());
		NewReturnAuthorisation form = mugAndTeapotCancelled().personalised(true).build();

		assertThatThrownBy(() -> service.raise(form, "staff")).asInstanceOf(type(InvalidInputException.class))
			.extracting(InvalidInputException::problems)
			.isEqualTo(List.of(new FieldProblem("factsTrueOfEveryItem", "these facts are applied to every item on "
					+ "the form: raise a separate return authorisation for the items they are true of, or say that "
					+ "they are true of every item")));
		assertThatThrownBy(() -> service.preview(form)).isInstanceOf(InvalidInputException.class)
			.satisfies(thrown -> assertThat(fields(thrown)).containsExactly("factsTrueOfEveryItem"));
		verify(repository, never()).save(any());
	}

	@Test
	void takesAPersonalisedFactForSeveralItemsWhenStaffSayItIsTrueOfEveryItem() {
		NewReturnAuthorisation everyItem = mugAndTeapotCancelled().personalised(true).factsTrueOfEveryItem(true).build();
		NewReturnAuthorisation oneItem = mugAndTeapotCancelled().personalised(true)
			.lines(new ItemLine(null, "Personalised mug", null, 1, new BigDecimal("14.00"), ItemCondition.UNUSED))
			.build();

		assertThat(everyItem.validate(TODAY)).isEmpty();
		assertThat(ReturnAuthorisations.assess(everyItem).remedy()).isEqualTo(Remedy.NO_REMEDY);
		assertThat(oneItem.validate(TODAY)).as("a form of one item needs no word for it").isEmpty();
	}

	/** Ordered online, delivered five days ago, and cancelled on a change of mind: a mug and a teapot, both unused. */
	private static ReturnAuthorisations.Form mugAndTeapotCancelled() {
		return ReturnAuthorisations.bootsCancelledByPost()
			.lines(new ItemLine(null, "Personalised mug", null, 1, new BigDecimal("14.00"), ItemCondition.UNUSED),
					new ItemLine(null, "Teapot", null, 1, new BigDecimal("40.00"), ItemCondition.UNUSED));
	}

	/** The tester's case: a used scarf took the unused jumper's goodwill refund away with it. */
	@Test
	void refusesAUsedItemAmongUnusedOnesOnAChangeOfMindAtItsConditionSoTheOthersKeepTheirGoodwillReturn() {
		given(cases.get("AC-2026-000001")).willReturn(returnCase());
		NewReturnAuthorisation form = jumperAndScarf(ReasonCode.CHANGED_MIND);

		assertThatThrownBy(() -> service.raise(form, "staff")).asInstanceOf(type(InvalidInputException.class))
			.extracting(InvalidInputException::problems)
			.isEqualTo(List.of(new FieldProblem("lines[1].condition", "when nothing is wrong with the goods, used "
					+ "items need a return authorisation of their own, so the unused items keep their goodwill "
					+ "return")));
		assertThatThrownBy(() -> service.preview(form)).isInstanceOf(InvalidInputException.class)
			.satisfies(thrown -> assertThat(fields(thrown)).containsExactly("lines[1].condition"));
		verify(repository, never()).save(any());
	}

	@Test
	void takesUsedAndUnusedItemsTogetherWhenTheyAreFaulty() {
		assertThat(jumperAndScarf(ReasonCode.FAULTY).validate(TODAY)).isEmpty();
	}

	/** Raised apart, the jumper keeps its goodwill refund, and the scarf's card says why it has none. */
	@Test
	void givesTheUnusedJumperItsGoodwillRefundAndNamesTheUsedScarfOnAReturnOfItsOwn() {
		ReturnAuthorisations.Form changedMind = faultyKettle().reason(ReasonCode.CHANGED_MIND);
		ReturnAssessment jumper = ReturnAuthorisations.assess(changedMind
			.lines(new ItemLine(null, "Jumper", null, 1, new BigDecimal("20.00"), ItemCondition.UNUSED))
			.build());
		ReturnAssessment scarf = ReturnAuthorisations.assess(changedMind
			.lines(new ItemLine(null, "Scarf", null, 1, new BigDecimal("30.00"), ItemCondition.USED))
			.build());

		assertThat(jumper.remedy()).isEqualTo(Remedy.GOODWILL_REFUND);
		assertThat(scarf.remedy()).isEqualTo(Remedy.NO_REMEDY);
		assertThat(scarf.explanation())
			.contains("We cannot offer a goodwill return either, because the Scarf has been used.");
	}

	@Test
	void saysTheItemsHaveBeenUsedWhenEveryItemOnTheFormWas() {
		ReturnAssessment assessment = ReturnAuthorisations.assess(faultyKettle().reason(ReasonCode.CHANGED_MIND)
			.lines(new ItemLine(null, "Jumper", null, 1, new BigDecimal("20.00"), ItemCondition.USED),
					new ItemLine(null, "Scarf", null, 1, new BigDecimal("30.00"), ItemCondition.USED))
			.build());

		assertThat(assessment.explanation())
			.contains("We cannot offer a goodwill return either, because the items have been used.");
	}

	/** Bought in store ten days ago with a receipt: a jumper still unused and a scarf that was worn. */
	private static NewReturnAuthorisation jumperAndScarf(ReasonCode reason) {
		return faultyKettle().reason(reason)
			.offered(reason == ReasonCode.FAULTY ? Remedy.FULL_REFUND : Remedy.GOODWILL_REFUND)
			.lines(new ItemLine(null, "Jumper", null, 1, new BigDecimal("20.00"), ItemCondition.UNUSED),
					new ItemLine(null, "Scarf", null, 1, new BigDecimal("30.00"), ItemCondition.USED))
			.build();
	}

	@Test
	void refusesADecisionNoteLongerThanTheColumn() {
		ReturnAuthorisation rma = stored(ReturnAuthorisations.raised(faultyKettle().build()));

		assertThatThrownBy(() -> service.advance(rma.getRmaNumber(), RmaStatus.AUTHORISED, "x".repeat(1001), null,
				"staff"))
			.asInstanceOf(type(InvalidInputException.class))
			.extracting(InvalidInputException::problems)
			.isEqualTo(List.of(new FieldProblem("note", "Shorten the note to at most 1,000 characters.")));
		assertThat(rma.getStatus()).isEqualTo(RmaStatus.REQUESTED);
	}

	@Test
	void refusesAnInspectionNoteLongerThanTheColumn() {
		ReturnAuthorisation rma = stored(ReturnAuthorisations.raised(faultyKettle().build()));
		rma.authorise("sue", null, NOW, TODAY);
		rma.receive(NOW, TODAY);

		assertThatThrownBy(() -> service.advance(rma.getRmaNumber(), RmaStatus.INSPECTED, "x".repeat(1500), null,
				"staff"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(rma.getStatus()).isEqualTo(RmaStatus.RECEIVED);
	}

	@Test
	void refusesANoteTooLongForTheTimelineOnAStepThatKeepsNoNote() {
		ReturnAuthorisation rma = stored(ReturnAuthorisations.raised(faultyKettle().build()));
		rma.authorise("sue", null, NOW, TODAY);

		assertThatThrownBy(() -> service.advance(rma.getRmaNumber(), RmaStatus.RECEIVED, "x".repeat(100_000), null,
				"staff"))
			.isInstanceOf(InvalidInputException.class);
		verify(cases, never()).record(anyString(), any(), anyString(), anyString());
	}

	@Test
	void takesAThousandCharacterNoteWhoseLineBreaksCameAsCrLf() {
		ReturnAuthorisation rma = stored(ReturnAuthorisations.raised(faultyKettle().build()));
		String typed = String.join("\n", "a".repeat(100), "b".repeat(99), "c".repeat(99), "d".repeat(99),
				"e".repeat(99), "f".repeat(99), "g".repeat(99), "h".repeat(99), "i".repeat(99), "j".repeat(99));
		assertThat(typed).hasSize(1000);

		ReturnAuthorisationView view = service.advance(rma.getRmaNumber(), RmaStatus.AUTHORISED,
				typed.replace("\n", "\r\n"), null, "staff");

		assertThat(view.decisionNote()).isEqualTo(typed);
	}

	/** Boots bought online, delivered four days ago, cancelled and sent back by post; authorised today. */
	private ReturnAuthorisation bootsAwaitedByPost() {
		ReturnAuthorisation rma = stored(ReturnAuthorisations.raised(ReturnAuthorisations.bootsCancelledByPost().build()));
		rma.authorise("sue", null, NOW, TODAY);
		return rma;
	}

	@Test
	void recordsProofOfPostingOnTheTimelineAndMakesTheRefundDueFourteenDaysLater() {
		ReturnAuthorisation rma = bootsAwaitedByPost();

		ReturnAuthorisationView view = service.recordProofOfPosting(rma.getRmaNumber(), TODAY.minusDays(1), null,
				"staff");

		assertThat(view.proofOfPostingOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(view.refundDueOn()).isEqualTo(TODAY.plusDays(13));
		verify(cases).record(eq("AC-2026-000001"), eq(TimelineKind.RETURN_AUTHORISATION),
				eq("RMA-2026-000001: the customer showed proof of posting the goods back on 1 November 2026; the "
						+ "refund of £89.00 is due by 15 November 2026 (Consumer Contracts Regulations 2013 reg 34(6))."),
				eq("staff"));
	}

	@Test
	void refusesADayOfProofOfPostingInTheFutureOrBeforeDeliveryBesideTheField() {
		ReturnAuthorisation rma = bootsAwaitedByPost();

		for (LocalDate wrong : new LocalDate[] { TODAY.plusDays(1), TODAY.minusDays(5), null }) {
			assertThatThrownBy(() -> service.recordProofOfPosting(rma.getRmaNumber(), wrong, null, "staff"))
				.isInstanceOf(InvalidInputException.class)
				.satisfies(thrown -> assertThat(fields(thrown)).containsExactly("proofOfPostingOn"));
		}
		assertThatThrownBy(() -> service.recordProofOfPosting(rma.getRmaNumber(), TODAY.minusDays(5), null, "staff"))
			.hasMessageContaining("delivered on 29 October 2026");
		assertThat(rma.toView(TODAY).proofOfPostingOn()).isNull();
		verify(cases, never()).record(anyString(), any(), anyString(), anyString());
	}

	@Test
	void correctsADayOfProofOfPostingTypedWronglyAndTheTimelineNamesBoth() {
		ReturnAuthorisation rma = bootsAwaitedByPost();
		service.recordProofOfPosting(rma.getRmaNumber(), TODAY, null, "staff");

		ReturnAuthorisationView view = service.recordProofOfPosting(rma.getRmaNumber(), TODAY.minusDays(1), null,
				"sue");

		assertThat(view.proofOfPostingOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(view.refundDueOn()).isEqualTo(TODAY.plusDays(13));
		verify(cases).record(eq("AC-2026-000001"), eq(TimelineKind.RETURN_AUTHORISATION),
				eq("RMA-2026-000001: the day the customer showed proof of posting corrected from 2 November 2026 to "
						+ "1 November 2026; the refund of £89.00 is now due by 15 November 2026 (Consumer Contracts "
						+ "Regulations 2013 reg 34(6))."),
				eq("sue"));
	}

	@Test
	void refusesTheSameDayOfProofOfPostingTwiceOrFromAPageOutOfDate() {
		ReturnAuthorisation rma = bootsAwaitedByPost();
		long seen = rma.getVersion();
		service.recordProofOfPosting(rma.getRmaNumber(), TODAY, seen, "staff");

		assertThatThrownBy(() -> service.recordProofOfPosting(rma.getRmaNumber(), TODAY, null, "staff"))
			.isInstanceOf(ConflictException.class)
			.hasMessage("RMA-2026-000001 already has proof of posting, shown on 2 November 2026; nothing changed.");
		verify(cases, times(1)).record(anyString(), any(), anyString(), anyString());
		assertThatThrownBy(() -> service.recordProofOfPosting(rma.getRmaNumber(), TODAY, seen + 1, "staff"))
			.isInstanceOf(RmaChangedException.class);
	}

	@Test
	void citesTheLawOrPromiseThatSetTheDueDateOfAnOverdueRefund() {
		ReturnAuthorisation cancellation = bootsAwaitedByPost();
		cancellation.recordProofOfPosting(TODAY, NOW, TODAY);
		ReturnAuthorisation goodwill = ReturnAuthorisations.raised(faultyKettle().purchased(TODAY.minusDays(20))
			.reason(ReasonCode.CHANGED_MIND)
			.lines(ReturnAuthorisations.unusedKettle())
			.offered(Remedy.GOODWILL_REFUND)
			.build());
		goodwill.authorise("sue", null, NOW, TODAY);
		ReturnAuthorisation shortTermReject = ReturnAuthorisations.raised(faultyKettle().build());
		shortTermReject.authorise("sue", null, NOW, TODAY);
		given(repository.findOverdueRefunds(any(), any()))
			.willReturn(List.of(cancellation, goodwill, shortTermReject));

		assertThat(service.escalateOverdueRefunds(TODAY.plusDays(15))).isEqualTo(3);

		ArgumentCaptor<String> texts = ArgumentCaptor.forClass(String.class);
		verify(cases, times(3)).escalate(anyString(), any(), texts.capture(), any(), eq("system"));
		assertThat(texts.getAllValues()).satisfiesExactly(
				text -> assertThat(text).contains("£89.00", "16 November 2026",
						"(Consumer Contracts Regulations 2013 reg 34)").doesNotContain("Consumer Rights Act"),
				text -> assertThat(text).contains("goodwill refund of £49.99", "our own promise")
					.doesNotContain("Act", "Regulations"),
				text -> assertThat(text).contains("15 November 2026", "(Consumer Rights Act 2015 s.20(15))"));
	}

	// ---- a supervisor's own request ----

	/** A £400 refund that sue, a supervisor, asked for herself: it waits for another supervisor or a manager. */
	private ReturnAuthorisation askedForBySue() {
		NewReturnAuthorisation form = faultyKettle().lines(kettle("400.00")).build();
		ReturnAuthorisation rma = stored(new ReturnAuthorisation("RMA-2026-000001", "AC-2026-000001", form,
				ReturnAuthorisations.assess(form), false, List.of("REFUND_OVER_AUTHORITY_LIMIT"),
				RefundApprover.SUPERVISOR, "sue", NOW, TODAY));
		given(approvals.pendingFor("AC-2026-000001", "RMA-2026-000001")).willReturn(Optional.of(new ApprovalView(7L,
				"AC-2026-000001", ApprovalKind.REFUND, "RMA-2026-000001", new BigDecimal("400.00"), "FULL_REFUND",
				"Consumer Rights Act 2015 ss.20-22 (short-term right to reject)",
				List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT), "RMA-2026-000001: staff offer Full refund",
				EscalationDecision.Approver.SUPERVISOR, false, null, "sue", NOW, ApprovalStatus.PENDING, null, null, null,
				0)));
		return rma;
	}

	private static void signedInAs(String username, String role) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_" + role));
	}

	@Test
	void tellsTheOnlyOneWhoCouldDecideTheirOwnRequestThatNobodyCanYet() {
		ReturnAuthorisation rma = askedForBySue();
		signedInAs("sue", "SUPERVISOR");
		given(approvals.someoneCanDecide(any())).willReturn(false);

		assertThat(service.whyCannotDecide(rma.toView(TODAY))).contains("You asked for this refund: another supervisor or "
				+ "a manager decides it. Nobody can decide this yet: no other supervisor or manager has an active account. "
				+ "A manager adds one under Users.");
	}

	@Test
	void refusesASupervisorTheDecisionOnTheirOwnRequestAndSaysWhy() {
		ReturnAuthorisation rma = askedForBySue();
		signedInAs("sue", "SUPERVISOR");
		String why = "You asked for this refund: another supervisor or a manager decides it.";

		assertThat(service.whyCannotDecide(rma.toView(TODAY))).contains(why);
		for (RmaStatus decision : new RmaStatus[] { RmaStatus.AUTHORISED, RmaStatus.DENIED }) {
			assertThatThrownBy(() -> service.advance(rma.getRmaNumber(), decision, "Checked", null, "sue"))
				.isInstanceOf(AccessDeniedException.class)
				.hasMessage(why);
		}
		verify(approvals, never()).decide(anyLong(), any(), any(), any(), anyString(), anyBoolean());
		assertThat(rma.getStatus()).isEqualTo(RmaStatus.REQUESTED);
	}

	@Test
	void letsAnotherSupervisorDecideARequestAndTellsStaffWhoDecides() {
		ReturnAuthorisation rma = askedForBySue();

		signedInAs("sid", "SUPERVISOR");
		assertThat(service.whyCannotDecide(rma.toView(TODAY))).isEmpty();
		signedInAs("mo", "MANAGER");
		assertThat(service.whyCannotDecide(rma.toView(TODAY))).isEmpty();
		signedInAs("sam", "STAFF");
		assertThat(service.whyCannotDecide(rma.toView(TODAY))).contains("Waits for a supervisor to authorise or deny it.");
	}

	@Test
	void letsStaffAuthoriseTheirOwnReturnThatNeedsNoApproval() {
		ReturnAuthorisation rma = stored(ReturnAuthorisations.raised(faultyKettle().build()));
		signedInAs("sam", "STAFF");

		assertThat(service.whyCannotDecide(rma.toView(TODAY))).isEmpty();
		assertThat(service.advance(rma.getRmaNumber(), RmaStatus.AUTHORISED, null, null, "sam").status())
			.isEqualTo(RmaStatus.AUTHORISED);
	}

	@Test
	void refusesToRaiseAReturnOnAClosedCaseAndSavesNothing() {
		ReturnAuthorisationService engine = withTheEngine();
		given(cases.get("AC-2026-000001")).willReturn(returnCase(CaseStatus.CLOSED));
		NewReturnAuthorisation form = faultyKettle().lines(kettle("400.00")).build();

		assertThatThrownBy(() -> engine.raise(form, "staff")).isInstanceOf(CaseClosedToReturnsException.class)
			.hasMessage("Case AC-2026-000001 is closed: reopen it first to raise a return authorisation on it.");
		verify(repository, never()).save(any());
		verify(cases, never()).escalate(anyString(), any(), anyString(), any(), anyString());
		verify(cases, never()).record(anyString(), any(), anyString(), anyString());
		verify(approvals, never()).request(any());
	}

	@Test
	void raisesAReturnOnAResolvedCaseAsOnAnOpenOne() {
		ReturnAuthorisationService engine = withTheEngine();
		given(cases.get("AC-2026-000001")).willReturn(returnCase(CaseStatus.RESOLVED));
		given(repository.save(any())).willAnswer(saved -> saved.getArgument(0));

		assertThat(engine.raise(faultyKettle().build(), "staff").status()).isEqualTo(RmaStatus.REQUESTED);
	}

	@Test
	void refusesEveryStepButClosingAFinishedReturnOnAClosedCase() {
		ReturnAuthorisation requested = stored(ReturnAuthorisations.raised(faultyKettle().build()));
		given(cases.get("AC-2026-000001")).willReturn(returnCase(CaseStatus.CLOSED));

		assertThatThrownBy(() -> service.advance(requested.getRmaNumber(), RmaStatus.AUTHORISED, null, null, "staff"))
			.isInstanceOf(CaseClosedToReturnsException.class)
			.hasMessage("Case AC-2026-000001 is closed: reopen it first to take this return authorisation further.");
		assertThat(requested.getStatus()).isEqualTo(RmaStatus.REQUESTED);

		requested.deny("sue", "Receipt from another shop", NOW);
		assertThat(service.advance(requested.getRmaNumber(), RmaStatus.CLOSED, null, null, "staff").status())
			.isEqualTo(RmaStatus.CLOSED);
	}

	/** Inspected, and ready to end: the faulty kettle's full refund, or a repair the customer asked for instead. */
	private ReturnAuthorisation inspected(NewReturnAuthorisation form) {
		ReturnAuthorisation rma = stored(ReturnAuthorisations.raised(form));
		rma.authorise("sue", null, NOW, TODAY);
		rma.receive(NOW, TODAY);
		rma.inspect(null, NOW, TODAY);
		return rma;
	}

	@Test
	void endsAFullRefundOnlyWithTheRefundPaidAndSaysSoBesideTheSteps() {
		ReturnAuthorisation rma = inspected(faultyKettle().build());

		assertThat(rma.toView(TODAY).nextStatuses()).containsExactly(RmaStatus.REFUNDED);
		for (RmaStatus outcome : List.of(RmaStatus.REPAIRED, RmaStatus.REPLACED, RmaStatus.EXCHANGED)) {
			assertThatThrownBy(() -> service.advance(rma.getRmaNumber(), outcome, "Fixed", null, "staff"))
				.isInstanceOf(ConflictException.class)
				.hasMessageStartingWith("RMA-2026-000001 offers Full refund: end it with Refund paid, not ");
		}
		assertThat(rma.getStatus()).isEqualTo(RmaStatus.INSPECTED);
		assertThat(service.advance(rma.getRmaNumber(), RmaStatus.REFUNDED, null, null, "staff").status())
			.isEqualTo(RmaStatus.REFUNDED);
	}

	@Test
	void endsARepairOrReplacementOnlyWithARepairOrAReplacement() {
		ReturnAuthorisation rma = inspected(faultyKettle().wish(CustomerWish.REPAIR)
			.offered(Remedy.REPAIR_OR_REPLACEMENT)
			.build());

		assertThat(rma.toView(TODAY).nextStatuses()).containsExactly(RmaStatus.REPAIRED, RmaStatus.REPLACED);
		assertThatThrownBy(() -> service.advance(rma.getRmaNumber(), RmaStatus.REFUNDED, null, null, "staff"))
			.isInstanceOf(ConflictException.class)
			.hasMessage("RMA-2026-000001 offers Repair or replacement: end it with Repaired or Replaced, not Refund "
					+ "paid.");
		assertThatThrownBy(() -> service.advance(rma.getRmaNumber(), RmaStatus.EXCHANGED, null, null, "staff"))
			.isInstanceOf(ConflictException.class);
		assertThat(service.advance(rma.getRmaNumber(), RmaStatus.REPLACED, null, null, "staff").status())
			.isEqualTo(RmaStatus.REPLACED);
	}

	private static CaseView returnCase() {
		return returnCase(CaseStatus.OPEN);
	}

	private static CaseView returnCase(CaseStatus status) {
		return new CaseView("AC-2026-000001", 1L, "Jane Smith", "jane@example.com", null, ContactChannel.IN_STORE,
				"R-123", "Kettle", "The kettle leaks", false, CaseType.RETURN, 0.9, List.of(), Set.of(),
				CaseType.RETURN, false, "staff", status, Priority.NORMAL, "staff", "staff", NOW, NOW, null,
				null, 1, false, List.of(), null, null, null, null, false, List.of(), 0, null, null);
	}

}
