package uk.aftercare.feedback.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.web.CaseViews;
import uk.aftercare.feedback.FeedbackService;
import uk.aftercare.feedback.FeedbackSource;
import uk.aftercare.feedback.FeedbackView;
import uk.aftercare.support.WebTestSupport;

/** Recording feedback staff took: the form only while the case's latest closing has none. */
@WebMvcTest(StaffFeedbackController.class)
@WebTestSupport
class StaffFeedbackControllerTest {

	private static final String NUMBER = "AC-2026-000042";

	/** 14:30 in London (BST is over by November): the page shows the shop's time. */
	private static final FeedbackView BY_SID = new FeedbackView(8L, NUMBER, 4, true, null, FeedbackSource.PHONE, "sid",
			Instant.parse("2026-11-02T14:30:00Z"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FeedbackService feedback;

	@MockitoBean
	CaseService cases;

	@BeforeEach
	void aCase() {
		given(cases.get(NUMBER)).willReturn(CaseViews.sample(NUMBER));
		given(feedback.forCase(NUMBER)).willReturn(List.of());
		given(feedback.ofLatestClosing(anyString())).willReturn(Optional.empty());
	}

	@Test
	void offersTheFormWhileTheClosingHasNoFeedback() throws Exception {
		mvc.perform(get("/cases/" + NUMBER + "/feedback").with(user("pat").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"record-heading\"")))
			.andExpect(content().string(not(containsString("id=\"feedback-counted\""))));
	}

	@Test
	void saysWhoRecordedTheClosingsFeedbackInsteadOfOfferingTheForm() throws Exception {
		given(feedback.ofLatestClosing(NUMBER)).willReturn(Optional.of(BY_SID));
		given(feedback.forCase(NUMBER)).willReturn(List.of(BY_SID));

		mvc.perform(get("/cases/" + NUMBER + "/feedback").with(user("pat").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sid recorded the customer&#39;s feedback about this closing on "
					+ "2 Nov 2026, 14:30. Each closing gets one piece of feedback")))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))));
	}

	@Test
	void saysTheCustomerAnsweredTheSurveyInsteadOfOfferingTheForm() throws Exception {
		FeedbackView answered = new FeedbackView(9L, NUMBER, 5, true, null, FeedbackSource.SURVEY, "customer",
				Instant.parse("2026-11-02T09:05:00Z"));
		given(feedback.ofLatestClosing(NUMBER)).willReturn(Optional.of(answered));

		mvc.perform(get("/cases/" + NUMBER + "/feedback").with(user("pat").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The customer answered the e-mailed survey about this closing "
					+ "on 2 Nov 2026, 09:05.")))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))));
	}

	/** Two of the team record the same call at once: the second to save is told whose counts, and keeps its text. */
	@Test
	void feedbackSavedByAColleagueAtTheSameMomentIsNamedAndWhatWasTypedKept() throws Exception {
		given(feedback.recordByStaff(anyString(), any(), any(), anyString()))
			.willThrow(new ObjectOptimisticLockingFailureException("ServiceCase", 42L));
		given(feedback.ofLatestClosing(NUMBER)).willReturn(Optional.of(BY_SID));

		mvc.perform(post("/cases/" + NUMBER + "/feedback").with(user("pat").roles("STAFF")).with(csrf())
			.param("source", "IN_STORE")
			.param("score", "3")
			.param("resolved", "true")
			.param("comment", "Fine in the end"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sid already recorded the customer&#39;s feedback about this "
					+ "closing on 2 Nov 2026, 14:30, and each closing gets one piece of feedback. Nothing was recorded.")))
			.andExpect(content().string(containsString(">Fine in the end</textarea>")));
	}

	@Test
	void aCaseChangedAtTheSameMomentForAnotherReasonSaysSoAndKeepsWhatWasTyped() throws Exception {
		given(feedback.recordByStaff(anyString(), any(), any(), anyString()))
			.willThrow(new ObjectOptimisticLockingFailureException("ServiceCase", 42L));

		mvc.perform(post("/cases/" + NUMBER + "/feedback").with(user("pat").roles("STAFF")).with(csrf())
			.param("source", "IN_STORE")
			.param("score", "3")
			.param("resolved", "true")
			.param("comment", "Fine in the end"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this case at the same moment")))
			.andExpect(content().string(containsString(">Fine in the end</textarea>")));
	}

}
