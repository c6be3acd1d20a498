package uk.aftercare.followups;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseView;
import uk.aftercare.classification.CaseType;
import uk.aftercare.shared.PdfFonts;
import uk.aftercare.shared.PdfText;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.ShownDates;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffNames;

/**
 * The case record as a readable PDF for disputes, audits and coaching: details, the classifier's suggestion, flags
 * and escalation reasons, every timeline entry in order (decisions, approvals, contacts and notes as the other
 * modules recorded them), follow-ups, messages to the customer (letters with the name and address they were posted
 * to), complaint handling and closure. Staff are named as the case page names them; texts saved with a username in
 * them (a timeline entry's "from staff to staff2") are printed as saved.
 */
@Service
public class CaseRecordService {

	private final CaseService cases;

	private final FollowUpService followUps;

	private final CustomerUpdateService updates;

	private final ComplaintHandlingService complaints;

	private final ClosingService closing;

	private final ITemplateEngine templates;

	private final ShopClock clock;

	private final MailSettings mail;

	private final StaffDirectory staff;

	CaseRecordService(CaseService cases, FollowUpService followUps, CustomerUpdateService updates,
			ComplaintHandlingService complaints, ClosingService closing, ITemplateEngine templates, ShopClock clock,
			MailSettings mail, StaffDirectory staff) {
		this.cases = cases;
		this.followUps = followUps;
		this.updates = updates;
		this.complaints = complaints;
		this.closing = closing;
		this.templates = templates;
		this.clock = clock;
		this.mail = mail;
		this.staff = staff;
	}

	@Transactional(readOnly = true)
	public byte[] pdf(String caseNumber) {
		String html = PdfText.printable(html(caseNumber));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			PdfFonts.useIn(builder);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the case record PDF", e);
		}
		return out.toByteArray();
	}

	/** The record as XHTML (the PDF's source). */
	@Transactional(readOnly = true)
	public String html(String caseNumber) {
		CaseView serviceCase = cases.get(caseNumber);
		Context context = new Context(Wording.LOCALE);
		context.setVariable("c", serviceCase);
		context.setVariable("followUps", followUps.forCase(serviceCase.caseNumber()));
		List<CustomerMessageView> messages = updates.messagesFor(serviceCase.caseNumber());
		context.setVariable("messages", messages);
		// A letter is printed as it was posted, to the name and address it was issued to.
		Map<Long, CustomerMessageView.Addressee> postedTo = new HashMap<>();
		messages.stream()
			.filter(m -> m.delivery() == Delivery.PRINT)
			.forEach(letter -> postedTo.put(letter.id(), updates.postedTo(serviceCase, letter)));
		context.setVariable("postedTo", postedTo);
		context.setVariable("complaintSteps", serviceCase.type() == CaseType.COMPLAINT
				? complaints.progress(serviceCase.caseNumber()) : List.of());
		context.setVariable("closures", closing.closures(serviceCase.caseNumber()));
		context.setVariable("shopName", mail.shopName());
		context.setVariable("generatedAt", clock.now());
		context.setVariable("fmt", new Formats(clock));
		context.setVariable("staffNames", new StaffNames(staff));
		return templates.process("followups/case-record-pdf", context);
	}

	/** Dates for the PDF, in the shop's time zone (the web formatters do not apply outside a request). */
	public static final class Formats {

		private final DateTimeFormatter instant;

		private final DateTimeFormatter date = ShownDates.DAY;

		Formats(ShopClock clock) {
			this.instant = ShownDates.MOMENT.withZone(clock.zone());
		}

		public String instant(Instant value) {
			return value == null ? "" : instant.format(value);
		}

		public String date(LocalDate value) {
			return value == null ? "" : date.format(value);
		}

	}

}
