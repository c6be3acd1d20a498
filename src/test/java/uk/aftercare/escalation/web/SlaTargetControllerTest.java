package uk.aftercare.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(SlaTargetController.class)
@WebTestSupport
class SlaTargetControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SlaTargets targets;

	@MockitoBean
	StaffDirectory staff;

	private static final SlaTargetView SEEDED = new SlaTargetView(1, CaseType.COMPLAINT, Priority.URGENT, 2, 48,
			"system", Instant.parse("2026-11-01T00:00:00Z"), 0);

	@BeforeEach
	void seeded() {
		given(targets.all()).willReturn(List.of(SEEDED));
		given(targets.get(1)).willReturn(SEEDED);
		given(targets.get(99999)).willThrow(new NotFoundException("No SLA target 99999."));
	}

	@Test
	@WithMockUser(username = "sue", roles = "SUPERVISOR")
	void isForManagersOnly() throws Exception {
		mvc.perform(get("/admin/sla")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void namesTheRowInEachBoxAndSaveButtonSoTheyAreTold() throws Exception {
		given(targets.all()).willReturn(List.of(SEEDED, new SlaTargetView(2, CaseType.RETURN, Priority.LOW, 24, 240,
				"system", Instant.parse("2026-11-01T00:00:00Z"), 0)));

		String html = mvc.perform(get("/admin/sla")).andReturn().getResponse().getContentAsString();

		assertThat(accessibleNames(html, "<input[^>]*name=\"firstResponseHours\"[^>]*>"))
			.containsExactly("Complaint, Urgent: first response (hours)", "Return, Low: first response (hours)");
		assertThat(accessibleNames(html, "<input[^>]*name=\"resolutionHours\"[^>]*>"))
			.containsExactly("Complaint, Urgent: resolution (hours)", "Return, Low: resolution (hours)");
		assertThat(accessibleNames(html, "<button[^>]*form=\"sla-\\d+\"[^>]*>.*?</button>"))
			.containsExactly("Save Complaint, Urgent", "Save Return, Low");
	}

	/** What a screen reader calls each element the pattern finds: its aria-label, or else its text. */
	private static List<String> accessibleNames(String html, String element) {
		Matcher m = Pattern.compile(element, Pattern.DOTALL).matcher(html);
		List<String> names = new ArrayList<>();
		while (m.find()) {
			String label = Markup.attribute(m.group(), "aria-label");
			names.add(label != null ? label : m.group().replaceAll("<[^>]*>", "").strip());
		}
		return names;
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
			.andExpect(content().string(containsString("Enter the hours as a whole number, e.g. 24")))
			.andExpect(content().string(containsString("value=\"two\"")));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void explainsAnOutOfRangeTargetNextToItsField() throws Exception {
		willThrow(new InvalidInputException("resolutionHours", "Enter a resolution target of at least the first-response target"))
			.given(targets).change(1, 10, 5, 0, "mo");
		mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", "10").param("resolutionHours", "5")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a resolution target of at least the first-response target")))
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void flagsEveryFieldThatIsNotANumber() throws Exception {
		mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", "abc").param("resolutionHours", "xyz")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"form-control is-invalid\" name=\"firstResponseHours\"")))
			.andExpect(content().string(containsString("class=\"form-control is-invalid\" name=\"resolutionHours\"")))
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("value=\"xyz\"")));
		verify(targets, never()).change(anyLong(), anyInt(), anyInt(), anyLong(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void flagsEveryTargetOutOfRange() throws Exception {
		given(targets.problems(0L, 99999L)).willReturn(List.of(
				new FieldProblem("firstResponseHours", "Enter a first-response target from 1 to 720 hours (30 days)"),
				new FieldProblem("resolutionHours", "Enter a resolution target from 1 to 2,160 hours (90 days)")));
		mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", "0").param("resolutionHours", "99999")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a first-response target from 1 to 720 hours")))
			.andExpect(content().string(containsString("Enter a resolution target from 1 to 2,160 hours")))
			.andExpect(content().string(containsString("class=\"form-control is-invalid\" name=\"firstResponseHours\"")))
			.andExpect(content().string(containsString("class=\"form-control is-invalid\" name=\"resolutionHours\"")));
		verify(targets, never()).change(anyLong(), anyInt(), anyInt(), anyLong(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void sumsUpARefusedRowAtTheTopWithLinksToItsBoxes() throws Exception {
		given(targets.all()).willReturn(List.of(SEEDED, new SlaTargetView(2, CaseType.RETURN, Priority.LOW, 24, 240,
				"system", Instant.parse("2026-11-01T00:00:00Z"), 0)));
		given(targets.problems(0L, 48L)).willReturn(List.of(
				new FieldProblem("firstResponseHours", "Enter a first-response target from 1 to 720 hours (30 days)")));

		String html = mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", "0")
			.param("resolutionHours", "48").param("version", "0")).andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(html)).containsExactly(Markup.SummaryLine
			.linked("Enter a first-response target from 1 to 720 hours (30 days)", "firstResponseHours"));
		assertThat(Markup.attribute(Markup.openingTag(html, "firstResponseHours"), "aria-label"))
			.as("the box the link leads to is the refused row's").isEqualTo("Complaint, Urgent: first response (hours)");
		Markup.assertInvalidAndDescribedBy(html, "firstResponseHours", "sla-1-firstResponseHours-error",
				"Enter a first-response target from 1 to 720 hours (30 days)");
		verify(targets, never()).change(anyLong(), anyInt(), anyInt(), anyLong(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void sumsUpARowOutOfDateWithoutALink() throws Exception {
		String html = mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", "2")
			.param("resolutionHours", "48")).andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(html)).containsExactly(Markup.SummaryLine
			.unlinked("This page was out of date, but the target already has your hours. Nothing was saved."));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void showsNoSummaryOnThePageAsOpened() throws Exception {
		String html = mvc.perform(get("/admin/sla")).andReturn().getResponse().getContentAsString();

		assertThat(html).doesNotContain("data-error-summary");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void asksForHoursLeftOutAndKeepsTheOther() throws Exception {
		mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", "5").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a whole number of hours")))
			.andExpect(content().string(containsString("class=\"form-control is-invalid\" name=\"resolutionHours\"")))
			.andExpect(content().string(containsString("value=\"5\"")));
		verify(targets, never()).change(anyLong(), anyInt(), anyInt(), anyLong(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void refusesARowWithoutItsVersionAndMarksTheHoursThatDifferFromTheSavedOnes() throws Exception {
		String html = mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", "4")
			.param("resolutionHours", "48")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(html)).containsExactly(
				Markup.SummaryLine.unlinked("Nothing was saved: this page was out of date. The target is shown as it is "
						+ "now; your hours that differ from it are kept and marked: check them and save again."),
				Markup.SummaryLine.linked("It is 2 hours now. Your value, 4 hours, was not saved: save again to keep it.",
						"firstResponseHours"));
		assertThat(Markup.formFields(html, "/admin/sla/1")).containsEntry("firstResponseHours", "4")
			.containsEntry("resolutionHours", "48").containsEntry("version", "0");
		verify(targets, never()).change(anyLong(), anyInt(), anyInt(), anyLong(), any());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void anUnknownTargetIsNotFoundWhateverWasTyped() throws Exception {
		mvc.perform(post("/admin/sla/99999").with(csrf()).param("firstResponseHours", "abc")
			.param("resolutionHours", "5").param("version", "0"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No SLA target 99999.")));
	}

	/** Ann changed the target that the page showed as 2 and 48 hours to 6 and 60 while Mo was editing it. */
	private static final SlaTargetView ANNS = new SlaTargetView(1, CaseType.COMPLAINT, Priority.URGENT, 6, 60, "ann",
			Instant.parse("2026-11-02T09:00:00Z"), 1);

	private void annChangedItMeanwhile(SlaTargetView theirs, int firstResponse, int resolution) {
		given(staff.displayName("ann")).willReturn(Optional.of("Ann Archer"));
		given(targets.get(1)).willReturn(SEEDED, theirs);
		given(targets.all()).willReturn(List.of(theirs));
		willThrow(new ConflictException("Someone changed this target first; reload and try again."))
			.given(targets).change(1, firstResponse, resolution, 0, "mo");
	}

	private String saveAsShownOnTheSeededPage(String firstResponse, String resolution) throws Exception {
		return mvc.perform(post("/admin/sla/1").with(csrf()).param("firstResponseHours", firstResponse)
			.param("resolutionHours", resolution).param("version", "0").param("shownFirstResponseHours", "2")
			.param("shownResolutionHours", "48"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void afterAnotherManagersChangeShowsTheirHoursWhereLeftAloneAndMarksTypedHoursOverThem() throws Exception {
		annChangedItMeanwhile(ANNS, 2, 72);

		String html = saveAsShownOnTheSeededPage("2", "72");

		// The first response Mo left alone shows Ann's change, with a note saying so.
		assertThat(Markup.formFields(html, "/admin/sla/1")).containsEntry("firstResponseHours", "6")
			.containsEntry("resolutionHours", "72").containsEntry("version", "1")
			.containsEntry("shownFirstResponseHours", "6").containsEntry("shownResolutionHours", "60");
		assertThat(html).contains("id=\"sla-1-firstResponseHours-note\">Ann Archer changed this to 6 hours.</div>");
		assertThat(Markup.attribute(Markup.openingTag(html, "firstResponseHours"), "aria-describedby"))
			.isEqualTo("sla-1-firstResponseHours-note");
		// The resolution Mo typed is kept, and marked as not saved over Ann's.
		String marked = "Ann Archer changed this to 60 hours. Your value, 72 hours, was not saved: save again to keep it.";
		Markup.assertInvalidAndDescribedBy(html, "resolutionHours", "sla-1-resolutionHours-error", marked);
		assertThat(Markup.errorSummary(html)).containsExactly(
				Markup.SummaryLine.unlinked("Nothing was saved: Ann Archer changed this target while you were editing "
						+ "it. It is shown as it is now; your hours that differ from it are kept and marked: check them "
						+ "and save again."),
				Markup.SummaryLine.linked(marked, "resolutionHours"));
	}

	/** Two changes since Mo opened the page: Ann's is the last, but the hours beside a box may be the other's. */
	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void saysSomeoneElseBesideTheBoxesWhenSeveralChangesWereMadeSince() throws Exception {
		annChangedItMeanwhile(new SlaTargetView(1, CaseType.COMPLAINT, Priority.URGENT, 6, 60, "ann",
				Instant.parse("2026-11-02T09:00:00Z"), 2), 2, 72);

		String html = saveAsShownOnTheSeededPage("2", "72");

		assertThat(html).contains("id=\"sla-1-firstResponseHours-note\">Someone else changed this to 6 hours.</div>");
		Markup.assertInvalidAndDescribedBy(html, "resolutionHours", "sla-1-resolutionHours-error",
				"Someone else changed this to 60 hours. Your value, 72 hours, was not saved: save again to keep it.");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void savingAgainAfterAClashKeepsTheOtherManagersChangeToHoursLeftAlone() throws Exception {
		annChangedItMeanwhile(ANNS, 2, 72);
		String html = saveAsShownOnTheSeededPage("2", "72");

		var again = post("/admin/sla/1").with(csrf());
		Markup.formFields(html, "/admin/sla/1").forEach(again::param);
		mvc.perform(again).andExpect(redirectedUrl("/admin/sla"));

		verify(targets).change(1, 6, 72, 1, "mo");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void marksTypedHoursThatDifferFromHoursNobodyElseChanged() throws Exception {
		annChangedItMeanwhile(new SlaTargetView(1, CaseType.COMPLAINT, Priority.URGENT, 6, 48, "ann",
				Instant.parse("2026-11-02T09:00:00Z"), 1), 2, 72);

		String html = saveAsShownOnTheSeededPage("2", "72");

		Markup.assertInvalidAndDescribedBy(html, "resolutionHours", "sla-1-resolutionHours-error",
				"It is 48 hours now. Your value, 72 hours, was not saved: save again to keep it.");
		assertThat(Markup.formFields(html, "/admin/sla/1")).containsEntry("firstResponseHours", "6")
			.containsEntry("resolutionHours", "72");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void saysNothingWasSavedWhenTheOtherManagersChangeAlreadyHasTheTypedHours() throws Exception {
		annChangedItMeanwhile(ANNS, 2, 60);

		String html = saveAsShownOnTheSeededPage("2", "60");

		assertThat(Markup.errorSummary(html)).containsExactly(Markup.SummaryLine.unlinked(
				"Ann Archer changed this target while you were editing it, and it already has your hours. Nothing was saved."));
		assertThat(html).doesNotContain("is-invalid");
		assertThat(Markup.formFields(html, "/admin/sla/1")).containsEntry("firstResponseHours", "6")
			.containsEntry("resolutionHours", "60").containsEntry("version", "1");
	}

}
