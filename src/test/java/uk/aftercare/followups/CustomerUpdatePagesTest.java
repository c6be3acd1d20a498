package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.support.Markup;
import uk.aftercare.support.ReturnForms;

/**
 * What staff may tell the customer, through the whole application: an update only when it is true of the case, a
 * final response only on a complaint.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CustomerUpdatePagesTest {

	private static final RequestPostProcessor STAFF = user("sam").roles("STAFF");

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	CustomerUpdateService updates;

	@Autowired
	ReturnAuthorisationService rmas;

	@Autowired
	ShopClock clock;

	@Autowired
	DataProtection dataProtection;

	@Autowired
	MailTemplateService templates;

	@Autowired
	StaffAccounts accounts;

	private String open(CaseType type, String description) {
		return cases.open(new OpenCaseCommand(ContactChannel.IN_STORE, description,
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, "R-123", "Kettle",
				type, false), "sam", null).view().caseNumber();
	}

	private String query() {
		return open(CaseType.QUERY, "When do you open on Sunday?");
	}

	private List<MailTemplateKey> sentTemplates(String number) {
		return updates.messagesFor(number).stream().map(CustomerMessageView::templateKey).toList();
	}

	@Test
	void anOpenQueryIsOfferedAnAcknowledgementAndADecisionOnly() throws Exception {
		mvc.perform(get("/cases/" + query() + "/updates").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"ACKNOWLEDGEMENT\">")))
			.andExpect(content().string(containsString("<option value=\"DECISION\">")))
			.andExpect(content().string(not(containsString("<option value=\"CLOSURE\">"))))
			.andExpect(content().string(not(containsString("<option value=\"REFUND_ISSUED\">"))));
	}

	@Test
	void refusesTheClosureEmailForACaseStillOpenBesideTheFieldKeepingWhatWasTyped() throws Exception {
		String number = query();

		String page = mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "CLOSURE")
			.param("details", "All sorted"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(page, "template", "template-error",
				"Not sent: this case is Open, not closed.");
		assertThat(page).contains(">All sorted</textarea>");
		assertThat(sentTemplates(number)).doesNotContain(MailTemplateKey.CLOSURE);
		assertThat(cases.get(number).timeline()).extracting(TimelineEntry::summary)
			.noneMatch(summary -> summary.startsWith("Case closed"));
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.OPEN);
	}

	@Test
	void namesTheClosureEmailRefusedAndItsMissingOutcomeAtOnce() throws Exception {
		String number = query();

		String page = mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "CLOSURE")
			.param("details", " "))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(page, "template", "template-error",
				"Not sent: this case is Open, not closed.");
		Markup.assertInvalidAndDescribedBy(page, "details", "details-error", "Write the outcome for the customer");
		assertThat(sentTemplates(number)).doesNotContain(MailTemplateKey.CLOSURE);
	}

	@Test
	void anUpdateNotOnTheListOnAnOpenCaseAsksForNoDetailsAnAcknowledgementDoesNotNeed() throws Exception {
		String number = query();

		String page = mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "FOO")
			.param("details", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(page, "template", "template-error", "Choose an update from the list");
		assertThat(page).doesNotContain("Write the details for the customer");
	}

	@Test
	void anUpdateNotOnTheListAndNoUpdateChosenAreToldTheSame() throws Exception {
		String number = query();

		for (String template : List.of("FOO", "SURVEY", "FINAL_RESPONSE", "")) {
			String page = mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
				.param("template", template)
				.param("details", "We will call you on Monday"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();

			Markup.assertInvalidAndDescribedBy(page, "template", "template-error", "Choose an update from the list");
			assertThat(page).as(template).doesNotContain("Choose which update to send").contains(
					">We will call you on Monday</textarea>");
		}
	}

	@Test
	void anAcknowledgementWithDetailsIsRefusedBesideThemAsItHasNoPlaceForThem() throws Exception {
		String number = query();
		List<MailTemplateKey> before = sentTemplates(number);

		String page = mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "ACKNOWLEDGEMENT")
			.param("details", "We will call you on Monday"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(page, "details", "details-error",
				"An acknowledgement has no place for details");
		assertThat(page).contains(">We will call you on Monday</textarea>");
		assertThat(sentTemplates(number)).isEqualTo(before);

		mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "ACKNOWLEDGEMENT")
			.param("details", " "))
			.andExpect(redirectedUrl("/cases/" + number + "/updates"));
		assertThat(sentTemplates(number)).hasSize(before.size() + 1);
	}

	@Test
	void anUpdateNotOnTheListOnAClosedCaseNamesTheMissingDetailsEveryUpdateThereNeeds() throws Exception {
		String number = query();
		cases.changeStatus(number, CaseStatus.RESOLVED, "Told her 10 till 4", "sam");
		mvc.perform(post("/cases/" + number + "/close").with(STAFF).with(csrf())
			.param("outcome", "We open from 10am to 4pm on Sundays.")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true"))
			.andExpect(status().is3xxRedirection());
		List<MailTemplateKey> before = sentTemplates(number);

		String page = mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "FOO")
			.param("details", " "))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(page, "template", "template-error", "Choose an update from the list");
		Markup.assertInvalidAndDescribedBy(page, "details", "details-error",
				"Write the details for the customer: every update this case can be sent needs them");
		assertThat(sentTemplates(number)).isEqualTo(before);
	}

	@Test
	void refusesTheRefundIssuedEmailWhenNoReturnAuthorisationWasRefunded() throws Exception {
		String number = query();

		String page = mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "REFUND_ISSUED")
			.param("details", "£49.99 to your card"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Markup.assertInvalidAndDescribedBy(page, "template", "template-error",
				"Not sent: no refund has been issued on this case.");
		assertThat(page).contains("49.99 to your card</textarea>");
		assertThat(sentTemplates(number)).doesNotContain(MailTemplateKey.REFUND_ISSUED);
	}

	@Test
	void offersAndSendsTheRefundIssuedEmailOnceTheReturnAuthorisationIsRefunded() throws Exception {
		String number = open(CaseType.RETURN, "My kettle stopped working, I want a refund");
		String rma = raiseReturn(number);
		for (String target : List.of("AUTHORISED", "RECEIVED", "INSPECTED")) {
			step(rma, target);
		}
		mvc.perform(get("/cases/" + number + "/updates").with(STAFF))
			.andExpect(content().string(not(containsString("<option value=\"REFUND_ISSUED\">"))));

		step(rma, "REFUNDED");

		mvc.perform(get("/cases/" + number + "/updates").with(STAFF))
			.andExpect(content().string(containsString("<option value=\"REFUND_ISSUED\">")));
		mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "REFUND_ISSUED")
			.param("details", "£49.99 to your card"))
			.andExpect(redirectedUrl("/cases/" + number + "/updates"));
		assertThat(sentTemplates(number)).contains(MailTemplateKey.REFUND_ISSUED);
	}

	@Test
	void aQueryIsOfferedNoFinalResponseAndOneSentAnywayIsRefusedWithNothingIssued() throws Exception {
		String number = query();
		String complaint = open(CaseType.COMPLAINT, "Your staff were rude to me at the till");

		mvc.perform(get("/cases/" + complaint).with(STAFF))
			.andExpect(content().string(containsString("href=\"/cases/" + complaint + "/final-response\"")));
		mvc.perform(get("/cases/" + number).with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/final-response"))));
		mvc.perform(get("/cases/" + number + "/final-response").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("this case is not a complaint")))
			.andExpect(content().string(not(containsString("action=\"/cases/" + number + "/final-response\""))))
			.andExpect(content().string(not(containsString("ADR body named"))));
		mvc.perform(post("/cases/" + number + "/final-response").with(STAFF).with(csrf())
			.param("outcome", "We will not change our opening hours")
			.param("byEmail", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"This case is not a complaint (its type is Query), so a final response does not apply. Nothing was issued.")));

		assertThat(sentTemplates(number)).doesNotContain(MailTemplateKey.FINAL_RESPONSE);
		assertThatThrownBy(() -> updates.issueFinalResponse(number, "No", false, "sam"))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void anIssuedLetterKeepsTheNameAndAddressItWasIssuedToWhenTheCustomerIsCorrected() throws Exception {
		String name = "Jane Letter " + UUID.randomUUID().toString().substring(0, 8);
		String phone = "07700 9" + String.format("%05d", (int) (Math.random() * 100_000));
		String number = cases.open(new OpenCaseCommand(ContactChannel.IN_STORE, "Your staff were rude to me",
				new ContactDetails(name, null, phone), null, "R-123", "Kettle", CaseType.COMPLAINT, false), "sam", null)
			.view()
			.caseNumber();
		long customer = cases.get(number).customerId();
		correct(customer, new ContactDetails(name, null, phone),
				new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));
		CustomerMessageView letter = updates.issueFinalResponse(number, "We stand by the refund offered.", false, "sam");

		correct(customer, new ContactDetails("Janet Letter-Smith", null, phone),
				new PostalAddress(List.of("3 Park Row", "Leeds"), "LS1 5AB"));

		String page = mvc.perform(get("/cases/" + number + "/messages/" + letter.id()).with(STAFF))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<p id=\"letter-address\"><span>" + name + "</span><br><span>14 Mill Lane</span><br>"
				+ "<span>Harrogate</span><br><span>HG1 2XX</span></p>")
			.contains("Dear " + name)
			.doesNotContain("Park Row", "Janet Letter-Smith");

		correct(customer, new ContactDetails("Janet Letter-Smith", null, phone), null);

		mvc.perform(get("/cases/" + number + "/messages/" + letter.id()).with(STAFF))
			.andExpect(content().string(containsString("<span>14 Mill Lane</span>")))
			.andExpect(content().string(not(containsString("no-address"))));
	}

	@Test
	void aLetterWithNoAddressToPostItToIsNoResponseUntilIssuedAgainOnceTheAddressIsAdded() throws Exception {
		String number = query();
		savePreferences(number, false, "POST");
		assertThat(cases.get(number).firstResponseAt()).isNull();

		String page = mvc.perform(get("/cases/" + number + "/updates").with(STAFF))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("This customer cannot be e-mailed:")
			.contains("Send the update as a letter to print and post")
			.contains("action=\"/cases/" + number + "/updates\"")
			.contains("<input type=\"hidden\" name=\"byEmail\" value=\"false\"/>");

		String message = mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "DECISION")
			.param("details", "We will repair the kettle free of charge.")
			.param("byEmail", "false"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warning",
					"Decision issued as a letter, but the customer's record has no postal address to post it to, so "
							+ "it does not count as answering them. Add their address, then issue it again."))
			.andReturn().getResponse().getRedirectedUrl();

		CustomerMessageView letter = last(updates.messagesFor(number));
		assertThat(message).isEqualTo("/cases/" + number + "/messages/" + letter.id());
		assertThat(letter.templateKey()).isEqualTo(MailTemplateKey.DECISION);
		assertThat(letter.delivery()).isEqualTo(Delivery.PRINT);
		assertThat(letter.recipient()).isNull();
		assertThat(letter.body()).contains("We will repair the kettle free of charge.");
		assertThat(letter.addressedTo().name()).isEqualTo("Jane Smith");
		assertThat(cases.get(number).firstResponseAt()).isNull();
		assertThat(last(cases.get(number).timeline()).summary())
			.isEqualTo("Decision issued as a letter with no address to post it to (the customer's record has none), "
					+ "so not posted: \"" + letter.subject() + "\"");
		mvc.perform(get(message).with(STAFF))
			.andExpect(content().string(containsString("id=\"no-address\"")))
			.andExpect(content().string(containsString("#addressLines")));

		correct(cases.get(number).customerId(), new ContactDetails("Jane Smith", cases.get(number).customerEmail(), null),
				new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));
		// Printed now, the letter is as it was issued: to no address, as its timeline entry says.
		String issuedWithNone = mvc.perform(get(message).with(STAFF))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(issuedWithNone).doesNotContain("14 Mill Lane", "letter-address")
			.contains("Their record has an address now: issue the letter again, and post that one.");
		mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "DECISION")
			.param("details", "We will repair the kettle free of charge.")
			.param("byEmail", "false"))
			.andExpect(flash().attribute("success", "Decision issued as a letter. Print it and post it to the customer."));
		assertThat(cases.get(number).firstResponseAt()).isNotNull();
		assertThat(last(cases.get(number).timeline()).summary())
			.isEqualTo("Decision issued as a letter to print and post: \"" + letter.subject() + "\"");
		assertThat(last(updates.messagesFor(number)).addressedTo().address().postcode()).isEqualTo("HG1 2XX");
		assertThat(updates.message(number, letter.id()).addressedTo().address()).isNull();
	}

	@Test
	void aLetterIsMarkedAsPostedOnceNamingWhoPostedItWithoutMovingTheFirstResponse() throws Exception {
		RequestPostProcessor harriet = harriet();
		String number = query();
		savePreferences(number, false, null);
		correct(cases.get(number).customerId(), new ContactDetails("Jane Smith", cases.get(number).customerEmail(), null),
				new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));
		CustomerMessageView letter = updates.sendUpdate(number, MailTemplateKey.DECISION, "We will repair the kettle.",
				false, "sam");
		var respondedAt = cases.get(number).firstResponseAt();
		assertThat(respondedAt).as("a letter to an address answers the customer as it is issued").isNotNull();
		String action = "/cases/" + number + "/messages/" + letter.id() + "/posted";

		// Two tabs on the updates page: each form has its own one-time token beside the CSRF one.
		String page = updatesPage(number);
		String otherTab = updatesPage(number);
		assertThat(page).contains("action=\"" + action + "\"");
		var fields = Markup.formFields(page, action);
		assertThat(fields).containsKey("_submission");
		assertThat(page.substring(page.indexOf("action=\"" + action + "\""))).contains("name=\"_csrf\"");

		mvc.perform(post(action).with(harriet).with(csrf()).param("_submission", fields.get("_submission")))
			.andExpect(redirectedUrl("/cases/" + number + "/updates"))
			.andExpect(flash().attribute("success", "Decision letter marked as posted."));

		CustomerMessageView posted = updates.message(number, letter.id());
		assertThat(posted.postedBy()).isEqualTo("harriet");
		assertThat(posted.postedAt()).isNotNull();
		String day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
			.format(letter.createdAt().atZone(clock.zone()));
		assertThat(last(cases.get(number).timeline()).summary()).isEqualTo("Letter marked as posted by Harriet Jones: "
				+ "Decision issued " + day + ", \"" + letter.subject() + "\"");
		assertThat(cases.get(number).firstResponseAt()).as("posting does not move the first response")
			.isEqualTo(respondedAt);
		assertThat(updatesPage(number)).contains("Posted by Harriet Jones, ").doesNotContain("action=\"" + action + "\"");
		mvc.perform(get("/cases/" + number + "/messages/" + letter.id()).with(STAFF))
			.andExpect(content().string(containsString("id=\"posted\">Posted by Harriet Jones, ")));
		int entries = cases.get(number).timeline().size();

		// The same form sent again (a double click): already saved, not recorded twice.
		mvc.perform(post(action).with(harriet).with(csrf()).param("_submission", fields.get("_submission")))
			.andExpect(redirectedUrl("/cases/" + number + "/updates"))
			.andExpect(flash().attribute("success", "This was already saved: a second click or a resend is not saved "
					+ "again."));
		// The other tab's form, opened before: refused, naming who posted it.
		mvc.perform(post(action).with(STAFF).with(csrf())
			.param("_submission", Markup.formFields(otherTab, action).get("_submission")))
			.andExpect(redirectedUrl("/cases/" + number + "/updates"))
			.andExpect(flash().attribute("warning", containsString("This letter was already marked as posted by "
					+ "Harriet Jones (")));
		assertThat(cases.get(number).timeline()).hasSize(entries);
		assertThat(updates.message(number, letter.id()).postedBy()).isEqualTo("harriet");
	}

	@Test
	void erasingTheCustomerKeepsWhoPostedTheirLetterAndWhenButNotItsSubjectOrAddress() throws Exception {
		String number = query();
		long customer = cases.get(number).customerId();
		savePreferences(number, false, null);
		correct(customer, new ContactDetails("Jane Smith", cases.get(number).customerEmail(), null),
				new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));
		CustomerMessageView letter = updates.sendUpdate(number, MailTemplateKey.DECISION, "We will repair the kettle.",
				false, "sam");
		harriet();
		updates.markPosted(number, letter.id(), "harriet");
		close(number);

		assertThat(dataProtection.erase(customer, "sam", "Asked in store").erased()).isTrue();

		CustomerMessageView erased = updates.message(number, letter.id());
		assertThat(erased.addressedTo().address()).isNull();
		assertThat(erased.postedBy()).isEqualTo("harriet");
		assertThat(erased.postedAt()).isNotNull();
		assertThat(cases.get(number).timeline()).extracting(TimelineEntry::summary)
			.anySatisfy(summary -> assertThat(summary).startsWith("Letter marked as posted by Harriet Jones: Decision issued ")
				.endsWith(", \"[erased]\""));
		mvc.perform(post("/cases/" + number + "/messages/" + letter.id() + "/posted").with(STAFF).with(csrf()))
			.andExpect(redirectedUrl("/cases/" + number + "/updates"))
			.andExpect(flash().attribute("warning", containsString("personal data was erased")));
	}

	@Test
	void aLetterWithNoAddressOnItOrAnEmailCannotBeMarkedAsPosted() throws Exception {
		String number = query();
		savePreferences(number, false, "POST");
		CustomerMessageView unaddressed = updates.sendUpdate(number, MailTemplateKey.DECISION,
				"We will repair the kettle.", false, "sam");
		assertThat(updatesPage(number)).contains("Not posted: it has no postal address on it.")
			.doesNotContain("/messages/" + unaddressed.id() + "/posted");
		// Not even once an address is added: the letter was issued with none, and is issued again instead.
		correct(cases.get(number).customerId(), new ContactDetails("Jane Smith", cases.get(number).customerEmail(), null),
				new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));
		int entries = cases.get(number).timeline().size();

		mvc.perform(post("/cases/" + number + "/messages/" + unaddressed.id() + "/posted").with(STAFF).with(csrf()))
			.andExpect(redirectedUrl("/cases/" + number + "/updates"))
			.andExpect(flash().attribute("warning", "This letter has no postal address on it, so it cannot have been "
					+ "posted. Add the customer's address on their page, then issue the letter again. Nothing was "
					+ "changed."));
		assertThat(updates.message(number, unaddressed.id()).posted()).isFalse();

		savePreferences(number, true, null);
		CustomerMessageView email = updates.sendUpdate(number, MailTemplateKey.DECISION, "We will repair the kettle.",
				true, "sam");
		mvc.perform(post("/cases/" + number + "/messages/" + email.id() + "/posted").with(STAFF).with(csrf()))
			.andExpect(redirectedUrl("/cases/" + number + "/updates"))
			.andExpect(flash().attribute("warning", "This message is an e-mail, not a letter: only a letter to print "
					+ "and post is marked as posted. Nothing was changed."));
		assertThat(updates.message(number, email.id()).posted()).isFalse();
		assertThat(cases.get(number).timeline()).hasSize(entries + 2);
		mvc.perform(post("/cases/" + number + "/messages/999999/posted").with(STAFF).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aLetterTellsTheCustomerToCallOrWriteWhereAnEmailSaysToReply() throws Exception {
		String number = query();

		updates.sendUpdate(number, MailTemplateKey.DECISION, "We will repair the kettle.", true, "sam");
		assertThat(last(updates.messagesFor(number)).body())
			.contains("If you have any questions, reply to this e-mail or call us quoting your case number.");
		updates.sendUpdate(number, MailTemplateKey.DECISION, "We will repair the kettle.", false, "sam");
		assertThat(last(updates.messagesFor(number)).body())
			.contains("If you have any questions, call us or write to us quoting your case number.")
			.doesNotContain("e-mail")
			.doesNotContain("{");

		close(number);
		assertThat(last(updates.messagesFor(number)).body()).contains("reply to this e-mail and we will reopen");
		updates.sendUpdate(number, MailTemplateKey.CLOSURE, "We open from 10am to 4pm on Sundays.", false, "sam");
		assertThat(last(updates.messagesFor(number)).body())
			.contains("If anything is still unclear, call us or write to us quoting your case number and we will "
					+ "reopen your case.")
			.doesNotContain("e-mail");
		for (MailTemplateKey key : List.of(MailTemplateKey.ACKNOWLEDGEMENT, MailTemplateKey.REFUND_ISSUED,
				MailTemplateKey.FINAL_RESPONSE)) {
			assertThat(templates.get(key).body()).as("%s", key).doesNotContain("e-mail");
		}
	}

	@Test
	void aLetterToACustomerWithAnAddressIsToPrintAndPost() throws Exception {
		String number = query();
		savePreferences(number, false, null);
		correct(cases.get(number).customerId(), new ContactDetails("Jane Smith", cases.get(number).customerEmail(), null),
				new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));

		mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "ACKNOWLEDGEMENT")
			.param("byEmail", "false"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Acknowledgement issued as a letter. Print it and post it to the customer."));
		assertThat(last(updates.messagesFor(number)).addressedTo().address().postcode()).isEqualTo("HG1 2XX");
	}

	@Test
	void aCustomerWhoPrefersPostIsOfferedALetterFirstAndOneWhoCannotBeEmailedIsNotEmailed() throws Exception {
		String number = query();
		savePreferences(number, true, "POST");

		assertThat(Markup.openingTag(updatesPage(number), "byEmail1")).contains("type=\"checkbox\"")
			.doesNotContain("checked");
		savePreferences(number, true, null);
		assertThat(Markup.openingTag(updatesPage(number), "byEmail1")).contains("checked");

		savePreferences(number, false, "POST");
		List<MailTemplateKey> before = sentTemplates(number);
		String page = mvc.perform(post("/cases/" + number + "/updates").with(STAFF).with(csrf())
			.param("template", "DECISION")
			.param("details", "We will repair the kettle.")
			.param("byEmail", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Markup.errorSummary(page)).containsExactly(Markup.SummaryLine.linked("This customer asked not to "
				+ "receive e-mails: send it as a letter to print and post, or contact them the way they prefer and record "
				+ "the contact on the case.", "byEmail1"));
		assertThat(page).contains(">We will repair the kettle.</textarea>");
		assertThat(sentTemplates(number)).isEqualTo(before);
	}

	@Test
	void aFinalResponseToEmailFromAStaleFormNamesTheLetterInASentenceLinkedToTheMessage() throws Exception {
		String number = open(CaseType.COMPLAINT, "Your staff were rude to me at the till");
		savePreferences(number, false, null);

		String page = mvc.perform(post("/cases/" + number + "/final-response").with(STAFF).with(csrf())
			.param("outcome", "We stand by what our staff said.")
			.param("byEmail", "true"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(page)).containsExactly(Markup.SummaryLine.linked("This customer asked not to "
				+ "receive e-mails: issue the final response as a letter to print and post.", "byEmail1"));
		assertThat(page).contains(">We stand by what our staff said.</textarea>");
		assertThat(sentTemplates(number)).doesNotContain(MailTemplateKey.FINAL_RESPONSE);
	}

	@Test
	void contactPreferencesGoOnTheTimelineAsTheirOwnKindNotAsAnUpdateToTheCustomer() throws Exception {
		String number = query();
		savePreferences(number, false, "POST");

		TimelineEntry recorded = last(cases.get(number).timeline());
		assertThat(recorded.kind()).isEqualTo(uk.aftercare.cases.TimelineKind.CONTACT_PREFERENCES);
		assertThat(recorded.summary()).startsWith("Contact preferences recorded: e-mails allowed no");
		assertThat(cases.get(number).firstResponseAt()).isNull();
		mvc.perform(get("/cases/" + number).with(STAFF))
			.andExpect(content().string(containsString("<strong>Contact preferences</strong>")));
	}

	@Test
	void aFinalResponseKeptForWantOfAMailServerToACustomerWithNoAddressSaysToAddTheAddress() throws Exception {
		String number = open(CaseType.COMPLAINT, "Your staff were rude to me at the till");

		String message = mvc.perform(post("/cases/" + number + "/final-response").with(STAFF).with(csrf())
			.param("outcome", "We stand by what our staff said.")
			.param("byEmail", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("warning", "Final response issued and kept on the case, not e-mailed to "
					+ cases.get(number).customerEmail() + ": no mail server is configured. The customer's record has "
					+ "no postal address to post it to: add their address, then print it."))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(message).with(STAFF))
			.andExpect(content().string(containsString("id=\"no-address\"")));
	}

	/** A member of staff with a name of their own, as pages and the timeline give it. */
	private RequestPostProcessor harriet() {
		if (!accounts.exists("harriet")) {
			accounts.create("harriet", "Harriet Jones", null, "a long password 1", Role.STAFF);
		}
		return user("harriet").roles("STAFF");
	}

	private void close(String number) throws Exception {
		cases.changeStatus(number, CaseStatus.RESOLVED, "Told her 10 till 4", "sam");
		mvc.perform(post("/cases/" + number + "/close").with(STAFF).with(csrf())
			.param("outcome", "We open from 10am to 4pm on Sundays.")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true"))
			.andExpect(status().is3xxRedirection());
	}

	private String updatesPage(String number) throws Exception {
		return mvc.perform(get("/cases/" + number + "/updates").with(STAFF))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private static <T> T last(List<T> list) {
		return list.get(list.size() - 1);
	}

	private void savePreferences(String number, boolean emailAllowed, String preferredChannel) throws Exception {
		mvc.perform(post("/cases/" + number + "/preferences").with(STAFF).with(csrf())
			.param("emailAllowed", String.valueOf(emailAllowed))
			.param("surveyConsent", "false")
			.param("preferredChannel", preferredChannel == null ? "" : preferredChannel))
			.andExpect(status().is3xxRedirection());
	}

	private void correct(long customer, ContactDetails details, PostalAddress address) {
		dataProtection.correct(customer, details, address, dataProtection.find(customer).orElseThrow().version(),
				"sam", "Customer phoned with new details");
	}

	private String raiseReturn(String number) throws Exception {
		return ReturnForms.raiseFaultyKettle(mvc, STAFF, number, clock.today());
	}

	private void step(String rma, String target) throws Exception {
		ReturnForms.step(mvc, STAFF, rma, target, rmas.get(rma).version());
	}

}
