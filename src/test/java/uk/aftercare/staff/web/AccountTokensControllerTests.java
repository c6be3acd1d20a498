package uk.aftercare.staff.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

import uk.aftercare.shared.NotFoundException;
import uk.aftercare.staff.ApiTokenStatus;
import uk.aftercare.staff.ApiTokenSummary;
import uk.aftercare.staff.ApiTokens;
import uk.aftercare.staff.IssuedToken;
import uk.aftercare.support.WebTestSupport;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(AccountTokensController.class)
@WebTestSupport
class AccountTokensControllerTests {

	private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

	private static final String TOKEN = "ac_" + "x".repeat(43);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ApiTokens tokens;

	@BeforeEach
	void thirtyDayTokens() {
		when(tokens.validity()).thenReturn(Duration.ofDays(30));
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		mvc.perform(get("/account/tokens")).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void listsOwnTokensByPrefixWithDatesAndStatus() throws Exception {
		when(tokens.tokensOf("sam")).thenReturn(List.of(
				summary(1, "ac_abcdefgh", CREATED, ApiTokenStatus.ACTIVE),
				summary(2, "ac_zyxwvuts", CREATED.plusSeconds(600), ApiTokenStatus.REVOKED)));

		mvc.perform(get("/account/tokens"))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/account-tokens"))
			.andExpect(content().string(allOf(containsString("ac_abcdefgh…"), containsString("ac_zyxwvuts…"),
					containsString("2 Mar 2026, 09:00"), containsString("1 Apr 2026, 10:00"),
					containsString("2 Mar 2026, 09:10"), containsString("Revoked"), containsString("Never"),
					containsString("action=\"/account/tokens/1/revoke\""),
					not(containsString("action=\"/account/tokens/2/revoke\"")))));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void newTokenIsShownOnceAfterCreatingIt() throws Exception {
		when(tokens.issue("sam")).thenReturn(new IssuedToken(TOKEN, CREATED.plus(Duration.ofDays(30))));

		MvcResult created = mvc.perform(post("/account/tokens").with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"))
			.andExpect(flash().attribute("newToken", TOKEN))
			.andReturn();
		FlashMap flashed = created.getFlashMap();

		mvc.perform(get("/account/tokens").flashAttrs(flashed))
			.andExpect(content().string(allOf(containsString(TOKEN), containsString("shown only once"))));
		mvc.perform(get("/account/tokens")).andExpect(content().string(not(containsString(TOKEN))));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void revokesOwnTokenAndSaysWhichOne() throws Exception {
		when(tokens.revoke("sam", 1)).thenReturn(summary(1, "ac_abcdefgh", CREATED, ApiTokenStatus.REVOKED));

		mvc.perform(post("/account/tokens/1/revoke").with(csrf()))
			.andExpect(redirectedUrl("/account/tokens"))
			.andExpect(flash().attribute("success", "Token ac_abcdefgh… is revoked: it no longer works."));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void somebodyElsesTokenIsNotFound() throws Exception {
		when(tokens.revoke("sam", 99)).thenThrow(new NotFoundException("You have no API token 99."));

		mvc.perform(post("/account/tokens/99/revoke").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void revokingWithoutCsrfTokenIsForbidden() throws Exception {
		mvc.perform(post("/account/tokens/1/revoke")).andExpect(status().isForbidden());
		mvc.perform(post("/account/tokens")).andExpect(status().isForbidden());

		verify(tokens, never()).revoke(anyString(), anyLong());
		verify(tokens, never()).issue(anyString());
	}

	private static ApiTokenSummary summary(long id, String prefix, Instant created, ApiTokenStatus status) {
		return new ApiTokenSummary(id, prefix, created, created.plus(Duration.ofDays(30)),
				status == ApiTokenStatus.REVOKED ? created.plusSeconds(60) : null,
				status == ApiTokenStatus.REVOKED ? created.plusSeconds(120) : null, status);
	}

}
