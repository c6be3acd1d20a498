package uk.aftercare.escalation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.EscalationDecision.Approver;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(ApprovalController.class)
@WebTestSupport
class ApprovalControllerTest {

	private static final Instant ASKED = Instant.parse("2026-11-02T07:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Approvals approvals;

	@MockitoBean
	CaseService cases;

	static ApprovalView pending(String requestedBy, Approver approver) {
		return new ApprovalView(7L, "AC-2026-000042", ApprovalKind.REFUND, null, new BigDecimal("400.00"),
				"FULL_REFUND", "Consumer Rights Act 2015 ss.20-22", List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT),
				"Fridge stopped cooling", approver, false, null, requestedBy, ASKED, ApprovalStatus.PENDING, null, null,
				null, 3);
	}

	@BeforeEach
	void theCase() {
		given(cases.get("AC-2026-000042")).willReturn(CaseViews.sample("AC-2026-000042"));
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void keepsFrontLineStaffOutOfTheQueue() throws Exception {
		mvc.perform(get("/approvals")).andExpect(status().isForbidden());
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "APPROVE"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void showsTheQueueWithReasonsAndAge() throws Exception {
		given(approvals.queue(ApprovalStatus.PENDING)).willReturn(List.of(pending("staff", Approver.SUPERVISOR)));
		mvc.perform(get("/approvals"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Refund above the front-line authority limit")))
			.andExpect(content().string(containsString("£400.00")))
			.andExpect(content().string(containsString("3 h")));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void offersNoButtonsOnOnesOwnRequest() throws Exception {
		given(approvals.get(7)).willReturn(pending("sue", Approver.SUPERVISOR));
		mvc.perform(get("/approvals/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("another supervisor must decide it")))
			.andExpect(content().string(not(containsString("value=\"APPROVE\""))));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void leavesAboveLimitRefundsToAManager() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.MANAGER));
		mvc.perform(get("/approvals/7"))
			.andExpect(content().string(containsString("a manager must decide it")))
			.andExpect(content().string(not(containsString("value=\"APPROVE\""))));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void approvesAndReturnsToTheQueue() throws Exception {
		ApprovalView approved = new ApprovalView(7L, "AC-2026-000042", ApprovalKind.REFUND, null, null, null, null,
				List.of(), "x", Approver.SUPERVISOR, false, null, "staff", ASKED, ApprovalStatus.APPROVED, "sue",
				ASKED, null, 4);
		given(approvals.decide(eq(7L), eq(Decision.APPROVE), anyString(), eq(3L), eq("sue"), anyBoolean()))
			.willReturn(approved);
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "APPROVE").param("note", "ok")
			.param("version", "3"))
			.andExpect(redirectedUrl("/approvals"))
			.andExpect(flash().attribute("success", containsString("Approved: AC-2026-000042")));
	}

	@Test
	@WithMockUser(username = "ann", roles = "SUPERVISOR")
	void saysWhoDecidedFirstAndKeepsTheNote() throws Exception {
		given(approvals.get(7)).willReturn(pending("staff", Approver.SUPERVISOR));
		given(approvals.decide(eq(7L), any(), anyString(), any(), eq("ann"), anyBoolean()))
			.willThrow(new ConflictException("Already approved by sue; your decision was not recorded."));
		mvc.perform(post("/approvals/7/decision").with(csrf()).param("decision", "REJECT")
			.param("note", "Customer damage").param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Already approved by sue")))
			.andExpect(content().string(containsString("Customer damage")));
	}

}
