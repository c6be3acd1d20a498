package uk.aftercare.followups;

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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.Markup;

/** Every follow-up page through the whole application, with no SMTP server configured (the default). */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	CustomerUpdateService updates;

	@Autowired
	FollowUpService followUps;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffDirectory staffDirectory;

	@Autowired
	ShopClock clock;

	@Autowired
	CaseRecordService records;

	@Autowired
	ComplaintHandlingService complaints;

	@Autowired
	ClosingService closing;

	private final RequestPostProcessor staff = user("pat").roles("STAFF");

	private final RequestPostProcessor manager = user("mo").roles("MANAGER");

	private String number;

	@BeforeEach
	void aComplaint() {
		// Other test classes sharing this application may have added either already.
		if (!accounts.exists("pat")) {
			accounts.create("pat", "Pat Staff", null, "a long password 1", Role.STAFF);
		}
		if (!accounts.exists("sid")) {
			accounts.create("sid", "Sid Supervisor", null, "a long password 2", Role.SUPERVISOR);
		}
		number = cases.open(new OpenCaseCommand(ContactChannel.EMAIL, "Your staff were rude to me at the till",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.COMPLAINT, false), "pat", null).view().caseNumber();
	}

	@Test
	void withoutAnSmtpServerTheAcknowledgementIsKeptAndLoggedNotLost() {
		assertThat(updates.messagesFor(number)).singleElement().satisfies(m -> {
			assertThat(m.templateKey()).isEqualTo(MailTemplateKey.ACKNOWLEDGEMENT);
			assertThat(m.delivery()).isEqualTo(Delivery.LOGGED);
			assertThat(m.body()).contains(number);
		});
		assertThat(cases.get(number).timeline()).extracting(TimelineEntry::kind)
			.contains(TimelineKind.CUSTOMER_UPDATE);
	}

	@Test
	void withoutAnSmtpServerTheTimelineAndTheCaseRecordSayTheAcknowledgementWasKeptNotSent() {
		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.CUSTOMER_UPDATE)
			.extracting(TimelineEntry::summary)
			.singleElement()
			.asString()
			.startsWith("Acknowledgement for ")
			.contains("kept here, not e-mailed (no mail server configured)")
			.doesNotContain("e-mailed to");
		assertThat(records.html(number)).contains("kept here, not e-mailed (no mail server configured)")
			.doesNotContain("e-mailed to");
	}

	@Test
	void closingWithoutAnSmtpServerSendsNoSurveyAndTakesStaffToRecordTheCustomersFeedback() throws Exception {
		updates.changePreference(number, true, true, null, "pat");
		cases.changeStatus(number, CaseStatus.RESOLVED, "Apologised", "pat");
		mvc.perform(get("/cases/" + number + "/close").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no mail server is configured, so its link could not reach")));

		mvc.perform(post("/cases/" + number + "/close").with(staff).with(csrf())
			.param("outcome", "Apologised for the till staff")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true")
			.param("surveyByEmail", "true")
			.param("rootCause", "STAFF_CONDUCT")
			.param("preventiveMeasure", "Till staff briefed"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + number + "/feedback"))
			.andExpect(flash().attribute("warning", containsString("No survey was e-mailed")));

		// No survey whose only copy has its link blanked: nothing the customer could ever answer.
		assertThat(updates.messagesFor(number)).extracting(CustomerMessageView::templateKey)
			.containsExactly(MailTemplateKey.ACKNOWLEDGEMENT, MailTemplateKey.CLOSURE);
		assertThat(updates.messagesFor(number)).extracting(CustomerMessageView::delivery).containsOnly(Delivery.LOGGED);
		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.CLOSING)
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("No survey e-mailed, although the customer agreed to one"));
		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.CUSTOMER_UPDATE)
			.extracting(TimelineEntry::summary)
			.anySatisfy(summary -> assertThat(summary).startsWith("Case closed for ").contains("kept here"))
			.noneSatisfy(summary -> assertThat(summary).contains("e-mailed to"));
	}

	@Test
	void aFinalResponseAskedForByEmailWithoutAnSmtpServerIsSaidToBeKeptNotEmailed() throws Exception {
		mvc.perform(post("/cases/" + number + "/final-response").with(staff).with(csrf())
			.param("outcome", "We stand by the refund already offered.")
			.param("byEmail", "true"))
			.andExpect(status().is3xxRedirection())
			// A warning: the customer's record has no postal address to post it to either.
			.andExpect(flash().attribute("warning", containsString("kept on the case, not e-mailed to")));

		assertThat(cases.get(number).timeline()).extracting(TimelineEntry::summary)
			.anySatisfy(s -> assertThat(s).startsWith("Final response issued (kept here, not e-mailed to "))
			.noneSatisfy(s -> assertThat(s).contains("e-mailed to " + cases.get(number).customerEmail() + ")"));
	}

	@Test
	void staffCanOpenEveryPageOfTheFollowUpLoop() throws Exception {
		mvc.perform(get("/cases/" + number).with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cases/" + number + "/complaint-handling")))
			.andExpect(content().string(containsString("/cases/" + number + "/record.pdf")));
		mvc.perform(get("/cases/" + number + "/follow-ups").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a follow-up")));
		mvc.perform(get("/cases/" + number + "/updates").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kept here (no mail server configured)")));
		mvc.perform(get("/cases/" + number + "/complaint-handling").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Acknowledged the customer&#39;s feelings")))
			.andExpect(content().string(containsString("Confirmed I understood the issue")));
		mvc.perform(get("/cases/" + number + "/final-response").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Consumer Dispute Resolution Ltd")));
		mvc.perform(get("/cases/" + number + "/close").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only a resolved case can be closed")));
		mvc.perform(get("/cases/" + number + "/feedback").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phone call")));
		mvc.perform(get("/follow-ups").with(staff)).andExpect(status().isOk());
	}

	@Test
	void namesAnOwnerWhoCannotSignInAlongsideAPurposeNotOnTheList() throws Exception {
		mvc.perform(post("/cases/" + number + "/follow-ups").with(staff).with(csrf())
			.param("purpose", "FOO")
			.param("dueDate", clock.today().plusDays(1).toString())
			.param("owner", "ghost"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose what the follow-up is for from the list")))
			.andExpect(content().string(containsString("Choose an active member of staff")));

		assertThat(followUps.forCase(number)).isEmpty();
	}

	@Test
	void aTickBoxSentWithAValueThatIsNotTrueOrFalseIsAskedToBeTickedOrLeftEmpty() throws Exception {
		mvc.perform(post("/cases/" + number + "/final-response").with(staff).with(csrf())
			.param("outcome", "We stand by the refund already offered.")
			.param("byEmail", "maybe"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tick the box, or leave it empty")))
			.andExpect(content().string(not(containsString("has an invalid value"))))
			.andExpect(content().string(containsString("We stand by the refund already offered.")));
	}

	@Test
	void aFinalResponseOnAQueryWithABoxThatCouldNotBeReadSaysItIsNotAComplaintAndIssuesNothing() throws Exception {
		String query = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "When do you open on Sunday?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "pat", null).view().caseNumber();

		mvc.perform(post("/cases/" + query + "/final-response").with(staff).with(csrf())
			.param("outcome", "We stand by the refund already offered.")
			.param("byEmail", "maybe"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tick the box, or leave it empty")))
			.andExpect(content().string(containsString("This case is not a complaint (its type is Query)")))
			.andExpect(content().string(containsString("We stand by the refund already offered.")));
		assertThat(updates.messagesFor(query)).noneMatch(m -> m.templateKey() == MailTemplateKey.FINAL_RESPONSE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "+999999999-12-31", "9999-12-31" })
	void refusesADueDateMoreThanTwoYearsAheadAndKeepsWhatWasTyped(String typed) throws Exception {
		mvc.perform(post("/cases/" + number + "/follow-ups").with(staff).with(csrf())
			.param("purpose", "CALL_BACK")
			.param("dueDate", typed)
			.param("owner", "pat"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(typed + " is more than two years ahead: choose a date no later than")))
			.andExpect(content().string(containsString("value=\"" + typed + "\"")));

		assertThat(followUps.forCase(number)).isEmpty();
	}

	@Test
	void aFollowUpCanBeDueUpToTwoYearsAheadAndNoLater() {
		LocalDate latest = clock.today().plusYears(2);

		assertThat(followUps.schedule(new ScheduleFollowUp(number, FollowUpPurpose.OTHER, FollowUpOrigin.MANUAL,
				latest, "pat", null), "pat").dueDate()).isEqualTo(latest);
		assertThatThrownBy(() -> followUps.schedule(new ScheduleFollowUp(number, FollowUpPurpose.OTHER,
				FollowUpOrigin.REPAIR_DUE_BACK, latest.plusDays(1), "pat", null), "pat"))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
				.satisfies(p -> assertThat(p.field()).isEqualTo("dueDate")));
		assertThatThrownBy(() -> followUps.schedule(new ScheduleFollowUp(number, FollowUpPurpose.OTHER,
				FollowUpOrigin.MANUAL, clock.today().minusDays(1), "pat", null), "pat"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Choose today or a later date");
	}

	@Test
	void cancellingAFollowUpSomeoneAlreadyCompletedSaysWhoDidAndKeepsTheReasonTyped() throws Exception {
		FollowUpView followUp = followUps.schedule(new ScheduleFollowUp(number, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.MANUAL, clock.today(), "pat", null), "pat");
		followUps.complete(followUp.id(), "Customer happy", followUp.version(), "sid");

		mvc.perform(post("/follow-ups/" + followUp.id() + "/cancel").with(staff).with(csrf())
			.param("reason", "Customer rang us instead")
			.param("version", String.valueOf(followUp.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sid Supervisor already marked this follow-up done on ")))
			.andExpect(content().string(containsString("so nothing you typed was saved")))
			.andExpect(content().string(containsString("Customer rang us instead")));

		assertThat(followUps.get(followUp.id())).satisfies(f -> {
			assertThat(f.status()).isEqualTo(FollowUpStatus.DONE);
			assertThat(f.outcome()).isEqualTo("Customer happy");
		});
	}

	@Test
	void refusesToFinishAFollowUpWithoutTheVersionItWasSeenAt() {
		FollowUpView followUp = followUps.schedule(new ScheduleFollowUp(number, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.MANUAL, clock.today(), "pat", null), "pat");

		assertThatThrownBy(() -> followUps.complete(followUp.id(), "Customer happy", null, "pat"))
			.isInstanceOf(ConflictException.class)
			.hasMessage("Someone else changed this follow-up first; it is shown as it is now.");
		assertThatThrownBy(() -> followUps.cancel(followUp.id(), "Not needed", null, "pat"))
			.isInstanceOf(ConflictException.class);
		assertThat(followUps.get(followUp.id()).status()).isEqualTo(FollowUpStatus.OPEN);
	}

	@Test
	void namesAnUnknownFollowUpByItsIdWithoutGroupingTheDigits() throws Exception {
		mvc.perform(get("/follow-ups/999999").with(staff))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No follow-up 999999.")));
	}

	@Test
	void aCloseFromASecondTabKeepsWhatWasTypedOnThePageToCopy() throws Exception {
		cases.changeStatus(number, CaseStatus.RESOLVED, "Apologised and refunded", "pat");
		mvc.perform(post("/cases/" + number + "/close").with(staff).with(csrf())
			.param("outcome", "Apologised and refunded")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true")
			.param("rootCause", "STAFF_CONDUCT")
			.param("preventiveMeasure", "Till staff briefed"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/cases/" + number + "/close").with(staff).with(csrf())
			.param("outcome", "Second tab OUTCOME typed")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true")
			.param("rootCause", "PROCESS")
			.param("preventiveMeasure", "Second tab MEASURE typed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(" already closed this case on ")))
			.andExpect(content().string(containsString("What you typed, not recorded (copy it if you still need it)")))
			.andExpect(content().string(containsString("readonly>Second tab OUTCOME typed</textarea>")))
			.andExpect(content().string(containsString("readonly>Second tab MEASURE typed</textarea>")))
			.andExpect(content().string(containsString("readonly value=\"Process\"")));
		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.CLOSING).singleElement()
			.satisfies(e -> assertThat(e.summary()).doesNotContain("Second tab"));
	}

	@Test
	void closingACaseTwiceSaysItIsAlreadyClosedAndByWhom() throws Exception {
		cases.changeStatus(number, CaseStatus.RESOLVED, "Apologised and refunded", "pat");
		MockHttpServletRequestBuilder close = post("/cases/" + number + "/close").with(staff).with(csrf())
			.param("outcome", "Apologised and refunded")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true")
			.param("rootCause", "STAFF_CONDUCT")
			.param("preventiveMeasure", "Till staff briefed");

		mvc.perform(close).andExpect(status().is3xxRedirection());
		// Named as every page names pat, whatever name the test class that made the account gave.
		String pat = staffDirectory.displayName("pat").orElseThrow();
		mvc.perform(close)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pat + " already closed this case on ")))
			.andExpect(content().string(not(containsString("pat already closed"))))
			.andExpect(content().string(not(containsString("Resolve it first"))));
		assertThatThrownBy(() -> closing.close(number, new ClosingRequest("Apologised and refunded", true, true, true,
				RootCause.STAFF_CONDUCT, "Till staff briefed", null, false), "pat"))
			.isInstanceOf(ConflictException.class)
			.hasMessageStartingWith(pat + " already closed this case on ");

		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.CLOSING).hasSize(1);
		assertThat(updates.messagesFor(number)).filteredOn(m -> m.templateKey() == MailTemplateKey.CLOSURE)
			.singleElement()
			.satisfies(m -> assertThat(m.body()).contains("Thank you for your patience while we put this right."));
	}

	@Test
	void theClosingEmailForAQueryThanksTheCustomerForGettingInTouchNotForTheirPatience() throws Exception {
		String query = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "When do you open on Sunday?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "pat", null).view().caseNumber();
		cases.changeStatus(query, CaseStatus.RESOLVED, "Told her 10 till 4", "pat");

		mvc.perform(post("/cases/" + query + "/close").with(staff).with(csrf())
			.param("outcome", "We open from 10am to 4pm on Sundays.")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true"))
			.andExpect(status().is3xxRedirection());

		assertThat(updates.messagesFor(query)).filteredOn(m -> m.templateKey() == MailTemplateKey.CLOSURE)
			.singleElement()
			.satisfies(m -> assertThat(m.body()).contains("We open from 10am to 4pm on Sundays.")
				.contains("Thank you for getting in touch; we hope this answers your question.")
				.doesNotContain("put this right")
				.doesNotContain("{thanks}"));
	}

	@Test
	void recordsTheStepsTickedTogetherAsOneTimelineEntryWithTheNoteOnce() throws Exception {
		mvc.perform(post("/cases/" + number + "/complaint-handling").with(staff).with(csrf())
			.param("steps", "LISTEN", "APOLOGISE")
			.param("note", "Customer calmer after we talked"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/cases/" + number + "/complaint-handling").with(staff).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tick at least one step you have done")));

		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.COMPLAINT_HANDLING)
			.extracting(TimelineEntry::summary)
			.containsExactly("Complaint handling, steps done: Listened to the whole complaint without interrupting "
					+ "(Listen); Apologised (Apologise). Note: Customer calmer after we talked");
		// The checklist shows the note once too, with the first of the steps it was written about.
		assertThat(complaints.progress(number)).filteredOn(ComplaintStepView::done)
			.extracting(ComplaintStepView::step, ComplaintStepView::note)
			.containsExactly(tuple(ComplaintStep.LISTEN, "Customer calmer after we talked"),
					tuple(ComplaintStep.APOLOGISE, null));
	}

	@Test
	void reTickingARecordedStepSaysWhoRecordedItSavesNothingAndKeepsTheNote() throws Exception {
		mvc.perform(post("/cases/" + number + "/complaint-handling").with(staff).with(csrf())
			.param("steps", "LISTEN")
			.param("note", "Let her finish"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/cases/" + number + "/complaint-handling").with(staff).with(csrf())
			.param("steps", "LISTEN")
			.param("note", "She asked for the manager"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"&quot;Listened to the whole complaint without interrupting&quot; was already recorded by Pat Staff on ")))
			.andExpect(content().string(containsString("Nothing was saved")))
			.andExpect(content().string(containsString(">She asked for the manager</textarea>")));

		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.COMPLAINT_HANDLING)
			.extracting(TimelineEntry::summary)
			.containsExactly("Complaint handling, steps done: Listened to the whole complaint without interrupting "
					+ "(Listen). Note: Let her finish");
	}

	@Test
	void namesEveryChecklistProblemAtOnce() throws Exception {
		mvc.perform(post("/cases/" + number + "/complaint-handling").with(staff).with(csrf())
			.param("note", "x".repeat(600)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tick at least one step you have done")))
			.andExpect(content().string(containsString("The note is too long: shorten it to at most 500 characters.")));
	}

	@Test
	void namesANoteTooLongAlongsideAStepNotOnTheListAndRecordsNothing() throws Exception {
		String note = "She was kept waiting at the till. ".repeat(20);

		String html = mvc.perform(post("/cases/" + number + "/complaint-handling").with(staff).with(csrf())
			.param("steps", "FOO")
			.param("note", note))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Choose steps from the list").contains(note.strip());
		Markup.assertInvalidAndDescribedBy(html, "note", "note-error",
				"The note is too long: shorten it to at most 500 characters.");
		assertThat(cases.get(number).timeline()).noneMatch(e -> e.kind() == TimelineKind.COMPLAINT_HANDLING);
	}

	@Test
	void theChecklistNoteStopsAtTheLengthTheServerTakes() throws Exception {
		String html = mvc.perform(get("/cases/" + number + "/complaint-handling").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Markup.attribute(Markup.openingTag(html, "note"), "maxlength")).isEqualTo("500");
	}

	@Test
	void recordingFeedbackMarksTheRequiredQuestionsAndLimitsTheComment() throws Exception {
		String html = mvc.perform(get("/cases/" + number + "/feedback").with(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Markup.attribute(Markup.openingTag(html, "comment"), "maxlength")).isEqualTo("2000");
		assertThat(Markup.label(html, "comment")).doesNotContain("(required)");
		assertThat(Markup.label(html, "source")).contains("(required)");
		assertThat(html).containsPattern("<legend[^>]*>How satisfied are you with how we handled your case\\?"
				+ "<span class=\"required-mark\"\\s+aria-hidden=\"true\">\\(required\\)</span></legend>")
			.containsPattern("<legend[^>]*>Was your problem resolved\\?"
					+ "<span class=\"required-mark\"\\s+aria-hidden=\"true\">\\(required\\)</span></legend>");
		for (String radio : List.of("score1", "score5", "resolved1", "resolved2")) {
			assertThat(Markup.openingTag(html, radio)).as(radio).contains(" required=\"required\"");
		}
	}

	@Test
	void theChecklistPostedOnACaseThatIsNotAComplaintSaysSoOnThePage() throws Exception {
		String query = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "When do you open on Sunday?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "pat", null).view().caseNumber();

		mvc.perform(post("/cases/" + query + "/complaint-handling").with(staff).with(csrf()).param("steps", "LISTEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This case is not a complaint (its type is Query)")))
			.andExpect(content().string(containsString("Nothing was recorded.")))
			.andExpect(content().string(not(containsString("Record the ticked steps"))));
		assertThat(cases.get(query).timeline()).noneMatch(e -> e.kind() == TimelineKind.COMPLAINT_HANDLING);
	}

	@Test
	void recordedFeedbackWithNoSourceNamesEveryMissingAnswerAtOnce() throws Exception {
		mvc.perform(post("/cases/" + number + "/feedback").with(staff).with(csrf())
			.param("source", "")
			.param("comment", "Happy in the end"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose phone call or in store")))
			.andExpect(content().string(containsString("Choose a score from 1 to 5")))
			.andExpect(content().string(containsString("Say whether the problem was resolved")))
			.andExpect(content().string(containsString(">Happy in the end</textarea>")));
		mvc.perform(post("/cases/" + number + "/feedback").with(staff).with(csrf())
			.param("source", "")
			.param("score", "five"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose phone call or in store")))
			.andExpect(content().string(containsString("Choose a score from 1 to 5")))
			.andExpect(content().string(containsString("Say whether the problem was resolved")));

		assertThat(cases.get(number).timeline()).noneMatch(e -> e.kind() == TimelineKind.FEEDBACK);
	}

	@Test
	void issuesAPrintableFinalResponseThatNamesTheAdrBody() throws Exception {
		String location = mvc.perform(post("/cases/" + number + "/final-response").with(staff).with(csrf())
			.param("outcome", "We stand by the refund already offered and cannot offer more."))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(location).startsWith("/cases/" + number + "/messages/");
		mvc.perform(get(location).with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is our final response to your complaint.")))
			.andExpect(content().string(containsString("Consumer Dispute Resolution Ltd (https://www.cdrl.org.uk)")))
			.andExpect(content().string(containsString("Letter to print and post")))
			.andExpect(content().string(containsString("data-print")))
			.andExpect(content().string(containsString("<script src=\"/js/aftercare.js\"></script>")));
		assertThat(cases.get(number).timeline()).extracting(TimelineEntry::summary)
			.anyMatch(s -> s.startsWith("Final response issued (as a letter with no address to post it to (the "
					+ "customer's record has none), so not posted), naming the ADR body"));
	}

	@Test
	void aFinalResponseNamesTheCaseTheCustomerAndWhoWroteIt() {
		CustomerMessageView letter = updates.issueFinalResponse(number, "We cannot offer more than the refund.", false,
				"pat");

		assertThat(letter.subject()).isEqualTo("Our final response to your complaint - case " + number);
		assertThat(letter.body()).contains("Dear Jane Smith,")
			.contains("(case " + number + ")")
			.contains("Pat Staff")
			.doesNotContain("{caseNumber}", "{customerName}", "{staffName}");
	}

	@Test
	void feedbackTakenByPhoneWithALowScoreOpensACallBackForASupervisor() throws Exception {
		mvc.perform(post("/cases/" + number + "/feedback").with(staff).with(csrf())
			.param("source", "PHONE")
			.param("score", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a score from 1 (very dissatisfied) to 5")))
			.andExpect(content().string(containsString("Say whether the problem was resolved")));
		mvc.perform(post("/cases/" + number + "/feedback").with(staff).with(csrf())
			.param("source", "PHONE")
			.param("score", "1")
			.param("resolved", "false")
			.param("comment", "Still upset"))
			.andExpect(status().is3xxRedirection());

		assertThat(followUps.forCase(number)).singleElement().satisfies(f -> {
			assertThat(f.purpose()).isEqualTo(FollowUpPurpose.CALL_BACK);
			assertThat(f.origin()).isEqualTo(FollowUpOrigin.LOW_FEEDBACK_SCORE);
			assertThat(staffDirectory.find(f.owner()).orElseThrow().role()).isEqualTo(Role.SUPERVISOR);
			assertThat(f.createdBy()).isEqualTo("pat");
		});
	}

	@Test
	void onlyASupervisorOrManagerFinishesCancelsOrPassesOnTheCallBackAfterALowScore() throws Exception {
		mvc.perform(post("/cases/" + number + "/feedback").with(staff).with(csrf())
			.param("source", "PHONE")
			.param("score", "1")
			.param("resolved", "false"))
			.andExpect(status().is3xxRedirection());
		FollowUpView callBack = followUps.forCase(number).get(0);
		// The supervisor is named as the pages name staff, not by username.
		String ownerName = staffDirectory.displayName(callBack.owner()).orElseThrow();
		assertThat(ownerName).isNotEqualTo(callBack.owner());
		String refusal = "This is a supervisor&#39;s call-back after a low feedback score, and it is with " + ownerName
				+ ". Only a supervisor or manager can mark it done, cancel it or pass it on: tell " + ownerName
				+ " anything the customer has told you.";

		mvc.perform(get("/cases/" + number + "/follow-ups").with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">View</span><span class=\"visually-hidden\"> (Call back, due")))
			.andExpect(content().string(not(containsString("Complete or cancel"))));
		mvc.perform(get("/follow-ups/" + callBack.id()).with(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refusal)))
			.andExpect(content().string(not(containsString("Mark as done"))))
			.andExpect(content().string(not(containsString("Pass it on"))));
		String version = String.valueOf(callBack.version());
		mvc.perform(post("/follow-ups/" + callBack.id() + "/complete").with(staff).with(csrf())
			.param("outcome", "Called her").param("version", version))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString(refusal)));
		mvc.perform(post("/follow-ups/" + callBack.id() + "/cancel").with(staff).with(csrf())
			.param("reason", "Not needed").param("version", version))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString(refusal)));
		mvc.perform(post("/follow-ups/" + callBack.id() + "/owner").with(staff).with(csrf())
			.param("owner", "pat").param("version", version))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString(refusal)));
		assertThat(followUps.get(callBack.id())).satisfies(f -> {
			assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN);
			assertThat(f.owner()).isEqualTo(callBack.owner());
		});

		// A supervisor may; the call-back stays with a supervisor or manager.
		RequestPostProcessor supervisor = user("sid").roles("SUPERVISOR");
		mvc.perform(get("/cases/" + number + "/follow-ups").with(supervisor))
			.andExpect(content().string(containsString(">Complete or cancel</span>")));
		mvc.perform(get("/cases/" + number + "/follow-ups").with(user("max").roles("MANAGER")))
			.andExpect(content().string(containsString(">Complete or cancel</span>")));
		mvc.perform(get("/follow-ups/" + callBack.id()).with(supervisor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mark as done")))
			.andExpect(content().string(not(containsString("Pat Staff (pat)"))));
		mvc.perform(post("/follow-ups/" + callBack.id() + "/owner").with(supervisor).with(csrf())
			.param("owner", "pat").param("version", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"A call-back after a low feedback score stays with a supervisor or manager: choose one of them.")));
		mvc.perform(post("/follow-ups/" + callBack.id() + "/complete").with(supervisor).with(csrf())
			.param("outcome", "Called her and put it right").param("version", version))
			.andExpect(status().is3xxRedirection());
		assertThat(followUps.get(callBack.id()).status()).isEqualTo(FollowUpStatus.DONE);
	}

	@Test
	void anyoneMayFinishAFollowUpThatIsNotASupervisorsCallBack() {
		FollowUpView followUp = followUps.schedule(new ScheduleFollowUp(number, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.MANUAL, clock.today(), "sid", null), "sid");

		assertThat(followUps.refusalFor(followUp, "pat")).isEmpty();
		assertThat(followUps.complete(followUp.id(), "Customer happy", followUp.version(), "pat").status())
			.isEqualTo(FollowUpStatus.DONE);
	}

	@Test
	void onlyManagersEditTheEmailTextsAndTheAdrBodyMustStay() throws Exception {
		mvc.perform(get("/admin/mail-templates").with(staff)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/mail-templates").with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Final response (deadlock)")));
		mvc.perform(get("/admin/mail-templates/FINAL_RESPONSE").with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("{adrWebsite}")));

		mvc.perform(post("/admin/mail-templates/FINAL_RESPONSE").with(manager).with(csrf())
			.param("subject", "Final response {caseNumber} {foo}")
			.param("body", "{outcome} This is final.")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The subject uses placeholders this e-mail cannot fill: {foo}.")))
			.andExpect(content().string(containsString("The text must keep {adrName}, {adrWebsite}:")));
	}

}
