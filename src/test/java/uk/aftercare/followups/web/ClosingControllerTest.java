package uk.aftercare.followups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.classification.CaseType;
import uk.aftercare.followups.ClosingFacts;
import uk.aftercare.followups.ClosingPolicy.ReturnOnCase;
import uk.aftercare.followups.ClosingPolicy.Violation;
import uk.aftercare.followups.ClosingRejectedException;
import uk.aftercare.followups.ClosingRequest;
import uk.aftercare.followups.ClosingResult;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.followups.ClosureView;
import uk.aftercare.followups.ContactPreferenceView;
import uk.aftercare.followups.FollowUpOrigin;
import uk.aftercare.followups.FollowUpPurpose;
import uk.aftercare.followups.FollowUpStatus;
import uk.aftercare.followups.FollowUpView;
import uk.aftercare.followups.RootCause;
import uk.aftercare.returns.RmaStatus;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

import static uk.aftercare.followups.CaseViews.caseView;

@WebMvcTest(ClosingController.class)
@WebTestSupport
class ClosingControllerTest {

	private static final String NUMBER = "AC-2026-000042";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ClosingService closing;

	@MockitoBean
	StaffDirectory staff;

	private static ClosingFacts resolvedComplaintWithAnOpenFollowUp() {
		FollowUpView open = new FollowUpView(5L, NUMBER, FollowUpPurpose.CHECK_REPAIR, FollowUpOrigin.MANUAL,
				LocalDate.of(2026, 11, 20), "sam", null, FollowUpStatus.OPEN, null, "sam", Instant.now(), null, null, 0);
		return new ClosingFacts(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.RESOLVED, "jane@example.com"),
				List.of(open), ContactPreferenceView.defaults(7L), List.of(), null, true, List.of());
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/cases/" + NUMBER + "/close")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void asksForTheChecklistRootCauseMeasureAndWhyFollowUpsStayOpen() throws Exception {
		given(closing.facts(NUMBER)).willReturn(resolvedComplaintWithAnOpenFollowUp());

