package uk.aftercare.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.followups.ClosingRequest;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.shared.ShopClock;

/** A survey link the customer never answered, after their personal data was erased, through the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
class WithdrawnSurveyJourneyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	ClosingService closing;

	@Autowired
	DataProtection dataProtection;

	@Autowired
	SurveyInvitationRepository invitations;

	@Autowired
	FeedbackService feedback;

	@Autowired
	ShopClock clock;

	@Test
	void aLinkWithdrawnByErasureSaysTheSurveyIsNoLongerAvailableNotThatItExpired() throws Exception {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Can I use the kettle abroad?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "sam", null).view().caseNumber();
		cases.changeStatus(number, CaseStatus.RESOLVED, "Yes, with an adaptor", "sam");
		closing.close(number, new ClosingRequest("Answered her question", true, true, true, null, null, null, false),
				"sam");
		String token = SurveyTokens.newToken();
		Instant told = invitations.save(new SurveyInvitation(number, SurveyTokens.hash(token), clock.now(),
				clock.now().plus(Duration.ofDays(30)))).getExpiresAt();

		assertThat(dataProtection.erase(cases.get(number).customerId(), "max", "Asked by phone").erased()).isTrue();

		mvc.perform(get("/feedback/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This survey is no longer available")))
			.andExpect(content().string(not(containsString("expired"))))
			.andExpect(content().string(not(containsString("erased"))));
		mvc.perform(post("/feedback/" + token).with(csrf()).param("score", "5").param("resolved", "true"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This survey is no longer available")));
		assertThat(feedback.forCase(number)).isEmpty();
		// The customer's copy says the link was withdrawn when they were erased, and keeps the expiry they were told.
		long customerId = cases.get(number).customerId();
		Map<String, Object> copy = dataProtection.export(customerId, "max", "Asked by letter");
		assertThat(((Map<?, ?>) copy.get("feedback")).get("surveyInvitations")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.singleElement()
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("state", "WITHDRAWN")
			.containsEntry("expiresAt", told)
			.containsEntry("withdrawnAt", dataProtection.find(customerId).orElseThrow().erasedAt());
	}

}
