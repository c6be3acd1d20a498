package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;

/** Managers' e-mail texts, from the edit page to the message a customer gets, through the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
class MailTemplateJourneyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailTemplateService templates;

	@Autowired
	CustomerUpdateService updates;

	@Autowired
	CaseService cases;

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

	@Test
	void aSubjectFilledInWithTypedLineBreaksIsSentOnOneLine() {
		MailTemplateView original = templates.get(MailTemplateKey.DECISION);
		MailTemplateView edited = templates.update(MailTemplateKey.DECISION, "{customerName}: {decision}",
				original.body(), original.version(), "mo");
		try {
			String number = cases.open(new OpenCaseCommand(ContactChannel.EMAIL, "I want my money back for the kettle",
					new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
					CaseType.RETURN, false), "mo", null).view().caseNumber();

			CustomerMessageView sent = updates.sendUpdate(number, MailTemplateKey.DECISION,
					"Refund approved\r\nBcc: evil@example.com", true, "mo");

			assertThat(sent.subject()).isEqualTo("Jane Smith: Refund approved Bcc: evil@example.com")
				.doesNotContain("\r", "\n");
		}
		finally {
			templates.update(MailTemplateKey.DECISION, original.subject(), original.body(), edited.version(), "mo");
		}
	}

}
