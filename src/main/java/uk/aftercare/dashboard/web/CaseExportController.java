package uk.aftercare.dashboard.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.aftercare.cases.CaseListFilter;
import uk.aftercare.cases.CaseListForm;
import uk.aftercare.cases.CaseService;
import uk.aftercare.dashboard.CaseExport;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.StaffDirectory;

/**
 * Any filtered case list as a CSV file, streamed as it is read. Managers only: an export takes customers' details
 * out of the application in bulk.
 */
@Controller
class CaseExportController {

	private final CaseExport export;

	private final ShopClock clock;

	private final StaffDirectory staff;

	private final CaseService cases;

	CaseExportController(CaseExport export, ShopClock clock, StaffDirectory staff, CaseService cases) {
		this.export = export;
		this.clock = clock;
		this.staff = staff;
		this.cases = cases;
	}

	/**
	 * The filters are read as the case list reads them: bound to the same form, read by the same method. When one is
	 * not valid (an address typed or kept from before), the manager is sent to the case list with the same filters,
	 * where each is shown beside its field as typed with what is wrong, rather than given an error page.
	 */
	@GetMapping("/cases/export.csv")
	@PreAuthorize("hasRole('MANAGER')")
	void export(@ModelAttribute("filterForm") CaseListForm form, BindingResult errors, Principal principal,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<CaseListFilter> filter = form.toFilter(errors, staff, cases);
		if (filter.isEmpty()) {
			String query = request.getQueryString();
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION,
					request.getContextPath() + "/cases" + (query == null ? "" : "?" + query));
			return;
		}
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("cases-" + clock.today() + ".csv").build().toString());
		PrintWriter out = response.getWriter();
		// A byte order mark: without it Excel reads the file as Windows-1252, and "Zoë, £20" as "ZoÃ«, Â£20".
		out.write('\uFEFF');
		export.export(filter.get().toQuery(principal.getName(), clock.now(), clock.zone()), out);
	}

}
