package uk.aftercare.dashboard.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.json.JsonMapper;
import uk.aftercare.cases.CaseListFilter;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.FilterText;
import uk.aftercare.classification.CaseType;
import uk.aftercare.dashboard.ClassifierAgreement;
import uk.aftercare.dashboard.DashboardFilter;
import uk.aftercare.dashboard.ModuleReports;
import uk.aftercare.dashboard.ReportQueries;
import uk.aftercare.dashboard.ReportSnapshots;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.web.Pages;

/**
 * Managers' reports over a period: the last twelve months unless another is chosen; twelve months up to the end
 * chosen, or from the start chosen up to today, when only one is. Each report counts its own records by their own
 * date (cases logged, refunds paid, complaints closed, faulty returns raised, feedback received) and says so; each is
 * one query method and one fragment under {@code reports/}.
 */
@Controller
@RequestMapping("/reports")
class ReportsController {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	private final ReportSnapshots snapshots;

	private final ReportQueries queries;

	private final MessageSource messages;

	private final JsonMapper json;

	private final ShopClock clock;

	ReportsController(ReportSnapshots snapshots, ReportQueries queries, MessageSource messages, JsonMapper json,
			ShopClock clock) {
		this.snapshots = snapshots;
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
	String reports(@ModelAttribute("filterForm") FilterForm form, BindingResult errors,
			@RequestParam(required = false) String recompute, Model model) {
		Optional<DashboardFilter> period = period(form, errors);
		if (period.isEmpty()) {
			return "reports/report-page";
		}
		DashboardFilter filter = period.get();
		model.addAttribute("filterForm", FilterForm.of(filter));
		// Only the page's own button asks to compute again; anything else in the address (a hand-edited link) is a
		// plain view of the reports, as on the dashboard, not a 400 losing the filters.
		ReportSnapshots.Snapshot reports = snapshots.reports(filter, "true".equals(recompute));
		ClassifierAgreement agreement = reports.agreement();
		model.addAttribute("filter", filter);
		model.addAttribute("computedAt", reports.computedAt());
		model.addAttribute("keptForMinutes", snapshots.keepFor().toMinutes());
		model.addAttribute("agreement", agreement);
		Map<YearMonth, BigDecimal> agreedByMonth = new HashMap<>();
		agreement.byMonth().forEach(m -> agreedByMonth.put(m.month(), m.rate().roundedPercent()));
		model.addAttribute("agreementTrendChart",
				json.writeValueAsString(trend(message("reports.agreement.rate"), agreedByMonth)));
		model.addAttribute("agreementByTypeChart", json.writeValueAsString(new ChartData(
				Arrays.stream(CaseType.values()).map(t -> message("type." + t)).toList(),
				List.of(new ChartData.Dataset(message("reports.agreement.rate"),
						// No bar for a type without cases, as the table shows no rate: not a bar at 0 %.
						Arrays.stream(CaseType.values())
							.map(t -> agreement.byType().get(t).cases() == 0 ? null
									: agreement.byType().get(t).roundedPercent())
							.toList())))));
		ModuleReports.RefundValue refundValue = reports.refundValue();
		model.addAttribute("refundValue", refundValue);
		model.addAttribute("refundByReasonChart", json.writeValueAsString(new ChartData(
				refundValue.byReason().stream().map(r -> message("rma.reason." + r.label())).toList(),
				List.of(new ChartData.Dataset(message("reports.value"),
						refundValue.byReason().stream().map(r -> r.total()).toList())))));
		model.addAttribute("rootCauses", reports.rootCauses());
		model.addAttribute("repeatFaults", reports.repeatFaults());
		// A row's product is added to this address: its list has the same period, channel and type.
		model.addAttribute("repeatFaultsLink", "/reports/repeat-faults?" + filter.toQueryString() + "&product=");
		model.addAttribute("allRepeatFaultsLink", "/reports/repeat-faults/all?" + filter.toQueryString());
		ModuleReports.Satisfaction satisfaction = reports.satisfaction();
		model.addAttribute("satisfaction", satisfaction);
		model.addAttribute("satisfactionDistributionChart", json.writeValueAsString(new ChartData(
				List.of("1", "2", "3", "4", "5"),
				List.of(new ChartData.Dataset(message("reports.responses"), satisfaction.distribution())))));
		Map<YearMonth, BigDecimal> averageByMonth = new HashMap<>();
		satisfaction.trend().forEach(m -> averageByMonth.put(m.month(), m.roundedAverage()));
		model.addAttribute("satisfactionTrendChart",
				json.writeValueAsString(trend(message("reports.satisfaction.averageLabel"), averageByMonth)));
		return "reports/report-page";
	}

	/**
	 * A line chart of one figure by month, with every month from the first to the last that has one: a month without
	 * (no feedback, no cases) is a gap in the line (null), not a point left out, which would join its neighbours as
	 * if they were a month apart.
	 */
	private static ChartData trend(String label, Map<YearMonth, BigDecimal> byMonth) {
		List<String> months = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		if (!byMonth.isEmpty()) {
			YearMonth last = Collections.max(byMonth.keySet());
			for (YearMonth month = Collections.min(byMonth.keySet()); !month.isAfter(last); month = month.plusMonths(1)) {
				months.add(month.format(MONTH));
				values.add(byMonth.get(month));
			}
		}
		return new ChartData(months, List.of(new ChartData.Dataset(label, values)));
	}

	/**
	 * The faulty returns behind one row of "Products with repeat faults": that product's, over the same period,
	 * channel and type (completed as the reports complete them), latest raised first, a page at a time, with the
	 * row's two figures: how many returns, on how many cases.
	 */
	@GetMapping("/repeat-faults")
	String repeatFaults(@ModelAttribute("filterForm") FilterForm form, BindingResult errors,
			@RequestParam(required = false) String product, @RequestParam(required = false) String page, Model model) {
		String named = product == null ? "" : product.strip();
		model.addAttribute("product", named.isEmpty() ? null : named);
		Optional<DashboardFilter> period = period(form, errors);
		if (named.isEmpty() || period.isEmpty()) {
			return "reports/repeat-faults-page";
		}
		DashboardFilter filter = period.get();
		model.addAttribute("filterForm", FilterForm.of(filter));
		model.addAttribute("filter", filter);
		int number = Pages.number(page);
		ModuleReports.FaultyReturns returns = queries.faultyReturns(filter, named,
				PageRequest.of(number, DashboardController.PAGE_SIZE));
		if (returns.page().getTotalPages() > 0 && number >= returns.page().getTotalPages()) {
			returns = queries.faultyReturns(filter, named,
					PageRequest.of(returns.page().getTotalPages() - 1, DashboardController.PAGE_SIZE));
		}
		model.addAttribute("faulty", returns);
		model.addAttribute("page", returns.page());
		model.addAttribute("pageLink", "/reports/repeat-faults?" + filter.toQueryString() + "&product="
				+ UriUtils.encode(named, StandardCharsets.UTF_8) + "&page=");
		return "reports/repeat-faults-page";
	}

	/**
	 * Every product with repeat faults over the period, channel and type (completed as the reports complete them), most
	 * faults first, a page at a time: the reports' page shows only the first of them.
	 */
	@GetMapping("/repeat-faults/all")
	String allRepeatFaults(@ModelAttribute("filterForm") FilterForm form, BindingResult errors,
			@RequestParam(required = false) String page, Model model) {
		Optional<DashboardFilter> period = period(form, errors);
		if (period.isEmpty()) {
			return "reports/all-repeat-faults-page";
		}
		DashboardFilter filter = period.get();
		model.addAttribute("filterForm", FilterForm.of(filter));
		model.addAttribute("filter", filter);
		int number = Pages.number(page);
		Page<ModuleReports.RepeatFault> products = queries.repeatFaults(filter,
				PageRequest.of(number, DashboardController.PAGE_SIZE));
		if (products.getTotalPages() > 0 && number >= products.getTotalPages()) {
			products = queries.repeatFaults(filter,
					PageRequest.of(products.getTotalPages() - 1, DashboardController.PAGE_SIZE));
		}
		model.addAttribute("page", products);
		model.addAttribute("repeatFaultsLink", "/reports/repeat-faults?" + filter.toQueryString() + "&product=");
		model.addAttribute("pageLink", "/reports/repeat-faults/all?" + filter.toQueryString() + "&page=");
		return "reports/all-repeat-faults-page";
	}

	/**
	 * The period the filters ask for, completed: the last twelve months unless chosen; twelve months up to the end
	 * chosen, or from the start chosen up to today, when only one is. Empty when a filter is not valid, or only a start
	 * after today is chosen, each rejected in {@code errors}.
	 */
	private Optional<DashboardFilter> period(FilterForm form, BindingResult errors) {
		Optional<DashboardFilter> valid = form.toFilter(errors);
		if (valid.isEmpty()) {
			return Optional.empty();
		}
		DashboardFilter requested = valid.get();
		LocalDate to = requested.to() != null ? requested.to() : clock.today();
		LocalDate from = requested.from() != null ? requested.from()
				: CaseListFilter.within(to.minusMonths(12).plusDays(1));
		if (to.isBefore(from)) {
			// Only a start after today, with no end chosen, comes here: the end was completed as today.
			errors.rejectValue("from", "reports.filter.fromAfterToday", new Object[] { FilterText.day(from) }, null);
			return Optional.empty();
		}
		return Optional.of(new DashboardFilter(from, to, requested.channel(), requested.type()));
	}

	private String message(String code) {
		return messages.getMessage(code, null, code, Locale.UK);
	}

}
