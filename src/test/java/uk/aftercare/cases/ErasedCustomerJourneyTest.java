package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import uk.aftercare.classification.CaseType;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.SupervisorRequests;
import uk.aftercare.followups.ComplaintHandlingService;
import uk.aftercare.followups.ComplaintStep;
import uk.aftercare.followups.CustomerUpdateService;
import uk.aftercare.followups.FollowUpView;
import uk.aftercare.followups.MailTemplateKey;
import uk.aftercare.followups.PreferredChannel;
import uk.aftercare.followups.RootCause;
import uk.aftercare.support.ReturnForms;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.DataRequestKind;
import uk.aftercare.customers.DataRequestOutcome;
import uk.aftercare.customers.DataRequestView;
import uk.aftercare.customers.PrivacySettings;
import uk.aftercare.dashboard.DashboardFilter;
import uk.aftercare.dashboard.ModuleReports.Satisfaction.Comment;
import uk.aftercare.dashboard.ReportSnapshots;
import uk.aftercare.feedback.FeedbackAnswer;
import uk.aftercare.feedback.FeedbackService;
import uk.aftercare.feedback.FeedbackSource;
import uk.aftercare.followups.ClosingRequest;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.followups.FollowUpOrigin;
import uk.aftercare.followups.FollowUpPurpose;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.followups.FollowUpStatus;
import uk.aftercare.followups.ScheduleFollowUp;
import uk.aftercare.shared.JdbcRows;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.DatabaseText;

