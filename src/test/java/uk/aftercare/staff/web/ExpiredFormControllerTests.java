package uk.aftercare.staff.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.support.WebTestSupport;

/** A form sent with an expired or missing CSRF token is told so, not that the user may not see the page. */
@WebMvcTest(ExpiredFormController.class)
@WebTestSupport
class ExpiredFormControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aFormWithAnInvalidCsrfTokenIsAnsweredByTheExpiredFormPage() throws Exception {
		mvc.perform(post("/follow-ups/169/cancel").with(csrf().useInvalidToken()).param("reason", "Rang back"))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/form-expired"));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aSignedInUsersFormWithNoCsrfTokenIsAnsweredByTheExpiredFormPage() throws Exception {
		mvc.perform(post("/cases/AC-2026-000042/close").param("outcome", "Refunded"))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/form-expired"));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aRoleThatMayNotStillGetsTheAccessRefusal() throws Exception {
		mvc.perform(get("/admin/users")).andExpect(status().isForbidden()).andExpect(forwardedUrl(null));
	}

	@Test
	void saysNothingWasSavedAndLinksBackToThePageTheFormWasOnAndToSignIn() throws Exception {
		mvc.perform(post("/form-expired").with(csrf())
			.header(HttpHeaders.REFERER, "http://localhost/follow-ups/169?from=case"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This form had expired")))
			.andExpect(content().string(containsString("your session ended")))
			.andExpect(content().string(containsString("Nothing was saved.")))
			.andExpect(content().string(containsString("href=\"/follow-ups/169?from=case\"")))
			.andExpect(content().string(containsString("href=\"/login\"")))
			.andExpect(content().string(not(containsString("You do not have access"))));
	}

	@Test
	void neverLinksBackToAnotherSite() throws Exception {
		mvc.perform(get("/form-expired").header(HttpHeaders.REFERER, "http://evil.example/follow-ups/169"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/\"")))
			.andExpect(content().string(not(containsString("evil.example"))));
		mvc.perform(get("/form-expired").header(HttpHeaders.REFERER, "http://localhost//evil.example/x"))
			.andExpect(content().string(not(containsString("evil.example"))));
	}

	@Test
	void linksBackWhenAProxyEndsHttpsBeforeTheApplication() throws Exception {
		mvc.perform(get("/form-expired").header(HttpHeaders.REFERER, "https://localhost/follow-ups/169"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/follow-ups/169\"")));
	}

	@Test
	void aCustomersExpiredSurveyLinksBackToTheSurveyWithoutAStaffSignIn() throws Exception {
		mvc.perform(get("/form-expired").header(HttpHeaders.REFERER, "http://localhost/feedback/abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/feedback/abc\"")))
			.andExpect(content().string(not(containsString("href=\"/login\""))));
	}

}
