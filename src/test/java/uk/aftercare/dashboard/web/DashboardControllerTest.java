package uk.aftercare.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.classification.CaseType;
import uk.aftercare.dashboard.ApprovalFigures;
import uk.aftercare.dashboard.CaseExport;
import uk.aftercare.dashboard.ClassifierAgreement;
import uk.aftercare.dashboard.ModuleReports;
import uk.aftercare.dashboard.DashboardFilter;
import uk.aftercare.dashboard.DashboardQueries;
import uk.aftercare.dashboard.OpenCaseDashboard;
import uk.aftercare.dashboard.ReportQueries;
import uk.aftercare.dashboard.ReportSnapshots;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffMember;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest({ DashboardController.class, ReportsController.class, CaseExportController.class })
@WebTestSupport
@Import(ReportSnapshots.class)
class DashboardControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DashboardQueries dashboard;

	@MockitoBean
	ReportQueries reports;

	@MockitoBean
	CaseExport export;

	@MockitoBean
	StaffDirectory staff;

	@MockitoBean
	CaseService cases;

	@BeforeEach
	void someFigures() {
		given(dashboard.unpaidRefunds(any())).willReturn(new ModuleReports.UnpaidRefunds(1, new BigDecimal("400.00"),
				List.of(new ModuleReports.UnpaidRefunds.Item("RMA-2026-000007", "AC-2026-000042",
						new BigDecimal("400.00"), java.time.LocalDate.of(2026, 10, 30)))));
		given(reports.refundValue(any())).willReturn(new ModuleReports.RefundValue(new BigDecimal("150.00"),
				new BigDecimal("30.00"), List.of(new ModuleReports.RefundValue.Row("FAULTY", 2, new BigDecimal("150.00")),
						new ModuleReports.RefundValue.Row("CHANGED_MIND", 1, new BigDecimal("30.00"))),
				List.of(new ModuleReports.RefundValue.Row("CRA 2015 ss.20-22", 2, new BigDecimal("150.00")))));
		given(reports.rootCauses(any())).willReturn(new ModuleReports.RootCauses(3, List.of(
				new ModuleReports.RootCauses.Cause("DELIVERY", 3, 100, 100, List.of("Two-hour delivery windows")))));
		given(reports.repeatFaults(any())).willReturn(
				new ModuleReports.RepeatFaults(1, 15, List.of(new ModuleReports.RepeatFault("breville kettle", 3, 2)), false));
		givenSatisfaction(0, 0, 0, List.of(0L, 0L, 0L, 0L, 0L));
		given(dashboard.openCases(any())).willReturn(OpenCaseDashboardFixtures.sample());
		given(dashboard.pendingApprovals(any())).willReturn(
				List.of(new ApprovalFigures.Pending(ApprovalKind.REFUND, 4, Instant.parse("2026-11-02T05:00:00Z")),
						new ApprovalFigures.Pending(ApprovalKind.REVIEW, 1, Instant.parse("2026-10-20T10:00:00Z"))));
		given(dashboard.approvalTurnaround(any()))
			.willReturn(List.of(new ApprovalFigures.Turnaround(ApprovalKind.REFUND, 12, 9, 6.25, 7.5)));
		given(reports.classifierAgreement(any())).willReturn(new ClassifierAgreement(
				new ClassifierAgreement.Rate(1000, 912), Map.of(CaseType.RETURN, new ClassifierAgreement.Rate(500, 480),
						CaseType.COMPLAINT, new ClassifierAgreement.Rate(300, 250), CaseType.QUERY,
						new ClassifierAgreement.Rate(200, 182)),
				Map.of(CaseType.RETURN, Map.of(CaseType.RETURN, 480L, CaseType.COMPLAINT, 15L, CaseType.QUERY, 5L),
						CaseType.COMPLAINT, Map.of(CaseType.RETURN, 30L, CaseType.COMPLAINT, 250L, CaseType.QUERY, 20L),
						CaseType.QUERY, Map.of(CaseType.RETURN, 8L, CaseType.COMPLAINT, 10L, CaseType.QUERY, 182L)),
				List.of(new ClassifierAgreement.MonthRate(java.time.YearMonth.of(2026, 10),
						new ClassifierAgreement.Rate(1000, 912)))));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void showsManagersTheOpenCasesWithEachCountLinkedToTheCaseList() throws Exception {
		mvc.perform(get("/dashboard").param("channel", "PHONE").param("from", "2026-10-01"))
			.andExpect(status().isOk())
			.andExpect(view().name("dashboard/dashboard-page"))
			.andExpect(content().string(containsString("href=\"/returns/RMA-2026-000007\"")))
			.andExpect(content().string(containsString("£400.00 owed to customers")))
			.andExpect(content().string(containsString(
					"id=\"figure-unpaid-refunds\"><a href=\"/dashboard/unpaid-refunds?from=2026-10-01&amp;channel=PHONE\">1</a>")))
			.andExpect(content().string(containsString(
					"href=\"/cases?channel=PHONE&amp;from=2026-10-01&amp;open=true\">42</a>")))
			.andExpect(content().string(containsString(
					"href=\"/cases?channel=PHONE&amp;from=2026-10-01&amp;open=true&amp;sla=BREACHED\">7</a>")))
			.andExpect(content().string(containsString(
					"href=\"/cases?type=RETURN&amp;status=IN_PROGRESS&amp;channel=PHONE&amp;from=2026-10-01&amp;open=true\">9</a>")))
			.andExpect(content().string(containsString(
					"href=\"/cases?channel=PHONE&amp;from=2026-10-01&amp;age=OVER_7_DAYS&amp;open=true\">11</a>")))
			.andExpect(content().string(containsString(
					"href=\"/cases?assignee=sam&amp;channel=PHONE&amp;from=2026-10-01&amp;open=true\">20</a>")))
			.andExpect(content().string(containsString(
					"href=\"/cases?unassigned=true&amp;channel=PHONE&amp;from=2026-10-01&amp;open=true\">22</a>")))
			.andExpect(content().string(containsString(
					"href=\"/cases?unassigned=true&amp;channel=PHONE&amp;from=2026-10-01&amp;age=OVER_7_DAYS&amp;open=true\">9</a>")))
			.andExpect(content().string(containsString(
					"href=\"/dashboard/pending-approvals?kind=REFUND&amp;from=2026-10-01&amp;channel=PHONE\">4</a>")))
			.andExpect(content().string(containsString("5 hours")))
			.andExpect(content().string(containsString("13 days")))
			.andExpect(content().string(containsString(">7.5<")))
			.andExpect(content().string(containsString("data-chart=\"{&quot;labels&quot;:[&quot;Open&quot;,&quot;In progress")))
			.andExpect(content().string(containsString(">From</label>")))
			.andExpect(content().string(containsString("src=\"/webjars/chart.js/dist/chart.umd.min.js\"")));
		verify(dashboard).openCases(new DashboardFilter(LocalDate.of(2026, 10, 1), null, ContactChannel.PHONE, null));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void listsEveryUnpaidRefundTheDashboardCountsAPageAtATime() throws Exception {
		given(dashboard.unpaidRefunds(any(), any())).willAnswer(asked -> new PageImpl<>(
				List.of(new ModuleReports.UnpaidRefunds.Item("RMA-2026-000031", "AC-2026-000077",
						new BigDecimal("12.50"), LocalDate.of(2026, 10, 3))),
				asked.getArgument(1), 26));

		mvc.perform(get("/dashboard/unpaid-refunds").param("channel", "PHONE").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(view().name("dashboard/unpaid-refunds-page"))
			.andExpect(content().string(containsString("26 refunds, £400.00 owed, oldest due first.")))
			.andExpect(content().string(containsString("href=\"/returns/RMA-2026-000031\"")))
			.andExpect(content().string(containsString("href=\"/dashboard/unpaid-refunds?channel=PHONE&amp;page=0\"")))
			.andExpect(content().string(containsString("Page 2 of 2")));
		verify(dashboard).unpaidRefunds(new DashboardFilter(null, null, ContactChannel.PHONE, null),
				PageRequest.of(1, 25));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void listsThePendingRequestsOfAKindTheDashboardCounts() throws Exception {
		given(dashboard.pendingApprovals(any(), any(), any())).willAnswer(asked -> new PageImpl<>(
				List.of(new ApprovalFigures.Waiting(17, ApprovalKind.REFUND, "AC-2026-000042", new BigDecimal("400.00"),
						List.of("REFUND_OVER_AUTHORITY_LIMIT"), "MANAGER", true, "sam", null,
						Instant.parse("2026-11-02T05:00:00Z"))),
				asked.getArgument(2), 1));

		mvc.perform(get("/dashboard/pending-approvals").param("kind", "REFUND").param("channel", "PHONE"))
			.andExpect(status().isOk())
			.andExpect(view().name("dashboard/pending-approvals-page"))
			.andExpect(content().string(containsString("<h1 class=\"h3 mb-0\">Refund: waiting for a decision</h1>")))
			.andExpect(content().string(containsString("1 request, the urgent first, then the oldest.")))
			.andExpect(content().string(containsString("href=\"/approvals/17\"")))
			.andExpect(content().string(containsString("name=\"kind\" value=\"REFUND\"")))
			.andExpect(content().string(containsString(">5 h<")));
		verify(dashboard).pendingApprovals(new DashboardFilter(null, null, ContactChannel.PHONE, null),
				ApprovalKind.REFUND, PageRequest.of(0, 25));

		mvc.perform(get("/dashboard/pending-approvals").param("kind", "BRIBE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\u201cBRIBE\u201d is not a kind of approval request.")));
	}

	/** Staff are named as the case list names them, by display name, on the dashboard and the lists behind it. */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void namesStaffByTheirDisplayName() throws Exception {
		given(staff.displayName("sam")).willReturn(Optional.of("Sam Staff"));
		given(dashboard.pendingApprovals(any(), any(), any())).willAnswer(asked -> new PageImpl<>(
				List.of(new ApprovalFigures.Waiting(17, ApprovalKind.REFUND, "AC-2026-000042", new BigDecimal("400.00"),
						List.of("REFUND_OVER_AUTHORITY_LIMIT"), "MANAGER", true, "sam", "gone",
						Instant.parse("2026-11-02T05:00:00Z"))),
				asked.getArgument(2), 1));

		mvc.perform(get("/dashboard"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"row\">Sam Staff</th>")))
			.andExpect(content().string(containsString("<th scope=\"row\">Nobody</th>")));
		mvc.perform(get("/dashboard/pending-approvals").param("kind", "REFUND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Sam Staff</td>")))
			.andExpect(content().string(containsString("<td>gone</td>")));
	}

	/**
	 * The turnaround chart's figures are also its table for screen readers: both show each figure rounded once, half
	 * up to one decimal, so 2.65 hours is 2.7 in both, not 2.6 beside a bar of 2.7 (2.65, 0.25, 5.05 and 1.45 are
	 * half-way figures that a float or half-even rounding takes down).
	 */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void showsTheTurnaroundTableAndChartRoundedAlike() throws Exception {
		given(dashboard.approvalTurnaround(any())).willReturn(
				List.of(new ApprovalFigures.Turnaround(ApprovalKind.REFUND, 12, 9, 0.25, 2.65),
						new ApprovalFigures.Turnaround(ApprovalKind.GOODWILL_EXCEPTION, 3, 2, 1.45, 5.05)));

		String html = mvc.perform(get("/dashboard")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(rows(html, "approval-turnaround")).containsExactly("Refund | 12 | 9 | 2.7 | 0.3",
				"Goodwill exception | 3 | 2 | 5.1 | 1.5");
		assertThat(chartData(html, "turnaround-chart")).contains("\"data\":[2.7,5.1]", "\"data\":[0.3,1.5]");
	}

	/** A request decided in 2 hours 39 minutes took 2.7 hours on the list behind a count, as in the turnaround. */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void listsADecidedRequestsHoursRoundedAsTheTurnaroundRoundsThem() throws Exception {
		given(dashboard.decidedApprovals(any(), any(), any(), any())).willAnswer(asked -> new PageImpl<>(
				List.of(new ApprovalFigures.Decided(17, ApprovalKind.REFUND, "AC-2026-000042", null, "sam",
						Instant.parse("2026-10-30T09:00:00Z"), "sue", ApprovalStatus.APPROVED,
						Instant.parse("2026-10-30T11:39:00Z"))),
				asked.getArgument(3), 1));

		mvc.perform(get("/dashboard/decided-approvals").param("kind", "REFUND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">2.7<")))
			.andExpect(content().string(not(containsString(">2.6<"))));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void linksEachTurnaroundCountToTheRequestsItCounts() throws Exception {
		mvc.perform(get("/dashboard").param("to", "2026-09-30").param("type", "RETURN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"/dashboard/decided-approvals?kind=REFUND&amp;to=2026-09-30&amp;type=RETURN\">12</a>")))
			.andExpect(content().string(containsString("href=\"/dashboard/decided-approvals?kind=REFUND"
					+ "&amp;outcome=APPROVED&amp;to=2026-09-30&amp;type=RETURN\">9</a>")));
		mvc.perform(get("/dashboard"))
			.andExpect(content().string(containsString("href=\"/dashboard/decided-approvals?kind=REFUND\">12</a>")))
			.andExpect(content().string(
					containsString("href=\"/dashboard/decided-approvals?kind=REFUND&amp;outcome=APPROVED\">9</a>")));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void listsTheDecidedRequestsATurnaroundCountCountsShowingTheLastPageForOnePastIt() throws Exception {
		// 26 requests: the second page holds the last, and any page after it none.
		given(dashboard.decidedApprovals(any(), any(), any(), any())).willAnswer(asked -> {
			PageRequest pageable = asked.getArgument(3);
			return new PageImpl<>(pageable.getPageNumber() > 1 ? List.of()
					: List.of(new ApprovalFigures.Decided(17, ApprovalKind.REFUND, "AC-2026-000042",
							new BigDecimal("1400.00"), "sam", Instant.parse("2026-10-30T09:00:00Z"), "sue",
							ApprovalStatus.APPROVED, Instant.parse("2026-10-30T15:48:00Z"))),
					pageable, 26);
		});

		mvc.perform(get("/dashboard/decided-approvals").param("kind", "REFUND").param("outcome", "APPROVED")
			.param("channel", "PHONE").param("page", "7"))
			.andExpect(status().isOk())
			.andExpect(view().name("dashboard/decided-approvals-page"))
			.andExpect(content().string(containsString("<h1 class=\"h3 mb-0\">Refund: approved</h1>")))
			.andExpect(content().string(containsString("Turnaround: requests decided in the last 30 days")))
			.andExpect(content().string(containsString("26 requests, the latest decision first.")))
			.andExpect(content().string(containsString("<td><a href=\"/approvals/17\">Refund</a></td>")))
			.andExpect(content().string(containsString("href=\"/cases/AC-2026-000042\"")))
			.andExpect(content().string(containsString(">£1,400.00<")))
			.andExpect(content().string(containsString(">30 Oct 2026, 09:00<")))
			.andExpect(content().string(containsString(">30 Oct 2026, 15:48<")))
			.andExpect(content().string(containsString(">Approved<")))
			.andExpect(content().string(containsString(">6.8<")))
			.andExpect(content().string(containsString("name=\"kind\" value=\"REFUND\"")))
			.andExpect(content().string(containsString("name=\"outcome\" value=\"APPROVED\"")))
			.andExpect(content().string(containsString(
					"href=\"/dashboard/decided-approvals?kind=REFUND&amp;outcome=APPROVED&amp;channel=PHONE&amp;page=0\"")))
			.andExpect(content().string(containsString("Page 2 of 2")));
		DashboardFilter phone = new DashboardFilter(null, null, ContactChannel.PHONE, null);
		verify(dashboard).decidedApprovals(phone, ApprovalKind.REFUND, ApprovalStatus.APPROVED, PageRequest.of(7, 25));
		verify(dashboard).decidedApprovals(phone, ApprovalKind.REFUND, ApprovalStatus.APPROVED, PageRequest.of(1, 25));

		mvc.perform(get("/dashboard/decided-approvals").param("kind", "REVIEW").param("from", "2026-09-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"h3 mb-0\">Supervisor review: decided</h1>")))
			.andExpect(content().string(containsString("Turnaround: requests decided in the chosen period")))
			.andExpect(content().string(containsString(">Decided from</label>")))
			.andExpect(content().string(not(containsString("name=\"outcome\""))));
		verify(dashboard).decidedApprovals(new DashboardFilter(LocalDate.of(2026, 9, 1), null, null, null),
				ApprovalKind.REVIEW, null, PageRequest.of(0, 25));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void saysWhenTheKindOutcomeOrFiltersOfADecidedListAreNotOnesItKnows() throws Exception {
		mvc.perform(get("/dashboard/decided-approvals").param("kind", "BRIBE"))
			.andExpect(status().isOk())
			.andExpect(view().name("dashboard/decided-approvals-page"))
			.andExpect(content().string(containsString(
					"id=\"kind-error\">\u201cBRIBE\u201d is not a kind of approval request.")));
		mvc.perform(get("/dashboard/decided-approvals").param("kind", "REFUND").param("outcome", "PENDING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"outcome-error\">\u201cPENDING\u201d is not an outcome of a decision.")))
			.andExpect(content().string(not(containsString("id=\"kind-error\""))));
		mvc.perform(get("/dashboard/decided-approvals").param("kind", "REFUND").param("channel", "FAX"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Correct the filters marked below to see the figures.")))
			.andExpect(content().string(containsString(
					"id=\"channel-error\">\u201cFAX\u201d is not a channel. Choose one from the list.")))
			.andExpect(content().string(not(containsString("id=\"list-count\""))));
		verifyNoInteractions(dashboard);
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void linksEachRepeatFaultToTheFaultyReturnsItCountsWhateverItsName() throws Exception {
		given(reports.repeatFaults(any()))
			.willReturn(new ModuleReports.RepeatFaults(1, 15,
					List.of(new ModuleReports.RepeatFault("kettle+toaster & co #2", 3, 2)), false));

		mvc.perform(get("/reports").param("channel", "PHONE"))
			.andExpect(content().string(containsString("href=\"/reports/repeat-faults?from=2025-11-03&amp;to=2026-11-02"
					+ "&amp;channel=PHONE&amp;product=kettle%2Btoaster%20%26%20co%20%232\"")));
	}

	/**
	 * A report cut to its first rows says how many products there are in all and links to them all; one that shows
	 * every product says how many, with no link.
	 */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void saysHowManyProductsHaveRepeatFaultsAndLinksToThemAllWhenSomeAreNotShown() throws Exception {
		List<ModuleReports.RepeatFault> shown = new java.util.ArrayList<>();
		for (int p = 1; p <= 16; p++) {
			shown.add(new ModuleReports.RepeatFault("Kettle " + p, p == 16 ? 3 : 4, 1));
		}
		given(reports.repeatFaults(any())).willReturn(new ModuleReports.RepeatFaults(42, 15, shown, false));

		mvc.perform(get("/reports").param("channel", "PHONE").param("recompute", "true"))
			.andExpect(content().string(containsString("16 of 42 products with repeat faults, most faults first.")))
			.andExpect(content().string(containsString("Products tied with the last one shown are all shown.")))
			.andExpect(content().string(containsString("<a id=\"all-repeat-faults\" "
					+ "href=\"/reports/repeat-faults/all?from=2025-11-03&amp;to=2026-11-02&amp;channel=PHONE\">See all 42</a>")))
			.andExpect(content().string(containsString(">Kettle 16</a>")));

		given(reports.repeatFaults(any())).willReturn(new ModuleReports.RepeatFaults(2, 15,
				List.of(new ModuleReports.RepeatFault("Kettle", 3, 2), new ModuleReports.RepeatFault("Toaster", 2, 2)),
				false));
		mvc.perform(get("/reports").param("recompute", "true"))
			.andExpect(content().string(containsString("2 products have repeat faults, most faults first.")))
			.andExpect(content().string(not(containsString("id=\"all-repeat-faults\""))));
	}

	/** Past thirty products tied with the fifteenth, the page says the tie goes on rather than that all are shown. */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void saysMoreProductsAreTiedWhenTheTieGoesOnPastThoseShown() throws Exception {
		List<ModuleReports.RepeatFault> shown = new java.util.ArrayList<>();
		for (int p = 1; p <= 30; p++) {
			shown.add(new ModuleReports.RepeatFault("Kettle " + p, 2, 1));
		}
		given(reports.repeatFaults(any())).willReturn(new ModuleReports.RepeatFaults(80, 15, shown, true));

		mvc.perform(get("/reports").param("recompute", "true"))
			.andExpect(content().string(containsString("30 of 80 products with repeat faults, most faults first.")))
			.andExpect(content().string(containsString("More products have as many faults as the last one shown: the "
					+ "list of them all has them.")))
			.andExpect(content().string(not(containsString("are all shown"))))
			.andExpect(content().string(containsString(">See all 80</a>")));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void listsEveryProductWithRepeatFaultsOverTheReportsPeriod() throws Exception {
		given(reports.repeatFaults(any(), any())).willAnswer(asked -> new PageImpl<>(
				List.of(new ModuleReports.RepeatFault("Tarn kettle Pro", 3, 3),
						new ModuleReports.RepeatFault("Toaster", 2, 1)),
				asked.getArgument(1), 27));

		mvc.perform(get("/reports/repeat-faults/all").param("to", "2026-10-31").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(view().name("reports/all-repeat-faults-page"))
			.andExpect(content().string(containsString("27 products were returned as faulty more than once, on returns "
					+ "raised from 1 Nov 2025 to 31 Oct 2026, most faults first.")))
			.andExpect(content().string(containsString("href=\"/reports/repeat-faults?from=2025-11-01&amp;to=2026-10-31"
					+ "&amp;product=Tarn%20kettle%20Pro\">Tarn kettle Pro</a>")))
			.andExpect(content().string(containsString("Page 2 of 2")));
		verify(reports).repeatFaults(new DashboardFilter(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31), null,
				null), PageRequest.of(1, 25));

		mvc.perform(get("/reports/repeat-faults/all").param("to", "2026-02-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filter-errors\"")))
			.andExpect(content().string(not(containsString("id=\"list-count\""))));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void listsTheFaultyReturnsOfAProductOverTheReportsPeriod() throws Exception {
		given(reports.faultyReturns(any(), any(), any())).willAnswer(asked -> new ModuleReports.FaultyReturns(2, 1,
				new PageImpl<>(List.of(
						new ModuleReports.FaultyReturns.FaultyReturn("RMA-2026-000031", "AC-2026-000077",
								LocalDate.of(2026, 10, 3)),
						new ModuleReports.FaultyReturns.FaultyReturn("RMA-2026-000030", "AC-2026-000077",
								LocalDate.of(2026, 9, 3))),
						asked.getArgument(2), 2)));

		mvc.perform(get("/reports/repeat-faults").param("product", "kettle+toaster").param("to", "2026-10-31"))
			.andExpect(status().isOk())
			.andExpect(view().name("reports/repeat-faults-page"))
			.andExpect(content().string(containsString("Faulty returns of \u201ckettle+toaster\u201d")))
			.andExpect(content().string(containsString(
					"2 faulty returns on 1 case, raised from 1 Nov 2025 to 31 Oct 2026, the latest first.")))
			.andExpect(content().string(containsString("href=\"/returns/RMA-2026-000030\"")))
			.andExpect(content().string(containsString("name=\"product\" value=\"kettle+toaster\"")));
		verify(reports).faultyReturns(new DashboardFilter(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31), null,
				null), "kettle+toaster", PageRequest.of(0, 25));

		mvc.perform(get("/reports/repeat-faults"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a product from the report of repeat faults.")));
	}

	/** A product with no faulty returns in the period chosen (an old link, another channel) says so in a sentence. */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void saysSoWhenAProductHasNoFaultyReturnsInThePeriod() throws Exception {
		given(reports.faultyReturns(any(), any(), any())).willAnswer(
				asked -> new ModuleReports.FaultyReturns(0, 0, new PageImpl<>(List.of(), asked.getArgument(2), 0)));

		mvc.perform(get("/reports/repeat-faults").param("product", "Kettle").param("to", "2026-10-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"No faulty returns of this product were raised from 1 Nov 2025 to 31 Oct 2026.")))
			.andExpect(content().string(not(containsString("on no cases"))));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void saysWhichDaysTheApprovalTurnaroundCovers() throws Exception {
		assertThat(caption(page(get("/dashboard"))))
			.isEqualTo("Turnaround: requests decided in the last 30 days");
		assertThat(caption(page(get("/dashboard").param("to", "2026-09-30"))))
			.isEqualTo("Turnaround: requests decided in the 30 days up to 30 Sept 2026");
		assertThat(caption(page(get("/dashboard").param("from", "2026-09-01"))))
			.isEqualTo("Turnaround: requests decided in the chosen period");
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/**
	 * The satisfaction report: how many answered, their average score, the resolution rate in per cent, how many gave
	 * each score from 1 to 5, the months of the trend, and no comments.
	 */
	private void givenSatisfaction(long responses, double average, double resolvedPercent, List<Long> byScore,
			ModuleReports.Satisfaction.Month... months) {
		given(reports.satisfaction(any())).willReturn(new ModuleReports.Satisfaction(responses, average,
				resolvedPercent, byScore, List.of(months), List.of()));
	}

	private static ModuleReports.Satisfaction.Month month(int year, int month, long responses, double average) {
		return new ModuleReports.Satisfaction.Month(java.time.YearMonth.of(year, month), responses, average);
	}

	private static String caption(String html) {
		int start = html.indexOf('>', html.indexOf("id=\"turnaround-period\"")) + 1;
		return html.substring(start, html.indexOf("</caption>", start));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void showsFiltersThatAreNotValidBesideTheirFieldsAsTypedAndNoFigures() throws Exception {
		mvc.perform(get("/dashboard").param("from", "2026-13-45").param("channel", "FAX").param("type", "RETURN"))
			.andExpect(status().isOk())
			.andExpect(view().name("dashboard/dashboard-page"))
			.andExpect(content().string(containsString("Correct the filters marked below to see the figures.")))
			.andExpect(content().string(containsString(
					"id=\"from-error\">\u201c2026-13-45\u201d is not a date. Choose one, or type it as day/month/year")))
			.andExpect(content().string(containsString("value=\"2026-13-45\"")))
			.andExpect(content().string(containsString(
					"id=\"channel-error\">\u201cFAX\u201d is not a channel. Choose one from the list.")))
			.andExpect(content().string(containsString("value=\"RETURN\" selected=\"selected\"")))
			.andExpect(content().string(not(containsString("id=\"headlines\""))));
		verifyNoInteractions(dashboard);
	}

	/**
	 * The dashboard's dates choose the cases logged and, for the turnaround, the requests decided: the labels claim
	 * neither, and the hint beside them, which each date is described by, says both.
	 */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void saysBesideTheDashboardsDatesThatTheyChooseCasesLoggedAndApprovalsDecided() throws Exception {
		String html = mvc.perform(get("/dashboard"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.label(html, "from")).contains(">From</label>").doesNotContain("Logged");
		assertThat(Markup.label(html, "to")).contains(">To</label>").doesNotContain("Logged");
		assertThat(periodHint(html)).isEqualTo("Cases logged, and approvals decided, in this period.");
		assertThat(Markup.attribute(Markup.openingTag(html, "from"), "aria-describedby")).isEqualTo("period-hint");
		assertThat(Markup.attribute(Markup.openingTag(html, "to"), "aria-describedby")).isEqualTo("period-hint");
	}

	/** A date refused is described by its message first, then by what the dates choose. */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void describesARefusedDateByItsMessageAndThePeriodHint() throws Exception {
		String html = mvc.perform(get("/dashboard").param("from", "2026-10-31").param("to", "2026-10-01"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "to", "to-error",
				"The end date, 1 Oct 2026, is before the start date, 31 Oct 2026.");
		assertThat(Markup.attribute(Markup.openingTag(html, "to"), "aria-describedby"))
			.isEqualTo("to-error period-hint");
		assertThat(Markup.attribute(Markup.openingTag(html, "from"), "aria-describedby")).isEqualTo("period-hint");
	}

	/**
	 * The lists behind the dashboard's waiting requests and unpaid refunds choose them by when their case was logged,
	 * and say so; decided requests are chosen by when they were decided, and their labels say so.
	 */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void eachListBehindADashboardFigureSaysWhatItsDatesChoose() throws Exception {
		given(dashboard.pendingApprovals(any(), any(), any())).willAnswer(asked -> new PageImpl<>(List.of(),
				asked.getArgument(2), 0));
		given(dashboard.unpaidRefunds(any(), any())).willAnswer(asked -> new PageImpl<>(List.of(),
				asked.getArgument(1), 0));
		given(dashboard.decidedApprovals(any(), any(), any(), any())).willAnswer(asked -> new PageImpl<>(List.of(),
				asked.getArgument(3), 0));

		String pending = mvc.perform(get("/dashboard/pending-approvals")).andReturn().getResponse()
			.getContentAsString();
		String unpaid = mvc.perform(get("/dashboard/unpaid-refunds")).andReturn().getResponse().getContentAsString();
		String decided = mvc.perform(get("/dashboard/decided-approvals")).andReturn().getResponse()
			.getContentAsString();

		assertThat(periodHint(pending)).isEqualTo("Requests on cases logged in this period.");
		assertThat(periodHint(unpaid)).isEqualTo("Refunds on cases logged in this period.");
		assertThat(Markup.label(decided, "from")).contains(">Decided from</label>");
		assertThat(decided).doesNotContain("id=\"period-hint\"");
		assertThat(Markup.attribute(Markup.openingTag(decided, "from"), "aria-describedby")).isNull();
	}

	private static String periodHint(String html) {
		String hint = html.substring(html.indexOf(Markup.openingTag(html, "period-hint")));
		return hint.substring(hint.indexOf('>') + 1, hint.indexOf("</p>"));
	}

	/** A period that ends before it starts is refused beside its end, naming both days, on every page it filters. */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void refusesAPeriodThatEndsBeforeItStartsNamingBothDays() throws Exception {
		String[] pages = { "/dashboard", "/reports", "/dashboard/decided-approvals?kind=REFUND",
				"/dashboard/pending-approvals", "/dashboard/unpaid-refunds" };
		for (String page : pages) {
			String html = mvc.perform(get(page).param("from", "2026-11-20").param("to", "2026-11-01"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();

			Markup.assertInvalidAndDescribedBy(html, "to", "to-error",
					"The end date, 1 Nov 2026, is before the start date, 20 Nov 2026.");
			assertThat(Markup.attribute(Markup.openingTag(html, "from"), "value")).as(page).isEqualTo("2026-11-20");
			assertThat(Markup.attribute(Markup.openingTag(html, "to"), "value")).as(page).isEqualTo("2026-11-01");
			assertThat(html).as(page).doesNotContain("id=\"how-counted\"", "id=\"headlines\"");
		}
		verifyNoInteractions(dashboard, reports);
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void reportsRefuseAStartAfterTodayWithNoEndAndDatesNoCaseCouldHave() throws Exception {
		mvc.perform(get("/reports").param("from", "2026-12-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"from-error\">The start date, 1 Dec 2026, is after today. Choose an end date as well.")));
		mvc.perform(get("/reports").param("to", "20260-01-01").param("type", "PRAISE"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("id=\"to-error\">\u201c20260-01-01\u201d is outside the years 1900 to 9999.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(
					containsString("id=\"type-error\">\u201cPRAISE\u201d is not a case type. Choose one from the list.")));
		verifyNoInteractions(reports);
	}

	@Test
	void theChartLibraryIsServedFromItsWebJarWithoutAVersionInTheLink() throws Exception {
		mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chart.js v4.5.1")));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void keepsTheDashboardReportsAndExportFromSupervisors() throws Exception {
		mvc.perform(get("/dashboard")).andExpect(status().isForbidden());
		mvc.perform(get("/reports")).andExpect(status().isForbidden());
		mvc.perform(get("/cases/export.csv")).andExpect(status().isForbidden());
		mvc.perform(get("/cases/export.csv").param("status", "NOPE")).andExpect(status().isForbidden());
		verifyNoInteractions(dashboard, reports, export);
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void keepsTheDashboardReportsAndExportFromStaff() throws Exception {
		mvc.perform(get("/dashboard")).andExpect(status().isForbidden());
		mvc.perform(get("/reports")).andExpect(status().isForbidden());
		mvc.perform(get("/cases/export.csv")).andExpect(status().isForbidden());
		verifyNoInteractions(dashboard, reports, export);
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void reportsCoverTheLastTwelveMonthsUnlessAPeriodIsChosen() throws Exception {
		mvc.perform(get("/reports"))
			.andExpect(status().isOk())
			.andExpect(view().name("reports/report-page"))
			.andExpect(content().string(containsString("91.2% of cases kept the suggested type (912 of 1,000)")))
			.andExpect(content().string(containsString("Cases logged from 3 Nov 2025 to 2 Nov 2026.")))
			.andExpect(content().string(containsString("Refunds paid from 3 Nov 2025 to 2 Nov 2026.")))
			.andExpect(content().string(containsString("Complaints closed from 3 Nov 2025 to 2 Nov 2026. A complaint "
					+ "reopened and closed again counts once, under the root cause of its latest closing.")))
			.andExpect(content().string(containsString("Faulty returns raised from 3 Nov 2025 to 2 Nov 2026.")))
			.andExpect(content().string(containsString("Feedback received from 3 Nov 2025 to 2 Nov 2026.")))
			.andExpect(content().string(containsString(">From</label>")))
			.andExpect(content().string(containsString("Statutory: £150.00")))
			.andExpect(content().string(containsString("Goodwill: £30.00")))
			.andExpect(content().string(containsString("Two-hour delivery windows")))
			.andExpect(content().string(containsString("Latest preventive measures (up to 3 each)")))
			.andExpect(content().string(containsString(
					"href=\"/reports/repeat-faults?from=2025-11-03&amp;to=2026-11-02&amp;product=breville%20kettle\">breville kettle</a>")))
			.andExpect(content().string(containsString("No feedback received in this period.")))
			.andExpect(content().string(containsString("id=\"refund-reason-chart\"")))
			.andExpect(content().string(containsString("id=\"agreement-trend-chart\"")))
			.andExpect(content().string(containsString("Figures computed at 2 Nov 2026, ")))
			.andExpect(content().string(containsString("kept for up to 10 minutes")))
			.andExpect(content().string(containsString("id=\"from\" name=\"from\" value=\"2025-11-03\"")))
			.andExpect(content().string(containsString("type=\"hidden\" name=\"from\" value=\"2025-11-03\"")));
		verify(reports).classifierAgreement(
				new DashboardFilter(LocalDate.of(2025, 11, 3), LocalDate.of(2026, 11, 2), null, null));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void trendChartsLeaveAGapForAMonthWithoutFigures() throws Exception {
		givenSatisfaction(50, 3.9, 80, List.of(2L, 3L, 5L, 15L, 25L), month(2026, 7, 20, 3.75),
				month(2026, 10, 30, 4.0));
		ClassifierAgreement.Rate none = new ClassifierAgreement.Rate(0, 0);
		Map<CaseType, Long> noCases = Map.of(CaseType.RETURN, 0L, CaseType.COMPLAINT, 0L, CaseType.QUERY, 0L);
		given(reports.classifierAgreement(any())).willReturn(new ClassifierAgreement(new ClassifierAgreement.Rate(3, 2),
				Map.of(CaseType.RETURN, none, CaseType.COMPLAINT, none, CaseType.QUERY, none),
				Map.of(CaseType.RETURN, noCases, CaseType.COMPLAINT, noCases, CaseType.QUERY, noCases),
				List.of(new ClassifierAgreement.MonthRate(java.time.YearMonth.of(2025, 12),
						new ClassifierAgreement.Rate(2, 1)),
						new ClassifierAgreement.MonthRate(java.time.YearMonth.of(2026, 2),
								new ClassifierAgreement.Rate(1, 1)))));

		// A period of its own: the reports of a period are kept, and other tests ask for the default one.
		mvc.perform(get("/reports").param("from", "2025-11-01").param("channel", "WEB").param("recompute", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("{&quot;labels&quot;:[&quot;Jul 2026&quot;,&quot;Aug 2026&quot;,"
					+ "&quot;Sept 2026&quot;,&quot;Oct 2026&quot;],&quot;datasets&quot;:[{&quot;label&quot;:"
					+ "&quot;Average score&quot;,&quot;data&quot;:[3.8,null,null,4.0]}]}")))
			.andExpect(content().string(containsString("{&quot;labels&quot;:[&quot;Dec 2025&quot;,&quot;Jan 2026&quot;,"
					+ "&quot;Feb 2026&quot;],&quot;datasets&quot;:[{&quot;label&quot;:&quot;Kept the suggestion&quot;,"
					+ "&quot;data&quot;:[50.0,null,100.0]}]}")));
	}

	/**
	 * A confirmed type with no cases in the period (none logged, or filtered out) has no agreement to show: not 0 %,
	 * which would say the classifier was wrong every time.
	 */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void agreementShowsNoRateForATypeWithoutCases() throws Exception {
		ClassifierAgreement.Rate none = new ClassifierAgreement.Rate(0, 0);
		Map<CaseType, Long> noCases = Map.of(CaseType.RETURN, 0L, CaseType.COMPLAINT, 0L, CaseType.QUERY, 0L);
		given(reports.classifierAgreement(any())).willReturn(new ClassifierAgreement(new ClassifierAgreement.Rate(10, 9),
				Map.of(CaseType.RETURN, new ClassifierAgreement.Rate(10, 9), CaseType.COMPLAINT, none, CaseType.QUERY,
						none),
				Map.of(CaseType.RETURN, Map.of(CaseType.RETURN, 9L, CaseType.COMPLAINT, 1L, CaseType.QUERY, 0L),
						CaseType.COMPLAINT, noCases, CaseType.QUERY, noCases),
				List.of(new ClassifierAgreement.MonthRate(java.time.YearMonth.of(2026, 10),
						new ClassifierAgreement.Rate(10, 9)))));

		// A period of its own: the reports of a period are kept, and other tests ask for the default one.
		String html = mvc.perform(get("/reports").param("from", "2025-11-01").param("type", "RETURN"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(rows(html, "agreement-by-type")).containsExactly("Complaint | 0 | 0 | 0 | —",
				"Query | 0 | 0 | 0 | —", "Return | 1 | 0 | 9 | 90.0%");
		assertThat(html).contains("{&quot;labels&quot;:[&quot;Complaint&quot;,&quot;Query&quot;,&quot;Return&quot;],"
				+ "&quot;datasets&quot;:[{&quot;label&quot;:&quot;Kept the suggestion&quot;,"
				+ "&quot;data&quot;:[null,null,90.0]}]}");
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void saysOneResponseInTheSingular() throws Exception {
		givenSatisfaction(1, 4, 100, List.of(0L, 0L, 0L, 1L, 0L), month(2026, 10, 1, 4.0));

		// A period of its own: the reports of a period are kept, and other tests ask for the default one.
		mvc.perform(get("/reports").param("from", "2026-10-01").param("to", "2026-10-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4.0 out of 5 from 1 response<")));
	}

	/** The satisfaction charts are pictures: their figures are also in tables, as the other reports' charts are. */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void reportsGiveTheSatisfactionChartsFiguresAsTables() throws Exception {
		givenSatisfaction(50, 3.9, 80, List.of(2L, 3L, 5L, 15L, 1025L), month(2026, 9, 20, 3.75),
				month(2026, 10, 30, 4.0));

		String html = mvc.perform(get("/reports").param("recompute", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("id=\"satisfaction-distribution-chart\"", "id=\"satisfaction-trend-chart\"",
				"Latest comments (up to 10)");
		assertThat(rows(html, "satisfaction-by-score")).containsExactly("1 - Very dissatisfied | 2",
				"2 - Dissatisfied | 3", "3 - Neither | 5", "4 - Satisfied | 15", "5 - Very satisfied | 1,025");
		assertThat(rows(html, "satisfaction-by-month")).containsExactly("Sept 2026 | 20 | 3.8", "Oct 2026 | 30 | 4.0");
	}

	/**
	 * The agreement and satisfaction charts give the figures their tables and headlines give, each rounded once, half
	 * up to one decimal: 6.25 % is 6.3 % and an average of 4.25 is 4.3 everywhere on the page.
	 */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void reportsShowEachChartsFiguresRoundedAsItsTableDoes() throws Exception {
		givenSatisfaction(20, 4.25, 80, List.of(0L, 0L, 5L, 5L, 10L), month(2026, 10, 20, 4.25));
		ClassifierAgreement.Rate sixAndAQuarter = new ClassifierAgreement.Rate(16, 1);
		ClassifierAgreement.Rate oneAndAQuarter = new ClassifierAgreement.Rate(80, 1);
		Map<CaseType, Long> noCases = Map.of(CaseType.RETURN, 0L, CaseType.COMPLAINT, 0L, CaseType.QUERY, 0L);
		given(reports.classifierAgreement(any())).willReturn(new ClassifierAgreement(sixAndAQuarter,
				Map.of(CaseType.RETURN, sixAndAQuarter, CaseType.COMPLAINT, oneAndAQuarter, CaseType.QUERY,
						new ClassifierAgreement.Rate(0, 0)),
				Map.of(CaseType.RETURN, noCases, CaseType.COMPLAINT, noCases, CaseType.QUERY, noCases),
				List.of(new ClassifierAgreement.MonthRate(java.time.YearMonth.of(2026, 10), sixAndAQuarter))));

		// A period of its own: the reports of a period are kept, and other tests ask for the default one.
		String html = mvc.perform(get("/reports").param("from", "2026-10-01").param("to", "2026-10-30"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(html).contains("6.3% of cases kept the suggested type", "4.3 out of 5 from 20 responses");
		assertThat(rows(html, "agreement-by-type")).containsExactly("Complaint | 0 | 0 | 0 | 1.3%",
				"Query | 0 | 0 | 0 | —", "Return | 0 | 0 | 0 | 6.3%");
		assertThat(chartData(html, "agreement-type-chart")).contains("\"data\":[1.3,null,6.3]");
		assertThat(rows(html, "agreement-by-month")).containsExactly("Oct 2026 | 16 | 6.3%");
		assertThat(chartData(html, "agreement-trend-chart")).contains("\"data\":[6.3]");
		assertThat(rows(html, "satisfaction-by-month")).containsExactly("Oct 2026 | 20 | 4.3");
		assertThat(chartData(html, "satisfaction-trend-chart")).contains("\"data\":[4.3]");
	}

	/** The figures a chart draws, as JSON: its data-chart attribute, unescaped. */
	private static String chartData(String html, String chartId) {
		return Markup.attribute(Markup.openingTag(html, chartId), "data-chart").replace("&quot;", "\"");
	}

	/** The text of each body row of the table with this id, its cells joined by " | ". */
	private static List<String> rows(String html, String tableId) {
		int start = html.indexOf("<tbody>", html.indexOf("id=\"" + tableId + "\""));
		String body = html.substring(start, html.indexOf("</tbody>", start));
		return java.util.Arrays.stream(body.split("</tr>"))
			.map(row -> row.replaceAll("</t[hd]>\\s*<t[hd]", " | <t").replaceAll("<[^>]*>", "").strip())
			.filter(row -> !row.isEmpty())
			.toList();
	}

	/** Only the page's button sends recompute=true; anything else shows the kept figures, filters and all. */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void reportsComputeAgainOnlyWhenAskedWithTrue() throws Exception {
		DashboardFilter filter = new DashboardFilter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
				ContactChannel.CHAT, null);
		mvc.perform(get("/reports").param("from", "2024-01-01").param("to", "2024-03-31").param("channel", "CHAT"))
			.andExpect(status().isOk());

		for (String notTrue : new String[] { "maybe", "", "yes", "false" }) {
			mvc.perform(get("/reports").param("from", "2024-01-01")
				.param("to", "2024-03-31")
				.param("channel", "CHAT")
				.param("recompute", notTrue))
				.andExpect(status().isOk())
				.andExpect(view().name("reports/report-page"))
				.andExpect(content().string(containsString("id=\"to\" name=\"to\" value=\"2024-03-31\"")));
		}
		verify(reports, times(1)).classifierAgreement(filter);

		mvc.perform(get("/reports").param("from", "2024-01-01")
			.param("to", "2024-03-31")
			.param("channel", "CHAT")
			.param("recompute", "true")).andExpect(status().isOk());
		verify(reports, times(2)).classifierAgreement(filter);
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void reportsCompleteAPeriodWithOnlyOneEndChosen() throws Exception {
		mvc.perform(get("/reports").param("to", "2026-06-30").param("channel", "PHONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Refunds paid from 1 Jul 2025 to 30 Jun 2026.")));
		mvc.perform(get("/reports").param("from", "2026-10-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Feedback received from 1 Oct 2026 to 2 Nov 2026.")));
		// Never a start the form itself would refuse.
		mvc.perform(get("/reports").param("to", "1900-06-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Feedback received from 1 Jan 1900 to 30 Jun 1900.")));

		verify(reports).refundValue(
				new DashboardFilter(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30), ContactChannel.PHONE, null));
		verify(reports)
			.satisfaction(new DashboardFilter(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 2), null, null));
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void exportsTheFilteredListAsAnAttachment() throws Exception {
		given(export.export(any(), any())).willReturn(0L);

		byte[] body = mvc.perform(get("/cases/export.csv").param("type", "RETURN").param("open", "true"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("cases-2026-11-02.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		verify(export).export(argThat(query -> query.type() == CaseType.RETURN), any());
		// UTF-8's byte order mark, which tells Excel the file is UTF-8.
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
	}

	/** As the case list binds them: a parameter sent twice keeps its first value, the assignee as the directory spells it. */
	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void readsTheFiltersExactlyAsTheCaseListDoes() throws Exception {
		given(export.export(any(), any())).willReturn(0L);
		given(staff.find("STAFF2"))
			.willReturn(Optional.of(new StaffMember("staff2", "Sam Second", "staff2@example.com", Role.STAFF, true)));

		mvc.perform(get("/cases/export.csv").param("type", "RETURN", "QUERY")
			.param("assignee", "STAFF2")
			.param("q", " jane@example.com\u0000", "someone else"))
			.andExpect(status().isOk());

		verify(export).export(argThat(query -> query.type() == CaseType.RETURN && "staff2".equals(query.assignee())
				&& "jane@example.com".equals(query.text())), any());
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void sendsAnExportWithFiltersThatAreNotValidToTheCaseListWithTheSameFilters() throws Exception {
		String filters = "type=RETURN&status=NOPE&from=2026-02-30&q=" + "x".repeat(201) + "&open=maybe";

		mvc.perform(get("/cases/export.csv?" + filters))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/cases?" + filters));
		verifyNoInteractions(export);
	}

	@Test
	@WithMockUser(username = "manager", roles = "MANAGER")
	void showsTheDashboardAndReportsInTheMenuForManagers() throws Exception {
		mvc.perform(get("/dashboard"))
			.andExpect(content().string(containsString("href=\"/reports\"")));
	}

}
