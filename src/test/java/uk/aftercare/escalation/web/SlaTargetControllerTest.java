package uk.aftercare.escalation.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;
import uk.aftercare.escalation.SlaTargetView;
import uk.aftercare.escalation.SlaTargets;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(SlaTargetController.class)
@WebTestSupport
class SlaTargetControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SlaTargets targets;

	@BeforeEach
	void seeded() {
		given(targets.all()).willReturn(List.of(new SlaTargetView(1, CaseType.COMPLAINT, Priority.URGENT, 2, 48,
				"system", Instant.parse("2026-11-01T00:00:00Z"), 0)));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void isForManagersOnly() throws Exception {
		mvc.perform(get("/admin/sla")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void savesNewTargets() throws Exception {
		mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", "4").param("resolutionHours", "72")
			.param("version", "0")).andExpect(redirectedUrl("/admin/sla"));
		verify(targets).change(1, 4, 72, 0, "mo");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void refusesHoursThatAreNotANumberAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", "two").param("resolutionHours", "72")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be a whole number of hours")))
			.andExpect(content().string(containsString("value=\"two\"")));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void explainsAnOutOfRangeTargetNextToItsField() throws Exception {
		willThrow(new InvalidInputException("resolutionHours", "must be at least the first-response target"))
			.given(targets).change(1, 10, 5, 0, "mo");
		mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", "10").param("resolutionHours", "5")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be at least the first-response target")))
			.andExpect(content().string(containsString("is-invalid")));
	}

}
