package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Managers' e-mail texts, edited through the whole application: what a subject may not hold. */
@SpringBootTest
@AutoConfigureMockMvc
class MailTemplateJourneyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailTemplateService templates;

	@Test
	void refusesASubjectThatWouldAddAMailHeader() throws Exception {
		MailTemplateView before = templates.get(MailTemplateKey.CLOSURE);

		mvc.perform(post("/admin/mail-templates/CLOSURE").with(user("mo").roles("MANAGER")).with(csrf())
			.param("subject", "Closed {caseNumber}\r\nBcc: evil@example.com")
			.param("body", before.body())
			.param("version", String.valueOf(before.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write the subject on one line")));

		assertThat(templates.get(MailTemplateKey.CLOSURE)).isEqualTo(before);
	}

	/**
	 * What staff write when sending may run to several lines: it goes in the text, never the subject. (A subject saved
	 * before this rule is still sent on one line: {@code TemplateTextTest}.)
	 */
	@Test
	void aSubjectHoldingWhatStaffWriteIsRefusedBesideIt() throws Exception {
		MailTemplateView before = templates.get(MailTemplateKey.DECISION);

		mvc.perform(post("/admin/mail-templates/DECISION").with(user("mo").roles("MANAGER")).with(csrf())
			.param("subject", "Our decision {decision}")
			.param("body", before.body())
			.param("version", String.valueOf(before.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Put {decision} in the text, not the subject")))
			.andExpect(content().string(containsString("value=\"Our decision {decision}\"")));

		assertThat(templates.get(MailTemplateKey.DECISION)).isEqualTo(before);
	}

}
