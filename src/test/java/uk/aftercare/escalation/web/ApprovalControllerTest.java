package uk.aftercare.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.web.CaseViews;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.EscalationDecision.Approver;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.escalation.RejectionNotes;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(ApprovalController.class)
@WebTestSupport
class ApprovalControllerTest {

	private static final Instant ASKED = Instant.parse("2026-11-02T07:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Approvals approvals;

	@MockitoBean
	CaseService cases;

	@MockitoBean
	StaffDirectory staff;

	@MockitoBean
	RejectionNotes rejectionNotes;

	static ApprovalView pending(String requestedBy, Approver approver) {
		return new ApprovalView(7L, "AC-2026-000042", ApprovalKind.REFUND, null, new BigDecimal("400.00"),
				"FULL_REFUND", "Consumer Rights Act 2015 ss.20-22", List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT),
				"Fridge stopped cooling", approver, false, null, requestedBy, ASKED, ApprovalStatus.PENDING, null, null,
				null, 3);
	}

	static Page<ApprovalView> listed(ApprovalView... views) {
		return new PageImpl<>(List.of(views));
	}

	@BeforeEach
	void theCase() {
		given(approvals.queue(any(), any())).willReturn(listed());
		given(cases.get("AC-2026-000042")).willReturn(CaseViews.sample("AC-2026-000042"));
		given(approvals.someoneCanDecide(any())).willReturn(true);
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void keepsFrontLineStaffOutOfTheQueue() throws Exception {
		mvc.perform(get("/approvals")).andExpect(status().isForbidden());
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "APPROVE"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void showsTheQueueWithReasonsAndAge() throws Exception {
		given(approvals.queue(eq(ApprovalStatus.PENDING), any()))
			.willReturn(listed(pending("staff", Approver.SUPERVISOR)));
		mvc.perform(get("/approvals"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Refund above the front-line authority limit")))
			.andExpect(content().string(containsString("£400.00")))
			.andExpect(content().string(containsString("3 h")));
	}

	/** The menu counts what this supervisor may decide; the queue shows every request and says why the two differ. */
	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void marksTheRequestsASupervisorMayNotDecideAndSaysWhyTheMenuCountsFewer() throws Exception {
		given(approvals.queue(eq(ApprovalStatus.PENDING), any())).willReturn(listed(
				pending("staff", Approver.SUPERVISOR),
				pending("staff", Approver.MANAGER), pending("sue", Approver.SUPERVISOR)));
		given(approvals.pendingCountFor("sue", false)).willReturn(1L);

		String html = mvc.perform(get("/approvals")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("One of these is yours to decide, as the menu counts. The others are marked: "
				+ "“Manager” for a manager to decide, “Asked by you” for another supervisor or a manager.");
		assertThat(html.split(">Asked by you<", -1)).hasSize(2);
	}

	/** The only manager's own request: the page must not suggest that another manager will decide it. */
	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void marksTheRequestsNobodyCanDecideYetAndSaysWhy() throws Exception {
		ApprovalView asked = pending("mo", Approver.MANAGER);
		ApprovalView theirs = new ApprovalView(8L, asked.caseNumber(), asked.kind(), null, asked.amount(), asked.remedy(),
				asked.legalBasis(), asked.reasons(), asked.summary(), Approver.MANAGER, false, null, "mo", ASKED,
				ApprovalStatus.PENDING, null, null, null, 3);
		given(approvals.queue(eq(ApprovalStatus.PENDING), any()))
			.willReturn(listed(pending("staff", Approver.SUPERVISOR), theirs));
		given(approvals.nobodyToDecide(any())).willReturn(java.util.Set.of(theirs.id()));

		String html = mvc.perform(get("/approvals")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("Nobody can decide those marked “Nobody to decide yet”: everyone else who could has "
				+ "no active account. A manager adds one under Users.");
		assertThat(html.split(">Nobody to decide yet<", -1)).hasSize(2);
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void saysNothingOfTheCountWhenTheMenuCountsEveryRequestListed() throws Exception {
		given(approvals.queue(eq(ApprovalStatus.PENDING), any()))
			.willReturn(listed(pending("staff", Approver.SUPERVISOR)));
		given(approvals.pendingCountFor("sue", false)).willReturn(1L);

		mvc.perform(get("/approvals")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("queue-count-note"))))
			.andExpect(content().string(not(containsString("Asked by you"))));
	}

	/** A tab of decided requests grows with every one ever decided: it is shown a page at a time, with a pager. */
	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void showsATabAPageAtATimeWithLinksToThePagesBesideIt() throws Exception {
		given(approvals.queue(ApprovalStatus.APPROVED, PageRequest.of(1, ApprovalController.PAGE_SIZE)))
			.willReturn(new PageImpl<>(List.of(pending("staff", Approver.SUPERVISOR)),
					PageRequest.of(1, ApprovalController.PAGE_SIZE), 3L * ApprovalController.PAGE_SIZE));

		String html = mvc.perform(get("/approvals").param("status", "APPROVED").param("page", "1"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("AC-2026-000042", "href=\"/approvals?status=APPROVED&amp;page=0\"",
				"href=\"/approvals?status=APPROVED&amp;page=2\"");
	}

	/** An old link past the last page shows the last, not an empty list. */
	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void showsTheLastPageForAPagePastIt() throws Exception {
		given(approvals.queue(ApprovalStatus.REJECTED, PageRequest.of(9, ApprovalController.PAGE_SIZE)))
			.willReturn(new PageImpl<>(List.of(), PageRequest.of(9, ApprovalController.PAGE_SIZE), 3));
		given(approvals.queue(ApprovalStatus.REJECTED, PageRequest.of(0, ApprovalController.PAGE_SIZE)))
			.willReturn(new PageImpl<>(List.of(pending("staff", Approver.SUPERVISOR)),
					PageRequest.of(0, ApprovalController.PAGE_SIZE), 3));

		mvc.perform(get("/approvals").param("status", "REJECTED").param("page", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("AC-2026-000042")));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void showsThoseWaitingAndSaysSoForATabThatIsNotOne() throws Exception {
		given(approvals.queue(eq(ApprovalStatus.PENDING), any()))
			.willReturn(listed(pending("staff", Approver.SUPERVISOR)));
		mvc.perform(get("/approvals").param("status", "BOGUS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"“BOGUS” is not a list of requests: these are the ones waiting for a decision.")))
			.andExpect(content().string(containsString("AC-2026-000042")));
		mvc.perform(get("/approvals").param("status", "approved")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("is not a list of requests"))));
		verify(approvals).queue(ApprovalStatus.APPROVED, PageRequest.of(0, ApprovalController.PAGE_SIZE));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void marksTheTabShownAsTheCurrentPageAndSaysWhatTheMenusCountCounts() throws Exception {
		given(approvals.queue(eq(ApprovalStatus.PENDING), any()))
			.willReturn(listed(pending("staff", Approver.SUPERVISOR)));
		given(approvals.pendingCountFor("sue", false)).willReturn(3L);

		mvc.perform(get("/approvals"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"class=\"nav-link active\" aria-current=\"page\" href=\"/approvals?status=PENDING\"")))
			.andExpect(content().string(containsString("<span>3</span><span class=\"visually-hidden\"> pending</span>")));
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void namesTheRemedyInWordsNotItsCode() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.SUPERVISOR));
		String page = mvc.perform(get("/approvals/7")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"approval-remedy\">Full refund</dd>").doesNotContain("FULL_REFUND");
	}

	/** Whether a rejection's note reaches the customer is the returns module's to say: the label follows it. */
	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void saysARejectionsNoteIsPrintedForTheCustomerOnlyWhereItIs() throws Exception {
		ApprovalView onAReturn = pending("staff", Approver.SUPERVISOR);
		given(approvals.get(7)).willReturn(onAReturn);
		given(rejectionNotes.printedForCustomer(onAReturn)).willReturn(true);
		assertThat(mvc.perform(get("/approvals/7")).andReturn().getResponse().getContentAsString())
			.contains("If you reject, it is also printed as the reason on the customer&#39;s copy of the return form");

		given(rejectionNotes.printedForCustomer(onAReturn)).willReturn(false);
		assertThat(mvc.perform(get("/approvals/7")).andReturn().getResponse().getContentAsString())
			.contains("Note (shown to the member of staff who asked)").doesNotContain("If you reject");
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void offersNoButtonsOnOnesOwnRequest() throws Exception {
		given(approvals.get(7)).willReturn(pending("sue", Approver.SUPERVISOR));
		mvc.perform(get("/approvals/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You asked for this, so another supervisor or a manager must decide it.")))
			.andExpect(content().string(not(containsString("value=\"APPROVE\""))));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void leavesAManagersOwnRequestAboveTheSupervisorsLimitToAnotherManager() throws Exception {
		given(approvals.get(7)).willReturn(pending("mo", Approver.MANAGER));
		mvc.perform(get("/approvals/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You asked for this, so another manager must decide it.")))
			.andExpect(content().string(not(containsString("value=\"APPROVE\""))));
	}

	@Test
	@WithMockUser(username = "Sue", roles = "SUPERVISOR")
	void offersNoButtonsToWhoeverWidenedTheReviewAndSaysWhy() throws Exception {
		given(approvals.get(7)).willReturn(new ApprovalView(7L, "AC-2026-000042", ApprovalKind.REVIEW, null, null, null,
				null, List.of(EscalationReason.SAFETY_CONCERN, EscalationReason.LEGAL_THREAT), "Shock, then solicitor",
				Approver.SUPERVISOR, true, "ann", "staff", ASKED, ApprovalStatus.PENDING, null, null, null, 4,
				List.of("sue")));
		mvc.perform(get("/approvals/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You added a reason to this review, so another supervisor or a manager must decide it.")))
			.andExpect(content().string(not(containsString("value=\"APPROVE\""))));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void tellsTheOnlyManagerThatNobodyCanDecideTheirRequestYetAndHowToChangeThat() throws Exception {
		given(approvals.get(7)).willReturn(pending("mo", Approver.MANAGER));
		given(approvals.someoneCanDecide(any())).willReturn(false);
		mvc.perform(get("/approvals/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Nobody can decide this yet: no other manager has an active account. A manager adds one under Users.")));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void leavesAboveLimitRefundsToAManager() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.MANAGER));
		mvc.perform(get("/approvals/7"))
			.andExpect(content().string(containsString("a manager must decide it")))
			.andExpect(content().string(not(containsString("value=\"APPROVE\""))));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void approvesAndReturnsToTheQueue() throws Exception {
		sueDecides(Decision.APPROVE, "ok", ApprovalKind.REFUND, 0)
			.andExpect(redirectedUrl("/approvals"))
			.andExpect(flash().attribute("success",
					"Approved: AC-2026-000042. The case has moved on and the requester can see the decision."));
	}

	static ApprovalView decided(ApprovalKind kind, ApprovalStatus status) {
		return new ApprovalView(7L, "AC-2026-000042", kind, null, null, null, null, List.of(), "x",
				Approver.SUPERVISOR, false, null, "staff", ASKED, status, "sue", ASKED, "Seen", 4);
	}

	/**
	 * Sue decides request 7, a {@code kind} request on case AC-2026-000042, as she saw it at version 3, with
	 * {@code waiting} other requests on the case still undecided.
	 */
	private ResultActions sueDecides(Decision decision, String note, ApprovalKind kind, long waiting) throws Exception {
		ApprovalStatus status = decision == Decision.APPROVE ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED;
		given(approvals.decide(eq(7L), eq(decision), anyString(), eq(3L), eq("sue"), anyBoolean()))
			.willReturn(decided(kind, status));
		given(approvals.requestsWaiting("AC-2026-000042")).willReturn(waiting);
		return mvc.perform(post("/approvals/7/decision").with(csrf())
			.param("decision", decision.name())
			.param("note", note)
			.param("version", "3"));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void saysTheCaseStillWaitsWhenAnotherRequestOnItIsUndecided() throws Exception {
		sueDecides(Decision.APPROVE, "ok", ApprovalKind.REFUND, 1)
			.andExpect(redirectedUrl("/approvals"))
			.andExpect(flash().attribute("success", "Approved: AC-2026-000042. The requester can see the decision;"
					+ " the case still waits for a decision on another refund or goodwill request."));
	}

	/** A review never holds the case nor releases it: deciding one is recorded, and the case stays where it was. */
	@ParameterizedTest
	@ValueSource(longs = { 0, 2 })
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void saysAReviewWasRecordedAndNeverThatTheCaseMovedOn(long waiting) throws Exception {
		sueDecides(Decision.APPROVE, "Seen", ApprovalKind.REVIEW, waiting)
			.andExpect(redirectedUrl("/approvals"))
			.andExpect(flash().attribute("success", "Review recorded: AC-2026-000042. It is on the case's timeline; "
					+ (waiting == 0 ? "the case stays as it was."
							: "the case still waits for decisions on 2 refund or goodwill requests.")))
			.andExpect(flash().attribute("success", not(containsString("moved on"))));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void saysARejectedReviewWasRecordedWithTheNote() throws Exception {
		sueDecides(Decision.REJECT, "No risk", ApprovalKind.REVIEW, 1)
			.andExpect(flash().attribute("success", "Review rejected: AC-2026-000042. It is on the case's timeline"
					+ " with your note; the case still waits for a decision on a refund or goodwill request."));
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void tellsTheSecondDeciderWhoDecidedFirstAndShowsTheNoteTheyTyped() throws Exception {
		given(approvals.get(7)).willReturn(approvedBySue());
		given(approvals.decide(eq(7L), any(), anyString(), any(), eq("ann"), anyBoolean()))
			.willThrow(new ConflictException("Already approved by sue; your decision was not recorded."));
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "REJECT")
			.param("note", "Customer damage on inspection").param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Already approved by sue; your decision was not recorded.")))
			.andExpect(content().string(containsString(">Customer damage on inspection</textarea>")))
			.andExpect(content().string(not(containsString("value=\"APPROVE\""))));
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void namesWhoDecidedFirstAsThePagesNameThem() throws Exception {
		given(staff.displayName("sue")).willReturn(Optional.of("Sue Supervisor"));
		given(approvals.get(7)).willReturn(approvedBySue());
		given(approvals.decide(eq(7L), any(), anyString(), any(), eq("ann"), anyBoolean()))
			.willThrow(new ConflictException("Already approved by Sue Supervisor; your decision was not recorded."));
		String page = mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "REJECT")
			.param("note", "Customer damage on inspection").param("version", "3"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(page)).containsExactly(
				Markup.SummaryLine.unlinked("Already approved by Sue Supervisor; your decision was not recorded."));
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void saysADecisionThatIsNeitherApproveNorRejectInWords() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.SUPERVISOR));
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "MAYBE").param("note", "Hmm")
			.param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose approve or reject")))
			.andExpect(content().string(not(containsString("has an invalid value"))));
		verify(approvals, never()).decide(anyLong(), any(), any(), any(), anyString(), anyBoolean());
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void refusesARejectionWithoutAReasonBesideTheNote() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.SUPERVISOR));
		String page = mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "REJECT")
			.param("note", "  ").param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("decisionForm", "note", "approval.note.requiredToReject"))
			.andReturn().getResponse().getContentAsString();
		uk.aftercare.support.Markup.assertInvalidAndDescribedBy(page, "note", "note-error",
				"Say why it is not approved");
		assertThat(Markup.errorSummary(page)).containsExactly(Markup.SummaryLine.linked(
				"Say why it is not approved: the reason goes on the case and to the person who asked.", "note"));
		verify(approvals, never()).decide(anyLong(), any(), any(), any(), anyString(), anyBoolean());
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void sumsUpADecisionSentBothWaysAndAPageOutOfDateWithLinksIntoTheForm() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.SUPERVISOR));
		String page = mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "APPROVE", "REJECT")
			.param("note", "ok")).andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(page)).extracting(Markup.SummaryLine::href)
			.containsOnly("#decision", "#version");
		assertThat(Markup.attribute(Markup.openingTag(page, "decision"), "aria-describedby")).isEqualTo("decision-error");
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void sumsUpADecisionSomeoneElseMadeFirstWithoutALink() throws Exception {
		given(approvals.get(7)).willReturn(approvedBySue());
		given(approvals.decide(eq(7L), any(), anyString(), any(), eq("ann"), anyBoolean()))
			.willThrow(new ConflictException("Already approved by sue; your decision was not recorded."));
		String page = mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "REJECT")
			.param("note", "Customer damage on inspection").param("version", "3"))
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(page)).hasSize(1).allSatisfy(line -> assertThat(line.href()).isNull());
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void refusesADecisionOnAPageThatIsOutOfDateAndKeepsTheNote() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.SUPERVISOR));
		given(approvals.decide(eq(7L), any(), anyString(), eq(2L), eq("ann"), anyBoolean()))
			.willThrow(new ConflictException("This request changed since you opened it; reload and decide again."));
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "REJECT")
			.param("note", "Customer damage").param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("this page was out of date")))
			.andExpect(content().string(containsString(">Customer damage</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "99999999999999999999" })
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void refusesADecisionWithoutAVersionItCanRead(String version) throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.SUPERVISOR));
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "APPROVE").param("note", "ok")
			.param("version", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("this page was out of date")))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
		verify(approvals, never()).decide(anyLong(), any(), any(), any(), any(), anyBoolean());
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void refusesADecisionWithNoVersionAtAll() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.SUPERVISOR));
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "APPROVE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("this page was out of date")));
		verify(approvals, never()).decide(anyLong(), any(), any(), any(), any(), anyBoolean());
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void refusesADecisionSentBothWays() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.SUPERVISOR));
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "APPROVE", "REJECT")
			.param("note", "ok").param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose approve or reject, not both")));
		verify(approvals, never()).decide(anyLong(), any(), any(), any(), any(), anyBoolean());
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void refusesADecisionWithTwoVersions() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.SUPERVISOR));
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "APPROVE")
			.param("version", "3", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("this page was out of date")));
		verify(approvals, never()).decide(anyLong(), any(), any(), any(), any(), anyBoolean());
	}

	/** Who asked and who decided are named as the case pages name staff: by display name. */
	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void namesWhoAskedAndWhoDecidedByTheirDisplayName() throws Exception {
		given(staff.displayName("staff")).willReturn(Optional.of("Sam Staff"));
		given(staff.displayName("sue")).willReturn(Optional.of("Sue Supervisor"));
		given(approvals.queue(eq(ApprovalStatus.APPROVED), any())).willReturn(listed(approvedBySue()));
		given(approvals.get(7)).willReturn(approvedBySue());

		mvc.perform(get("/approvals").param("status", "APPROVED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Sam Staff</td>")))
			.andExpect(content().string(containsString("<td>Sue Supervisor</td>")));
		mvc.perform(get("/approvals/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>Sam Staff</span>")))
			.andExpect(content().string(containsString("<span>Sue Supervisor</span>")));
	}

	private static ApprovalView approvedBySue() {
		return new ApprovalView(7L, "AC-2026-000042", ApprovalKind.REFUND, null, new BigDecimal("400.00"),
				"FULL_REFUND", "Consumer Rights Act 2015 ss.20-22", List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT),
				"Fridge stopped cooling", Approver.SUPERVISOR, false, null, "staff", ASKED, ApprovalStatus.APPROVED, "sue",
				ASKED.plusSeconds(60), "Faulty within 30 days", 4);
	}

}
