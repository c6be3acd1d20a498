package uk.aftercare.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.aftercare.support.WebTestSupport;

/**
 * The browser's error pages say what went wrong. Errors raised before any controller is chosen reach the error
 * controller through the servlet container's error dispatch, which MockMvc does not perform: those requests are
 * made here as the container makes them, to /error with the original status and address.
 */
@WebMvcTest(ProblemErrorController.class)
@WebTestSupport
@Import(WebErrorPagesTest.NeedsAReason.class)
class WebErrorPagesTest {

	@Autowired
	MockMvc mvc;

	/** A form handler with a required parameter, as many pages have. */
	@Controller
	static class NeedsAReason {

		@PostMapping("/test/needs-a-reason")
		String act(@RequestParam String reason) {
			return "redirect:/";
		}

	}

	private static MockHttpServletRequestBuilder errorDispatch(int status, String address) {
		return get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, address);
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void namesTheParameterAFormWasSentWithout() throws Exception {
		mvc.perform(post("/test/needs-a-reason").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The page was sent without reason, so nothing was done.")));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void saysAnAddressCannotBeUsedThatWayWithALinkBackToItsPage() throws Exception {
		mvc.perform(errorDispatch(405, "/admin/users/staff/disable"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(containsString("This page cannot be used that way")))
			.andExpect(content().string(containsString("The address /admin/users/staff/disable is used by a button")))
			.andExpect(content().string(containsString("href=\"/admin/users/staff\"")))
			.andExpect(content().string(not(containsString("Something went wrong</h1>"))));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void offersOnlyTheWayHomeWhenTheAddressHasNoPageAboveIt() throws Exception {
		mvc.perform(errorDispatch(405, "/dashboard"))
			.andExpect(content().string(containsString("This page cannot be used that way")))
			.andExpect(content().string(containsString("Back to my cases")))
			.andExpect(content().string(not(containsString("Back to the page"))));
	}

	@Test
	void saysAnAddressTheFirewallRefusedIsNotValid() throws Exception {
		mvc.perform(errorDispatch(400, "/admin/users/a;b"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This address is not valid")))
			.andExpect(content().string(containsString("Aftercare cannot open /admin/users/a;b")));
	}

	/** Tomcat read nothing of a form over 2 MB: say so, and that nothing was saved, not "Something went wrong". */
	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void saysAFormTooLargeWasNotSaved() throws Exception {
		mvc.perform(errorDispatch(413, "/cases/AC-2026-000042/notes"))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().string(containsString("What you sent was too large")))
			.andExpect(content().string(containsString("so nothing was read and nothing was saved")))
			.andExpect(content().string(not(containsString("Something went wrong</h1>"))));
	}

}
