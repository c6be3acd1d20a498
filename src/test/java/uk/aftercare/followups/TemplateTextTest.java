package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.aftercare.followups.TemplateText.Problem;

class TemplateTextTest {

	@Test
	void fillsInPlaceholdersAndLeavesUnknownOnesAlone() {
		String text = TemplateText.render("Dear {customerName}, case {caseNumber} costs $5 {other}.",
				Map.of("customerName", "Jane Smith", "caseNumber", "AC-2026-000042"));

		assertThat(text).isEqualTo("Dear Jane Smith, case AC-2026-000042 costs $5 {other}.");
	}

	@Test
	void keepsDollarSignsAndBackslashesInValues() {
		assertThat(TemplateText.render("{decision}", Map.of("decision", "Refund of $10 \\ £10")))
			.isEqualTo("Refund of $10 \\ £10");
	}

	@Test
	void refusesPlaceholdersATemplateCannotFill() {
		assertThat(TemplateText.check(MailTemplateKey.DECISION, "Case {caseNumber}", "{decision} {surveyLink}"))
			.containsExactly(new Problem("body", "mailTemplate.body.placeholder.unknown", "{surveyLink}"));
	}

	/** A brace outside a placeholder would reach the customer as typed: "Dear {customer name}". */
	@Test
	void refusesBracesThatAreNotAPlaceholder() {
		assertThat(TemplateText.check(MailTemplateKey.CLOSURE, "Closed {caseNumber",
				"Dear {customer name}, {outcome} Thanks}"))
			.containsExactly(new Problem("subject", "mailTemplate.subject.placeholder.malformed", "{caseNumber"),
					new Problem("body", "mailTemplate.body.placeholder.malformed", "{customer name}, }"));
		assertThat(TemplateText.check(MailTemplateKey.CLOSURE, "Closed {caseNumber}", "{{outcome}}"))
			.containsExactly(new Problem("body", "mailTemplate.body.placeholder.malformed", "{}"));
		assertThat(TemplateText.check(MailTemplateKey.CLOSURE, "Closed {caseNumber}", "Dear {customerName}, {outcome}"))
			.isEmpty();
	}

	/** "Our decision {decision}" would make the decision staff write, lines and all, the e-mail's subject. */
	@Test
	void keepsSentencesOutOfTheSubject() {
		assertThat(TemplateText.check(MailTemplateKey.DECISION, "Our decision {decision}", "Dear {customerName}"))
			.containsExactly(new Problem("subject", "mailTemplate.subject.sentence", "{decision}"));
		assertThat(TemplateText.check(MailTemplateKey.CLOSURE, "{thanks} {howToReply} {caseNumber}", "{outcome}"))
			.containsExactly(new Problem("subject", "mailTemplate.subject.sentence", "{thanks}, {howToReply}"));
		assertThat(TemplateText.check(MailTemplateKey.DECISION, "Our decision on {caseNumber}", "{decision}")).isEmpty();
		// A placeholder the e-mail cannot fill at all is said once, as that: not also sent to the text.
		assertThat(TemplateText.check(MailTemplateKey.DECISION, "{thanks}", "{decision}"))
			.containsExactly(new Problem("subject", "mailTemplate.subject.placeholder.unknown", "{thanks}"));
	}

	@Test
	void aFinalResponseMustNameTheAdrBody() {
		assertThat(TemplateText.check(MailTemplateKey.FINAL_RESPONSE, "Final response", "{outcome} This is final."))
			.containsExactly(new Problem("body", "mailTemplate.body.placeholder.missing", "{adrName}, {adrWebsite}"));
	}

	@Test
	void anAcknowledgementMustGiveTheCaseNumberInTheSubjectOrText() {
		assertThat(TemplateText.check(MailTemplateKey.ACKNOWLEDGEMENT, "Thanks", "We got your message."))
			.extracting(Problem::code)
			.containsExactly("mailTemplate.body.placeholder.missing");
		assertThat(TemplateText.check(MailTemplateKey.ACKNOWLEDGEMENT, "Case {caseNumber}", "We got it.")).isEmpty();
	}

	/** The limit as every message writes a number of a thousand or more: 5,000. */
	@Test
	void refusesATextOverItsLimitNamingTheLimitWithAComma() {
		assertThat(TemplateText.check(MailTemplateKey.CLOSURE, "Closed {caseNumber}", "{outcome}" + "x".repeat(5000)))
			.containsExactly(new Problem("body", "mailTemplate.body.tooLong", "5,000"));
	}

	@Test
	void requiresASubjectAndAText() {
		assertThat(TemplateText.check(MailTemplateKey.CLOSURE, " ", "")).extracting(Problem::field)
			.containsExactly("subject", "body");
	}

	@Test
	void refusesALineBreakInTheSubject() {
		assertThat(TemplateText.check(MailTemplateKey.CLOSURE, "Closed {caseNumber}\r\nBcc: evil@example.com",
				"{outcome}"))
			.containsExactly(new Problem("subject", "mailTemplate.subject.lineBreak", null));
		assertThat(TemplateText.check(MailTemplateKey.CLOSURE, "Closed\n", "{outcome}")).isNotEmpty();
		assertThat(TemplateText.check(MailTemplateKey.CLOSURE, "Closed", "{outcome}\r\n\r\nThanks")).isEmpty();
	}

	@Test
	void refusesTheSurveyLinkInTheSubjectWhereItWouldBeKeptOnTheTimeline() {
		assertThat(TemplateText.check(MailTemplateKey.SURVEY, "Your link: {surveyLink}", "Answer here: {surveyLink}"))
			.containsExactly(new Problem("subject", "mailTemplate.subject.surveyLink", null));
		assertThat(TemplateText.check(MailTemplateKey.SURVEY, "How did we do?", "Answer here: {surveyLink}")).isEmpty();
	}

	@Test
	void aFilledInSubjectStaysOnOneLineWhateverTheValuesHold() {
		String subject = TemplateText.renderSubject("Case {caseNumber}: {decision}",
				Map.of("caseNumber", "AC-2026-000042", "decision", "Approved\r\nBcc: evil@example.com\nTo: x\u2028y"));

		assertThat(subject).isEqualTo("Case AC-2026-000042: Approved Bcc: evil@example.com To: x y")
			.doesNotContain("\r", "\n");
	}

}