		mvc.perform(get("/cases/" + NUMBER + "/close"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I confirmed the outcome with the customer")))
			.andExpect(content().string(containsString("I thanked the customer")))
			.andExpect(content().string(containsString("I invited the customer to give feedback")))
			.andExpect(content().string(containsString("Product defect")))
			.andExpect(content().string(containsString("What we will do so it does not happen again")))
			.andExpect(content().string(containsString("Why the case can close while these stay open")))
			// The open follow-up's due day as the follow-up pages write it.
			.andExpect(content().string(containsString("<span>Fri 20 Nov 2026</span>")))
			.andExpect(content().string(containsString("The customer agreed to a short survey by e-mail")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void marksEachRequiredBoxAndStopsItAtTheLengthTheServerTakes() throws Exception {
		given(closing.facts(NUMBER)).willReturn(resolvedComplaintWithAnOpenFollowUp());

		String html = mvc.perform(get("/cases/" + NUMBER + "/close"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (String field : List.of("outcome", "rootCause", "preventiveMeasure", "openFollowUpsReason")) {
			assertThat(Markup.attribute(Markup.openingTag(html, field), "aria-required")).as(field).isEqualTo("true");
			assertThat(Markup.label(html, field)).as(field).contains("(required)");
		}
		assertThat(Markup.attribute(Markup.openingTag(html, "outcome"), "maxlength")).isEqualTo("1000");
		assertThat(Markup.attribute(Markup.openingTag(html, "preventiveMeasure"), "maxlength")).isEqualTo("1000");
		assertThat(Markup.attribute(Markup.openingTag(html, "openFollowUpsReason"), "maxlength")).isEqualTo("500");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void saysBesideTheOutcomeThatTheCustomerGetsItWordForWord() throws Exception {
		given(closing.facts(NUMBER)).willReturn(resolvedComplaintWithAnOpenFollowUp());

		String html = mvc.perform(get("/cases/" + NUMBER + "/close"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Markup.attribute(Markup.openingTag(html, "outcome"), "aria-describedby")).isEqualTo("outcome-help");
		assertThat(html).contains("<div id=\"outcome-help\" class=\"form-text mt-0 mb-1\">The customer gets this word "
				+ "for word in the &quot;Case closed&quot; e-mail: write it to them, plainly and in full.</div>");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aRefusedOutcomeIsDescribedByItsHelpAndItsError() throws Exception {
		given(closing.facts(NUMBER)).willReturn(resolvedComplaintWithAnOpenFollowUp());
		given(closing.close(eq(NUMBER), any(ClosingRequest.class), eq("sam")))
			.willThrow(new ClosingRejectedException(List.of(new Violation("outcome", "closing.outcome.required"))));

		String html = mvc.perform(post("/cases/" + NUMBER + "/close").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "outcome", "outcome-error", "Describe the outcome agreed with the customer");
		assertThat(Markup.attribute(Markup.openingTag(html, "outcome"), "aria-describedby"))
			.isEqualTo("outcome-help outcome-error");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aCustomerWhoCannotBeEmailedIsToldTheOutcomeByStaff() throws Exception {
		given(closing.facts(NUMBER)).willReturn(new ClosingFacts(
				caseView(NUMBER, CaseType.QUERY, CaseStatus.RESOLVED, null), List.of(),
				ContactPreferenceView.defaults(7L), List.of(), null, true, List.of()));

		mvc.perform(get("/cases/" + NUMBER + "/close"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("this customer is not e-mailed, so tell them the outcome yourself")))
			.andExpect(content().string(not(containsString("word for word"))));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aTextTooLongIsNamedInAWholeSentenceBesideItsBox() throws Exception {
		given(closing.facts(NUMBER)).willReturn(resolvedComplaintWithAnOpenFollowUp());
		given(closing.close(eq(NUMBER), any(ClosingRequest.class), eq("sam")))
			.willThrow(new ClosingRejectedException(List.of(new Violation("outcome", "closing.outcome.tooLong"),
					new Violation("preventiveMeasure", "closing.preventiveMeasure.tooLong"),
					new Violation("openFollowUpsReason", "closing.openFollowUpsReason.tooLong"))));

		String html = mvc.perform(post("/cases/" + NUMBER + "/close").with(csrf()).param("outcome", "x".repeat(1001)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "outcome", "outcome-error",
				"The outcome is too long: shorten it to at most 1,000 characters.");
		Markup.assertInvalidAndDescribedBy(html, "preventiveMeasure", "preventiveMeasure-error",
				"What we will do so it does not happen again is too long: shorten it to at most 1,000 characters.");
		Markup.assertInvalidAndDescribedBy(html, "openFollowUpsReason", "openFollowUpsReason-error",
				"Why the case can close with follow-ups open is too long: shorten it to at most 500 characters.");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aQueryWithNoOpenFollowUpsAsksOnlyForTheOutcome() throws Exception {
		given(closing.facts(NUMBER)).willReturn(new ClosingFacts(
				caseView(NUMBER, CaseType.QUERY, CaseStatus.RESOLVED, "jane@example.com"), List.of(),
				ContactPreferenceView.defaults(7L), List.of(), null, true, List.of()));

		mvc.perform(get("/cases/" + NUMBER + "/close"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"outcome\"")))
			.andExpect(content().string(not(containsString("id=\"rootCause\""))))
			.andExpect(content().string(not(containsString("id=\"preventiveMeasure\""))))
			.andExpect(content().string(not(containsString("id=\"openFollowUpsReason\""))));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void showsEveryMissingItemNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		given(closing.facts(NUMBER)).willReturn(resolvedComplaintWithAnOpenFollowUp());
		given(closing.close(eq(NUMBER), any(ClosingRequest.class), eq("sam")))
			.willThrow(new ClosingRejectedException(List.of(
					new Violation("customerThanked", "closing.customerThanked.required"),
					new Violation("rootCause", "closing.rootCause.required"),
					new Violation("preventiveMeasure", "closing.preventiveMeasure.required"),
					new Violation("openFollowUpsReason", "closing.openFollowUpsReason.required"))));

		mvc.perform(post("/cases/" + NUMBER + "/close").with(csrf())
			.param("outcome", "Refunded the delivery charge")
			.param("outcomeConfirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "customerThanked", "closing.customerThanked.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "rootCause", "closing.rootCause.required"))
			.andExpect(model().attributeHasFieldErrors("form", "preventiveMeasure", "openFollowUpsReason"))
			.andExpect(content().string(containsString("Thank the customer before closing")))
			.andExpect(content().string(containsString("Choose the root cause of the complaint")))
			.andExpect(content().string(containsString("Say what will stop this happening again")))
			.andExpect(content().string(containsString("Follow-ups are still open: say why the case can close anyway")))
			.andExpect(content().string(containsString("Refunded the delivery charge")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void namesEveryWrongFieldAtOnceWhenOneCouldNotBeRead() throws Exception {
		given(closing.facts(NUMBER)).willReturn(resolvedComplaintWithAnOpenFollowUp());
		String measure = "Brief the couriers. ".repeat(150);

		String html = mvc.perform(post("/cases/" + NUMBER + "/close").with(csrf())
			.param("rootCause", "FOO")
			.param("outcome", " ")
			.param("preventiveMeasure", measure)
			.param("outcomeConfirmed", "maybe")
			.param("customerThanked", "true")
			.param("feedbackInvited", "yes please")
			.param("openFollowUpsReason", "The repair check stays with Sam"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "rootCause", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "outcome", "closing.outcome.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "preventiveMeasure",
					"closing.preventiveMeasure.tooLong"))
			.andExpect(model().attributeHasFieldErrorCode("form", "outcomeConfirmed", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "feedbackInvited", "typeMismatch"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "rootCause", "rootCause-error", "Choose the root cause from the list");
		Markup.assertInvalidAndDescribedBy(html, "outcome", "outcome-error",
				"Describe the outcome agreed with the customer");
		Markup.assertInvalidAndDescribedBy(html, "preventiveMeasure", "preventiveMeasure-error",
				"What we will do so it does not happen again is too long: shorten it to at most 1,000 characters.");
		assertThat(html).doesNotContain("has an invalid value")
			.contains("Tick the box, or leave it empty")
			.contains(measure.strip())
			.contains("The repair check stays with Sam");
		verify(closing, never()).close(anyString(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void closesWithWhatStaffConfirmedAndReturnsToTheCase() throws Exception {
		given(closing.close(eq(NUMBER), any(ClosingRequest.class), eq("sam")))
			.willReturn(new ClosingResult(new ClosureView(NUMBER, CaseType.COMPLAINT, "Refunded", true, true, true,
					RootCause.DELIVERY, "Courier briefed", 0, null, "sam", Instant.now()), false));

		mvc.perform(post("/cases/" + NUMBER + "/close").with(csrf())
			.param("outcome", "Refunded")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true")
			.param("rootCause", "DELIVERY")
			.param("preventiveMeasure", "Courier briefed"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + NUMBER))
			.andExpect(flash().attribute("success", "Case " + NUMBER + " closed."));
		verify(closing).close(NUMBER, new ClosingRequest("Refunded", true, true, true, RootCause.DELIVERY,
				"Courier briefed", null, false), "sam");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void withoutAMailServerASurveyTheCustomerAgreedToIsLeftToStaffOnTheRecordFeedbackPage() throws Exception {
		given(closing.close(eq(NUMBER), any(ClosingRequest.class), eq("sam")))
			.willReturn(new ClosingResult(new ClosureView(NUMBER, CaseType.QUERY, "Answered", true, true, true, null,
					null, 0, null, "sam", Instant.now()), true));

		mvc.perform(post("/cases/" + NUMBER + "/close").with(csrf())
			.param("outcome", "Answered")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true")
			.param("surveyByEmail", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + NUMBER + "/feedback"))
			.andExpect(flash().attribute("warning", "Case " + NUMBER + " closed. No survey was e-mailed, although the "
					+ "customer agreed to one: no mail server is configured, so its link could not reach them. Ask "
					+ "them the survey questions by phone or in store and record their answers here."));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void withoutAMailServerThePageSaysNoSurveyCanBeEmailedBeforeStaffClose() throws Exception {
		given(closing.facts(NUMBER)).willReturn(new ClosingFacts(
				caseView(NUMBER, CaseType.QUERY, CaseStatus.RESOLVED, "jane@example.com"), List.of(),
				ContactPreferenceView.defaults(7L), List.of(), null, false, List.of()));

		mvc.perform(get("/cases/" + NUMBER + "/close"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No survey can be e-mailed: no mail server is configured")))
			.andExpect(content().string(containsString("nothing is e-mailed to the customer")))
			.andExpect(content().string(not(containsString("e-mails the outcome to the customer"))));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void explainsThatOnlyAResolvedCaseCanBeClosed() throws Exception {
		given(closing.facts(NUMBER)).willReturn(new ClosingFacts(
				caseView(NUMBER, CaseType.QUERY, CaseStatus.IN_PROGRESS, null), List.of(),
				ContactPreferenceView.defaults(7L), List.of(), null, true, List.of()));

		mvc.perform(get("/cases/" + NUMBER + "/close"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only a resolved case can be closed; this one is In progress.")))
			.andExpect(content().string(not(containsString("I thanked the customer"))));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aSecondCloseSaysWhoAlreadyClosedTheCaseAndWhenNotToResolveItFirst() throws Exception {
		given(closing.close(eq(NUMBER), any(ClosingRequest.class), eq("sam")))
			.willThrow(new ConflictException("sam already closed this case on 2 Nov 2026, 10:00."));
		given(closing.facts(NUMBER)).willReturn(new ClosingFacts(
				caseView(NUMBER, CaseType.QUERY, CaseStatus.CLOSED, null), List.of(),
				ContactPreferenceView.defaults(7L), List.of(),
				new ClosureView(NUMBER, CaseType.QUERY, "Refunded", true, true, true, null, null, 0, null, "sam",
						Instant.parse("2026-11-02T10:00:00Z")), true, List.of()));

		mvc.perform(post("/cases/" + NUMBER + "/close").with(csrf())
			.param("outcome", "Refunded")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sam already closed this case on 2 Nov 2026, 10:00.")))
			.andExpect(content().string(not(containsString("Resolve it first"))));
	}

	@Test
	@WithMockUser(username = "kim", roles = "STAFF")
	void aCloseFromASecondTabShowsWhatWasTypedReadOnlyToCopy() throws Exception {
		given(staff.displayName("sam")).willReturn(Optional.of("Sam Staff"));
		given(closing.close(eq(NUMBER), any(ClosingRequest.class), eq("kim")))
			.willThrow(new ConflictException("Sam Staff already closed this case on 2 Nov 2026, 10:00."));
		given(closing.facts(NUMBER)).willReturn(new ClosingFacts(
				caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.CLOSED, "jane@example.com"), List.of(),
				ContactPreferenceView.defaults(7L), List.of(),
				new ClosureView(NUMBER, CaseType.COMPLAINT, "Refunded", true, true, true, RootCause.DELIVERY,
						"Courier briefed", 0, null, "sam", Instant.parse("2026-11-02T10:00:00Z")),
				true, List.of()));

		String html = mvc.perform(post("/cases/" + NUMBER + "/close").with(csrf())
			.param("outcome", "Kim's OUTCOME typed")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true")
			.param("rootCause", "STAFF_CONDUCT")
			.param("preventiveMeasure", "Kim's MEASURE typed"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Sam Staff already closed this case on 2 Nov 2026, 10:00.")
			.contains("What you typed, not recorded (copy it if you still need it)")
			.contains("<textarea class=\"form-control\" id=\"not-recorded-outcome\" rows=\"3\" readonly>"
					+ "Kim&#39;s OUTCOME typed</textarea>")
			.contains("<textarea class=\"form-control\" id=\"not-recorded-preventive-measure\" rows=\"3\" readonly>"
					+ "Kim&#39;s MEASURE typed</textarea>")
			.contains("readonly value=\"Staff conduct\"")
			.contains("<li>I confirmed the outcome with the customer</li>")
			.contains("<li>I thanked the customer</li>")
			.contains("<li>I invited the customer to give feedback</li>")
			.doesNotContain("The customer agreed to a short survey by e-mail")
			// Nothing to submit again: the case is closed.
			.doesNotContain("id=\"outcome\"");
	}

	@Test
	@WithMockUser(username = "kim", roles = "STAFF")
	void aClosedCaseOpenedAfreshShowsNothingAsNotRecorded() throws Exception {
		given(closing.facts(NUMBER)).willReturn(new ClosingFacts(
				caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.CLOSED, "jane@example.com"), List.of(),
				ContactPreferenceView.defaults(7L), List.of(), null, true, List.of()));

		mvc.perform(get("/cases/" + NUMBER + "/close"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("not recorded"))));
	}

	@Test
	@WithMockUser(username = "kim", roles = "STAFF")
	void aClosedCaseNamesWhoClosedItAsThePagesNameThem() throws Exception {
		given(staff.displayName("sam")).willReturn(Optional.of("Sam Staff"));
		given(closing.facts(NUMBER)).willReturn(new ClosingFacts(
				caseView(NUMBER, CaseType.QUERY, CaseStatus.CLOSED, null), List.of(),
				ContactPreferenceView.defaults(7L), List.of(),
				new ClosureView(NUMBER, CaseType.QUERY, "Refunded", true, true, true, null, null, 0, null, "sam",
						Instant.parse("2026-11-02T10:00:00Z")), true, List.of()));

		mvc.perform(get("/cases/" + NUMBER + "/close"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Staff already closed this case on 2 Nov 2026, 10:00.")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void refusesToCloseWithoutCsrfToken() throws Exception {
		mvc.perform(post("/cases/" + NUMBER + "/close").param("outcome", "x")).andExpect(status().isForbidden());
		verify(closing, never()).close(anyString(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void namesEachUnfinishedReturnAuthorisationAndWhatItWaitsFor() throws Exception {
		given(closing.facts(NUMBER)).willReturn(new ClosingFacts(
				caseView(NUMBER, CaseType.RETURN, CaseStatus.RESOLVED, "jane@example.com"), List.of(),
				ContactPreferenceView.defaults(7L), List.of(), null, true,
				List.of(new ReturnOnCase("RMA-2026-000007", RmaStatus.REQUESTED),
						new ReturnOnCase("RMA-2026-000008", RmaStatus.AUTHORISED),
						new ReturnOnCase("RMA-2026-000009", RmaStatus.REFUNDED))));
		given(closing.close(eq(NUMBER), any(ClosingRequest.class), eq("sam")))
			.willThrow(new ClosingRejectedException(List.of(
					new Violation(null, "closing.returnUnfinished.REQUESTED", List.of("RMA-2026-000007")),
					new Violation(null, "closing.returnUnfinished.AUTHORISED", List.of("RMA-2026-000008")))));

		mvc.perform(post("/cases/" + NUMBER + "/close").with(csrf())
			.param("outcome", "Refund on its way")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString(
					"Return authorisation RMA-2026-000007 is still requested: authorise or deny it before closing the case.")))
			.andExpect(content().string(containsString("Return authorisation RMA-2026-000008 is authorised and waits "
					+ "for the goods to come back")))
			.andExpect(content().string(not(containsString("RMA-2026-000009"))))
			.andExpect(content().string(containsString("Refund on its way")));
	}

}
