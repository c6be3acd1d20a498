package uk.aftercare.dashboard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;
import uk.aftercare.cases.ApprovalState;
import uk.aftercare.cases.CaseAge;
import uk.aftercare.cases.SlaFilter;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.classification.CaseType;
import uk.aftercare.dashboard.ApprovalFigures;
import uk.aftercare.dashboard.DashboardFilter;
import uk.aftercare.dashboard.DashboardQueries;
import uk.aftercare.dashboard.ModuleReports;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.dashboard.OpenCaseDashboard;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.web.Pages;

/** The managers' open-case dashboard: every figure one SQL aggregate, every count a link to the case list. */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

	/** Rows on a page of one of the dashboard's own lists. */
	static final int PAGE_SIZE = 25;

	private final DashboardQueries queries;

	private final MessageSource messages;

	private final JsonMapper json;

	private final ShopClock clock;

	DashboardController(DashboardQueries queries, MessageSource messages, JsonMapper json, ShopClock clock) {
		this.queries = queries;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@ModelAttribute("channels")
	ContactChannel[] channels() {
		return ContactChannel.values();
	}

	@ModelAttribute("types")
	CaseType[] types() {
		return CaseType.values();
	}

	@GetMapping
	String dashboard(@ModelAttribute("filterForm") FilterForm form, BindingResult errors, Model model) {
		Optional<DashboardFilter> valid = form.toFilter(errors);
		if (valid.isEmpty()) {
			return "dashboard/dashboard-page";
		}
		DashboardFilter filter = valid.get();
		model.addAttribute("filter", filter);
		OpenCaseDashboard open = queries.openCases(filter);
		List<ApprovalFigures.Turnaround> turnaround = queries.approvalTurnaround(filter);
		model.addAttribute("open", open);
		model.addAttribute("activeStatuses", CaseStatus.ACTIVE.stream().sorted().toList());
		model.addAttribute("ages", CaseAge.values());
		// Enum constants for the links (templates may not reach static members inside fragment parameters).
		model.addAttribute("breached", SlaFilter.BREACHED);
		model.addAttribute("dueSoon", SlaFilter.DUE_SOON);
		model.addAttribute("overSevenDays", CaseAge.OVER_7_DAYS);
		model.addAttribute("pendingApproval", ApprovalState.PENDING);
		model.addAttribute("pending", queries.pendingApprovals(filter));
		model.addAttribute("turnaround", turnaround);
		model.addAttribute("turnaroundDays", DashboardQueries.DEFAULT_TURNAROUND_PERIOD.toDays());
		model.addAttribute("now", clock.now());
		// Filled in once return authorisations are recorded (returns module): refunds agreed, not paid by their due date.
		model.addAttribute("unpaidRefunds", queries.unpaidRefunds(filter));
		model.addAttribute("statusChart", json.writeValueAsString(statusChart(open)));
		model.addAttribute("ageChart", json.writeValueAsString(new ChartData(
				Arrays.stream(CaseAge.values()).map(a -> message("caseAge." + a)).toList(),
				List.of(new ChartData.Dataset(message("dashboard.openCases"),
						Arrays.stream(CaseAge.values()).map(a -> open.byAge().get(a)).toList())))));
		model.addAttribute("turnaroundChart", json.writeValueAsString(new ChartData(
				turnaround.stream().map(t -> message("approval.kind." + t.kind())).toList(),
				List.of(new ChartData.Dataset(message("dashboard.turnaround.median"),
						turnaround.stream().map(ApprovalFigures.Turnaround::roundedMedianHours).toList()),
						new ChartData.Dataset(message("dashboard.turnaround.average"),
								turnaround.stream().map(ApprovalFigures.Turnaround::roundedAverageHours).toList())))));
		return "dashboard/dashboard-page";
	}

	/**
	 * Every refund the dashboard counts as agreed but not paid by its due date, oldest first, a page at a time: the
	 * dashboard itself lists only the oldest few.
	 */
	@GetMapping("/unpaid-refunds")
	String unpaidRefunds(@ModelAttribute("filterForm") FilterForm form, BindingResult errors,
			@RequestParam(required = false) String page, Model model) {
		Optional<DashboardFilter> valid = form.toFilter(errors);
		if (valid.isEmpty()) {
			return "dashboard/unpaid-refunds-page";
		}
		DashboardFilter filter = valid.get();
		model.addAttribute("filter", filter);
		model.addAttribute("unpaidRefunds", queries.unpaidRefunds(filter));
		Page<ModuleReports.UnpaidRefunds.Item> refunds = Pages.lastAtMost(Pages.number(page),
				p -> queries.unpaidRefunds(filter, PageRequest.of(p, PAGE_SIZE)));
		model.addAttribute("page", refunds);
		model.addAttribute("pageLink", "/dashboard/unpaid-refunds?" + Pages.link(filter.toQueryString()));
		return "dashboard/unpaid-refunds-page";
	}

	/**
	 * The approval requests behind one of the dashboard's pending counts: of one kind (any, without one), waiting for
	 * a decision, on cases matching the dashboard's filters, in the approval queue's order. Each leads to its decision
	 * page. The approval queue itself knows nothing of a case's channel, type or date (they are the cases module's),
	 * so this list is the dashboard's, read with the same conditions as the count.
	 */
	@GetMapping("/pending-approvals")
	String pendingApprovals(@ModelAttribute("filterForm") FilterForm form, BindingResult errors,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String page, Model model) {
		String kindText = kind == null ? "" : kind.strip();
		Optional<ApprovalKind> chosen = named(ApprovalKind.values(), kindText);
		model.addAttribute("kind", chosen.orElse(null));
		Optional<DashboardFilter> valid = form.toFilter(errors);
		if (!kindText.isEmpty() && chosen.isEmpty()) {
			model.addAttribute("kindNotKnown", kind);
			return "dashboard/pending-approvals-page";
		}
		if (valid.isEmpty()) {
			return "dashboard/pending-approvals-page";
		}
		DashboardFilter filter = valid.get();
		model.addAttribute("filter", filter);
		model.addAttribute("now", clock.now());
		Page<ApprovalFigures.Waiting> waiting = Pages.lastAtMost(Pages.number(page),
				p -> queries.pendingApprovals(filter, chosen.orElse(null), PageRequest.of(p, PAGE_SIZE)));
		model.addAttribute("page", waiting);
		String query = chosen.map(k -> "kind=" + k.name() + (filter.isFiltered() ? "&" : "")).orElse("")
				+ filter.toQueryString();
		model.addAttribute("pageLink", "/dashboard/pending-approvals?" + Pages.link(query));
		return "dashboard/pending-approvals-page";
	}

	/**
	 * The approval requests behind one of the turnaround table's counts: of one kind (any, without one), decided in
	 * the turnaround period, approved or rejected with an outcome (either, without one), on cases matching the
	 * dashboard's channel and type, the latest decision first. Read with the same conditions as the count.
	 */
	@GetMapping("/decided-approvals")
	String decidedApprovals(@ModelAttribute("filterForm") FilterForm form, BindingResult errors,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String page, Model model) {
		String kindText = kind == null ? "" : kind.strip();
		Optional<ApprovalKind> chosen = named(ApprovalKind.values(), kindText);
		String outcomeText = outcome == null ? "" : outcome.strip();
		Optional<ApprovalStatus> decidedAs = named(ApprovalStatus.values(), outcomeText)
			.filter(s -> s != ApprovalStatus.PENDING);
		model.addAttribute("kind", chosen.orElse(null));
		model.addAttribute("outcome", decidedAs.orElse(null));
		Optional<DashboardFilter> valid = form.toFilter(errors);
		if (!kindText.isEmpty() && chosen.isEmpty()) {
			model.addAttribute("kindNotKnown", kind);
		}
		if (!outcomeText.isEmpty() && decidedAs.isEmpty()) {
			model.addAttribute("outcomeNotKnown", outcome);
		}
		if (model.containsAttribute("kindNotKnown") || model.containsAttribute("outcomeNotKnown")
				|| valid.isEmpty()) {
			return "dashboard/decided-approvals-page";
		}
		DashboardFilter filter = valid.get();
		model.addAttribute("filter", filter);
		model.addAttribute("turnaroundDays", DashboardQueries.DEFAULT_TURNAROUND_PERIOD.toDays());
		Page<ApprovalFigures.Decided> decided = Pages.lastAtMost(Pages.number(page), p -> queries
			.decidedApprovals(filter, chosen.orElse(null), decidedAs.orElse(null), PageRequest.of(p, PAGE_SIZE)));
		model.addAttribute("page", decided);
		StringJoiner query = new StringJoiner("&");
		chosen.ifPresent(k -> query.add("kind=" + k.name()));
		decidedAs.ifPresent(s -> query.add("outcome=" + s.name()));
		if (filter.isFiltered()) {
			query.add(filter.toQueryString());
		}
		model.addAttribute("pageLink", "/dashboard/decided-approvals?" + Pages.link(query.toString()));
		return "dashboard/decided-approvals-page";
	}

	/** The code the address names, exactly as written (stripped): none when it names none. */
	private static <E extends Enum<E>> Optional<E> named(E[] codes, String text) {
		return Arrays.stream(codes).filter(code -> code.name().equals(text)).findFirst();
	}

	private ChartData statusChart(OpenCaseDashboard open) {
		List<CaseStatus> statuses = CaseStatus.ACTIVE.stream().sorted().toList();
		List<ChartData.Dataset> datasets = new ArrayList<>();
		for (CaseType type : CaseType.values()) {
			datasets.add(new ChartData.Dataset(message("type." + type),
					statuses.stream().map(s -> open.byTypeAndStatus().get(type).get(s)).toList()));
		}
		return new ChartData(statuses.stream().map(s -> message("status." + s)).toList(), datasets);
	}

	private String message(String code) {
		return messages.getMessage(code, null, code, Locale.UK);
	}

}
