package uk.aftercare.escalation.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.EscalationDecision.Approver;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(ApprovalApiController.class)
@WebTestSupport
@WithMockUser(username = "sue", roles = "SUPERVISOR")
class ApprovalApiControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Approvals approvals;

	private ResultActions decide(String body) throws Exception {
		return mvc.perform(post("/api/v1/approvals/7/decision").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private void decidesNothing() {
		verify(approvals, never()).decide(anyLong(), any(), any(), any(), anyString(), anyBoolean());
	}

	@Test
	void rejectsWhenAskedTo() throws Exception {
		ApprovalView rejected = new ApprovalView(7L, "AC-2026-000042", ApprovalKind.REFUND, null, null, null, null,
				List.of(), "x", Approver.SUPERVISOR, false, null, "staff", Instant.parse("2026-11-01T09:00:00Z"),
				ApprovalStatus.REJECTED, "sue", Instant.parse("2026-11-02T10:00:00Z"), null, 4);
		given(approvals.decide(eq(7L), eq(Decision.REJECT), eq("Not faulty"), eq(3L), eq("sue"), eq(false)))
			.willReturn(rejected);

		decide("{\"decision\": \"REJECT\", \"note\": \"Not faulty\", \"version\": 3}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ", \"note\": \" \"", ", \"note\": null" })
	void refusesARejectionWithoutAReasonNamingTheNote(String note) throws Exception {
		decide("{\"decision\": \"REJECT\", \"version\": 3" + note + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("note")));
		decidesNothing();
	}

	/** Someone who may not decide the request at all is told that first, not asked to add a note they cannot use. */
	@Test
	void refusesTheRequesterBeforeNamingWhatTheirDecisionLacks() throws Exception {
		willThrow(new ForbiddenException("You asked for this; another supervisor or a manager must decide it."))
			.given(approvals).checkDecider(7L, "sue", false);

		decide("{\"decision\": \"REJECT\", \"version\": 3}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("You asked for this; another supervisor or a manager must decide it."));
		decidesNothing();
	}

	/** Jackson would read 1 as the second decision, REJECT. */
	@ParameterizedTest
	@ValueSource(strings = { "1", "0", "\"1\"", "true" })
	void refusesADecisionThatIsNotAWord(String decision) throws Exception {
		decide("{\"decision\": " + decision + ", \"version\": 0}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("decision")));
		decidesNothing();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.9", "\"0\"", "1e0", "true", "-1", "{}", "99999999999999999999" })
	void refusesAVersionThatIsNotAWholeNumber(String version) throws Exception {
		decide("{\"decision\": \"APPROVE\", \"version\": " + version + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("version")))
			.andExpect(jsonPath("$.errors[0].message").value("must be the version you saw: a whole number, 0 or more"));
		decidesNothing();
	}

	@Test
	void listsEveryInvalidField() throws Exception {
		decide("{\"decision\": \"MAYBE\", \"version\": \"abc\", \"note\": \"" + "n".repeat(2001) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("decision", "version", "note")))
			.andExpect(jsonPath("$.errors[?(@.field == 'decision')].message", contains("must be APPROVE or REJECT")));
		decide("{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("decision", "version")));
		decidesNothing();
	}

	@Test
	void namesAKeyTheRequestDoesNotHave() throws Exception {
		decide("{\"decision\": \"REJECT\", \"reason\": \"Not faulty\", \"version\": 3}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason", "note")));
		decidesNothing();
	}

	@Test
	void listsEveryInvalidFieldWhateverItsJsonType() throws Exception {
		decide("{\"decision\": \"MAYBE\", \"note\": 5, \"version\": 0}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("decision", "note")))
			.andExpect(jsonPath("$.errors[?(@.field == 'note')].message", contains("must be a string")))
			.andExpect(jsonPath("$.errors[?(@.field == 'decision')].message", contains("must be APPROVE or REJECT")));
		decidesNothing();
	}

	/** Decided requests run to tens of thousands: the list is read a page at a time, its neighbours named in Link. */
	@Test
	void listsAPageAtATimeNamingThePagesBesideItInALinkHeader() throws Exception {
		given(approvals.queue(ApprovalStatus.APPROVED, PageRequest.of(1, 2))).willReturn(new PageImpl<>(
				List.of(ApprovalControllerTest.pending("staff", Approver.SUPERVISOR)), PageRequest.of(1, 2), 5));

		mvc.perform(get("/api/v1/approvals").param("status", "APPROVED").param("page", "1").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(7))
			.andExpect(header().string("Link", "</api/v1/approvals?status=APPROVED&page=0&size=2>; rel=\"prev\", "
					+ "</api/v1/approvals?status=APPROVED&page=2&size=2>; rel=\"next\""));
	}

	/** Without parameters, or with an empty status, the requests waiting, a hundred at a time; one page, no Link. */
	@ParameterizedTest
	@ValueSource(strings = { "", "PENDING" })
	void listsThoseWaitingAHundredAtATimeByDefault(String status) throws Exception {
		given(approvals.queue(ApprovalStatus.PENDING, PageRequest.of(0, 100))).willReturn(
				new PageImpl<>(List.of(ApprovalControllerTest.pending("staff", Approver.SUPERVISOR))));

		mvc.perform(get("/api/v1/approvals").param("status", status))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("PENDING"))
			.andExpect(header().doesNotExist("Link"));
	}

	@Test
	void namesEveryInvalidListParameterAtOnce() throws Exception {
		mvc.perform(get("/api/v1/approvals").param("status", "DONE").param("page", "-1").param("size", "500"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("status", "page", "size")))
			.andExpect(jsonPath("$.errors[?(@.field == 'size')].message").value("must be a whole number from 1 to 100"));
		verify(approvals, never()).queue(any(), any());
	}

	@Test
	void namesTheStatusesAQueueCanHaveAsTheCasesApiDoes() throws Exception {
		mvc.perform(get("/api/v1/approvals").param("status", "FOO"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("status")))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of PENDING, APPROVED, REJECTED"));
	}

	@Test
	void saysAnIdThatIsNotANumberMustBeAWholeNumber() throws Exception {
		mvc.perform(post("/api/v1/approvals/abc/decision").contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"APPROVE\", \"version\": 3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("id")))
			.andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
		decidesNothing();
	}

	@Test
	void refusesAnAnswerTheClientCannotTakeBeforeDeciding() throws Exception {
		mvc.perform(post("/api/v1/approvals/7/decision").contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_HTML)
			.content("{\"decision\": \"REJECT\", \"version\": 3}"))
			.andExpect(status().isNotAcceptable());
		decidesNothing();
	}

}
