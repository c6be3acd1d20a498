package uk.aftercare.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;

/**
 * A low score in a shop where nobody can take the call-back: no supervisor or manager can sign in, and the case's
 * owner cannot either. The feedback is still saved, and the case's timeline and the page say plainly that nobody was
 * given the call-back.
 *
 * <p>Its own application and database ({@code properties}): every supervisor and manager in it is disabled, which
 * would change what other tests see.
 */
@SpringBootTest(properties = "aftercare.test.shop=no-supervisor-or-manager")
@AutoConfigureMockMvc
class LowScoreWithNobodyToCallBackJourneyTest {

	private static final String NOBODY_TAKES_IT = "No follow-up added: Call back (Automatic, after a low feedback "
			+ "score). No supervisor or manager, nor the case's owner, can sign in to take it, so it is in nobody's list";

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	FeedbackService feedback;

	@Autowired
	FollowUpService followUps;

	@Autowired
	SurveyInvitationRepository invitations;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ShopClock clock;

	@BeforeEach
	void aShopWithNoSupervisorOrManagerWhoCanSignIn() {
		if (!accounts.exists("sam")) {
			accounts.create("sam", "Sam Staff", null, "a long password 1", Role.STAFF);
			accounts.create("gone", "Gone Away", null, "a long password 2", Role.STAFF);
			accounts.create("sue", "Sue Pervisor", null, "a long password 3", Role.SUPERVISOR);
			accounts.create("max", "Max Manager", null, "a long password 4", Role.MANAGER);
			accounts.disable("gone", "max");
			accounts.disable("sue", "max");
			// The application never disables the last manager: a shop can still end up with none who can sign in.
			jdbc.update("update staff_user set enabled = false where username = 'max'");
		}
	}

	@Test
	void aLowScoreRecordedByStaffIsSavedAndThePageAndTimelineSayNobodyWasGivenTheCallBack() throws Exception {
		String number = caseOwnedBy("gone");

		mvc.perform(post("/cases/" + number + "/feedback").with(user("sam").roles("STAFF")).with(csrf())
			.param("source", "PHONE")
			.param("score", "1")
			.param("resolved", "false")
			.param("comment", "Nobody rang me back"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + number + "/feedback"))
			.andExpect(flash().attribute("warning", containsString("Feedback recorded (1 out of 5). Nobody could be "
					+ "given the call-back")));

		assertThat(feedback.forCase(number)).singleElement()
			.satisfies(f -> assertThat(f.score()).isEqualTo(1))
			.satisfies(f -> assertThat(f.comment()).isEqualTo("Nobody rang me back"));
		assertThat(followUps.forCase(number)).isEmpty();
		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.FOLLOW_UP)
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).startsWith(NOBODY_TAKES_IT)
				.contains("Note: The customer scored 1 out of 5 (Phone call)"))
			.satisfies(e -> assertThat(e.actor()).isEqualTo("sam"));
		mvc.perform(get("/cases/" + number).with(user("sam").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No follow-up added: Call back")));
	}

	/** The case's owner has no account at all (an account removed from the database, say). */
	@Test
	void aLowScoreFromTheSurveyPageIsSavedAndTheTimelineSaysNobodyWasGivenTheCallBack() throws Exception {
		String number = caseOwnedBy("left-long-ago");
		String token = SurveyTokens.newToken();
		invitations.save(new SurveyInvitation(number, SurveyTokens.hash(token), clock.now(),
				clock.now().plus(Duration.ofDays(30))));

		mvc.perform(post("/feedback/" + token).with(csrf()).param("score", "2").param("resolved", "false"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/feedback/thank-you"));

		assertThat(feedback.forCase(number)).singleElement().satisfies(f -> assertThat(f.score()).isEqualTo(2));
		assertThat(followUps.forCase(number)).isEmpty();
		assertThat(cases.get(number).timeline()).extracting(TimelineEntry::summary)
			.anyMatch(s -> s.startsWith(NOBODY_TAKES_IT));
	}

	/** A complaint Sam logged, then given to {@code assignee}. */
	private String caseOwnedBy(String assignee) {
		CaseView opened = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "My parcel never came",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.COMPLAINT, false), "sam", null).view();
		cases.updateDetails(opened.caseNumber(), assignee, opened.priority(), opened.type(), "sam");
		assertThat(cases.get(opened.caseNumber()).assignee()).isEqualTo(assignee);
		return opened.caseNumber();
	}

}
