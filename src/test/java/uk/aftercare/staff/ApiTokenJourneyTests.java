package uk.aftercare.staff;

import uk.aftercare.support.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A shop system's life with API tokens, through the real security chain and database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
class ApiTokenJourneyTests {

	private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	private static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger USERS = new AtomicInteger();

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START, ZoneId.of("Europe/London"));
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void startTheClock() {
		clock.set(START);
	}

	@Test
	void basicCredentialsGetATokenThatWorksForThirtyDays() throws Exception {
		String till = newUser(Role.STAFF);

		mvc.perform(post("/api/v1/tokens").with(httpBasic(till, PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.matchesPattern("ac_[A-Za-z0-9_-]{43}")))
			.andExpect(jsonPath("$.expiresAt").value("2026-04-01T09:00:00Z"));
	}

	@Test
	void wrongPasswordIsRefusedWithProblemJson() throws Exception {
		String till = newUser(Role.STAFF);

		mvc.perform(post("/api/v1/tokens").with(httpBasic(till, "not the password")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
					"The username and password sent were not accepted.")));
	}

	/** The expiry issued is the one stored: to the microsecond, as the database keeps it, not the clock's nanosecond. */
	@Test
	void aTokenIsIssuedWithTheExpiryItIsLaterShownWith() throws Exception {
		clock.set(START.plusNanos(123_456_789));
		String till = newUser(Role.STAFF);

		String issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(till, PASSWORD)))
			.andExpect(jsonPath("$.expiresAt").value("2026-04-01T09:00:00.123456Z"))
			.andReturn().getResponse().getContentAsString();
		String token = issued.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		mvc.perform(get("/api/v1/tokens/current").with(bearer(token)))
			.andExpect(jsonPath("$.expiresAt").value("2026-04-01T09:00:00.123456Z"));
	}

	@Test
	void bearerTokenOpensTheCasesApi() throws Exception {
		String token = tokenFor(newUser(Role.STAFF));

		mvc.perform(get("/api/v1/cases").with(bearer(token))).andExpect(status().isOk());
	}

	@Test
	void aTokenSaysWhomItActsForAndUntilWhen() throws Exception {
		String till = newUser(Role.SUPERVISOR);
		String token = tokenFor(till);

		mvc.perform(get("/api/v1/tokens/current").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(till))
			.andExpect(jsonPath("$.role").value("SUPERVISOR"))
			.andExpect(jsonPath("$.expiresAt").value("2026-04-01T09:00:00Z"))
			.andExpect(jsonPath("$.token").doesNotExist());
		mvc.perform(get("/api/v1/tokens/current").with(httpBasic(till, PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void callWithoutCredentialsIsRefusedWithProblemJson() throws Exception {
		mvc.perform(get("/api/v1/cases"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void unknownTokenIsRefused() throws Exception {
		mvc.perform(get("/api/v1/cases").with(bearer("ac_" + "A".repeat(43))))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Unknown token."));
		mvc.perform(get("/api/v1/cases").with(bearer("not-a-token"))).andExpect(status().isUnauthorized());
	}

	@Test
	void basicCredentialsAreRefusedEverywhereButTheTokenEndpoint() throws Exception {
		String till = newUser(Role.MANAGER);

		mvc.perform(get("/api/v1/cases").with(httpBasic(till, PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/v1/tokens/current").with(httpBasic(till, PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenCannotBeUsedToGetAnotherToken() throws Exception {
		String token = tokenFor(newUser(Role.STAFF));

		mvc.perform(post("/api/v1/tokens").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void revokedTokenStopsWorking() throws Exception {
		String token = tokenFor(newUser(Role.STAFF));

		mvc.perform(delete("/api/v1/tokens/current").with(bearer(token))).andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/cases").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("This token has been revoked."));
	}

	@Test
	void aClientThatAcceptsOnlyProblemsCanStillRevokeItsToken() throws Exception {
		String token = tokenFor(newUser(Role.STAFF));

		mvc.perform(delete("/api/v1/tokens/current").with(bearer(token)).accept(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/cases").with(bearer(token))).andExpect(status().isUnauthorized());
	}

	@Test
	void revokingOneTokenLeavesTheOwnersOtherTokensWorking() throws Exception {
		String till = newUser(Role.STAFF);
		String first = tokenFor(till);
		String second = tokenFor(till);

		mvc.perform(delete("/api/v1/tokens/current").with(bearer(first))).andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/cases").with(bearer(second))).andExpect(status().isOk());
	}

	@Test
	void tokenWorksUntilItExpires() throws Exception {
		String token = tokenFor(newUser(Role.STAFF));

		clock.advance(Duration.ofDays(30).minusSeconds(1));
		mvc.perform(get("/api/v1/cases").with(bearer(token))).andExpect(status().isOk());

		clock.advance(Duration.ofSeconds(1));
		mvc.perform(get("/api/v1/cases").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("expired")));
	}

	@Test
	void staffTokenIsForbiddenFromApprovals() throws Exception {
		String token = tokenFor(newUser(Role.STAFF));

		mvc.perform(get("/api/v1/approvals").param("status", "PENDING").with(bearer(token)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void tokenActsWithTheOwnersCurrentRole() throws Exception {
		String manager = newUser(Role.MANAGER);
		String supervisor = newUser(Role.SUPERVISOR);
		String token = tokenFor(supervisor);

		// A supervisor passes the security chain for approvals (no controller there yet, hence not a 403).
		mvc.perform(get("/api/v1/approvals").with(bearer(token)))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));

		accounts.changeRole(supervisor, Role.STAFF, manager);
		mvc.perform(get("/api/v1/approvals").with(bearer(token))).andExpect(status().isForbidden());
	}

	@Test
	void disablingAUserStopsTheirTokens() throws Exception {
		String manager = newUser(Role.MANAGER);
		String till = newUser(Role.STAFF);
		String token = tokenFor(till);

		accounts.disable(till, manager);

		mvc.perform(get("/api/v1/cases").with(bearer(token))).andExpect(status().isUnauthorized());
		assertThat(tokens.tokensOf(till)).extracting(ApiTokenSummary::status).containsOnly(ApiTokenStatus.REVOKED);
	}

	@Test
	void disabledUserCannotGetATokenAndReEnablingDoesNotReviveOldOnes() throws Exception {
		String manager = newUser(Role.MANAGER);
		String till = newUser(Role.STAFF);
		String token = tokenFor(till);
		accounts.disable(till, manager);

		mvc.perform(post("/api/v1/tokens").with(httpBasic(till, PASSWORD))).andExpect(status().isUnauthorized());

		accounts.enable(till);
		mvc.perform(get("/api/v1/cases").with(bearer(token))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/cases").with(bearer(tokenFor(till)))).andExpect(status().isOk());
	}

	@Test
	void apiNeedsNoCsrfAndKeepsNoSession() throws Exception {
		String till = newUser(Role.STAFF);

		MvcResult created = mvc.perform(post("/api/v1/tokens").with(httpBasic(till, PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn();
		String token = JsonPath.read(created.getResponse().getContentAsString(), "$.token");
		MvcResult listed = mvc.perform(get("/api/v1/cases").with(bearer(token))).andExpect(status().isOk()).andReturn();

		assertThat(created.getRequest().getSession(false)).isNull();
		assertThat(listed.getRequest().getSession(false)).isNull();
		assertThat(created.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

	@Test
	void databaseHoldsOnlyAHashOfTheToken() throws Exception {
		String till = newUser(Role.STAFF);
		String token = tokenFor(till);

		String stored = jdbc.queryForObject(
				"select t.token_hash from api_token t join staff_user u on u.id = t.staff_user_id where u.username = ?",
				String.class, till);

		assertThat(stored).isEqualTo(ApiTokens.hash(token)).doesNotContain(token.substring(3));
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_prefix = ?",
				Integer.class, token, token)).isZero();
	}

	@Test
	void lastUseIsRecordedAtMostOnceAMinute() throws Exception {
		String till = newUser(Role.STAFF);
		String token = tokenFor(till);
		assertThat(tokens.tokensOf(till).get(0).lastUsedAt()).isNull();

		mvc.perform(get("/api/v1/cases").with(bearer(token))).andExpect(status().isOk());
		assertThat(tokens.tokensOf(till).get(0).lastUsedAt()).isEqualTo(START);

		clock.advance(Duration.ofSeconds(59));
		mvc.perform(get("/api/v1/cases").with(bearer(token))).andExpect(status().isOk());
		assertThat(tokens.tokensOf(till).get(0).lastUsedAt()).isEqualTo(START);

		clock.advance(Duration.ofSeconds(2));
		mvc.perform(get("/api/v1/cases").with(bearer(token))).andExpect(status().isOk());
		assertThat(tokens.tokensOf(till).get(0).lastUsedAt()).isEqualTo(START.plusSeconds(61));
	}

	private String newUser(Role role) {
		String username = "till-" + USERS.incrementAndGet();
		accounts.create(username, "Test " + username, null, PASSWORD, role);
		return username;
	}

	private String tokenFor(String username) throws Exception {
		MvcResult result = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.token");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

}
