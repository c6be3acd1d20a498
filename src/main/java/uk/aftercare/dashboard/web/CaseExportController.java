package uk.aftercare.dashboard.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.aftercare.cases.CaseListFilter;
import uk.aftercare.dashboard.CaseExport;
import uk.aftercare.shared.ShopClock;

/**
 * Any filtered case list as a CSV file, streamed as it is read. Managers only: an export takes customers' details
 * out of the application in bulk.
 */
@Controller
class CaseExportController {

	private final CaseExport export;

	private final ShopClock clock;

	CaseExportController(CaseExport export, ShopClock clock) {
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/cases/export.csv")
	@PreAuthorize("hasRole('MANAGER')")
	void export(CaseListFilter filter, Principal principal, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("cases-" + clock.today() + ".csv").build().toString());
		export.export(filter.toQuery(principal.getName(), clock.now(), clock.zone()), response.getWriter());
	}

}
