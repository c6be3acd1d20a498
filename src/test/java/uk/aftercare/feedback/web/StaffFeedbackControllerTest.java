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
import uk.aftercare.feedback.CountedFeedback;
import uk.aftercare.feedback.FeedbackAlreadyRecordedException;
import uk.aftercare.feedback.FeedbackService;
import uk.aftercare.feedback.FeedbackSource;
import uk.aftercare.feedback.FeedbackView;
import uk.aftercare.support.WebTestSupport;

/** Recording feedback staff took: the form only while the case's current period has none. */
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
		given(feedback.counted(anyString())).willReturn(Optional.empty());
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
		given(feedback.counted(NUMBER)).willReturn(Optional.of(new CountedFeedback(BY_SID, true)));
		given(feedback.forCase(NUMBER)).willReturn(List.of(BY_SID));

		assertThePageSaysInsteadOfTheForm("sid recorded the customer&#39;s feedback about this closing on "
				+ "2 Nov 2026, 14:30. Each closing gets one piece of feedback");
	}

	@Test
	void saysTheCustomerAnsweredTheSurveyInsteadOfOfferingTheForm() throws Exception {
		FeedbackView answered = new FeedbackView(9L, NUMBER, 5, true, null, FeedbackSource.SURVEY, "customer",
				Instant.parse("2026-11-02T09:05:00Z"));
		given(feedback.counted(NUMBER)).willReturn(Optional.of(new CountedFeedback(answered, true)));

		assertThePageSaysInsteadOfTheForm("The customer answered the e-mailed survey about this closing "
				+ "on 2 Nov 2026, 09:05.");
	}

	@Test
	void saysWhoRecordedTheFeedbackOfACaseNeverClosedInsteadOfOfferingTheForm() throws Exception {
		given(feedback.counted(NUMBER)).willReturn(Optional.of(new CountedFeedback(BY_SID, false)));

		assertThePageSaysInsteadOfTheForm("sid recorded the customer&#39;s feedback on 2 Nov 2026, 14:30. "
				+ "A case gets one piece of feedback until it is first closed");
	}

	/**
	 * The form sent again from a second tab once feedback is recorded: the page as it now shows, saying nothing more
	 * was recorded and repeating what was sent.
	 */
	@Test
	void feedbackSentOnceThePeriodHasSomeLandsOnThePageSayingNothingMoreWasRecorded() throws Exception {
		given(feedback.recordByStaff(anyString(), any(), any(), anyString()))
			.willThrow(new FeedbackAlreadyRecordedException(new CountedFeedback(BY_SID, false)));
		given(feedback.counted(NUMBER)).willReturn(Optional.of(new CountedFeedback(BY_SID, false)));

		mvc.perform(post("/cases/" + NUMBER + "/feedback").with(user("pat").roles("STAFF")).with(csrf())
			.param("source", "IN_STORE")
			.param("score", "3")
			.param("resolved", "true")
			.param("comment", "Fine in the end"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing more was recorded")))
			.andExpect(content().string(containsString("3 out of 5")))
			.andExpect(content().string(containsString("Their comment, as you typed it: Fine in the end")))
			.andExpect(content().string(containsString("sid recorded the customer&#39;s feedback on 2 Nov 2026, 14:30.")))
			.andExpect(content().string(not(containsString("Please correct the highlighted fields"))))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))));
	}

	/** Two of the team record the same call at once: the second to save is told whose counts, and keeps its text. */
	@Test
	void feedbackSavedByAColleagueAtTheSameMomentIsNamedAndWhatWasTypedKept() throws Exception {
		given(feedback.recordByStaff(anyString(), any(), any(), anyString()))
			.willThrow(new ObjectOptimisticLockingFailureException("ServiceCase", 42L));
		given(feedback.counted(NUMBER)).willReturn(Optional.of(new CountedFeedback(BY_SID, true)));

		mvc.perform(post("/cases/" + NUMBER + "/feedback").with(user("pat").roles("STAFF")).with(csrf())
			.param("source", "IN_STORE")
			.param("score", "3")
			.param("resolved", "true")
			.param("comment", "Fine in the end"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing more was recorded")))
			.andExpect(content().string(containsString("sid recorded the customer&#39;s feedback about this closing on "
					+ "2 Nov 2026, 14:30.")))
			.andExpect(content().string(containsString("Their comment, as you typed it: Fine in the end")));
	}

	@Test
	void aFormThatCannotBeReadIsNotAskedToBeCorrectedOnceThePeriodHasFeedback() throws Exception {
		given(feedback.counted(NUMBER)).willReturn(Optional.of(new CountedFeedback(BY_SID, true)));

		mvc.perform(post("/cases/" + NUMBER + "/feedback").with(user("pat").roles("STAFF")).with(csrf())
			.param("source", "PHONE")
			.param("score", "five"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing more was recorded")))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))));
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

	/** Pat opens the feedback page: it says this, and offers no form. */
	private void assertThePageSaysInsteadOfTheForm(String notice) throws Exception {
		mvc.perform(get("/cases/" + NUMBER + "/feedback").with(user("pat").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(notice)))
			.andExpect(content().string(not(containsString("id=\"record-heading\""))));
	}

}