/**
 * A customer's data after it is erased, through the whole application: their cases archived (nothing more written on
 * them), the reports kept for a while, and the retention period reaching a case that was resolved and never closed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErasedCustomerJourneyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	FollowUpService followUps;

	@Autowired
	FeedbackService feedback;

	@Autowired
	ClosingService closing;

	@Autowired
	ReportSnapshots reports;

	@Autowired
	Approvals approvals;

	@Autowired
	SupervisorRequests supervisorRequests;

	@Autowired
	CustomerUpdateService updates;

	@Autowired
	ComplaintHandlingService complaints;

	@Autowired
	DataProtection dataProtection;

	@Autowired
	CustomerRetention retention;

	@Autowired
	PrivacySettings privacy;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffDirectory staffDirectory;

	@Autowired
	ShopClock clock;

	@Autowired
	DataSource dataSource;

	private JdbcClient jdbc;

	private final RequestPostProcessor sam = user("sam").roles("STAFF");

	private final RequestPostProcessor max = user("max").roles("MANAGER");

	private final RequestPostProcessor sue = user("sue").roles("SUPERVISOR");

	@BeforeEach
	void staff() {
		jdbc = JdbcClient.create(dataSource);
		if (!accounts.exists("sam")) {
			accounts.create("sam", "Sam Staff", "sam@shop.example", "a long password 1", Role.STAFF);
		}
		if (!accounts.exists("sue")) {
			accounts.create("sue", "Sue Pervisor", "sue@shop.example", "a long password 2", Role.SUPERVISOR);
		}
	}

	/** A member of staff as the timeline names them: by display name, or by username for an account not known. */
	private String named(String username) {
		return staffDirectory.displayName(username).orElse(username);
	}

	/** A customer no other test uses, so their name, e-mail and phone can be looked for in every table. */
	private record Someone(String name, String email, String phone) {

		static Someone fresh() {
			String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
			return new Someone("Ada Quennell-" + suffix, suffix + "@example.com",
					"07700 9" + String.format("%05d", Math.abs(suffix.hashCode()) % 100_000));
		}

		ContactDetails details() {
			return new ContactDetails(name, email, phone);
		}

	}

	private String open(Someone who, String description) {
		return open(who, description, CaseType.QUERY);
	}

	private String open(Someone who, String description, CaseType type) {
		return cases.open(new OpenCaseCommand(ContactChannel.PHONE, description, who.details(), null, "W-2002",
				"Kettle", type, false), "sam", null).view().caseNumber();
	}

	private List<String> tablesHolding(String value) {
		return DatabaseText.columnsHolding(dataSource, value);
	}

	/** A return logged, dealt with, resolved and closed for them, and their data erased by a manager. */
	private String erasedCase(Someone who) throws Exception {
		String number = open(who, "The kettle leaks and I want my money back, says my cousin Ermengarde",
				CaseType.RETURN);
		closeAndErase(number);
		assertThat(tablesHolding(who.name())).isEmpty();
		return number;
	}

	/** The case resolved and closed, and its customer's data erased by a manager. */
	private void closeAndErase(String number) throws Exception {
		cases.changeStatus(number, CaseStatus.RESOLVED, "Told them it does", "sam");
		closing.close(number, new ClosingRequest("Answered", true, true, true, null, null, null, false), "sam");
		long customerId = cases.get(number).customerId();
		mvc.perform(post("/customers/" + customerId + "/erasure").with(max).with(csrf())
			.param("erasureNote", "Asked in store; receipt shown")
			.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "The customer's personal data has been erased."));
	}

	@Test
	void anotherCustomersEmailGivenForSomeoneNewIsNeitherEmailedNorLeftBehindWhenSheIsErased() throws Exception {
		Someone cathy = Someone.fresh();
		String hers = open(cathy, "My blender arrived cracked");
		updates.changePreference(hers, false, true, null, "sam");

		String body = mvc.perform(post("/api/v1/cases").with(sam).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"PHONE","description":"Do you have gift wrapping?",
					 "customer":{"name":"Dan Stranger","email":"%s"}}""".formatted(cathy.email())))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String dans = body.replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");

		assertThat(updates.messagesFor(dans)).as("no acknowledgement at her address").isEmpty();
		closeAndErase(hers);
		assertThat(tablesHolding(cathy.email())).as("nothing of Dan's finds him by her address").isEmpty();
		assertThat(cases.get(dans).customerName()).isEqualTo("Dan Stranger");
	}

	@Test
	void nothingMoreCanBeWrittenOnTheCasesOfACustomerWhoseDataWasErased() throws Exception {
		Someone ada = Someone.fresh();
		String number = erasedCase(ada);
		long customerId = cases.get(number).customerId();
		String typed = "Spoke to " + ada.name() + " on " + ada.phone() + ", new address 12 Quince Lane";

		// From a page opened before the erasure: each form comes back with the reason beside it and what was typed.
		String refused = "Nothing more can be added to this case: if they get in touch again, log a new case.";
		mvc.perform(post("/cases/" + number + "/notes").with(sam).with(csrf()).param("text", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(typed))));
		mvc.perform(post("/cases/" + number + "/contacts").with(sam).with(csrf())
			.param("channel", "PHONE")
			.param("direction", "FROM_CUSTOMER")
			.param("summary", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(typed))));
		mvc.perform(post("/cases/" + number + "/status").with(sam).with(csrf())
			.param("target", "REOPENED")
			.param("reason", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(typed))));
		mvc.perform(post("/cases/" + number + "/follow-ups").with(sam).with(csrf())
			.param("purpose", "CALL_BACK")
			.param("dueDate", clock.today().plusDays(1).toString())
			.param("owner", "sam")
			.param("note", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(typed))));
		mvc.perform(post("/cases/" + number + "/feedback").with(sam).with(csrf())
			.param("source", "PHONE")
			.param("score", "4")
			.param("resolved", "true")
			.param("comment", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(typed))));
		mvc.perform(post("/cases/" + number + "/final-response").with(sam).with(csrf()).param("outcome", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(typed))));
		// Nor through the services any other way in (the API, another module) uses.
		assertThatThrownBy(() -> cases.recordContact(number, ContactChannel.EMAIL, ContactDirection.FROM_CUSTOMER,
				typed, "api-till")).isInstanceOf(CaseArchivedException.class);

		assertThat(tablesHolding("Quince Lane")).isEmpty();
		assertThat(tablesHolding(ada.name())).isEmpty();
		assertThat(tablesHolding(ada.phone())).isEmpty();
		CaseView archived = cases.get(number);
		assertThat(archived.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(archived.archived()).isTrue();
		assertThat(followUps.forCase(number)).isEmpty();

		// The case page says why, and offers no form.
		mvc.perform(get("/cases/" + number).with(sam))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"case-archived\"")))
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(not(containsString("/cases/" + number + "/notes"))))
			.andExpect(content().string(not(containsString("/cases/" + number + "/contacts"))))
			.andExpect(content().string(not(containsString("/cases/" + number + "/status"))));
		offersNothingToDo(number);
		// An update sent from a page opened before the erasure is refused beside the form, with what was typed.
		mvc.perform(post("/cases/" + number + "/updates").with(sam).with(csrf())
			.param("template", "DECISION")
			.param("details", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(typed))))
			.andExpect(content().string(not(containsString("cannot be e-mailed"))));

		// Asked again: recorded as answered, nothing more to erase.
		mvc.perform(post("/customers/" + customerId + "/erasure").with(max).with(csrf())
			.param("erasureNote", "Asked again by letter")
			.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warning", containsString("already been erased")));
		assertThat(dataProtection.requests(customerId)).extracting(DataRequestView::outcome)
			.containsExactly(DataRequestOutcome.ALREADY_ERASED, DataRequestOutcome.DONE);
		mvc.perform(get("/customers/" + customerId).with(max))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Erasure requested · already erased")))
			.andExpect(content().string(containsString("id=\"erasure-again-form\"")));
	}

	@Test
	void theReportsKeptForAWhileLoseTheCustomersCommentAsSoonAsTheirDataIsErased() {
		Someone ada = Someone.fresh();
		String number = open(ada, "Can I use the kettle abroad?");
		cases.changeStatus(number, CaseStatus.RESOLVED, "Yes, with an adaptor", "sam");
		String comment = "Lovely help from Sam, thank you " + ada.name();
		feedback.recordByStaff(number, new FeedbackAnswer(5, true, comment), FeedbackSource.PHONE, "sam");
		closing.close(number, new ClosingRequest("Answered her question", true, true, true, null, null, null, false),
				"sam");
		DashboardFilter today = new DashboardFilter(clock.today(), clock.today(), null, null);
		var before = reports.reports(today, true).satisfaction();
		assertThat(before.comments()).extracting(Comment::comment).contains(comment);

		assertThat(dataProtection.erase(cases.get(number).customerId(), "max", "Asked by phone").erased()).isTrue();

		var after = reports.reports(today, false).satisfaction();
		assertThat(after.comments()).extracting(Comment::comment).doesNotContain(comment);
		assertThat(after.responses()).isEqualTo(before.responses());
		assertThat(tablesHolding(ada.name())).isEmpty();
	}

	@Test
	void theRetentionPeriodErasesACustomerWhoseOnlyCaseWasResolvedAndNeverClosed() {
		Someone ada = Someone.fresh();
		String number = open(ada, "Where is the kettle I ordered for my aunt Ermintrude?");
		cases.changeStatus(number, CaseStatus.RESOLVED, "Told Ada it arrives on Friday", "sam");
		var callBack = followUps.schedule(new ScheduleFollowUp(number, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.MANUAL, clock.today().plusDays(1), "sam", "Check Ermintrude got it"), "sam");
		long customerId = cases.get(number).customerId();
		Instant cutoff = clock.today().minus(privacy.retention()).atStartOfDay(clock.zone()).toInstant();
		// Nobody closed it, or did the call back: seven years on, nothing has been written on it since.
		Instant sevenYearsAgo = clock.now().minus(7 * 365, ChronoUnit.DAYS);
		jdbc.sql("update customer set created_at = ? where id = ?").params(JdbcRows.utc(sevenYearsAgo), customerId)
			.update();
		jdbc.sql("update service_case set created_at = ?, updated_at = ?, resolved_at = ? where case_number = ?")
			.params(JdbcRows.utc(sevenYearsAgo), JdbcRows.utc(sevenYearsAgo), JdbcRows.utc(sevenYearsAgo), number)
			.update();
		jdbc.sql("update follow_up set created_at = ?, due_date = ? where id = ?")
			.params(JdbcRows.utc(sevenYearsAgo), sevenYearsAgo.atZone(clock.zone()).toLocalDate().plusDays(1),
					callBack.id())
			.update();
		// A request to erase would still be refused: the shop may yet close the case or do the call back.
		assertThat(dataProtection.reasonsToKeep(customerId)).hasSize(2);

		CustomerRetention.Run run = retention.eraseCustomersInactiveSince(cutoff);

		assertThat(run.erased()).isEqualTo(1);
		assertThat(dataProtection.find(customerId).orElseThrow().erased()).isTrue();
		assertThat(dataProtection.requests(customerId)).extracting(DataRequestView::kind)
			.containsExactly(DataRequestKind.RETENTION);
		assertThat(followUps.get(callBack.id()).status()).isEqualTo(FollowUpStatus.CANCELLED);
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(tablesHolding(ada.name())).isEmpty();
		assertThat(tablesHolding(ada.email())).isEmpty();
		assertThat(tablesHolding(ada.phone())).isEmpty();
		assertThat(tablesHolding(ada.phone().replace(" ", ""))).isEmpty();
		assertThat(tablesHolding("Ermintrude")).isEmpty();
	}

	/**
	 * The application's own words on the timeline (a move of status, a step of a return, an approval, a follow-up, a
	 * closing's root cause and preventive measure, a score) are what the erasure panel says stays; what anyone typed,
	 * and the customer's name, e-mail, phone and order reference, go from every entry, on the page and in the PDF.
	 */
	@Test
	void erasureKeepsTheApplicationsOwnWordsOnTheTimelineAndLeavesNothingTypedOrNamingTheCustomer() throws Exception {
		Someone ada = Someone.fresh();
		String order = "ORD-" + ada.phone().replace(" ", "").substring(5);
		// Everything typed names them: the erasure must take it all, wherever on the timeline it was written.
		String typed = "Quince " + ada.name() + " on " + ada.phone() + " or " + ada.email() + ", order " + order;
		String returned = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"My kettle stopped working and I want a refund. " + typed, ada.details(), null, order, "Kettle",
				CaseType.RETURN, false), "sam", null).view().caseNumber();
		String complaint = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my parcel? " + typed,
				ada.details(), null, order, "Kettle", CaseType.COMPLAINT, false), "sam", null).view().caseNumber();

		// The return: a contact that flags and escalates it, a note, a new owner and priority, a missed target, the
		// supervisor's review, an RMA with its approval and every step, a status move by hand and one by the
		// application, follow-ups done, cancelled and passed on, updates to the customer, closing and feedback.
		cases.recordContact(returned, ContactChannel.PHONE, ContactDirection.FROM_CUSTOMER,
				"It smoked when I switched it on. " + typed, "sam");
		cases.addNote(returned, "Note: " + typed, "sam");
		cases.updateDetails(returned, "sue", Priority.HIGH, CaseType.RETURN, "sue");
		cases.record(returned, TimelineKind.SLA_BREACHED, "Missed its first response target.", "system");
		var review = approvals.forCase(returned).stream()
			.filter(a -> a.kind() == uk.aftercare.escalation.ApprovalKind.REVIEW)
			.findFirst()
			.orElseThrow();
		approvals.decide(review.id(), Decision.APPROVE, "Reviewed: " + typed, review.version(), "max", true);
		var fields = ReturnForms.faultyKettle(clock.today().minusDays(10), clock.today());
		fields.put("lines[0].unitPrice", "400.00");
		fields.put("customerName", ada.name());
		fields.put("orderReference", order);
		fields.put("reasonDetail", "Sparks at the plug. " + typed);
		var rmaForm = post("/cases/" + returned + "/returns").with(sam).with(csrf());
		fields.forEach(rmaForm::param);
		String rma = mvc.perform(rmaForm).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl()
			.substring("/returns/".length());
		var refund = approvals.pendingFor(returned, rma).orElseThrow();
		approvals.decide(refund.id(), Decision.APPROVE, "Approved: " + typed, refund.version(), "sue", false);
		for (String step : List.of("RECEIVED", "INSPECTED", "REFUNDED", "CLOSED")) {
			mvc.perform(post("/returns/" + rma + "/status").with(sam).with(csrf())
				.param("target", step)
				.param("note", step.equals("INSPECTED") ? "Element burnt out. " + typed : "")
				.param("version", String.valueOf(returnVersion(rma))))
				.andExpect(redirectedUrl("/returns/" + rma));
		}
		cases.changeStatus(returned, CaseStatus.AWAITING_CUSTOMER, "Asked " + typed, "sam");
		cases.recordContact(returned, ContactChannel.EMAIL, ContactDirection.FROM_CUSTOMER, "Thanks. " + typed, "sam");
		FollowUpView done = followUps.schedule(new ScheduleFollowUp(returned, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.MANUAL, clock.today().plusDays(1), "sam", "Call " + typed), "sam");
		followUps.complete(done.id(), "Called " + typed, done.version(), "sam");
		FollowUpView cancelled = followUps.schedule(new ScheduleFollowUp(returned, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.MANUAL, clock.today().plusDays(2), "sam", null), "sam");
		followUps.cancel(cancelled.id(), "Not needed: " + typed, cancelled.version(), "sam");
		FollowUpView passed = followUps.schedule(new ScheduleFollowUp(returned, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.MANUAL, clock.today().plusDays(3), "sam", null), "sam");
		followUps.passOn(passed.id(), "sue", passed.version(), "sam");
		passed = followUps.get(passed.id());
		followUps.complete(passed.id(), "Done", passed.version(), "sue");
		updates.changePreference(returned, true, true, PreferredChannel.PHONE, "sam");
		updates.sendUpdate(returned, MailTemplateKey.DECISION, "We refund you in full. " + typed, true, "sam");
		updates.sendUpdate(returned, MailTemplateKey.DECISION, "The refund letter. " + typed, false, "sam");
		cases.changeStatus(returned, CaseStatus.RESOLVED, "Refunded " + typed, "sam");
		// The refund's own follow-up is still open: closed with a reason for it.
		closing.close(returned, new ClosingRequest("Refunded " + typed, true, true, true, null, null,
				"Left open for " + typed, false), "sam");
		feedback.recordByStaff(returned, new FeedbackAnswer(1, false, "Too slow. " + typed), FeedbackSource.PHONE,
				"sam");
		followUps.forCase(returned).stream().filter(FollowUpView::isOpen)
			.forEach(f -> followUps.complete(f.id(), "Called back " + typed, f.version(), "sue"));

		// The complaint: its type changed, the complaint-handling steps, a final response, closing with a root cause.
		cases.updateDetails(complaint, "sam", Priority.NORMAL, CaseType.QUERY, "sam");
		cases.updateDetails(complaint, "sam", Priority.NORMAL, CaseType.COMPLAINT, "sam");
		complaints.record(complaint, java.util.EnumSet.allOf(ComplaintStep.class), "She accepted. " + typed, "sam");
		supervisorRequests.ask(complaint, "Offer a voucher for the wait? " + typed, "sam");
		updates.issueFinalResponse(complaint, "We could not find it. " + typed, true, "sam");
		cases.changeStatus(complaint, CaseStatus.RESOLVED, null, "sam");
		closing.close(complaint, new ClosingRequest("Sent a new one. " + typed, true, true, true, RootCause.DELIVERY,
				"Courier reminded to leave parcels in a safe place", null, false), "sam");

		// The customer's third contact asked for another review: decided too.
		for (String number : List.of(returned, complaint)) {
			approvals.forCase(number).stream()
				.filter(a -> a.status() == uk.aftercare.escalation.ApprovalStatus.PENDING)
				.forEach(a -> approvals.decide(a.id(), Decision.APPROVE, "Seen. " + typed, a.version(), "max", true));
		}
		long customerId = cases.get(returned).customerId();
		assertThat(dataProtection.reasonsToKeep(customerId)).isEmpty();
		mvc.perform(post("/customers/" + customerId + "/erasure").with(max).with(csrf())
			.param("erasureNote", "Asked in store; receipt shown")
			.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "The customer's personal data has been erased."));

		String erased = "[erased]";
		var day = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.UK);
		assertThat(cases.get(returned).timeline()).extracting(TimelineEntry::kind, TimelineEntry::summary)
			.contains(tuple(TimelineKind.OPENED, erased), tuple(TimelineKind.CONTACT, erased),
					tuple(TimelineKind.NOTE, erased),
					tuple(TimelineKind.TYPE_CONFIRMED, "Suggested type Return confirmed."),
					tuple(TimelineKind.FLAGGED, "Found in the customer's contact: Safety concern."),
					tuple(TimelineKind.ASSIGNED, "Assigned from " + named("sam") + " to " + named("sue") + "."),
					tuple(TimelineKind.PRIORITY_CHANGED, "Priority Urgent → High."),
					tuple(TimelineKind.SLA_BREACHED, "Missed its first response target."),
					tuple(TimelineKind.ESCALATED, rma + " needs a supervisor to authorise: Refund above the "
							+ "front-line authority limit."),
					tuple(TimelineKind.APPROVAL, "Refund approval requested for £400.00 (supervisor to decide). The "
							+ "refund is above the front-line authority limit."),
					tuple(TimelineKind.APPROVAL, "Approved by " + named("sue") + ": [erased]"),
					tuple(TimelineKind.APPROVAL, "Reviewed by " + named("max") + ": [erased]"),
					tuple(TimelineKind.STATUS_CHANGED, "Status Awaiting approval → In progress: approved"),
					tuple(TimelineKind.STATUS_CHANGED, "Status In progress → Awaiting customer: [erased]"),
					tuple(TimelineKind.STATUS_CHANGED, "Status Awaiting customer → In progress: the customer replied"),
					tuple(TimelineKind.STATUS_CHANGED, "Status In progress → Resolved: [erased]"),
					tuple(TimelineKind.STATUS_CHANGED, "Status Resolved → Closed: closed with the closing checklist"),
					tuple(TimelineKind.RETURN_AUTHORISATION, rma + " authorised."),
					tuple(TimelineKind.RETURN_AUTHORISATION, rma + ": goods inspected. Note: [erased]"),
					tuple(TimelineKind.RETURN_AUTHORISATION, rma + ": refund of £400.00 paid."),
					tuple(TimelineKind.FOLLOW_UP, "Follow-up added: Call back, due "
							+ day.format(done.dueDate()) + ", owner " + named("sam") + ". Note: [erased]"),
					tuple(TimelineKind.FOLLOW_UP, "Follow-up done: Call back (due " + day.format(done.dueDate())
							+ "). Outcome: [erased]"),
					tuple(TimelineKind.FOLLOW_UP, "Follow-up cancelled: Call back (due "
							+ day.format(cancelled.dueDate()) + "). Reason: [erased]"),
					tuple(TimelineKind.FOLLOW_UP, "Follow-up passed on: Call back (due "
							+ day.format(passed.dueDate()) + ") from " + named("sam") + " to " + named("sue") + "."),
					tuple(TimelineKind.CONTACT_PREFERENCES, "Contact preferences recorded: e-mails allowed yes, survey "
							+ "by e-mail yes, prefers Phone."),
					tuple(TimelineKind.CUSTOMER_UPDATE, "Decision for [erased] kept here, not e-mailed (no mail "
							+ "server configured): \"[erased]\""),
					tuple(TimelineKind.CUSTOMER_UPDATE, "Decision issued as a letter with no address to post it to (the "
							+ "customer's record has none), so not posted: \"[erased]\""),
					tuple(TimelineKind.FEEDBACK, "Feedback (Phone call): 1 out of 5, not resolved. Comment: [erased]"))
			.filteredOn(entry -> entry.toList().get(0) == TimelineKind.CLOSING)
			.singleElement()
			.satisfies(closingEntry -> assertThat((String) closingEntry.toList().get(1)).isEqualTo("""
					Closing checklist: outcome confirmed with the customer, customer thanked, feedback invited.
					Outcome: [erased]
					Closed with 2 open follow-up(s): [erased]"""));
		assertThat(cases.get(complaint).timeline()).extracting(TimelineEntry::kind, TimelineEntry::summary)
			.contains(tuple(TimelineKind.APPROVAL, "Supervisor asked to decide: [erased]"),
					tuple(TimelineKind.TYPE_OVERRIDDEN, "Suggested Query; changed to Complaint."),
					tuple(TimelineKind.TYPE_OVERRIDDEN, "Type Query → Complaint (suggested Query)."),
					tuple(TimelineKind.STATUS_CHANGED, "Status Open → Resolved."),
					tuple(TimelineKind.CLOSING, """
							Closing checklist: outcome confirmed with the customer, customer thanked, feedback invited.
							Outcome: [erased]
							Root cause: Delivery. Preventive measure: Courier reminded to leave parcels in a safe place\
							"""))
			.anySatisfy(entry -> assertThat((String) entry.toList().get(1))
				.startsWith("Complaint handling, steps done: Listened to the whole complaint")
				.endsWith("Thanked the customer (Thank). Note: [erased]"))
			.anySatisfy(entry -> assertThat((String) entry.toList().get(1))
				.startsWith("Final response issued (kept here, not e-mailed to [erased] (no mail server configured)), "
						+ "naming the ADR body ")
				.endsWith(". Outcome stated: [erased]"));
		List<String> personal = List.of("Quince", ada.name(), ada.email(), ada.phone(), ada.phone().replace(" ", ""),
				order, "Sparks at the plug", "burnt out", "smoked", "Too slow", "She accepted", "could not find",
				"Sent a new one", "Refunded Quince", "Offer a voucher");
		for (String number : List.of(returned, complaint)) {
			String page = HtmlUtils.htmlUnescape(mvc.perform(get("/cases/" + number).with(sam))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			String pdf;
			byte[] bytes = mvc.perform(get("/cases/" + number + "/record.pdf").with(sam))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
				pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			}
			for (String datum : personal) {
				assertThat(page).as("the case page of %s", number)
					.contains("Status Resolved → Closed: closed with the closing checklist")
					.doesNotContainIgnoringCase(datum);
				assertThat(pdf).as("the case record of %s", number).doesNotContainIgnoringCase(datum);
			}
		}
		for (String datum : personal) {
			assertThat(tablesHolding(datum)).as(datum).isEmpty();
		}
		offersNothingToDo(returned);
		offersNothingToDo(complaint);
	}

	/**
	 * Every page about an archived case says that nothing more can be added, shows no form and gives no advice to do
	 * something the case would refuse (e-mail the customer or record a contact instead, tick a step, raise a return).
	 */
	private void offersNothingToDo(String number) throws Exception {
		String refused = "Nothing more can be added to this case: if they get in touch again, log a new case.";
		for (String page : List.of("", "/follow-ups", "/updates", "/final-response", "/feedback",
				"/complaint-handling", "/close", "/returns", "/returns/new")) {
			var response = mvc.perform(get("/cases/" + number + page).with(sam)).andReturn().getResponse();
			if (page.equals("/returns/new") && response.getStatus() == 302) {
				continue; // Not a return: sent to the case's returns page, checked above.
			}
			assertThat(response.getStatus()).as(page).isEqualTo(200);
			String html = HtmlUtils.htmlUnescape(response.getContentAsString());
			assertThat(html).as(page).contains(refused)
				.doesNotContain("action=\"/cases/" + number)
				.doesNotContain("This customer cannot be e-mailed")
				.doesNotContain("record the contact on the case")
				.doesNotContain("Tick each step as you do it")
				.doesNotContain("give the customer the shop's final response")
				.doesNotContain("record the return on a return authorisation form")
				.doesNotContain("Follow-ups, updates to the customer, complaint handling, closing and feedback.");
		}
	}

	private long returnVersion(String rma) {
		return jdbc.sql("select version from return_authorisation where rma_number = ?").param(rma)
			.query(Long.class)
			.single();
	}

}
