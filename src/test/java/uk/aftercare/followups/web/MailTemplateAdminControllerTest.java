package uk.aftercare.followups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
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

import uk.aftercare.followups.MailTemplateKey;
import uk.aftercare.followups.MailTemplateRejectedException;
import uk.aftercare.followups.MailTemplateService;
import uk.aftercare.followups.MailTemplateView;
import uk.aftercare.followups.TemplateText;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(MailTemplateAdminController.class)
@WebTestSupport
@WithMockUser(username = "mo", roles = "MANAGER")
class MailTemplateAdminControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MailTemplateService templates;

	@MockitoBean
	StaffDirectory staff;

	@BeforeEach
	void theClosureTemplateIsAtVersionThree() {
		given(templates.get(MailTemplateKey.CLOSURE)).willReturn(new MailTemplateView(MailTemplateKey.CLOSURE,
				"Case {caseNumber} closed", "{outcome}", "system", Instant.parse("2026-01-01T00:00:00Z"), 3));
	}

	@Test
	void savesAnEditAgainstTheVersionItWasMadeOn() throws Exception {
		mvc.perform(post("/admin/mail-templates/CLOSURE").with(csrf())
			.param("subject", "Your case {caseNumber} is closed")
			.param("body", "{outcome}")
			.param("version", "3"))
			.andExpect(redirectedUrl("/admin/mail-templates"));

		verify(templates).update(MailTemplateKey.CLOSURE, "Your case {caseNumber} is closed", "{outcome}", 3L, "mo");
	}

	@Test
	void anEditWithoutAVersionIsNotSavedAsIfItWereVersionZero() throws Exception {
		mvc.perform(post("/admin/mail-templates/CLOSURE").with(csrf())
			.param("subject", "Your case {caseNumber} is closed")
			.param("body", "{outcome}"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This form is out of date or incomplete"),
					containsString("value=\"Your case {caseNumber} is closed\""),
					not(containsString("Please correct the highlighted fields")))));

		verify(templates, never()).update(any(), anyString(), anyString(), anyLong(), anyString());
	}

	@Test
	void aMangledVersionIsReportedAsAnOutOfDateFormNotAsHighlightedFields() throws Exception {
		mvc.perform(post("/admin/mail-templates/CLOSURE").with(csrf())
			.param("subject", "Your case {caseNumber} is closed")
			.param("body", "{outcome}")
			.param("version", "abc"))
			.andExpect(status().isOk())
			.andExpect(model().hasNoErrors())
			.andExpect(content().string(allOf(containsString("This form is out of date or incomplete"),
					not(containsString("Please correct the highlighted fields")))));

		verify(templates, never()).update(any(), anyString(), anyString(), anyLong(), anyString());
	}

	@Test
	void aStaleEditSaysItWasNotSavedAndKeepsWhatWasTyped() throws Exception {
		given(templates.update(eq(MailTemplateKey.CLOSURE), anyString(), anyString(), eq(2L), eq("mo")))
			.willThrow(new ConflictException("stale"));

		mvc.perform(post("/admin/mail-templates/CLOSURE").with(csrf())
			.param("subject", "Your case {caseNumber} is closed")
			.param("body", "My new wording {outcome}")
			.param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Reload it and make your change again"),
					containsString("href=\"/admin/mail-templates/CLOSURE\""),
					containsString("My new wording {outcome}"), containsString("value=\"2\""),
					not(containsString("Please correct the highlighted fields")))));
	}

	@Test
	void aStaleEditNamesWhoSavedTheTemplateAndWhen() throws Exception {
		given(templates.update(eq(MailTemplateKey.CLOSURE), anyString(), anyString(), eq(2L), eq("mo")))
			.willThrow(new ConflictException("stale"));
		given(templates.get(MailTemplateKey.CLOSURE)).willReturn(new MailTemplateView(MailTemplateKey.CLOSURE,
				"Case {caseNumber} closed", "Their wording {outcome}", "kim", Instant.parse("2026-11-02T14:30:00Z"), 3));

		mvc.perform(post("/admin/mail-templates/CLOSURE").with(csrf())
			.param("subject", "Your case {caseNumber} is closed")
			.param("body", "My new wording {outcome}")
			.param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("Not saved: kim saved this template on 2 Nov 2026, 14:30, after you opened it."),
					containsString("My new wording {outcome}"))));
	}

	@Test
	void aStaleEditNamesWhoSavedTheTemplateAsThePagesNameThem() throws Exception {
		given(staff.displayName("kim")).willReturn(Optional.of("Kim Manager"));
		given(templates.update(eq(MailTemplateKey.CLOSURE), anyString(), anyString(), eq(2L), eq("mo")))
			.willThrow(new ConflictException("stale"));
		given(templates.get(MailTemplateKey.CLOSURE)).willReturn(new MailTemplateView(MailTemplateKey.CLOSURE,
				"Case {caseNumber} closed", "Their wording {outcome}", "kim", Instant.parse("2026-11-02T14:30:00Z"), 3));

		mvc.perform(post("/admin/mail-templates/CLOSURE").with(csrf())
			.param("subject", "Your case {caseNumber} is closed")
			.param("body", "My new wording {outcome}")
			.param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("Not saved: Kim Manager saved this template on 2 Nov 2026, 14:30, after you opened it.")));
	}

	@Test
	void aSubjectWithALineBreakIsRefusedBesideTheSubject() throws Exception {
		given(templates.update(eq(MailTemplateKey.CLOSURE), anyString(), anyString(), eq(3L), eq("mo")))
			.willThrow(new MailTemplateRejectedException(
					List.of(new TemplateText.Problem("subject", "mailTemplate.subject.lineBreak", null))));

		mvc.perform(post("/admin/mail-templates/CLOSURE").with(csrf())
			.param("subject", "Closed {caseNumber}\r\nBcc: evil@example.com")
			.param("body", "{outcome}")
			.param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "subject", "mailTemplate.subject.lineBreak"))
			.andExpect(content().string(containsString("Write the subject on one line")));
	}


	@Test
	void bracesThatAreNotAPlaceholderAreNamedBesideTheText() throws Exception {
		given(templates.update(eq(MailTemplateKey.CLOSURE), anyString(), anyString(), eq(3L), eq("mo")))
			.willThrow(new MailTemplateRejectedException(List.of(
					new TemplateText.Problem("body", "mailTemplate.body.placeholder.malformed", "{customer name}"))));

		mvc.perform(post("/admin/mail-templates/CLOSURE").with(csrf())
			.param("subject", "Closed {caseNumber}")
			.param("body", "Dear {customer name}, {outcome}")
			.param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "body", "mailTemplate.body.placeholder.malformed"))
			.andExpect(content().string(containsString("The text has braces that are not a placeholder: {customer name}. "
					+ "A placeholder is one word in braces, such as {caseNumber}; other text has no braces.")));
	}

	/** Each is read in the error summary on its own, so each says which box it is about, in a whole sentence. */
	@Test
	void everyProblemWithATemplateNamesItsBoxInTheSummaryAndWhatWasTypedStays() throws Exception {
		String subject = "Thanks {bogus}";
		String body = "x".repeat(5000) + " {oops";
		given(templates.get(MailTemplateKey.ACKNOWLEDGEMENT)).willReturn(new MailTemplateView(
				MailTemplateKey.ACKNOWLEDGEMENT, "Case {caseNumber}", "We got it.", "system",
				Instant.parse("2026-01-01T00:00:00Z"), 3));
		given(templates.update(MailTemplateKey.ACKNOWLEDGEMENT, subject, body, 3L, "mo")).willThrow(
				new MailTemplateRejectedException(TemplateText.check(MailTemplateKey.ACKNOWLEDGEMENT, subject, body)));

		String html = mvc.perform(post("/admin/mail-templates/ACKNOWLEDGEMENT").with(csrf())
			.param("subject", subject)
			.param("body", body)
			.param("version", "3"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(html)).containsExactly(
				Markup.SummaryLine.linked("The subject uses placeholders this e-mail cannot fill: {bogus}. "
						+ "Use only those listed beside it.", "subject"),
				Markup.SummaryLine.linked("The text is too long: shorten it to at most 5,000 characters.", "body"),
				Markup.SummaryLine.linked("The text has braces that are not a placeholder: {oops. A placeholder is one "
						+ "word in braces, such as {caseNumber}; other text has no braces.", "body"),
				Markup.SummaryLine.linked("The text must keep {caseNumber}: put back each placeholder marked "
						+ "\u201cmust stay\u201d.", "body"));
		assertThat(html).contains("value=\"Thanks {bogus}\"", body + "</textarea>");
	}

}
