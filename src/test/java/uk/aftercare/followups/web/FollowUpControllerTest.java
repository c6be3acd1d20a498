package uk.aftercare.followups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.aftercare.followups.CaseViews.caseView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.classification.CaseType;
import uk.aftercare.followups.FollowUpOrigin;
import uk.aftercare.followups.FollowUpPurpose;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.followups.FollowUpStatus;
import uk.aftercare.followups.FollowUpView;
import uk.aftercare.followups.ScheduleFollowUp;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.WebTestSupport;

/** The web slice's clock says 2 November 2026. */
@WebMvcTest(FollowUpController.class)
@WebTestSupport
class FollowUpControllerTest {

	private static final String NUMBER = "AC-2026-000042";

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FollowUpService followUps;

	@MockitoBean
	CaseService cases;

	@MockitoBean
	StaffDirectory staff;

	private static FollowUpView followUp(long id, LocalDate due, String note) {
		return new FollowUpView(id, NUMBER, FollowUpPurpose.CALL_BACK, FollowUpOrigin.MANUAL, due, "sam", note,
				FollowUpStatus.OPEN, null, "sam", Instant.parse("2026-10-30T09:00:00Z"), null, null, 3);
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void passesAFollowUpToSomeoneElseAndSaysSoNamingThemAsThePagesDo() throws Exception {
		FollowUpView passed = new FollowUpView(4L, NUMBER, FollowUpPurpose.CALL_BACK, FollowUpOrigin.MANUAL, TODAY,
				"kim", null, FollowUpStatus.OPEN, null, "sam", Instant.parse("2026-10-30T09:00:00Z"), null, null, 4);
		given(followUps.passOn(4L, "kim", 3L, "sam")).willReturn(passed);
		given(staff.displayName("kim")).willReturn(Optional.of("Kim Colleague"));

		mvc.perform(post("/follow-ups/4/owner").with(csrf()).param("owner", "kim").param("version", "3")
			.param("returnTo", "case"))
			.andExpect(redirectedUrl("/cases/" + NUMBER + "/follow-ups"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("success", "Call back on " + NUMBER + " passed to Kim Colleague."));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void saysBesideTheChoiceWhyAFollowUpCannotPassToThem() throws Exception {
		given(followUps.get(4L)).willReturn(followUp(4L, TODAY, null));
		given(followUps.passOn(4L, "gone", 3L, "sam"))
			.willThrow(new uk.aftercare.shared.InvalidInputException("owner", "Choose an active member of staff"));

		mvc.perform(post("/follow-ups/4/owner").with(csrf()).param("owner", "gone").param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("passForm", "owner"))
			.andExpect(content().string(containsString("Choose an active member of staff")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void saysInPlaceOfItsFormsWhyStaffMayNotFinishASupervisorsCallBack() throws Exception {
		FollowUpView callBack = new FollowUpView(4L, NUMBER, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.LOW_FEEDBACK_SCORE, TODAY, "sue", null, FollowUpStatus.OPEN, null, "system",
				Instant.parse("2026-10-30T09:00:00Z"), null, null, 3);
		given(followUps.get(4L)).willReturn(callBack);
		given(followUps.refusalFor(callBack, "sam")).willReturn(Optional.of("Only a supervisor or manager can."));
		given(followUps.complete(4L, "Called her", 3L, "sam"))
			.willThrow(new ForbiddenException("Only a supervisor or manager can."));

		String html = mvc.perform(get("/follow-ups/4"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Mark as done"))))
			.andExpect(content().string(not(containsString("Cancel the follow-up"))))
			.andExpect(content().string(not(containsString("Pass it on"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"follow-up-refusal\" class=\"alert alert-info\" role=\"status\">"
				+ "Only a supervisor or manager can.</p>");
		mvc.perform(post("/follow-ups/4/complete").with(csrf()).param("outcome", "Called her").param("version", "3"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only a supervisor or manager can.")))
			.andExpect(content().string(not(containsString("Mark as done"))));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void listsMyOpenFollowUpsWithOverdueOnesHighlighted() throws Exception {
		given(followUps.openFollowUpsOf("sam")).willReturn(List.of(followUp(1, TODAY.minusDays(3), "late one"),
				followUp(2, TODAY, "today's"), followUp(3, TODAY.plusDays(4), "later")));
		given(followUps.overdueCount("sam")).willReturn(1L);

		mvc.perform(get("/follow-ups"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<tr class=\"table-danger\">")))
			.andExpect(content().string(containsString("Overdue")))
			.andExpect(content().string(containsString("Due today")))
			.andExpect(content().string(containsString("Fri 30 Oct 2026")))
			.andExpect(content().string(containsString("<span>1</span><span class=\"visually-hidden\"> overdue</span>")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void namesTheCaseInEachCompleteOrCancelLinkForScreenReaders() throws Exception {
		given(followUps.openFollowUpsOf("sam")).willReturn(List.of(followUp(1, TODAY, "today's")));

		mvc.perform(get("/follow-ups"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>Complete or cancel</span><span class=\"visually-hidden\"> "
					+ "for case " + NUMBER + "</span></a>")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void showsEveryErrorWhenAddingAFollowUpAndKeepsWhatWasTyped() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.RETURN, CaseStatus.OPEN, null));

		mvc.perform(post("/cases/" + NUMBER + "/follow-ups").with(csrf())
			.param("purpose", "TEA_BREAK")
			.param("dueDate", "")
			.param("owner", "sam")
			.param("note", "Ring after 5pm"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "purpose", "dueDate"))
			.andExpect(content().string(containsString("Choose what the follow-up is for from the list")))
			.andExpect(content().string(containsString("Enter the date it is due")))
			.andExpect(content().string(containsString("Ring after 5pm")));
		verify(followUps, never()).schedule(any(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void namesADueDateTheServiceWouldRefuseAlongsideTheOtherErrors() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.RETURN, CaseStatus.OPEN, null));
		given(followUps.problems(new ScheduleFollowUp(NUMBER, null, FollowUpOrigin.MANUAL, LocalDate.of(9999, 12, 31),
				"sam", null)))
			.willReturn(List.of(new FieldProblem("purpose", "Choose what the follow-up is for"),
					new FieldProblem("dueDate", "9999-12-31 is more than two years ahead")));

		mvc.perform(post("/cases/" + NUMBER + "/follow-ups").with(csrf())
			.param("purpose", "TEA_BREAK")
			.param("dueDate", "9999-12-31")
			.param("owner", "sam"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "purpose", "dueDate"))
			.andExpect(content().string(containsString("9999-12-31 is more than two years ahead")))
			.andExpect(content().string(containsString("value=\"9999-12-31\"")));
		verify(followUps, never()).schedule(any(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void namesAnOwnerTheServiceWouldRefuseAlongsideAPurposeNotOnTheList() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.RETURN, CaseStatus.OPEN, null));
		given(followUps.problems(any(ScheduleFollowUp.class)))
			.willReturn(List.of(new FieldProblem("owner", "Choose an active member of staff")));

		mvc.perform(post("/cases/" + NUMBER + "/follow-ups").with(csrf())
			.param("purpose", "FOO")
			.param("dueDate", "2026-11-03")
			.param("owner", "ghost"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "purpose", "owner"))
			.andExpect(content().string(containsString("Choose what the follow-up is for from the list")))
			.andExpect(content().string(containsString("Choose an active member of staff")));
		verify(followUps, never()).schedule(any(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void showsTheServicesRefusalNextToTheField() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.RETURN, CaseStatus.OPEN, null));
		given(followUps.schedule(any(ScheduleFollowUp.class), eq("sam")))
			.willThrow(new InvalidInputException("owner", "Choose an active member of staff"));

		mvc.perform(post("/cases/" + NUMBER + "/follow-ups").with(csrf())
			.param("purpose", "CALL_BACK")
			.param("dueDate", "2026-11-03")
			.param("owner", "gone"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "owner"))
			.andExpect(content().string(containsString("Choose an active member of staff")));
	}

	/** Owners are named as the case pages name staff, by display name, and in the note saying a follow-up was added. */
	@Test
	@WithMockUser(username = "kim", roles = "STAFF")
	void namesTheOwnerByTheirDisplayName() throws Exception {
		given(staff.displayName("sam")).willReturn(Optional.of("Sam Staff"));
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.RETURN, CaseStatus.OPEN, null));
		given(followUps.forCase(NUMBER)).willReturn(List.of(followUp(1, TODAY, null)));
		given(followUps.get(1L)).willReturn(followUp(1, TODAY, null));
		given(followUps.schedule(any(), eq("kim"))).willReturn(followUp(9, TODAY, null));

		mvc.perform(get("/cases/" + NUMBER + "/follow-ups"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Sam Staff</td>")));
		mvc.perform(get("/follow-ups/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Sam Staff</dd>")));
		mvc.perform(post("/cases/" + NUMBER + "/follow-ups").with(csrf())
			.param("purpose", "CALL_BACK")
			.param("dueDate", "2026-11-02")
			.param("owner", "sam"))
			.andExpect(flash().attribute("success", "Follow-up added: Call back, for Sam Staff."));
	}

	/** Beside each finished follow-up on the case, who finished it (not its owner) and when. */
	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void namesWhoFinishedEachFollowUpAndWhen() throws Exception {
		given(staff.displayName("sam")).willReturn(Optional.of("Sam Staff"));
		given(staff.displayName("sue")).willReturn(Optional.of("Sue Supervisor"));
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.RETURN, CaseStatus.OPEN, null));
		given(followUps.forCase(NUMBER)).willReturn(List.of(
				finished(1, FollowUpStatus.DONE, "She has it", "sue", "2026-11-24T14:05:00Z"),
				finished(2, FollowUpStatus.CANCELLED, "Goods came back", "sam", "2026-11-25T09:30:00Z"),
				followUp(3, TODAY, null)));

		mvc.perform(get("/cases/" + NUMBER + "/follow-ups"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Done by Sue Supervisor, 24 Nov 2026, 14:05</span>")))
			.andExpect(content().string(containsString(">Cancelled by Sam Staff, 25 Nov 2026, 09:30</span>")))
			.andExpect(content().string(containsString(">Open</span>")))
			.andExpect(content().string(not(containsString("by sue"))));
	}

	private static FollowUpView finished(long id, FollowUpStatus status, String outcome, String by, String at) {
		return new FollowUpView(id, NUMBER, FollowUpPurpose.CALL_BACK, FollowUpOrigin.MANUAL, TODAY, "sam", null,
				status, outcome, "sam", Instant.parse("2026-10-30T09:00:00Z"), by, Instant.parse(at), 4);
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void addsAFollowUpAndShowsTheCasesFollowUps() throws Exception {
		given(followUps.schedule(new ScheduleFollowUp(NUMBER, FollowUpPurpose.CALL_BACK, FollowUpOrigin.MANUAL,
				LocalDate.of(2026, 11, 3), "sam", "Ring after 5pm"), "sam"))
			.willReturn(followUp(9, LocalDate.of(2026, 11, 3), "Ring after 5pm"));

		mvc.perform(post("/cases/" + NUMBER + "/follow-ups").with(csrf())
			.param("purpose", "CALL_BACK")
			.param("dueDate", "2026-11-03")
			.param("owner", "sam")
			.param("note", "Ring after 5pm"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + NUMBER + "/follow-ups"));
		// The same day as staff in the UK write it.
		mvc.perform(post("/cases/" + NUMBER + "/follow-ups").with(csrf())
			.param("purpose", "CALL_BACK")
			.param("dueDate", "3/11/2026")
			.param("owner", "sam")
			.param("note", "Ring after 5pm"))
			.andExpect(status().is3xxRedirection());
		org.mockito.Mockito.verify(followUps, org.mockito.Mockito.times(2)).schedule(new ScheduleFollowUp(NUMBER,
				FollowUpPurpose.CALL_BACK, FollowUpOrigin.MANUAL, LocalDate.of(2026, 11, 3), "sam", "Ring after 5pm"), "sam");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void asksWhatCameOfAFollowUpBeforeMarkingItDone() throws Exception {
		given(followUps.get(4L)).willReturn(followUp(4, TODAY, null));

		mvc.perform(post("/follow-ups/4/complete").with(csrf()).param("outcome", " ").param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("completeForm", "outcome"))
			.andExpect(content().string(containsString("Say what came of it")));
		verify(followUps, never()).complete(anyLong(), anyString(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void explainsWhenSomeoneElseFinishedTheFollowUpFirst() throws Exception {
		given(followUps.get(4L)).willReturn(followUp(4, TODAY, null));
		given(followUps.complete(4L, "Spoke to her", 2L, "sam"))
			.willThrow(new ConflictException("Someone else changed this follow-up first; it is shown as it is now."));

		mvc.perform(post("/follow-ups/4/complete").with(csrf()).param("outcome", "Spoke to her").param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this follow-up first")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void saysWhoFinishedTheFollowUpFirstAndShowsWhatWasTyped() throws Exception {
		given(followUps.get(169L)).willReturn(new FollowUpView(169L, NUMBER, FollowUpPurpose.CALL_BACK,
				FollowUpOrigin.MANUAL, TODAY, "sam", null, FollowUpStatus.DONE, "Customer happy", "sam",
				Instant.parse("2026-10-30T09:00:00Z"), "staff2", Instant.parse("2026-11-02T09:30:00Z"), 1));
		given(followUps.cancel(169L, "Customer rang us instead", 0L, "sam")).willThrow(new ConflictException(
				"staff2 already marked this follow-up done on 2 Nov 2026, 09:30, so nothing you typed was saved."));

		mvc.perform(post("/follow-ups/169/cancel").with(csrf())
			.param("reason", "Customer rang us instead")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"staff2 already marked this follow-up done on 2 Nov 2026, 09:30, so nothing you typed was saved.")))
			.andExpect(content().string(containsString("What you typed (not saved")))
			.andExpect(content().string(containsString("Customer rang us instead")));
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void treatsAVersionThatIsNotANumberAsAnOutOfDateFormAndKeepsWhatWasTyped() throws Exception {
		given(followUps.get(4L)).willReturn(followUp(4, TODAY, null));

		mvc.perform(post("/follow-ups/4/complete").with(csrf()).param("outcome", "Spoke to her").param("version", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This form was out of date or could not be read, so nothing was saved.")))
			.andExpect(content().string(not(containsString("Please correct the highlighted fields"))))
			.andExpect(content().string(containsString(">Spoke to her</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
		verify(followUps, never()).complete(anyLong(), anyString(), any(), anyString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " " })
	@NullSource
	@WithMockUser(username = "sam", roles = "STAFF")
	void treatsAFormWithoutAVersionAsOutOfDateAndKeepsWhatWasTyped(String version) throws Exception {
		given(followUps.get(4L)).willReturn(followUp(4, TODAY, null));
		MockHttpServletRequestBuilder request = post("/follow-ups/4/cancel").with(csrf())
			.param("reason", "Customer rang us instead");
		if (version != null) {
			request.param("version", version);
		}

		mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This form was out of date or could not be read, so nothing was saved.")))
			.andExpect(content().string(containsString(">Customer rang us instead</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"3\"")));
		verify(followUps, never()).cancel(anyLong(), anyString(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aFormLeftOpenPastItsSessionIsToldItExpiredAndSavesNothing() throws Exception {
		mvc.perform(post("/follow-ups/169/cancel").with(csrf().useInvalidToken())
			.param("reason", "Customer rang us instead")
			.param("version", "0"))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/form-expired"));
		verify(followUps, never()).cancel(anyLong(), anyString(), any(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void marksAFollowUpDoneAndGoesBackToMyList() throws Exception {
		given(followUps.complete(4L, "Spoke to her", 3L, "sam"))
			.willReturn(followUp(4, TODAY, null));

		mvc.perform(post("/follow-ups/4/complete").with(csrf())
			.param("outcome", "Spoke to her")
			.param("version", "3")
			.param("returnTo", "mine"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/follow-ups"));
	}

}
