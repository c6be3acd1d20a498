package uk.aftercare.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.followups.ClosingRequest;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.shared.ShopClock;

/**
 * A closing gets one piece of feedback, counted once: from the e-mailed survey or from staff, never both, whichever
 * comes first.
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

	private final RequestPostProcessor sam = user("sam").roles("STAFF");

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
			.andExpect(content().string(containsString("The customer has already answered the e-mailed survey about "
					+ "this closing, and each closing gets one piece of feedback. Nothing was recorded.")))
			.andExpect(content().string(containsString("Said it was fine")));

		assertThat(feedback.forCase(number)).singleElement()
			.satisfies(f -> assertThat(f.source()).isEqualTo(FeedbackSource.SURVEY));
	}

	private String closedCase() {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Can I use the kettle abroad?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "sam", null).view().caseNumber();
		cases.changeStatus(number, CaseStatus.RESOLVED, "Yes, with an adaptor", "sam");
		closing.close(number, new ClosingRequest("Answered her question", true, true, true, null, null, null, false),
				"sam");
		return number;
	}

	/** The survey closing would e-mail with a mail server configured (this test has none). */
	private String surveySentFor(String number) {
		String token = SurveyTokens.newToken();
		invitations.save(new SurveyInvitation(number, SurveyTokens.hash(token), clock.now(),
				clock.now().plus(Duration.ofDays(30))));
		return token;
	}

}
