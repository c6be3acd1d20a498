package uk.aftercare.staff.web;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.staff.ApiTokens;
import uk.aftercare.staff.IssuedToken;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(TokenApiController.class)
@WebTestSupport
class TokenApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ApiTokens tokens;

	@Test
	void issuesATokenToAnAcceptTakingJson() throws Exception {
		given(tokens.issue("till-7")).willReturn(new IssuedToken("ac_secret", Instant.parse("2026-12-02T10:00:00Z")));

		mvc.perform(post("/api/v1/tokens").with(user("till-7").roles("STAFF")).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token").value("ac_secret"));
	}

	@Test
	void issuesATokenAsJsonToAnAcceptPreferringProblems() throws Exception {
		given(tokens.issue("till-7")).willReturn(new IssuedToken("ac_secret", Instant.parse("2026-12-02T10:00:00Z")));

		mvc.perform(post("/api/v1/tokens").with(user("till-7").roles("STAFF"))
			.header("Accept", "application/problem+json, application/json"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Content-Type", "application/json"));
	}

	/**
	 * A token issued into an answer the client refuses would be lost: issued, but never shown. One that takes only
	 * problems takes no token either (it was answered 201 labelled as a problem).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "text/html", "text/plain", "garbage", "application/problem+json" })
	void issuesNoTokenIntoAnAnswerTheClientCannotTake(String accept) throws Exception {
		mvc.perform(post("/api/v1/tokens").with(user("till-7").roles("STAFF")).header("Accept", accept))
			.andExpect(status().isNotAcceptable());
		verify(tokens, never()).issue(anyString());
	}

	@Test
	void challengesForBasicCredentialsToGetAToken() throws Exception {
		mvc.perform(post("/api/v1/tokens"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Aftercare\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void challengesForABearerTokenEverywhereElse() throws Exception {
		mvc.perform(get("/api/v1/tokens/current"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Aftercare\""));
	}

}
