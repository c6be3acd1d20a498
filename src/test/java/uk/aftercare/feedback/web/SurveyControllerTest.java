package uk.aftercare.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.feedback.FeedbackAnswer;
import uk.aftercare.feedback.FeedbackPolicy.Violation;
import uk.aftercare.feedback.FeedbackRejectedException;
import uk.aftercare.feedback.FeedbackService;
import uk.aftercare.feedback.SurveyState;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

/** The public survey page: no sign-in, CSRF as for any form. */
@WebMvcTest(SurveyController.class)
@WebTestSupport
@org.springframework.test.context.TestPropertySource(properties = "aftercare.mail.shop-name=Bramley & Daughters")
class SurveyControllerTest {

	private static final String TOKEN = "Qk9vTnVJc2VjcmV0VG9rZW5Gb3JUZXN0c09ubHkxMjM";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FeedbackService feedback;

	@BeforeEach
	void aCase() {
		given(feedback.caseNumberOf(TOKEN)).willReturn(Optional.of("AC-2026-000042"));
	}

	@Test
	void opensTheSurveyWithoutSigningInAndRecordsNothing() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.OPEN);

		mvc.perform(get("/feedback/" + TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("About your case AC-2026-000042")))
			.andExpect(content().string(containsString("5 - Very satisfied")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("Send my feedback")));
		verify(feedback, never()).answer(anyString(), any());
	}

	/** The customer's page: the shop's name, as its e-mails sign, and no way into the staff pages. */
	@Test
	void theSurveyCarriesTheShopsNameNotAftercares() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.OPEN);

		mvc.perform(get("/feedback/" + TOKEN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"navbar-brand\">Bramley &amp; Daughters</span>")))
			.andExpect(content().string(containsString("<title>How did we do? · Bramley &amp; Daughters</title>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Aftercare<"))));
	}

	@Test
	void theSurveySaysWhichQuestionsMustBeAnsweredAndLimitsTheComment() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.OPEN);

		String html = mvc.perform(get("/feedback/" + TOKEN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Markup.attribute(Markup.openingTag(html, "comment"), "maxlength")).isEqualTo("2000");
		assertThat(html).containsPattern("How satisfied are you with how we handled your case\\?"
				+ "<span class=\"required-mark\"\\s+aria-hidden=\"true\">\\(required\\)</span>");
		assertThat(Markup.openingTag(html, "resolved1")).contains(" required=\"required\"");
	}

	@Test
	void aCommentTooLongIsNamedInAWholeSentence() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.OPEN);
		given(feedback.answer(anyString(), any()))
			.willThrow(new FeedbackRejectedException(List.of(new Violation("comment", "feedback.comment.tooLong"))));

		String html = mvc.perform(post("/feedback/" + TOKEN).with(csrf())
			.param("score", "4")
			.param("resolved", "true")
			.param("comment", "x".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "comment", "comment-error",
				"The comment is too long: shorten it to at most 2,000 characters.");
	}

	@Test
	void recordsTheAnswerOnlyWhenItIsSentAndThanksTheCustomer() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.OPEN);

		mvc.perform(post("/feedback/" + TOKEN).with(csrf())
			.param("score", "4")
			.param("resolved", "true")
			.param("comment", "Quick and friendly"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/feedback/thank-you"));
		verify(feedback).answer(TOKEN, new FeedbackAnswer(4, true, "Quick and friendly"));

		mvc.perform(get("/feedback/thank-you"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We have your feedback")));
	}

	@Test
	void refusesAScoreOutsideOneToFiveWithAMessageAndKeepsTheComment() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.OPEN);
		given(feedback.answer(TOKEN, new FeedbackAnswer(9, true, "Great")))
			.willThrow(new FeedbackRejectedException(List.of(new Violation("score", "feedback.score.range"))));

		mvc.perform(post("/feedback/" + TOKEN).with(csrf())
			.param("score", "9")
			.param("resolved", "true")
			.param("comment", "Great"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "score", "feedback.score.range"))
			.andExpect(content().string(containsString("Choose a score from 1 (very dissatisfied) to 5 (very satisfied)")))
			.andExpect(content().string(containsString("Great")));
	}

	@Test
	void refusesAScoreThatIsNotANumberWithAMessage() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.OPEN);

		mvc.perform(post("/feedback/" + TOKEN).with(csrf()).param("score", "five").param("resolved", "maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a score from 1 to 5")))
			.andExpect(content().string(containsString("Answer yes or no")));
		verify(feedback, never()).answer(anyString(), any());
	}

	@Test
	void namesAScoreOutOfRangeAlongsideAnAnswerThatCouldNotBeRead() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.OPEN);

		mvc.perform(post("/feedback/" + TOKEN).with(csrf())
			.param("score", "9")
			.param("resolved", "maybe")
			.param("comment", "Kept"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "score", "feedback.score.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "resolved", "typeMismatch"))
			.andExpect(content().string(containsString("Choose a score from 1 (very dissatisfied) to 5 (very satisfied)")))
			.andExpect(content().string(containsString("Answer yes or no")))
			.andExpect(content().string(containsString("Kept")));
		verify(feedback, never()).answer(anyString(), any());
	}

	@Test
	void saysKindlyThatAnExpiredLinkHasExpired() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.EXPIRED);

		mvc.perform(get("/feedback/" + TOKEN))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This survey link has expired")))
			.andExpect(content().string(containsString("Thank you for wanting to tell us how we did.")));
	}

	/** Withdrawn when the customer's data was erased; the page does not say why, as anyone may hold the link. */
	@Test
	void saysAWithdrawnLinkIsNoLongerAvailableWithoutSayingItExpiredOrWhy() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.WITHDRAWN);

		mvc.perform(get("/feedback/" + TOKEN))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This survey is no longer available")))
			.andExpect(content().string(not(containsString("expired"))))
			.andExpect(content().string(not(containsString("erased"))));
	}

	@Test
	void saysKindlyThatAUsedLinkHasBeenUsedAndRecordsNothingMore() throws Exception {
		given(feedback.state(TOKEN)).willReturn(SurveyState.USED);

		mvc.perform(post("/feedback/" + TOKEN).with(csrf()).param("score", "1").param("resolved", "false"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("We already have your answer")));
		verify(feedback, never()).answer(anyString(), any());
	}

	@Test
	void saysKindlyThatAnUnknownLinkIsNotRecognised() throws Exception {
		given(feedback.state("not-a-token")).willReturn(SurveyState.UNKNOWN);

		mvc.perform(get("/feedback/not-a-token"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We do not recognise this link")));
	}

	@Test
	void refusesAnAnswerWithoutCsrfToken() throws Exception {
		mvc.perform(post("/feedback/" + TOKEN).param("score", "5").param("resolved", "true"))
			.andExpect(status().isForbidden());
		verify(feedback, never()).answer(anyString(), any());
	}

}
