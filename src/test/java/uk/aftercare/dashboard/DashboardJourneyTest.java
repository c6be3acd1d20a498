package uk.aftercare.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseAge;
import uk.aftercare.cases.CaseListFilter;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.SlaFilter;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.followups.ClosingRequest;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.followups.RootCause;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.support.Links;
import uk.aftercare.support.Markup;

/** The dashboard and export through the whole application, with cases logged through the real services. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardJourneyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	DashboardQueries dashboard;

	@Autowired
	ShopClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClosingService closing;

	private String open(String email, CaseType type, ContactChannel channel, String said) {
		return cases.open(new OpenCaseCommand(channel, said, new ContactDetails("Jane Smith, Esq.", email, null), null,
				"W-77", "Kettle", type, false), "sam", null).view().caseNumber();
	}

	@Test
	void managersExportTheCasesTheListShowsAsCsv() throws Exception {
		String email = UUID.randomUUID() + "@example.com";
		String first = open(email, CaseType.RETURN, ContactChannel.CHAT, "The kettle leaks, \"badly\", I want a refund");
		String second = open(email, CaseType.COMPLAINT, ContactChannel.PHONE, "Nobody called me back about the kettle");
		cases.changeStatus(second, CaseStatus.RESOLVED, null, "sam");

		String csv = mvc.perform(get("/cases/export.csv").param("q", email).with(user("mo").roles("MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<List<String>> rows = csv(csv);
		assertThat(rows).hasSize(3);
		assertThat(rows).extracting(row -> row.get(0)).containsExactly("case_number", second, first);
		assertThat(rows.get(2).get(7)).isEqualTo("Jane Smith, Esq.");
		assertThat(rows.get(2).get(22)).isEqualTo("The kettle leaks, \"badly\", I want a refund");
		assertThat(rows.get(1).get(4)).isEqualTo("RESOLVED");

		String open = mvc.perform(get("/cases/export.csv").param("q", email).param("open", "true")
			.with(user("mo").roles("MANAGER"))).andReturn().getResponse().getContentAsString();
		assertThat(csv(open)).extracting(row -> row.get(0)).containsExactly("case_number", first);
	}

	/** The rows of an exported file, which starts with UTF-8's byte order mark for Excel. */
	private static List<List<String>> csv(String body) {
		assertThat(body).startsWith("\uFEFF");
		return Csv.parse(body.substring(1));
	}

	@Test
	void theListsExportLinkFindsAnAddressWithAPlus() throws Exception {
		String email = "jane+" + UUID.randomUUID() + "@example.com";
		String caseNumber = open(email, CaseType.RETURN, ContactChannel.WEB, "The kettle leaks, I want a refund");
		String list = mvc.perform(get("/cases").param("q", email).with(user("mo").roles("MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String export = Markup.attribute(Markup.openingTag(list, "export-csv"), "href");

		String csv = mvc.perform(Links.get(export).with(user("mo").roles("MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(csv(csv)).extracting(row -> row.get(0)).containsExactly("case_number", caseNumber);
	}

	@Test
	void everyDashboardFigureMatchesTheCaseListItLinksTo() {
		String email = UUID.randomUUID() + "@example.com";
		open(email, CaseType.RETURN, ContactChannel.WEB, "The toaster stopped working, I want a refund");
		open(email, CaseType.QUERY, ContactChannel.WEB, "What time do you open on Sunday?");
		DashboardFilter filter = new DashboardFilter(null, null, ContactChannel.WEB, null);

		OpenCaseDashboard open = dashboard.openCases(filter);

		CaseListFilter base = filter.caseList().openOnly();
		assertThat(open.total()).isGreaterThanOrEqualTo(2);
		assertThat(listed(base)).isEqualTo(open.total());
		for (CaseAge age : CaseAge.values()) {
			assertThat(listed(base.withAge(age))).as(age.name()).isEqualTo(open.byAge().get(age));
		}
		for (SlaFilter sla : SlaFilter.values()) {
			assertThat(listed(base.withSla(sla))).as(sla.name()).isEqualTo(open.bySla().get(sla));
		}
		for (CaseType type : CaseType.values()) {
			assertThat(listed(base.withType(type))).isEqualTo(open.byType().get(type));
		}
		for (OpenCaseDashboard.StaffLoad load : open.byAssignee()) {
			if (load.assignee() != null) {
				assertThat(listed(base.withAssignee(load.assignee()))).isEqualTo(load.open());
			}
		}
	}

	private long listed(CaseListFilter filter) {
		Instant now = clock.now();
		ZoneId zone = clock.zone();
		return cases.search(filter.toQuery("manager", now, zone), PageRequest.of(0, 1)).getTotalElements();
	}

	/**
	 * Every count in the headline figures, the cases per member of staff (the "Nobody" row too), the unpaid refunds and
	 * the approvals waiting is a link, and the list it opens says it has that many and shows them.
	 */
	@Test
	void everyCountOnTheDashboardOpensAListOfThatMany() throws Exception {
		String email = UUID.randomUUID() + "@example.com";
		String kettle = open(email, CaseType.RETURN, ContactChannel.PHONE, "The kettle leaks, I want a refund");
		String nobodys = open(email, CaseType.QUERY, ContactChannel.PHONE, "What time do you open on Sunday?");
		jdbc.sql("update service_case set assignee = null where case_number = :n").param("n", nobodys).update();
		new ReturnRows(jdbc).insert(kettle, "FAULTY", "FULL_REFUND", false, "CRA 2015 ss.20-22", "40.00",
				clock.today().minusDays(3), null, "AUTHORISED", "Kettle", clock.today().minusDays(20), clock.now());
		CaseRows rows = new CaseRows(jdbc);
		rows.approval(kettle, "REFUND", "PENDING", clock.now().minusSeconds(3600), null);
		rows.approval(nobodys, "REVIEW", "PENDING", clock.now().minusSeconds(60), null);
		rows.approval(kettle, "REFUND", "APPROVED", clock.now().minusSeconds(7200), clock.now().minusSeconds(3600));
		rows.approval(kettle, "REFUND", "REJECTED", clock.now().minusSeconds(5400), clock.now().minusSeconds(1800));
		rows.approval(nobodys, "REVIEW", "APPROVED", clock.now().minusSeconds(600), clock.now().minusSeconds(300));

		String dashboard = page("/dashboard?channel=PHONE");

		for (String section : List.of("headlines", "staff-load", "unpaid-refunds", "pending-approvals",
				"approval-turnaround")) {
			String html = section(dashboard, section);
			List<String> counts = Pattern.compile(">\\s*([0-9][0-9,]*)\\s*<").matcher(html).results()
				.map(m -> m.group(1))
				.toList();
			Matcher links = Pattern.compile("<a href=\"([^\"]*)\">([0-9][0-9,]*)</a>").matcher(html);
			List<String> linked = new java.util.ArrayList<>();
			while (links.find()) {
				long shown = Long.parseLong(links.group(2).replace(",", ""));
				assertThat(listed(links.group(1))).as("the list behind %s in #%s", links.group(2), section)
					.isEqualTo(shown);
				linked.add(links.group(2));
			}
			assertThat(linked).as("the counts in #%s that are links", section).isNotEmpty().isEqualTo(counts);
		}
		assertThat(section(dashboard, "staff-load")).contains("unassigned=true");
		assertThat(section(dashboard, "unpaid-refunds")).contains("href=\"/dashboard/unpaid-refunds?channel=PHONE\"");
		assertThat(section(dashboard, "pending-approvals"))
			.contains("href=\"/dashboard/pending-approvals?kind=REFUND&amp;channel=PHONE\"");
		assertThat(section(dashboard, "approval-turnaround"))
			.contains("href=\"/dashboard/decided-approvals?kind=REFUND&amp;channel=PHONE\"")
			.contains("href=\"/dashboard/decided-approvals?kind=REFUND&amp;outcome=APPROVED&amp;channel=PHONE\"");
	}

	@Test
	void aRepeatFaultLinksToTheFaultyReturnsAndCasesItCounts() throws Exception {
		String product = "Kettle KT-" + UUID.randomUUID();
		String email = UUID.randomUUID() + "@example.com";
		String twice = open(email, CaseType.RETURN, ContactChannel.WEB, "The kettle leaks again, I want a refund");
		String once = open(email, CaseType.RETURN, ContactChannel.WEB, "My other kettle leaks too");
		String unrelated = open(email, CaseType.RETURN, ContactChannel.WEB, "I changed my mind about the kettle");
		ReturnRows returns = new ReturnRows(jdbc);
		for (String[] faulty : new String[][] { { twice, "3" }, { twice, "2" }, { once, "1" } }) {
			LocalDate raised = clock.today().minusDays(Long.parseLong(faulty[1]));
			returns.insert(faulty[0], "FAULTY", "REPAIR", false, "CRA 2015 s.23", "10.00", null, null, "RECEIVED",
					product, raised, clock.now());
		}
		returns.insert(unrelated, "CHANGED_MIND", "GOODWILL_REFUND", true, "Goodwill", "10.00", null, null,
				"RECEIVED", product, clock.today(), clock.now());

		String report = page("/reports?recompute=true");
		Matcher row = Pattern.compile("<a href=\"([^\"]*)\">" + Pattern.quote(product)
				+ "</a></td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>").matcher(report);
		assertThat(row.find()).as("the product's row in the report").isTrue();
		String list = page(row.group(1));

		List<String> listed = Pattern.compile("<td><a href=\"/cases/([^\"]+)\"").matcher(list).results()
			.map(m -> m.group(1))
			.toList();
		assertThat(listed).hasSize(Integer.parseInt(row.group(2))).containsExactly(once, twice, twice);
		assertThat(listed.stream().distinct()).hasSize(Integer.parseInt(row.group(3)));
	}

	/** The tester's steps: two complaints each closed, reopened and closed again, one with another root cause. */
	@Test
	void aComplaintReopenedAndClosedAgainCountsOnceUnderItsLatestRootCause() throws Exception {
		String report = "/reports?type=COMPLAINT&recompute=true";
		String closedComplaints = "/cases?type=COMPLAINT&status=CLOSED";
		Map<String, Long> before = rootCauses(page(report));
		long listedBefore = listed(closedComplaints);
		String email = UUID.randomUUID() + "@example.com";
		String late = open(email, CaseType.COMPLAINT, ContactChannel.PHONE, "The sofa came a week late, I complain");
		String rude = open(email, CaseType.COMPLAINT, ContactChannel.IN_STORE, "The assistant was rude, I complain");

		closeAgainAfterReopening(late, RootCause.DELIVERY, RootCause.PROCESS);
		closeAgainAfterReopening(rude, RootCause.STAFF_CONDUCT, RootCause.STAFF_CONDUCT);

		Map<String, Long> after = rootCauses(page(report));
		assertThat(listed(closedComplaints)).isEqualTo(listedBefore + 2);
		assertThat(after.values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(before.values().stream().mapToLong(Long::longValue).sum() + 2);
		assertThat(after.getOrDefault("Delivery", 0L)).isEqualTo(before.getOrDefault("Delivery", 0L));
		assertThat(after.get("Process")).isEqualTo(before.getOrDefault("Process", 0L) + 1);
		assertThat(after.get("Staff conduct")).isEqualTo(before.getOrDefault("Staff conduct", 0L) + 1);
	}

	private void closeAgainAfterReopening(String complaint, RootCause first, RootCause second) {
		cases.changeStatus(complaint, CaseStatus.RESOLVED, null, "sam");
		closing.close(complaint, closingWith(first), "sam");
		cases.changeStatus(complaint, CaseStatus.REOPENED, "The customer called back", "sam");
		cases.changeStatus(complaint, CaseStatus.RESOLVED, null, "sam");
		closing.close(complaint, closingWith(second), "sam");
	}

	private static ClosingRequest closingWith(RootCause cause) {
		return new ClosingRequest("Apologised", true, true, true, cause, "Measure for " + cause, "Left open", false);
	}

	/** The "Complaints" figure of each row of the root causes' table, by the cause's name. */
	private static Map<String, Long> rootCauses(String reportPage) {
		int start = reportPage.indexOf(" id=\"root-causes\"");
		assertThat(start).as("the root causes on the page").isNotNegative();
		Map<String, Long> complaints = new HashMap<>();
		Pattern.compile("<td>([^<]+)</td>\\s*<td class=\"text-end\">([0-9,]+)</td>")
			.matcher(reportPage.substring(start, reportPage.indexOf("</section>", start)))
			.results()
			.forEach(m -> complaints.put(m.group(1), Long.parseLong(m.group(2).replace(",", ""))));
		return complaints;
	}

	private String page(String href) throws Exception {
		return mvc.perform(Links.get(href).with(user("mo").roles("MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The part of the page from the element with this id to the end of the table or section it is in. */
	private static String section(String html, String id) {
		int start = html.indexOf(" id=\"" + id + "\"");
		assertThat(start).as("#%s on the page", id).isNotNegative();
		int end = id.equals("headlines") ? html.indexOf("<div class=\"row g-4\">", start)
				: id.equals("unpaid-refunds") ? html.indexOf("</section>", start) : html.indexOf("</table>", start);
		return html.substring(start, end);
	}

	/**
	 * How many rows the list at this address says it has, after checking that it shows them all (when they fit on
	 * one page): a case list, or one of the dashboard's own lists (unpaid refunds, approvals pending or decided).
	 */
	private long listed(String href) throws Exception {
		String list = page(href);
		boolean cases = href.startsWith("/cases");
		String said = Markup.openingTag(list, cases ? "case-count" : "list-count");
		int start = list.indexOf(said) + said.length();
		String text = list.substring(start, list.indexOf('<', start));
		long count = text.startsWith("No ") ? 0 : Long.parseLong(text.substring(0, text.indexOf(' ')).replace(",", ""));
		// A row starts with its case, its return authorisation or its approval request.
		String rowStart = cases ? "cases" : href.startsWith("/dashboard/unpaid-refunds") ? "returns" : "approvals";
		long rows = Pattern.compile("<tr>\\s*<td><a href=\"/" + rowStart + "/").matcher(list).results().count();
		assertThat(rows).as("rows listed at %s", href).isEqualTo(Math.min(count, 25));
		return count;
	}

	@Test
	void theDashboardAndReportsRenderForAManager() throws Exception {
		open(UUID.randomUUID() + "@example.com", CaseType.RETURN, ContactChannel.IN_STORE, "Wants a refund");

		mvc.perform(get("/dashboard").with(user("mo").roles("MANAGER"))).andExpect(status().isOk());
		mvc.perform(get("/reports").with(user("mo").roles("MANAGER"))).andExpect(status().isOk());
		mvc.perform(get("/dashboard").with(user("sam").roles("STAFF"))).andExpect(status().isForbidden());
	}

}
