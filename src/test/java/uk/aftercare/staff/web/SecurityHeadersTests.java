package uk.aftercare.staff.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.support.WebTestSupport;

/**
 * Pages say where their scripts, styles and images may come from (nowhere but the application itself) and that they
 * may not be framed; no address is sent to another site as a referrer.
 */
@WebMvcTest(LoginController.class)
@WebTestSupport
class SecurityHeadersTests {

	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Autowired
	MockMvc mvc;

	@Test
	void aPageHasTheContentSecurityPolicyAndSendsNoReferrerToOtherSites() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", PAGE_POLICY))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void aRefusalHasThemToo() throws Exception {
		mvc.perform(get("/admin/users").with(user("sam").roles("STAFF")))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Security-Policy", PAGE_POLICY))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	/**
	 * Chrome shows a PDF in a page of its own making around an {@code <embed>}, and applies the PDF's policy to that
	 * page: {@code object-src 'none'} can leave the customer copy blank (crbug.com/271452). A PDF runs no script of
	 * ours, and X-Frame-Options still keeps it out of other sites' frames.
	 */
	@Test
	void aPdfHasNoPagePolicyButCannotBeFramed() throws Exception {
		mvc.perform(get("/returns/RMA-2026-000001.pdf").with(user("sam").roles("STAFF")))
			.andExpect(header().doesNotExist("Content-Security-Policy"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void theApiAnswersWithAPolicyThatAllowsNothingToLoad() throws Exception {
		mvc.perform(get("/api/v1/cases"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

}
