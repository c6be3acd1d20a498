package uk.aftercare.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.followups.CustomerMessageView;
import uk.aftercare.followups.CustomerUpdateService;
import uk.aftercare.followups.FollowUpOrigin;
import uk.aftercare.followups.FollowUpPurpose;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.followups.FollowUpStatus;
import uk.aftercare.followups.FollowUpView;
import uk.aftercare.followups.RootCause;
import uk.aftercare.followups.WorkingDays;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.support.DatabaseText;

/**
 * A complaint from logging to closure and the customer's survey answer, through the whole application, with the
 * customer's e-mails caught by GreenMail; then the customer's copy of their data and its erasure.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpToFeedbackJourneyTest {

	/** A free port of our own: other builds on this machine may be using GreenMail's usual 3025. */
	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
		.withPerMethodLifecycle(false);

	private static final Pattern SURVEY_LINK = Pattern.compile("http://localhost:8080/feedback/([A-Za-z0-9_-]{43})");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	FollowUpService followUps;

	@Autowired
	ClosingService closing;

	@Autowired
	CustomerUpdateService updates;

	@Autowired
	FeedbackService feedback;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ShopClock clock;

	private final RequestPostProcessor sam = user("sam").roles("STAFF");

	private final RequestPostProcessor sue = user("sue").roles("SUPERVISOR");

	private final RequestPostProcessor max = user("max").roles("MANAGER");

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void staff() {
		if (!accounts.exists("sam")) {
			accounts.create("sam", "Sam Staff", "sam@shop.example", "a long password 1", Role.STAFF);
			accounts.create("sue", "Sue Pervisor", "sue@shop.example", "a long password 2", Role.SUPERVISOR);
		}
	}

	@Test
	void aComplaintGoesFromLoggingToClosureAndALowSurveyScoreGetsASupervisorsCallBack() throws Exception {
		String email = UUID.randomUUID() + "@example.com";
		// A name and a phone number no other test uses, to look for them in every table once they are erased.
		String suffix = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		String name = "Jane Quennell-" + suffix;
		String phone = "07700 9" + String.format("%05d", Math.abs(suffix.hashCode()) % 100_000);
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"The driver was rude and left my parcel in the rain, I am really unhappy",
				new ContactDetails(name, email, phone), null, "W-1001", "Kettle", CaseType.COMPLAINT, false),
				"sam", null).view().caseNumber();

		// The acknowledgement goes out as soon as the case is logged, quoting the case number.
		assertThat(mailTo(email)).extracting(this::subject)
			.containsExactly("We have received your message - case " + number);

		// A follow-up, added by hand and done.
		mvc.perform(post("/cases/" + number + "/follow-ups").with(sam).with(csrf())
			.param("purpose", "CALL_BACK")
			.param("dueDate", clock.today().plusDays(1).toString())
			.param("owner", "sam")
			.param("note", "Tell her what the courier said"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + number + "/follow-ups"));
		FollowUpView callBack = followUps.openFollowUpsOf("sam").stream()
			.filter(f -> f.caseNumber().equals(number))
			.findFirst()
			.orElseThrow();
		mvc.perform(get("/follow-ups").with(sam))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)));
		mvc.perform(post("/follow-ups/" + callBack.id() + "/complete").with(sam).with(csrf())
			.param("outcome", "Explained the courier has been spoken to")
			.param("version", String.valueOf(callBack.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(followUps.get(callBack.id()).status()).isEqualTo(FollowUpStatus.DONE);
		cases.recordContact(number, ContactChannel.PHONE, ContactDirection.TO_CUSTOMER,
				"Called Jane: apologised and offered to refund the delivery charge", "sam");

		// The complaint-handling checklist.
		mvc.perform(post("/cases/" + number + "/complaint-handling").with(sam).with(csrf())
			.param("steps", "LISTEN", "ACKNOWLEDGE_FEELINGS", "CONFIRM_UNDERSTANDING", "APOLOGISE", "SOLVE", "THANK")
			.param("note", "She accepted the apology"))
			.andExpect(status().is3xxRedirection());
		// Six steps ticked together are one entry, the note once, not six copies of it.
		assertThat(cases.get(number).timeline()).filteredOn(e -> e.kind() == TimelineKind.COMPLAINT_HANDLING)
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).startsWith("Complaint handling, steps done: Listened to the whole "
					+ "complaint without interrupting (Listen); Acknowledged the customer's feelings (Listen);")
				.endsWith("Thanked the customer (Thank). Note: She accepted the apology"));

		// Resolved, then closed with the checklist, root cause and preventive measure.
		cases.changeStatus(number, CaseStatus.RESOLVED, "Delivery charge refunded", "sam");
		mvc.perform(post("/cases/" + number + "/close").with(sam).with(csrf())
			.param("outcome", "We refunded the £4.95 delivery charge and apologised.")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true")
			.param("surveyByEmail", "true")
			.param("rootCause", "DELIVERY")
			.param("preventiveMeasure", "Courier reminded to leave parcels in a safe place"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + number));

		CaseView closed = cases.get(number);
		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.timeline()).extracting(TimelineEntry::kind)
			.contains(TimelineKind.FOLLOW_UP, TimelineKind.COMPLAINT_HANDLING, TimelineKind.CLOSING,
					TimelineKind.CUSTOMER_UPDATE);
		assertThat(closing.closures(number)).singleElement().satisfies(c -> {
			assertThat(c.rootCause()).isEqualTo(RootCause.DELIVERY);
			assertThat(c.preventiveMeasure()).isEqualTo("Courier reminded to leave parcels in a safe place");
		});
		List<MimeMessage> mail = mailTo(email);
		assertThat(mail).extracting(this::subject).containsExactly("We have received your message - case " + number,
				"Case " + number + " is now closed", "How did we do? Case " + number);
		assertThat(GreenMailUtil.getBody(mail.get(1))).contains("We refunded the =C2=A34.95 delivery charge");
		// With a mail server the timeline says e-mailed, in the order the customer received them.
		assertThat(closed.timeline()).filteredOn(e -> e.kind() == TimelineKind.CUSTOMER_UPDATE)
			.extracting(TimelineEntry::summary)
			.filteredOn(summary -> !summary.startsWith("Contact preferences"))
			.satisfiesExactly(ack -> assertThat(ack).startsWith("Acknowledgement e-mailed to " + email),
					closure -> assertThat(closure).startsWith("Case closed e-mailed to " + email),
					survey -> assertThat(survey).startsWith("Satisfaction survey e-mailed to " + email));

		// The survey, answered through the public page: opening it records nothing, the answer once.
		Matcher link = SURVEY_LINK.matcher(GreenMailUtil.getBody(mail.get(2)).replace("=\r\n", ""));
		assertThat(link.find()).isTrue();
		String token = link.group(1);
		// The link works to the end of the day the e-mail names, in the shop's time zone, not to the minute it was sent.
		java.time.LocalDate lastDay = clock.now().plus(java.time.Duration.ofDays(30)).atZone(clock.zone()).toLocalDate();
		assertThat(GreenMailUtil.getBody(mail.get(2)).replace("=\r\n", ""))
			.contains("until " + lastDay.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
					java.util.Locale.UK)));
		assertThat(org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
			.sql("select expires_at from survey_invitation where case_number = ?")
			.param(number)
			.query((rs, row) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
			.single()).isEqualTo(lastDay.plusDays(1).atStartOfDay(clock.zone()).toInstant());
		// The copy kept in Aftercare (and on the timeline) has the one-time link blanked out; the others are as sent.
		assertThat(updates.messagesFor(number)).extracting(CustomerMessageView::body)
			.noneMatch(body -> body.contains(token))
			.anyMatch(body -> body.contains("[one-time survey link, sent to the customer only]"))
			.anyMatch(body -> body.contains("We refunded the £4.95 delivery charge"));
		mvc.perform(get("/feedback/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Send my feedback")));
		assertThat(feedback.forCase(number)).isEmpty();

		mvc.perform(post("/feedback/" + token).with(csrf())
			.param("score", "2")
			.param("resolved", "false")
			.param("comment", "Refund took too long"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/feedback/thank-you"));
		mvc.perform(post("/feedback/" + token).with(csrf()).param("score", "5").param("resolved", "true"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("We already have your answer")));

		assertThat(feedback.forCase(number)).singleElement().satisfies(f -> {
			assertThat(f.score()).isEqualTo(2);
			assertThat(f.source()).isEqualTo(FeedbackSource.SURVEY);
		});
		assertThat(followUps.forCase(number)).filteredOn(FollowUpView::isOpen).singleElement().satisfies(f -> {
			assertThat(f.purpose()).isEqualTo(FollowUpPurpose.CALL_BACK);
			assertThat(f.origin()).isEqualTo(FollowUpOrigin.LOW_FEEDBACK_SCORE);
			assertThat(f.owner()).isEqualTo("sue");
			assertThat(f.dueDate()).isEqualTo(WorkingDays.nextAfter(clock.today()));
		});
		assertThat(cases.get(number).timeline()).extracting(TimelineEntry::kind).contains(TimelineKind.FEEDBACK);

		// The customer asks for a copy of their data, then for its erasure (UK GDPR arts. 15 and 17).
		long customerId = cases.get(number).customerId();
		mvc.perform(post("/customers/" + customerId + "/data-export").with(sue).with(csrf())
			.param("note", "Asked by e-mail from the address we hold"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customer.email").value(email))
			.andExpect(jsonPath("$.cases[0].caseNumber").value(number))
			.andExpect(jsonPath("$.cases[0].timeline").isNotEmpty())
			.andExpect(jsonPath("$.followUpsAndMessages.messages.length()").value(3))
			.andExpect(jsonPath("$.followUpsAndMessages.closings[0].rootCause").value("DELIVERY"))
			.andExpect(jsonPath("$.feedback.feedback[0].comment").value("Refund took too long"))
			.andExpect(jsonPath("$.dataRequests[0].kind").value("ACCESS"));
		FollowUpView supervisorsCall = followUps.openFollowUpsOf("sue").stream()
			.filter(f -> f.caseNumber().equals(number))
			.findFirst()
			.orElseThrow();
		mvc.perform(post("/customers/" + customerId + "/erasure").with(max).with(csrf())
			.param("erasureNote", "Asked by phone; confirmed the order number")
			.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusedBecause",
					hasItem(startsWith("Follow-up " + supervisorsCall.id() + " on case " + number))));
		assertThat(tablesHolding(email)).isNotEmpty();

		followUps.complete(supervisorsCall.id(), "Called Jane back", supervisorsCall.version(), "sue");
		mvc.perform(post("/customers/" + customerId + "/erasure").with(max).with(csrf())
			.param("erasureNote", "Asked by phone; confirmed the order number")
			.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers/" + customerId));

		// Nothing that identifies her is left anywhere; what the reports count is.
		assertThat(tablesHolding(email)).isEmpty();
		assertThat(tablesHolding(name)).isEmpty();
		assertThat(tablesHolding(phone)).isEmpty();
		assertThat(tablesHolding(phone.replace(" ", ""))).isEmpty();
		assertThat(tablesHolding("Refund took too long")).isEmpty();
		assertThat(tablesHolding("left my parcel in the rain")).isEmpty();
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closing.closures(number)).singleElement()
			.satisfies(c -> assertThat(c.rootCause()).isEqualTo(RootCause.DELIVERY));
		assertThat(feedback.forCase(number)).singleElement().satisfies(f -> assertThat(f.score()).isEqualTo(2));
		mvc.perform(get("/customers/" + customerId).with(sam))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Personal data erased on")))
			.andExpect(content().string(containsString("Erasure requested · refused for now")))
			.andExpect(content().string(containsString("Erasure requested · done")));
	}

	private List<String> tablesHolding(String value) {
		return DatabaseText.columnsHolding(dataSource, value);
	}

	@Test
	void exportsTheCaseRecordAsAReadablePdf() throws Exception {
		String number = cases.open(new OpenCaseCommand(ContactChannel.IN_STORE, "Wants to return a toaster that sparks",
				new ContactDetails("Arthur Dent", null, "01632 960001"), null, null, "Toaster", CaseType.RETURN, false),
				"sam", null).view().caseNumber();
		cases.recordContact(number, ContactChannel.PHONE, ContactDirection.TO_CUSTOMER,
				"Told Arthur the replacement arrives on Friday", "sam");

		byte[] pdf = mvc.perform(get("/cases/" + number + "/record.pdf").with(sam))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Case record " + number)
				.contains("Told Arthur the replacement arrives on Friday")
				.contains("Safety concern");
		}
	}

	@Test
	void aCustomerWhoRefusedEmailsGetsNone() throws Exception {
		String email = UUID.randomUUID() + "@example.com";
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", email, null), null, null, null, CaseType.QUERY, false), "sam", null)
			.view().caseNumber();
		// As the page sends it with the e-mail box unticked: only the box's marker.
		mvc.perform(post("/cases/" + number + "/preferences").with(sam).with(csrf())
			.param("_emailAllowed", "on")
			.param("_surveyConsent", "on")
			.param("preferredChannel", "PHONE"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/cases/" + number + "/updates").with(sam).with(csrf())
			.param("template", "DECISION").param("details", "We will refund you"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("they asked not to receive e-mails")));

		assertThat(mailTo(email)).hasSize(1);
	}

	/** A request made by hand, with neither a box nor its marker, says nothing about consent: what was stored stays. */
	@Test
	void aPreferencesFormWithoutItsBoxesKeepsTheConsentStored() throws Exception {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Where is my order?",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.QUERY, false), "sam", null).view().caseNumber();
		Long customer = cases.get(number).customerId();
		updates.changePreference(number, true, true, null, "sam");

		mvc.perform(post("/cases/" + number + "/preferences").with(sam).with(csrf()).param("preferredChannel", ""))
			.andExpect(status().is3xxRedirection());

		assertThat(updates.preferenceOf(customer).emailAllowed()).isTrue();
		assertThat(updates.preferenceOf(customer).surveyConsent()).isTrue();
		mvc.perform(post("/cases/" + number + "/preferences").with(sam).with(csrf())
			.param("_emailAllowed", "on")
			.param("surveyConsent", "true")
			.param("_surveyConsent", "on")
			.param("preferredChannel", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(updates.preferenceOf(customer).emailAllowed()).isFalse();
		assertThat(updates.preferenceOf(customer).surveyConsent()).isTrue();
	}

	private List<MimeMessage> mailTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(r -> r.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException("No free port for the test mail server", e);
		}
	}

}
