package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.aftercare.cases.CaseListItem;
import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.SlaFilter;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.support.MutableClock;

/**
 * What staff send the customer is the case's first response, as a contact to the customer is: an update e-mailed
 * from the updates page (the acknowledgement among them), a final response e-mailed or issued as a letter. The case
 * leaves the "due" list and the SLA monitor leaves it alone. The automatic acknowledgement of a case just logged is
 * not a response, nor is an e-mail the SMTP server refused. The SMTP server here is a mock that takes every message
 * unless a test makes it refuse them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstResponseJourneyTest {

	private static final RequestPostProcessor STAFF = user("sam").roles("STAFF");

	@TestConfiguration(proxyBeanMethods = false)
	static class Clock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-11-02T09:00:00Z"), ZoneId.of("Europe/London"));
		}

	}

	@MockitoBean
	JavaMailSender smtp;

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	CustomerUpdateService updates;

	@Autowired
	MutableClock clock;

	@Autowired
	DataProtection dataProtection;

	/** A complaint of normal priority: a first response within 24 hours, so due within 24 hours from the start. */
	private String complaint() {
		return cases.open(new OpenCaseCommand(ContactChannel.EMAIL, "The kettle I bought leaks from the base.",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, "R-123", "Kettle",
				CaseType.COMPLAINT, false), "sam", null).view().caseNumber();
	}

	private boolean dueSoon(String caseNumber) {
		return cases
			.search(new CaseQuery(null, null, null, caseNumber).withSla(SlaFilter.DUE_SOON, clock.instant()),
					PageRequest.of(0, 10))
			.map(CaseListItem::caseNumber)
			.toList()
			.contains(caseNumber);
	}

	/** The case has its first response, at {@code at}: not due, shown as done, and never marked as missed. */
	private void answeredAt(String caseNumber, Instant at) throws Exception {
		assertThat(cases.get(caseNumber).firstResponseAt()).isEqualTo(at);
		clock.advance(Duration.ofMinutes(1));
		assertThat(dueSoon(caseNumber)).isFalse();
		mvc.perform(get("/cases/" + caseNumber).with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(done)")));
		clock.advance(Duration.ofHours(25));
		assertThat(cases.markMissedTargets(1000)).doesNotContain(caseNumber);
		assertThat(cases.get(caseNumber).slaBreached()).isFalse();
	}

	/** Nobody has answered: still due, and marked as missed once its target has passed. */
	private void unanswered(String caseNumber) throws Exception {
		clock.advance(Duration.ofMinutes(1)); // due before a day from now, not at exactly that moment
		assertThat(cases.get(caseNumber).firstResponseAt()).isNull();
		assertThat(dueSoon(caseNumber)).isTrue();
		mvc.perform(get("/cases/" + caseNumber).with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("(done)"))));
		clock.advance(Duration.ofHours(25));
		assertThat(cases.markMissedTargets(1000)).contains(caseNumber);
	}

	/** Moves the clock {@code hours} on, as if staff answered that long after the case was logged; returns the time. */
	private Instant hoursLater(int hours) {
		clock.advance(Duration.ofHours(hours));
		return clock.instant();
	}

	private String sendUpdate(String caseNumber, MailTemplateKey template, String details) throws Exception {
		mvc.perform(post("/cases/" + caseNumber + "/updates").with(STAFF)
			.with(csrf())
			.param("template", template.name())
			.param("details", details)).andExpect(status().is3xxRedirection());
		return caseNumber;
	}

	private void issueFinalResponse(String caseNumber, boolean byEmail) throws Exception {
		mvc.perform(post("/cases/" + caseNumber + "/final-response").with(STAFF)
			.with(csrf())
			.param("outcome", "We cannot replace the kettle: the leak came from a crack where it was dropped.")
			.param("byEmail", String.valueOf(byEmail))).andExpect(status().is3xxRedirection());
	}

	private Delivery lastDelivery(String caseNumber) {
		var sent = updates.messagesFor(caseNumber);
		return sent.get(sent.size() - 1).delivery();
	}

	@Test
	void theAutomaticAcknowledgementOfACaseJustLoggedIsNoResponse() throws Exception {
		String number = complaint();

		assertThat(updates.messagesFor(number)).extracting(CustomerMessageView::templateKey)
			.containsExactly(MailTemplateKey.ACKNOWLEDGEMENT);
		assertThat(lastDelivery(number)).isEqualTo(Delivery.SENT);
		unanswered(number);
	}

	@Test
	void aDecisionEmailedFromTheUpdatesPageIsTheFirstResponse() throws Exception {
		String number = complaint();
		Instant sentAt = hoursLater(3);

		sendUpdate(number, MailTemplateKey.DECISION, "We will repair the kettle free of charge.");

		assertThat(lastDelivery(number)).isEqualTo(Delivery.SENT);
		answeredAt(number, sentAt);
	}

	@Test
	void anAcknowledgementSentByHandIsTheFirstResponse() throws Exception {
		String number = complaint();
		Instant sentAt = hoursLater(1);

		sendUpdate(number, MailTemplateKey.ACKNOWLEDGEMENT, "");

		assertThat(updates.messagesFor(number)).extracting(CustomerMessageView::templateKey)
			.containsExactly(MailTemplateKey.ACKNOWLEDGEMENT, MailTemplateKey.ACKNOWLEDGEMENT);
		answeredAt(number, sentAt);
	}

	@Test
	void aFinalResponseByEmailIsTheFirstResponse() throws Exception {
		String number = complaint();
		Instant sentAt = hoursLater(5);

		issueFinalResponse(number, true);

		assertThat(lastDelivery(number)).isEqualTo(Delivery.SENT);
		answeredAt(number, sentAt);
	}

	@Test
	void aFinalResponseIssuedAsALetterIsTheFirstResponseWhenIssued() throws Exception {
		String number = complaint();
		addAddress(number);
		Instant issuedAt = hoursLater(6);

		issueFinalResponse(number, false);

		assertThat(lastDelivery(number)).isEqualTo(Delivery.PRINT);
		answeredAt(number, issuedAt);
	}

	@Test
	void aFinalResponseLetterWithNoAddressToPostItToIsNoResponseUntilIssuedAgainWithOne() throws Exception {
		String number = complaint();
		hoursLater(2);

		issueFinalResponse(number, false);

		assertThat(lastDelivery(number)).isEqualTo(Delivery.PRINT);
		assertThat(cases.get(number).firstResponseAt()).isNull();
		assertThat(cases.get(number).timeline().get(cases.get(number).timeline().size() - 1).summary())
			.startsWith("Final response issued (as a letter with no address to post it to (the customer's record has "
					+ "none), so not posted), naming the ADR body");
		addAddress(number);
		Instant issuedAt = hoursLater(1);
		issueFinalResponse(number, false);
		answeredAt(number, issuedAt);
	}

	@Test
	void anUpdateLetterWithNoAddressToPostItToIsNoResponse() throws Exception {
		String number = complaint();
		mvc.perform(post("/cases/" + number + "/updates").with(STAFF)
			.with(csrf())
			.param("template", MailTemplateKey.ACKNOWLEDGEMENT.name())
			.param("byEmail", "false")).andExpect(status().is3xxRedirection());

		assertThat(lastDelivery(number)).isEqualTo(Delivery.PRINT);
		unanswered(number);
	}

	private void addAddress(String caseNumber) {
		long customer = cases.get(caseNumber).customerId();
		var record = dataProtection.find(customer).orElseThrow();
		dataProtection.correct(customer, new ContactDetails(record.name(), record.email(), record.phone()),
				new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"), record.version(), "sam",
				"Customer gave their address");
	}

	@Test
	void anUpdateTheSmtpServerRefusedIsNoResponse() throws Exception {
		String number = complaint();
		doThrow(new MailSendException("Connection refused")).when(smtp).send(any(SimpleMailMessage.class));

		sendUpdate(number, MailTemplateKey.DECISION, "We will repair the kettle free of charge.");

		assertThat(lastDelivery(number)).isEqualTo(Delivery.FAILED);
		unanswered(number);
	}

}
