package uk.aftercare.followups;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseOpened;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.CustomerService;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.JdbcRows;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.StaffDirectory;

/**
 * Keeping the customer informed: progress updates from the managers' templates, e-mailed or as letters to print and
 * post, the final response, the survey invitation, and the customer's contact preferences and consent, which every
 * e-mail respects. Each message is kept, and recorded on the case's timeline.
 */
@Service
public class CustomerUpdateService {

	public static final int MAX_DETAILS = 2000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Wording.LOCALE);

	private final CustomerMessageRepository messages;

	private final ContactPreferenceRepository preferences;

	private final MailTemplateService templates;

	private final CustomerMailer mailer;

	private final CaseService cases;

	private final ReturnAuthorisationService returnAuthorisations;

	private final StaffDirectory staff;

	private final ShopClock clock;

	private final Wording wording;

	private final MailSettings mail;

	private final AdrSettings adr;

	private final JdbcRows rows;

	private final JdbcClient jdbc;

	private final CustomerService customers;

	CustomerUpdateService(CustomerMessageRepository messages, ContactPreferenceRepository preferences,
			MailTemplateService templates, CustomerMailer mailer, CaseService cases,
			ReturnAuthorisationService returnAuthorisations, StaffDirectory staff, ShopClock clock, Wording wording,
			MailSettings mail, AdrSettings adr, JdbcRows rows, JdbcClient jdbc, CustomerService customers) {
		this.messages = messages;
		this.preferences = preferences;
		this.templates = templates;
		this.mailer = mailer;
		this.cases = cases;
		this.returnAuthorisations = returnAuthorisations;
		this.staff = staff;
		this.clock = clock;
		this.wording = wording;
		this.mail = mail;
		this.adr = adr;
		this.rows = rows;
		this.jdbc = jdbc;
		this.customers = customers;
	}

	/**
	 * Whether e-mails can reach customers: without an SMTP server ({@code spring.mail.host}) each message is only
	 * kept on its case, and pages and the timeline must not say it was sent.
	 */
	public boolean mailServerConfigured() {
		return mailer.mailServerConfigured();
	}

	// ---- contact preferences ----

	@Transactional(readOnly = true)
	public ContactPreferenceView preferenceOf(Long customerId) {
		return preferences.findByCustomerId(customerId)
			.map(ContactPreference::toView)
			.orElseGet(() -> ContactPreferenceView.defaults(customerId));
	}

	/** Records what the customer told staff about being contacted; the change goes on the case's timeline. */
	@Transactional
	public ContactPreferenceView changePreference(String caseNumber, boolean emailAllowed, boolean surveyConsent,
			PreferredChannel preferredChannel, String actor) {
		CaseView serviceCase = cases.get(caseNumber);
		ContactPreference preference = preferences.findByCustomerId(serviceCase.customerId())
			.orElseGet(() -> new ContactPreference(serviceCase.customerId(),
					ContactPreferenceView.defaults(serviceCase.customerId())));
		preference.change(emailAllowed, surveyConsent, preferredChannel, actor, clock.now());
		preferences.save(preference);
		// Nothing went to the customer: its own kind, and not the case's first response.
		cases.record(serviceCase.caseNumber(), TimelineKind.CONTACT_PREFERENCES,
				wording.text("preference.timeline", yesNo(emailAllowed), yesNo(surveyConsent),
						preferredChannel == null ? wording.text("preferredChannel.none") : wording.label("preferredChannel", preferredChannel)),
				actor);
		return preference.toView();
	}

	// ---- messages ----

	@Transactional(readOnly = true)
	public List<CustomerMessageView> messagesFor(String caseNumber) {
		return messages.findByCaseNumberOrderByCreatedAtAscIdAsc(cases.get(caseNumber).caseNumber())
			.stream()
			.map(CustomerMessage::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public CustomerMessageView message(String caseNumber, Long id) {
		String number = cases.get(caseNumber).caseNumber();
		return messages.findById(id)
			.map(CustomerMessage::toView)
			.filter(m -> m.caseNumber().equals(number))
			.orElseThrow(() -> new NotFoundException(
					wording.text("customerUpdate.notFound", String.valueOf(id), number)));
	}

	/**
	 * The progress updates that can be sent on the case now ({@link MailTemplateKey#whyNotNow}), to offer staff: the
	 * same rule {@link #sendUpdate} checks.
	 */
	@Transactional(readOnly = true)
	public List<MailTemplateKey> updatesFor(String caseNumber) {
		return updatesFor(cases.get(caseNumber));
	}

	private List<MailTemplateKey> updatesFor(CaseView serviceCase) {
		return MailTemplateKey.progressUpdatesFor(serviceCase.status(), refundIssued(serviceCase),
				outcomeOpen(serviceCase));
	}

	/**
	 * Whether an outcome the customer could be told is still open: an approval on the case waits, or a refused
	 * deduction waits for staff to change or clear it (nothing is agreed until it is asked again and decided).
	 */
	private boolean outcomeOpen(CaseView serviceCase) {
		return serviceCase.approvalPending() || returnAuthorisations.deductionRefusedOn(serviceCase.caseNumber());
	}

	private String outcomeOpenText(CaseView serviceCase) {
		return wording.text(serviceCase.approvalPending() ? "customerUpdate.approvalPending"
				: "customerUpdate.deductionRefused");
	}

	/**
	 * Sends a progress update (acknowledgement, decision, refund issued, closure) from its template: e-mailed when
	 * {@code byEmail}, otherwise kept as a letter to print and post, as for a customer who cannot be e-mailed or
	 * prefers post. {@code details} fills the template's details placeholder: the decision, the refund, the outcome.
	 * Staff answering the customer: the case's first response, a letter when issued to a postal address and an e-mail
	 * once sent ({@link CustomerMailer}); not the closure sent again, on a case whose clocks stopped when it was closed.
	 *
	 * @throws InvalidInputException when the update is not true of the case ({@link MailTemplateKey#appliesTo}), it is
	 *                               to be e-mailed to a customer who cannot be, or the details are missing, or when it
	 *                               tells an outcome while an approval on the case is pending
	 */
	@Transactional
	public CustomerMessageView sendUpdate(String caseNumber, MailTemplateKey key, String details, boolean byEmail,
			String actor) {
		CaseView serviceCase = cases.get(caseNumber);
		List<FieldProblem> problems = updateProblems(serviceCase, key, details, byEmail);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean response = key != MailTemplateKey.CLOSURE;
		if (!byEmail) {
			return letter(serviceCase, key, values(key, detailsText(details)), response, actor);
		}
		return email(serviceCase, key, values(key, detailsText(details)), Map.of(), response, actor, clock.now());
	}

	/**
	 * Everything {@link #sendUpdate} would refuse, each next to its field, without sending: so that the page names
	 * the update and its details together, even when a field could not be read.
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> updateProblems(String caseNumber, MailTemplateKey key, String details,
			boolean byEmail) {
		return updateProblems(cases.get(caseNumber), key, details, byEmail);
	}

	private List<FieldProblem> updateProblems(CaseView serviceCase, MailTemplateKey key, String details,
			boolean byEmail) {
		List<FieldProblem> problems = new ArrayList<>();
		templateProblem(serviceCase, key).ifPresent(message -> problems.add(new FieldProblem("template", message)));
		if (key != null && key.sentFromUpdatesPage()) {
			detailsProblem(key, details, "details").ifPresent(problems::add);
		}
		else if (detailsText(details) == null && everyUpdateNeedsDetails(serviceCase)) {
			// Which update is meant is not known, but every one that could be sent on this case needs details.
			problems.add(new FieldProblem("details", wording.text("customerUpdate.details.required")));
		}
		else {
			tooLong(details, "details").ifPresent(problems::add);
		}
		if (byEmail) {
			preferenceOf(serviceCase.customerId()).updateBlock(serviceCase.customerEmail())
				.ifPresent(block -> problems.add(new FieldProblem("byEmail",
						wording.text("customerUpdate.byEmail.blocked." + block))));
		}
		return problems;
	}

	private boolean everyUpdateNeedsDetails(CaseView serviceCase) {
		List<MailTemplateKey> offered = updatesFor(serviceCase);
		return !offered.isEmpty() && offered.stream().allMatch(key -> key.detailsPlaceholder() != null);
	}

	/** Why this update cannot be sent on the case now, if it cannot: the first reason, said beside the update. */
	private Optional<String> templateProblem(CaseView serviceCase, MailTemplateKey key) {
		if (key == null || !key.sentFromUpdatesPage()) {
			return Optional.of(wording.text("customerUpdate.template.required"));
		}
		Optional<MailTemplateKey.NotNow> notNow = key.whyNotNow(serviceCase.status(), refundIssued(serviceCase),
				outcomeOpen(serviceCase));
		if (notNow.isPresent()) {
			return Optional.of(switch (notNow.get()) {
				case NOT_TRUE_OF_THE_CASE -> wording.text("customerUpdate.notNow." + key.name(),
						wording.text("status." + serviceCase.status()));
				case APPROVAL_PENDING -> outcomeOpenText(serviceCase);
			});
		}
		return Optional.empty();
	}

	/**
	 * Issues the shop's final response to a complaint it cannot resolve: the outcome, that this is the final
	 * response, and the ADR body the shop uses (ADR Regulations 2015, reg. 19). E-mailed when asked and allowed;
	 * otherwise kept as a letter to print and post. Either is the case's first response if it had none: a letter
	 * when issued to a postal address (one with no address to post it to answers nobody), an e-mail once sent
	 * ({@link CustomerMailer}). Only a complaint takes one: a query is answered and a return
	 * decided, and neither is a dispute the customer could take to an ADR body.
	 *
	 * @throws CaseArchivedException when the customer's personal data was erased from the case
	 * @throws ConflictException     when the case is not a complaint
	 */
	@Transactional
	public CustomerMessageView issueFinalResponse(String caseNumber, String outcome, boolean byEmail, String actor) {
		CaseView serviceCase = complaintTakingAFinalResponse(caseNumber);
		List<FieldProblem> problems = finalResponseProblems(serviceCase, outcome, byEmail);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String text = detailsText(outcome);
		Map<String, String> values = values(MailTemplateKey.FINAL_RESPONSE, text);
		values.putAll(renderValues(serviceCase, MailTemplateKey.FINAL_RESPONSE, actor, !byEmail));
		MailTemplateView template = templates.forSending(MailTemplateKey.FINAL_RESPONSE);
		String subject = TemplateText.renderSubject(template.subject(), values);
		String body = TemplateText.render(template.body(), values);
		CustomerMessage message = new CustomerMessage(serviceCase.caseNumber(),
				MailTemplateKey.FINAL_RESPONSE, byEmail ? serviceCase.customerEmail() : null, subject, body,
				byEmail ? mailer.deliveryWhenSaved() : Delivery.PRINT, actor, clock.now());
		boolean posted = !byEmail && addressed(message, serviceCase);
		keep(message);
		String how = !byEmail
				? wording.text(posted ? "finalResponse.timeline.letter" : "finalResponse.timeline.letter.noAddress")
				: mailer.mailServerConfigured()
						? wording.text("finalResponse.timeline.emailed", serviceCase.customerEmail())
						: wording.text("finalResponse.timeline.kept", serviceCase.customerEmail());
		cases.record(serviceCase.caseNumber(), TimelineKind.CUSTOMER_UPDATE,
				wording.text("finalResponse.timeline", how, adr.name(), adr.website(), text), actor);
		if (byEmail) {
			mailer.deliverAfterCommit(message.getId(),
					new Outgoing(serviceCase.customerEmail(), subject, body, serviceCase.caseNumber()));
		}
		else if (posted) {
			cases.respondedToCustomer(serviceCase.caseNumber(), clock.now(), actor);
		}
		return message.toView();
	}

	/**
	 * Addressed as the letter greets them, to the address their record holds as it is issued: a later correction of
	 * the record does not change a letter already sent. Whether there was an address to post it to: a letter with none
	 * cannot be posted, so it does not answer the customer, and staff issue it again once the address is added.
	 */
	private boolean addressed(CustomerMessage letter, CaseView serviceCase) {
		PostalAddress address = postalAddressOf(serviceCase).orElse(null);
		letter.addressedTo(serviceCase.customerName(), address);
		return address != null;
	}

	/**
	 * Whom a message on the case is posted to, for the letter page and the case record: the name and address it was
	 * issued to, with no address when it was issued with none (it is issued again once the address is added, and that
	 * letter is the one posted). Only a message that kept no addressee, a letter issued before letters kept theirs or
	 * a final response kept for want of a mail server, takes the name on the case and the address the customer's
	 * record holds now.
	 */
	public CustomerMessageView.Addressee postedTo(CaseView serviceCase, CustomerMessageView message) {
		if (message.addressedTo() != null) {
			return message.addressedTo();
		}
		return new CustomerMessageView.Addressee(serviceCase.customerName(), postalAddressOf(serviceCase).orElse(null));
	}

	/**
	 * Why staff cannot mark this message as posted, if they cannot: it is an e-mail, it was marked already, or it has
	 * no postal address to post it to ({@link #postedTo}). The same rule the updates page offers the button by.
	 */
	public Optional<String> whyNotPostable(CaseView serviceCase, CustomerMessageView message) {
		if (message.delivery() != Delivery.PRINT) {
			return Optional.of(wording.text("letter.posted.notALetter"));
		}
		if (message.posted()) {
			return Optional.of(wording.text("letter.posted.already",
					staff.displayName(message.postedBy()).orElse(message.postedBy()),
					Wording.dateTime(message.postedAt(), clock.zone())));
		}
		if (postedTo(serviceCase, message).address() == null) {
			return Optional.of(wording.text("letter.posted.noAddress"));
		}
		return Optional.empty();
	}

	/**
	 * Records that staff posted a letter, who and when, on the letter and on the case's timeline. A letter issued
	 * before letters kept their addressee keeps, from now on, the address it was posted to. Not the case's first
	 * response, nor does it move it: a letter to a postal address answers the customer as it is issued
	 * (docs/escalation.md), and a letter with none is refused here.
	 *
	 * @throws CaseArchivedException when the customer's personal data was erased from the case
	 * @throws ConflictException     when the message cannot be marked ({@link #whyNotPostable})
	 * @throws NotFoundException     when the case has no such message
	 */
	@Transactional
	public CustomerMessageView markPosted(String caseNumber, Long id, String actor) {
		CaseView serviceCase = cases.get(caseNumber);
		if (serviceCase.archived()) {
			throw new CaseArchivedException(serviceCase.caseNumber(), serviceCase.personalDataErasedAt(), clock.zone());
		}
		CustomerMessage letter = messages.findById(id)
			.filter(m -> m.toView().caseNumber().equals(serviceCase.caseNumber()))
			.orElseThrow(() -> new NotFoundException(
					wording.text("customerUpdate.notFound", String.valueOf(id), serviceCase.caseNumber())));
		CustomerMessageView view = letter.toView();
		Optional<String> refusal = whyNotPostable(serviceCase, view);
		if (refusal.isPresent()) {
			throw new ConflictException(refusal.get());
		}
		if (!letter.keptAddressee()) {
			CustomerMessageView.Addressee to = postedTo(serviceCase, view);
			letter.addressedTo(to.name(), to.address());
		}
		letter.markPosted(actor, clock.now());
		cases.record(serviceCase.caseNumber(), TimelineKind.CUSTOMER_UPDATE,
				wording.text("letter.timeline.posted", wording.label("mailTemplate", view.templateKey()),
						DAY.format(view.createdAt().atZone(clock.zone())),
						staff.displayName(actor).orElse(actor), view.subject()),
				actor);
		return letter.toView();
	}

	/**
	 * The postal address the customer's record holds now, to post a letter on this case to; empty when it holds none,
	 * or the customer was erased from the case.
	 */
	public Optional<PostalAddress> postalAddressOf(CaseView serviceCase) {
		return serviceCase.customerId() == null || serviceCase.archived() ? Optional.empty()
				: customers.postalAddress(serviceCase.customerId());
	}

	/**
	 * Everything {@link #issueFinalResponse} would refuse beside a field, without issuing anything: so that the page
	 * names every problem at once, even when a field could not be read.
	 *
	 * @throws CaseArchivedException when the customer's personal data was erased from the case
	 * @throws ConflictException     when the case is not a complaint
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> finalResponseProblems(String caseNumber, String outcome, boolean byEmail) {
		return finalResponseProblems(complaintTakingAFinalResponse(caseNumber), outcome, byEmail);
	}

	private CaseView complaintTakingAFinalResponse(String caseNumber) {
		CaseView serviceCase = cases.get(caseNumber);
		if (serviceCase.archived()) {
			// Said first: nothing more can be added to an archived case, whatever its type.
			throw new CaseArchivedException(serviceCase.caseNumber(), serviceCase.personalDataErasedAt(), clock.zone());
		}
		if (serviceCase.type() != CaseType.COMPLAINT) {
			throw new ConflictException(wording.text("finalResponse.notComplaint.nothingSaved",
					wording.text("type." + (serviceCase.type() == null ? "none" : serviceCase.type().name()))));
		}
		return serviceCase;
	}

	private List<FieldProblem> finalResponseProblems(CaseView serviceCase, String outcome, boolean byEmail) {
		List<FieldProblem> problems = new ArrayList<>();
		if (outcomeOpen(serviceCase)) {
			problems.add(new FieldProblem("outcome", outcomeOpenText(serviceCase)));
		}
		else {
			detailsProblem(MailTemplateKey.FINAL_RESPONSE, outcome, "outcome").ifPresent(problems::add);
		}
		if (byEmail) {
			preferenceOf(serviceCase.customerId()).updateBlock(serviceCase.customerEmail())
				.ifPresent(block -> problems.add(new FieldProblem("byEmail",
						wording.text("finalResponse.byEmail.blocked." + block))));
		}
		return problems;
	}

	/**
	 * E-mails the satisfaction survey, if the customer agreed to it, can be e-mailed and an SMTP server is configured.
	 * The link carries a secret token, so the copy kept here and on the timeline has it blanked out: without an SMTP
	 * server that copy is all there would be, a survey the customer could never answer, so none is made.
	 */
	@Transactional
	public Optional<CustomerMessageView> sendSurvey(String caseNumber, String surveyLink, Instant expires,
			String actor) {
		CaseView serviceCase = cases.get(caseNumber);
		if (!mailer.mailServerConfigured()
				|| preferenceOf(serviceCase.customerId()).surveyBlock(serviceCase.customerEmail()).isPresent()) {
			return Optional.empty();
		}
		Map<String, String> values = values(MailTemplateKey.SURVEY, null);
		// The last day the link works: it expires as that day ends.
		values.put("surveyExpires", DAY.format(expires.minusNanos(1).atZone(clock.zone())));
		values.put("surveyLink", surveyLink);
		return Optional.of(email(serviceCase, MailTemplateKey.SURVEY, values,
				Map.of("surveyLink", wording.text("survey.linkWithheld")), false, actor, clock.now()));
	}

	/** The closure e-mail, when the customer can be e-mailed. */
	@Transactional
	Optional<CustomerMessageView> sendClosure(CaseView serviceCase, String outcome, String actor) {
		if (preferenceOf(serviceCase.customerId()).updateBlock(serviceCase.customerEmail()).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(email(serviceCase, MailTemplateKey.CLOSURE, values(MailTemplateKey.CLOSURE, outcome),
				Map.of(), false, actor, clock.now()));
	}

	/**
	 * Acknowledges every new case straight away, quoting its number, when the customer can be e-mailed. The
	 * acknowledgement is part of logging the case and is recorded at the moment the case was logged. Sent by the
	 * application, not written by anyone, it is not the case's first response (docs/escalation.md): the customer
	 * still waits for someone to answer them. The same template sent by hand from the updates page is.
	 */
	@EventListener
	void on(CaseOpened opened) {
		if (!mail.acknowledgeNewCases()) {
			return;
		}
		CaseView serviceCase = cases.get(opened.caseNumber());
		if (emailPreferenceOf(serviceCase.customerId()).updateBlock(serviceCase.customerEmail()).isEmpty()) {
			email(serviceCase, MailTemplateKey.ACKNOWLEDGEMENT, values(MailTemplateKey.ACKNOWLEDGEMENT, null),
					Map.of(), false, opened.openedBy(), serviceCase.createdAt());
		}
	}

	/**
	 * Renders and keeps an update as a letter for staff to print and post, addressed as it is issued. {@code response}:
	 * staff answering the customer, the case's first response as the letter is issued (as a final response's letter
	 * is), unless the customer's record has no postal address to post it to.
	 */
	private CustomerMessageView letter(CaseView serviceCase, MailTemplateKey key, Map<String, String> values,
			boolean response, String actor) {
		Map<String, String> all = new HashMap<>(values);
		all.putAll(renderValues(serviceCase, key, actor, true));
		MailTemplateView template = templates.forSending(key);
		String subject = TemplateText.renderSubject(template.subject(), all);
		CustomerMessage letter = new CustomerMessage(serviceCase.caseNumber(), key, null, subject,
				TemplateText.render(template.body(), all), Delivery.PRINT, actor, clock.now());
		boolean posted = addressed(letter, serviceCase);
		keep(letter);
		cases.record(serviceCase.caseNumber(), TimelineKind.CUSTOMER_UPDATE,
				wording.text(posted ? "customerUpdate.timeline.letter" : "customerUpdate.timeline.letter.noAddress",
						wording.label("mailTemplate", key), subject), actor);
		if (response && posted) {
			cases.respondedToCustomer(serviceCase.caseNumber(), clock.now(), actor);
		}
		return letter.toView();
	}

	/**
	 * Renders, keeps and (after commit) e-mails a message, recorded {@code at} that moment. {@code keptInstead}
	 * replaces values in the copy that is kept, for secrets only the customer should have. {@code response}: staff
	 * answering the customer, the case's first response once the SMTP server takes it.
	 */
	private CustomerMessageView email(CaseView serviceCase, MailTemplateKey key, Map<String, String> values,
			Map<String, String> keptInstead, boolean response, String actor, Instant at) {
		Map<String, String> all = new HashMap<>(values);
		all.putAll(renderValues(serviceCase, key, actor, false));
		MailTemplateView template = templates.forSending(key);
		String subject = TemplateText.renderSubject(template.subject(), all);
		String body = TemplateText.render(template.body(), all);
		String to = serviceCase.customerEmail();
		String keptSubject = subject;
		String keptBody = body;
		if (!keptInstead.isEmpty()) {
			Map<String, String> kept = new HashMap<>(all);
			kept.putAll(keptInstead);
			keptSubject = TemplateText.renderSubject(template.subject(), kept);
			keptBody = TemplateText.render(template.body(), kept);
		}
		CustomerMessage message = keep(new CustomerMessage(serviceCase.caseNumber(), key, to, keptSubject,
				keptBody, mailer.deliveryWhenSaved(), actor, at));
		// Without an SMTP server the message is only kept: the timeline (and the case record PDF) must not say "e-mailed".
		String how = mailer.mailServerConfigured() ? "customerUpdate.timeline.emailed" : "customerUpdate.timeline.kept";
		cases.record(serviceCase.caseNumber(), TimelineKind.CUSTOMER_UPDATE,
				wording.text(how, wording.label("mailTemplate", key), to, keptSubject), actor, at);
		mailer.deliverAfterCommit(message.getId(),
				new Outgoing(to, subject, body, response ? serviceCase.caseNumber() : null));
		return message.toView();
	}

	/**
	 * Whether the customer lets us e-mail them, read over plain JDBC for the acknowledgement of every logged case (a
	 * preference cannot have changed earlier in the transaction that logs the case; elsewhere {@link #preferenceOf}
	 * reads through JPA, which sees a change not yet written).
	 */
	private ContactPreferenceView emailPreferenceOf(Long customerId) {
		return jdbc.sql("select email_allowed from contact_preference where customer_id = ?")
			.param(customerId)
			.query(Boolean.class)
			.optional()
			.map(allowed -> new ContactPreferenceView(customerId, allowed, false, null, null, null, true))
			.orElseGet(() -> ContactPreferenceView.defaults(customerId));
	}

	/**
	 * Inserts a new message with plain JDBC: every acknowledgement of a logged case writes one, and through JPA that
	 * cost several times as much (docs/performance.md). The message is read and updated through JPA afterwards.
	 */
	private CustomerMessage keep(CustomerMessage message) {
		message.assignId(rows.insert("customer_message", CustomerMessage.COLUMNS, message.rowValues()));
		return message;
	}

	/**
	 * The placeholders that come from the case and who writes, with the closure's thanks for its type. How the customer
	 * can get back to us is worded for how the message reaches them: a letter cannot be replied to like an e-mail.
	 */
	private Map<String, String> renderValues(CaseView serviceCase, MailTemplateKey key, String actor, boolean letter) {
		Map<String, String> values = caseValues(serviceCase, actor);
		String by = letter ? ".letter" : "";
		values.put("howToReply", wording.text("howToReply" + by));
		if (key == MailTemplateKey.CLOSURE) {
			// A query was answered, not put right: the thanks that closes the message follows the case's type.
			values.put("thanks", wording.text("closure.thanks." + (serviceCase.type() == null ? "none"
					: serviceCase.type().name()) + by));
		}
		return values;
	}

	/** The placeholders every template may use that come from the case and who writes ({@link MailTemplateKey#COMMON}). */
	private Map<String, String> caseValues(CaseView serviceCase, String actor) {
		Map<String, String> values = new HashMap<>();
		values.put("caseNumber", serviceCase.caseNumber());
		values.put("customerName", serviceCase.customerName());
		values.put("staffName", staffName(actor));
		return values;
	}

	private Map<String, String> values(MailTemplateKey key, String details) {
		Map<String, String> values = new HashMap<>();
		values.put("shopName", mail.shopName());
		values.put("adrName", adr.name());
		values.put("adrWebsite", adr.website());
		if (key.detailsPlaceholder() != null && details != null) {
			values.put(key.detailsPlaceholder(), details);
		}
		return values;
	}

	private Optional<FieldProblem> detailsProblem(MailTemplateKey key, String details, String field) {
		String text = detailsText(details);
		if (key.detailsPlaceholder() != null && text == null) {
			return Optional.of(new FieldProblem(field, wording.text("customerUpdate.details.required." + key.name())));
		}
		if (key.detailsPlaceholder() == null && text != null) {
			// Its template has no place for them: sent, the e-mail would leave them out unseen.
			return Optional.of(new FieldProblem(field, wording.text("customerUpdate.details.notTaken." + key.name())));
		}
		return tooLong(details, field);
	}

	private Optional<FieldProblem> tooLong(String details, String field) {
		String text = detailsText(details);
		if (text != null && text.length() > MAX_DETAILS) {
			// Named for the field the member of staff typed in: the update's details, or a final response's outcome.
			return Optional.of(new FieldProblem(field, wording.text(
					"outcome".equals(field) ? "finalResponse.outcome.tooLong" : "customerUpdate.details.tooLong")));
		}
		return Optional.empty();
	}

	private static String detailsText(String details) {
		String text = details == null ? null : details.strip();
		return text == null || text.isEmpty() ? null : text;
	}

	/** Whether a return authorisation on the case has been refunded: the returns module records refunds. */
	private boolean refundIssued(CaseView serviceCase) {
		return returnAuthorisations.forCase(serviceCase.caseNumber())
			.stream()
			.anyMatch(rma -> rma.refundedOn() != null);
	}

	private String staffName(String actor) {
		return staff.displayName(actor).orElse(mail.shopName());
	}

	private String yesNo(boolean value) {
		return wording.text(value ? "preference.yes" : "preference.no");
	}

}
