package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.Priority;
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.escalation.NewApproval;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.ShownDates;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.PdfFontsUsed;
import uk.aftercare.support.PdfLayout;

/** The case record PDF through the whole application, for text saved before input was cleaned. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseRecordPdfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	CustomerUpdateService updates;

	@Autowired
	DataProtection dataProtection;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ComplaintHandlingService complaints;

	@Autowired
	FollowUpService followUps;

	@Autowired
	ClosingService closing;

	@Autowired
	Approvals approvals;

	@Autowired
	StaffDirectory staff;

	@Autowired
	ShopClock clock;

	@BeforeEach
	void pat() {
		if (!accounts.exists("pat")) {
			accounts.create("pat", "Pat Staff", null, "a long password 1", Role.STAFF);
		}
	}

	/** A return logged by pat through the service, as older data was: without the web's and API's cleaning. */
	private String open(String customerName, String description) {
		return cases.open(new OpenCaseCommand(ContactChannel.PHONE, description,
				new ContactDetails(customerName, UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.RETURN, false), "pat", null).view().caseNumber();
	}

	/** The case record as pat downloads it. */
	private PDDocument record(String number) throws Exception {
		byte[] pdf = mvc.perform(get("/cases/" + number + "/record.pdf").with(user("pat").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return Loader.loadPDF(pdf);
	}

	@Test
	void rendersACaseWhoseSavedDescriptionAndNotesHoldControlCharacters() throws Exception {
		String number = open("Jane Smith", "The kettle\u0008 leaks\u001b and\u0000 wants a refund");
		cases.addNote(number, "Pasted from Word:\u000bsecond line\u007f", "pat");

		try (PDDocument document = record(number)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("The kettle leaks and wants a refund", "Pasted from Word: second line");
		}
	}

	@Test
	void breaksALongWordInANoteSoNoneOfItRunsOffThePage() throws Exception {
		String number = open("Jane Smith", "The kettle leaks");
		String link = "https://shop.example/orders/" + "7".repeat(300);
		cases.addNote(number, "Customer sent " + link, "pat");

		try (PDDocument document = record(number)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(link);
			assertThat(PdfLayout.overflowRight(document)).isZero();
		}
	}

	@Test
	void printsACustomersNameInLatinGreekOrCyrillicLettersAsTypedInAnEmbeddedFont() throws Exception {
		String name = "Łukasz Wójcik-Dvořák Știrbu Ελένη Жанна";
		String number = open(name, "Paid €40 for a kettle that leaks");

		try (PDDocument document = record(number)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(name, "Paid €40");
			// Regular text and the bold headings and labels, with no standard font (Helvetica) left.
			assertThat(PdfFontsUsed.of(document)).containsExactly("LiberationSans", "LiberationSans-Bold");
		}
	}


	@Test
	void printsALetterWithTheNameAndAddressItWasIssuedToAndAnOlderLetterWithTheCustomersAddressNow() throws Exception {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Your staff were rude to me",
				new ContactDetails("Jane Letter", null, "07700 900456"), null, null, null, CaseType.COMPLAINT, false),
				"pat", null).view().caseNumber();
		long customer = cases.get(number).customerId();
		correct(customer, "Jane Letter", new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));
		updates.issueFinalResponse(number, "We stand by the refund offered.", false, "pat");
		CustomerMessageView older = updates.issueFinalResponse(number, "Nothing more to add.", false, "pat");
		// As a letter issued before letters kept whom they were addressed to.
		jdbc.sql("update customer_message set letter_name = null, letter_address_lines = null, letter_postcode = null "
				+ "where id = ?").param(older.id()).update();
		correct(customer, "Janet Letter-Smith", new PostalAddress(List.of("3 Park Row", "Leeds"), "LS1 5AB"));

		try (PDDocument document = record(number)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Jane Letter 14 Mill Lane Harrogate HG1 2XX")
				.contains("Janet Letter-Smith 3 Park Row Leeds LS1 5AB");
		}
	}

	@Test
	void printsALetterIssuedWithNoAddressWithoutTheOneAddedSinceAndWhoPostedTheLetterIssuedAgain() throws Exception {
		String harriet = account("pdfharriet", "Harriet Jones", Role.STAFF);
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Your staff were rude to me",
				new ContactDetails("Jane Unposted", null, "07700 900456"), null, null, null, CaseType.COMPLAINT, false),
				"pat", null).view().caseNumber();
		updates.issueFinalResponse(number, "We stand by the refund offered.", false, "pat");
		correct(cases.get(number).customerId(), "Jane Unposted",
				new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));
		CustomerMessageView again = updates.issueFinalResponse(number, "We stand by the refund offered.", false, "pat");
		updates.markPosted(number, again.id(), harriet);

		try (PDDocument document = record(number)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Jane Unposted This letter was issued while the customer's record had no postal "
					+ "address, so it has none and cannot be posted.")
				.contains("Jane Unposted 14 Mill Lane Harrogate HG1 2XX Posted by Harriet Jones, ")
				.contains("marked as posted by Harriet Jones");
			assertThat(text.split("14 Mill Lane", -1)).as("the address printed once, on the letter issued again")
				.hasSize(2);
		}
	}

	/**
	 * Whoever logged the case, confirmed its type, owns it, did a complaint-handling step, owns a follow-up, wrote to
	 * the customer, decided a review or closed it is named as the case page names them; the timeline's texts are
	 * printed as saved, and name staff that way too ("Assigned from Rita Recorder to Omar Owner.").
	 */
	@Test
	void namesEveryMemberOfStaffByTheNameThePagesUse() throws Exception {
		String logger = account("pdfrita", "Rita Recorder", Role.STAFF);
		String owner = account("pdfomar", "Omar Owner", Role.STAFF);
		String decider = account("pdfsue", "Sue Decider", Role.SUPERVISOR);
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "The parcel was left out in the rain",
				new ContactDetails("Jane Named", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.COMPLAINT, false), logger, null).view().caseNumber();
		cases.updateDetails(number, owner, Priority.NORMAL, CaseType.COMPLAINT, logger);
		complaints.record(number, EnumSet.allOf(ComplaintStep.class), "She accepted the apology", owner);
		FollowUpView callBack = followUps.schedule(new ScheduleFollowUp(number, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.MANUAL, clock.today().plusDays(1), owner, "Check the new one came"), logger);
		ApprovalView review = approvals.request(new NewApproval(number, ApprovalKind.REVIEW, null, null, null, null,
				List.of(EscalationReason.VULNERABLE_CUSTOMER), "Customer is recently bereaved", logger, null));
		approvals.decide(review.id(), Decision.APPROVE, "Handled with care", review.version(), decider, false);
		updates.issueFinalResponse(number, "We sent a new one by courier.", false, owner);
		followUps.complete(callBack.id(), "It came", callBack.version(), owner);
		cases.changeStatus(number, CaseStatus.RESOLVED, "New one delivered", owner);
		closing.close(number, new ClosingRequest("Sent a new one", true, true, true, RootCause.DELIVERY,
				"Courier told to leave parcels in a safe place", null, false), logger);

		String text;
		try (PDDocument document = record(number)) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		String rita = named(logger);
		String omar = named(owner);
		String sue = named(decider);
		String at = "\\d{2}:\\d{2} ";
		assertThat(text).contains("confirmed by " + rita + " Status", ", " + rita + " Assignee " + omar + " Resolved",
				", " + omar + " - She accepted the apology", "Done - " + omar + " Done by " + omar)
			.containsPattern(at + Pattern.quote(rita) + " Logged")
			.containsPattern(at + Pattern.quote(sue) + " Approval Reviewed by")
			.containsPattern(at + Pattern.quote(omar) + " Final response \\(deadlock\\)")
			.containsPattern("Closed [^,]+, \\d{2}:\\d{2}, " + Pattern.quote(rita) + " The outcome, as agreed")
			.contains("Assigned from " + rita + " to " + omar + ".", ", owner " + omar + ". Note: Check the new one came",
					"Reviewed by " + sue + ": Handled with care");
		String printedAsSaved = text;
		for (TimelineEntry entry : cases.get(number).timeline()) {
			printedAsSaved = printedAsSaved.replace(entry.summary().replaceAll("\\s+", " "), "");
		}
		assertThat(printedAsSaved).doesNotContain(logger, owner, decider);
	}

	/** Beside each finished follow-up, who finished it and when, named as the case's follow-ups page names them. */
	@Test
	void namesWhoFinishedEachFollowUpAndWhen() throws Exception {
		String owner = account("pdfomar", "Omar Owner", Role.STAFF);
		String finisher = account("pdffinn", "Finn Finisher", Role.STAFF);
		String number = open("Jane Smith", "The kettle leaks");
		FollowUpView callBack = followUps.schedule(new ScheduleFollowUp(number, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.MANUAL, clock.today().plusDays(1), owner, null), "pat");
		FollowUpView chase = followUps.schedule(new ScheduleFollowUp(number, FollowUpPurpose.CHASE_GOODS_BACK,
				FollowUpOrigin.MANUAL, clock.today().plusDays(2), owner, null), "pat");
		FollowUpView done = followUps.complete(callBack.id(), "She has the new one", callBack.version(), finisher);
		FollowUpView cancelled = followUps.cancel(chase.id(), "The goods came back", chase.version(), "pat");

		String text;
		try (PDDocument document = record(number)) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		DateTimeFormatter moment = ShownDates.MOMENT.withZone(clock.zone());
		assertThat(text).contains("Done by " + named(finisher) + ", " + moment.format(done.finishedAt()),
				"Cancelled by " + named("pat") + ", " + moment.format(cancelled.finishedAt()));
	}

	private String account(String username, String displayName, Role role) {
		if (!accounts.exists(username)) {
			accounts.create(username, displayName, null, "a long password 1", role);
		}
		return username;
	}

	private String named(String username) {
		return staff.displayName(username).orElse(username);
	}

	private void correct(long customer, String name, PostalAddress address) {
		dataProtection.correct(customer, new ContactDetails(name, null, "07700 900456"), address,
				dataProtection.find(customer).orElseThrow().version(), "pat", "Customer phoned with new details");
	}

}
