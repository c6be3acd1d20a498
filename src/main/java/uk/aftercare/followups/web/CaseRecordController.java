package uk.aftercare.followups.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.aftercare.cases.CaseService;
import uk.aftercare.followups.CaseRecordService;

/** The case record as a PDF. */
@Controller
class CaseRecordController {

	private final CaseRecordService records;

	private final CaseService cases;

	CaseRecordController(CaseRecordService records, CaseService cases) {
		this.records = records;
		this.cases = cases;
	}

	@GetMapping("/cases/{caseNumber}/record.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String caseNumber) {
		String number = cases.get(caseNumber).caseNumber();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(number + "-record.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(records.pdf(number));
	}

}
