package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import uk.aftercare.classification.CaseType;
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
	DataProtection dataProtection;

	@Autowired
	CustomerRetention retention;

	@Autowired
	PrivacySettings privacy;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ShopClock clock;

	@Autowired
	DataSource dataSource;

	private JdbcClient jdbc;

	private final RequestPostProcessor sam = user("sam").roles("STAFF");

	private final RequestPostProcessor max = user("max").roles("MANAGER");

	@BeforeEach
	void staff() {
		jdbc = JdbcClient.create(dataSource);
		if (!accounts.exists("sam")) {
			accounts.create("sam", "Sam Staff", "sam@shop.example", "a long password 1", Role.STAFF);
		}
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
		cases.changeStatus(number, CaseStatus.RESOLVED, "Told them it does", "sam");
		closing.close(number, new ClosingRequest("Answered", true, true, true, null, null, null, false), "sam");
		long customerId = cases.get(number).customerId();
		mvc.perform(post("/customers/" + customerId + "/erasure").with(max).with(csrf())
			.param("erasureNote", "Asked in store; receipt shown")
			.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "The customer's personal data has been erased."));
		assertThat(tablesHolding(who.name())).isEmpty();
		return number;
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
		for (String page : List.of("follow-ups", "updates", "final-response", "feedback", "complaint-handling",
				"close", "returns", "returns/new")) {
			mvc.perform(get("/cases/" + number + "/" + page).with(sam))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(refused)))
				.andExpect(content().string(not(containsString("action=\"/cases/" + number))));
		}

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

}
