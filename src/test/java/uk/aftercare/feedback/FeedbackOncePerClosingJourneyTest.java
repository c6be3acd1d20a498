package uk.aftercare.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.followups.ClosingRequest;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.AtTheSameMoment;

/**
 * A case gets one piece of feedback before it is first closed, and one for each closing, counted once: from the
 * e-mailed survey or from staff, never both, whichever comes first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FeedbackOncePerClosingJourneyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	ClosingService closing;

	@Autowired
	SurveyInvitationRepository invitations;

	@Autowired
	FeedbackService feedback;

	@Autowired
	ShopClock clock;

	@Autowired
	FollowUpService followUps;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffDirectory staffDirectory;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataProtection dataProtection;

	private static final String NOT_RECORDED = "Nothing more was recorded: the customer&#39;s feedback here was already "
			+ "recorded";

	private final RequestPostProcessor sam = user("sam").roles("STAFF");

	private final RequestPostProcessor pat = user("pat").roles("STAFF");

	@Test
	void feedbackTakenByPhoneWithdrawsTheUnansweredSurveyLink() throws Exception {
		String number = closedCase();
		String token = surveySentFor(number);

		mvc.perform(post("/cases/" + number + "/feedback").with(sam).with(csrf())
			.param("source", "PHONE")
			.param("score", "4")
			.param("resolved", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + number + "/feedback"));

		mvc.perform(get("/feedback/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("We already have your feedback")));
		mvc.perform(post("/feedback/" + token).with(csrf()).param("score", "1").param("resolved", "false"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("We already have your feedback")));
		assertThat(feedback.forCase(number)).singleElement().satisfies(f -> {
			assertThat(f.source()).isEqualTo(FeedbackSource.PHONE);
			assertThat(f.score()).isEqualTo(4);
		});
		// The customer's copy of their data says the link was withdrawn, when, and the expiry they were told.
		Instant told = invitations.findFirstByCaseNumberOrderByCreatedAtDescIdDesc(number).orElseThrow().getExpiresAt();
		assertThat(surveyLinksInTheCopy(number)).singleElement()
			.satisfies(link -> assertThat(link).containsEntry("state", "WITHDRAWN")
				.containsEntry("expiresAt", told)
				.containsEntry("withdrawnAt", feedback.forCase(number).get(0).recordedAt())
				.containsEntry("answeredAt", null));
	}

	@Test
	void aCustomerAnsweringTheSurveyAsStaffRecordTheirFeedbackByPhoneCountsOnce() throws Exception {
		String number = closedCase();
		String token = surveySentFor(number);
		// The customer answers while Sam's phone feedback, which withdraws the link, is not yet committed.
		Throwable refused = AtTheSameMoment.secondWaitsForFirst(transactions, jdbc.getDataSource(),
				() -> feedback.recordByStaff(number, new FeedbackAnswer(2, false, null), FeedbackSource.PHONE, "sam"),
				() -> feedback.answer(token, new FeedbackAnswer(5, true, null)));

		assertThat(refused).isNotNull();
		assertThat(feedback.forCase(number)).singleElement()
			.satisfies(f -> assertThat(f.source()).isEqualTo(FeedbackSource.PHONE));
	}

	@Test
	void feedbackByPhoneIsRefusedOnceTheSurveyWasAnswered() throws Exception {
		String number = closedCase();
		String token = surveySentFor(number);
		mvc.perform(post("/feedback/" + token).with(csrf()).param("score", "5").param("resolved", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/feedback/thank-you"));

		mvc.perform(post("/cases/" + number + "/feedback").with(sam).with(csrf())
			.param("source", "PHONE")
			.param("score", "3")
			.param("resolved", "true")
			.param("comment", "Said it was fine"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NOT_RECORDED)))
			.andExpect(content().string(containsString("The customer answered the e-mailed survey about this closing on "
					+ shown(feedback.forCase(number).get(0).recordedAt()) + ".")))
			.andExpect(content().string(containsString("Said it was fine")))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))));

		assertThat(feedback.forCase(number)).singleElement()
			.satisfies(f -> assertThat(f.source()).isEqualTo(FeedbackSource.SURVEY));
	}

	@Test
	void aSecondFeedbackForTheSameClosingIsRefusedNamingWhoRecordedTheFirstAndWhen() throws Exception {
		String number = closedCase();
		mvc.perform(post("/cases/" + number + "/feedback").with(sam).with(csrf())
			.param("source", "PHONE")
			.param("score", "4")
			.param("resolved", "true"))
			.andExpect(status().is3xxRedirection());
		String first = samsName() + " recorded the customer&#39;s feedback about this closing on "
				+ shown(feedback.forCase(number).get(0).recordedAt()) + ".";

		mvc.perform(get("/cases/" + number + "/feedback").with(pat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))));
		mvc.perform(post("/cases/" + number + "/feedback").with(pat).with(csrf())
			.param("source", "IN_STORE")
			.param("score", "1")
			.param("resolved", "false")
			.param("comment", "Popped in to complain again"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NOT_RECORDED)))
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString("Their comment, as you typed it: Popped in to complain again")))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))))
			.andExpect(content().string(not(containsString("Please correct the highlighted fields"))));

		assertThat(feedback.forCase(number)).singleElement().satisfies(f -> {
			assertThat(f.source()).isEqualTo(FeedbackSource.PHONE);
			assertThat(f.recordedBy()).isEqualTo("sam");
		});
		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.FEEDBACK).hasSize(1);
		// The refused score of 1 asks no supervisor to call back.
		assertThat(followUps.forCase(number)).isEmpty();
	}

	@Test
	void aCaseReopenedAndClosedAgainMayGetFeedbackAboutItsNewClosing() throws Exception {
		String number = closedCase();
		feedback.recordByStaff(number, new FeedbackAnswer(3, false, null), FeedbackSource.PHONE, "sam");
		cases.changeStatus(number, CaseStatus.REOPENED, "The kettle's adaptor melted", "sam");

		// Reopened, the case still has the feedback about the closing it had.
		mvc.perform(post("/cases/" + number + "/feedback").with(sam).with(csrf())
			.param("source", "PHONE")
			.param("score", "3")
			.param("resolved", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NOT_RECORDED)))
			.andExpect(content().string(
					containsString(samsName() + " recorded the customer&#39;s feedback about this closing")));

		cases.changeStatus(number, CaseStatus.RESOLVED, "New adaptor sent", "sam");
		closing.close(number, new ClosingRequest("Sent a new adaptor", true, true, true, null, null, null, false),
				"sam");
		mvc.perform(get("/cases/" + number + "/feedback").with(sam))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"record-heading\"")))
			.andExpect(content().string(not(containsString("id=\"feedback-counted\""))));
		mvc.perform(post("/cases/" + number + "/feedback").with(sam).with(csrf())
			.param("source", "IN_STORE")
			.param("score", "5")
			.param("resolved", "true"))
			.andExpect(status().is3xxRedirection());

		assertThat(feedback.forCase(number)).extracting(FeedbackView::score).containsExactly(3, 5);
		assertThat(feedback.counted(number)).hasValueSatisfying(f -> assertThat(f.feedback().score()).isEqualTo(5));
	}

	@Test
	void aCaseNeverClosedGetsOnePieceOfFeedbackAndOneCallBack() throws Exception {
		if (!accounts.exists("sid")) {
			// A low score's call-back goes to a supervisor.
			accounts.create("sid", "Sid Supervisor", null, "a long password 2", Role.SUPERVISOR);
		}
		String number = openCase();
		mvc.perform(post("/cases/" + number + "/feedback").with(sam).with(csrf())
			.param("source", "PHONE")
			.param("score", "2")
			.param("resolved", "false"))
			.andExpect(status().is3xxRedirection());
		String first = samsName() + " recorded the customer&#39;s feedback on "
				+ shown(feedback.forCase(number).get(0).recordedAt())
				+ ". A case gets one piece of feedback until it is first closed";

		mvc.perform(get("/cases/" + number + "/feedback").with(pat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))));
		// The same form sent again from a second tab.
		mvc.perform(post("/cases/" + number + "/feedback").with(sam).with(csrf())
			.param("source", "PHONE")
			.param("score", "1")
			.param("resolved", "false")
			.param("comment", "Still waiting"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NOT_RECORDED)))
			.andExpect(content().string(containsString(first)))
			.andExpect(content().string(containsString("Their comment, as you typed it: Still waiting")))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))));

		assertThat(feedback.forCase(number)).singleElement().satisfies(f -> assertThat(f.score()).isEqualTo(2));
		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.FEEDBACK).hasSize(1);
		assertThat(followUps.forCase(number)).hasSize(1);
		assertThatThrownBy(() -> feedback.recordByStaff(number, new FeedbackAnswer(3, true, null),
				FeedbackSource.IN_STORE, "pat"))
			.isInstanceOf(FeedbackAlreadyRecordedException.class);

		// Its first closing starts a new period.
		cases.changeStatus(number, CaseStatus.RESOLVED, "Yes, with an adaptor", "sam");
		closing.close(number, new ClosingRequest("Answered her question", true, true, true, null, null,
				"The call-back stays: she was unhappy", false), "sam");
		feedback.recordByStaff(number, new FeedbackAnswer(4, true, null), FeedbackSource.PHONE, "sam");
		assertThat(feedback.forCase(number)).extracting(FeedbackView::score).containsExactly(2, 4);
	}

	@Test
	void twoMembersOfStaffRecordingFeedbackAtTheSameMomentCountOnce() throws Exception {
		String number = openCase();
		// Pat saves while Sam's save is not yet committed: Pat's waits for it, then counts nothing.
		Throwable refused = AtTheSameMoment.secondWaitsForFirst(transactions, jdbc.getDataSource(),
				() -> feedback.recordByStaff(number, new FeedbackAnswer(4, true, null), FeedbackSource.PHONE, "sam"),
				() -> feedback.recordByStaff(number, new FeedbackAnswer(5, true, null), FeedbackSource.IN_STORE, "pat"));

		assertThat(refused).isInstanceOf(FeedbackAlreadyRecordedException.class);
		assertThat(feedback.forCase(number)).singleElement().satisfies(f -> assertThat(f.recordedBy()).isEqualTo("sam"));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> surveyLinksInTheCopy(String number) {
		Map<String, Object> copy = dataProtection.export(cases.get(number).customerId(), "sue", "Asked by phone");
		return ((Map<String, List<Map<String, Object>>>) copy.get("feedback")).get("surveyInvitations");
	}

	private String shown(Instant moment) {
		return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(clock.zone()).format(moment);
	}

	private String closedCase() {
		String number = openCase();
		cases.changeStatus(number, CaseStatus.RESOLVED, "Yes, with an adaptor", "sam");
		closing.close(number, new ClosingRequest("Answered her question", true, true, true, null, null, null, false),
				"sam");
		return number;
	}

	/** Sam as the pages name him: by display name when another test here made his account, else by username. */
	private String samsName() {
		return staffDirectory.displayName("sam").orElse("sam");
	}

	private String openCase() {
		return cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Can I use the kettle abroad?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "sam", null).view().caseNumber();
	}

	/** The survey closing would e-mail with a mail server configured (this test has none). */
	private String surveySentFor(String number) {
		String token = SurveyTokens.newToken();
		invitations.save(new SurveyInvitation(number, SurveyTokens.hash(token), clock.now(),
				clock.now().plus(Duration.ofDays(30))));
		return token;
	}

}
