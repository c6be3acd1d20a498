package uk.aftercare.escalation.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.web.CaseViews;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.EscalationDecision.Approver;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.escalation.SupervisorRequests;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(AskSupervisorController.class)
@WebTestSupport
class AskSupervisorControllerTest {

	private static final String CASE = "AC-2026-000042";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SupervisorRequests requests;

	@MockitoBean
	CaseService cases;

	@MockitoBean
	StaffDirectory staff;

	@BeforeEach
	void theCase() {
		given(cases.get(CASE)).willReturn(CaseViews.sample(CASE));
		given(staff.displayName("sue")).willReturn(Optional.of("Sue Supervisor"));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void offersStaffTheForm() throws Exception {
		mvc.perform(get("/cases/" + CASE + "/ask-supervisor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What you need decided")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("maxlength=\"500\"")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void asksASupervisorAndSaysWhoOwnsTheReview() throws Exception {
		given(requests.ask(CASE, "May I offer a £40 voucher?", "sam")).willReturn(review("sue"));
		mvc.perform(post("/cases/" + CASE + "/ask-supervisor").with(csrf())
			.param("question", "May I offer a £40 voucher?"))
			.andExpect(redirectedUrl("/cases/" + CASE))
			.andExpect(flash().attribute("success", "A supervisor was asked to decide. Sue Supervisor owns the review."));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aQuestionTooLongIsRefusedBesideTheFieldAndKeptAsTyped() throws Exception {
		String typed = "Refund the delivery charge too? " + "x".repeat(500);
		mvc.perform(post("/cases/" + CASE + "/ask-supervisor").with(csrf()).param("question", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"What you need decided is too long: shorten it to at most 500 characters.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString(">" + typed + "</textarea>")));
		verify(requests, never()).ask(anyString(), anyString(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void anEmptyQuestionIsRefusedBesideTheField() throws Exception {
		mvc.perform(post("/cases/" + CASE + "/ask-supervisor").with(csrf()).param("question", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter what you need a supervisor to decide.")));
		verify(requests, never()).ask(anyString(), anyString(), anyString());
	}

	private static ApprovalView review(String owner) {
		return new ApprovalView(9L, CASE, ApprovalKind.REVIEW, null, null, null, null,
				List.of(EscalationReason.STAFF_REQUEST), "Question from Sam Staff: May I offer a £40 voucher?",
				Approver.SUPERVISOR, false, owner, "sam", Instant.parse("2026-11-02T07:00:00Z"),
				ApprovalStatus.PENDING, null, null, null, 0);
	}

}
