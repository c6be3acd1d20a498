package uk.aftercare.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.followups.CaseClosed;
import uk.aftercare.followups.ClosingService;
import uk.aftercare.followups.ClosureView;
import uk.aftercare.followups.CustomerUpdateService;
import uk.aftercare.followups.FollowUpOrigin;
import uk.aftercare.followups.FollowUpPurpose;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.shared.ShopClock;

/**
 * Feedback after a case: invites the customer to the survey when a case closes (if they agreed), takes the answer
 * from the public survey page once per link, records feedback staff took by phone or in store, and asks a
 * supervisor to call back whenever the score is low.
 */
@Service
public class FeedbackService {

	/** Who the timeline shows for an answer given on the public survey page. */
	static final String SURVEY_ACTOR = "customer";

	/** Who creates the call-back after a survey answer: nobody signed in, so the application itself. */
	static final String SYSTEM_ACTOR = "system";

	private final FeedbackPolicy policy = new FeedbackPolicy();

	private final SurveyInvitationRepository invitations;

	private final CustomerFeedbackRepository feedback;

	private final CaseService cases;

	private final FollowUpService followUps;

	private final CustomerUpdateService updates;

	private final ClosingService closing;

	private final ShopClock clock;

	private final FeedbackSettings settings;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	FeedbackService(SurveyInvitationRepository invitations, CustomerFeedbackRepository feedback, CaseService cases,
			FollowUpService followUps, CustomerUpdateService updates, ClosingService closing, ShopClock clock,
			FeedbackSettings settings, ApplicationEventPublisher events, MessageSource messages) {
		this.invitations = invitations;
		this.feedback = feedback;
		this.cases = cases;
		this.followUps = followUps;
		this.updates = updates;
		this.closing = closing;
		this.clock = clock;
		this.settings = settings;
		this.events = events;
		this.messages = messages;
	}

	@EventListener
	void on(CaseClosed closed) {
		if (closed.surveyByEmail()) {
			invite(closed.caseNumber(), closed.closedBy());
		}
	}

	/**
	 * E-mails a new one-time survey link for the case, if the customer agreed to a survey and can be e-mailed.
	 *
	 * @return whether the invitation was sent
	 */
	@Transactional
	public boolean invite(String caseNumber, String actor) {
		String number = cases.get(caseNumber).caseNumber();
		String token = SurveyTokens.newToken();
		// The e-mail names the last day the link works: it works to the end of that day in the shop's time zone.
		Instant expires = clock.now()
			.plus(settings.surveyValidity())
			.atZone(clock.zone())
			.toLocalDate()
			.plusDays(1)
			.atStartOfDay(clock.zone())
			.toInstant();
		SurveyInvitation invitation = invitations
			.save(new SurveyInvitation(number, SurveyTokens.hash(token), clock.now(), expires));
		boolean sent = updates.sendSurvey(number, settings.baseUrl() + "/feedback/" + token, expires, actor)
			.isPresent();
		if (!sent) {
			invitations.delete(invitation);
		}
		return sent;
	}

	/** Whether a survey link can be answered. Looking never uses the link up. */
	@Transactional(readOnly = true)
	public SurveyState state(String token) {
		return find(token).map(this::stateOf).orElse(SurveyState.UNKNOWN);
	}

	/**
	 * The link's state, WITHDRAWN when it was never answered and the customer's data has since been erased (which ends
	 * it whatever its expiry: {@link FeedbackPersonalData#erase}). TAKEN_BY_STAFF when staff recorded the customer's
	 * feedback since the link was sent ({@link #recordByStaff} withdraws it). Erasure comes first: the page then tells a
	 * holder of the link nothing about the customer.
	 */
	private SurveyState stateOf(SurveyInvitation invitation) {
		SurveyState state = invitation.stateAt(clock.now());
		if (state == SurveyState.USED) {
			return state;
		}
		if (cases.get(invitation.getCaseNumber()).archived()) {
			return SurveyState.WITHDRAWN;
		}
		if (feedback.existsByCaseNumberAndInvitationIdIsNullAndRecordedAtGreaterThanEqual(invitation.getCaseNumber(),
				invitation.getCreatedAt())) {
			return SurveyState.TAKEN_BY_STAFF;
		}
		return state;
	}

	/** The case a survey link is about, for the survey page. */
	@Transactional(readOnly = true)
	public Optional<String> caseNumberOf(String token) {
		return find(token).map(SurveyInvitation::getCaseNumber);
	}

	/**
	 * Records the customer's answer from the survey page and uses the link up.
	 *
	 * @throws SurveyUnavailableException when the link is unknown, expired, withdrawn or already used
	 * @throws FeedbackRejectedException  when the answer is invalid (the link stays usable)
	 */
	@Transactional
	public FeedbackView answer(String token, FeedbackAnswer answer) {
		SurveyInvitation invitation = find(token)
			.orElseThrow(() -> new SurveyUnavailableException(SurveyState.UNKNOWN));
		SurveyState state = stateOf(invitation);
		if (state != SurveyState.OPEN) {
			throw new SurveyUnavailableException(state);
		}
		check(answer);
		invitation.use(clock.now());
		CustomerFeedback saved = feedback.save(new CustomerFeedback(invitation.getCaseNumber(), answer,
				FeedbackSource.SURVEY, invitation.getId(), SURVEY_ACTOR, clock.now()));
		return afterRecording(saved.toView(), SURVEY_ACTOR, SYSTEM_ACTOR).feedback();
	}

	/**
	 * Feedback a member of staff took from the customer by phone or in store. A case gets one piece of feedback per
	 * period ({@link FeedbackPolicy#periodStart}: since it was logged until it is first closed, then since its latest
	 * closing), counted once: if the survey link e-mailed at the case's latest closing is still unanswered, this
	 * withdraws it; if the period already has feedback (the customer answered that survey, or staff recorded some),
	 * nothing is recorded. A low score is recorded even when nobody can be given its call-back (the result says so).
	 *
	 * @throws FeedbackAlreadyRecordedException when the period already has feedback, naming it
	 * @throws FeedbackRejectedException        naming every invalid field at once
	 */
	@Transactional
	public RecordedFeedback recordByStaff(String caseNumber, FeedbackAnswer answer, FeedbackSource source, String actor) {
		// Of two members of staff recording feedback in the same period at the same moment, the second waits here until
		// the first is saved, then finds it and is refused: adding to the timeline does not move the case's version, so
		// that would not stop the second.
		CaseView serviceCase = cases.get(caseNumber);
		String number = serviceCase.caseNumber();
		cases.holdStill(number);
		Optional<Instant> lastClosed = latestClosedAt(number);
		Optional<CountedFeedback> counted = counted(serviceCase, lastClosed);
		if (counted.isPresent()) {
			throw new FeedbackAlreadyRecordedException(counted.get());
		}
		List<FeedbackPolicy.Violation> violations = policy.checkRecordedByStaff(answer, source);
		if (!violations.isEmpty()) {
			throw new FeedbackRejectedException(violations);
		}
		surveySentSince(number, lastClosed).filter(i -> i.stateAt(clock.now()) == SurveyState.OPEN)
			.ifPresent(this::withdraw);
		CustomerFeedback saved = feedback.save(new CustomerFeedback(number, answer, source, null, actor, clock.now()));
		return afterRecording(saved.toView(), actor, actor);
	}

	/**
	 * The feedback counted for the case's current period: the first recorded since the case was last closed, from
	 * the survey or from staff, or, while it has never been closed, the first since it was logged. A case reopened
	 * keeps its last closing's until it is closed again, and that closing may have its own.
	 */
	@Transactional(readOnly = true)
	public Optional<CountedFeedback> counted(String caseNumber) {
		CaseView serviceCase = cases.get(caseNumber);
		return counted(serviceCase, latestClosedAt(serviceCase.caseNumber()));
	}

	private Optional<CountedFeedback> counted(CaseView serviceCase, Optional<Instant> lastClosed) {
		return firstRecordedSince(serviceCase.caseNumber(), policy.periodStart(serviceCase.createdAt(), lastClosed))
			.map(first -> new CountedFeedback(first, lastClosed.isPresent()));
	}

	@Transactional(readOnly = true)
	public List<FeedbackView> forCase(String caseNumber) {
		return feedback.findByCaseNumberOrderByRecordedAtAscIdAsc(cases.get(caseNumber).caseNumber())
			.stream()
			.map(CustomerFeedback::toView)
			.toList();
	}

	private RecordedFeedback afterRecording(FeedbackView recorded, String actor, String followUpActor) {
		String summary = text("feedback.timeline", text("feedback.source." + recorded.source()), recorded.score(),
				text(recorded.resolved() ? "feedback.timeline.resolved" : "feedback.timeline.notResolved"))
				+ (recorded.comment() == null ? "" : " " + text("feedback.timeline.comment", recorded.comment()));
		cases.record(recorded.caseNumber(), TimelineKind.FEEDBACK, summary, actor);
		RecordedFeedback.CallBack callBack = RecordedFeedback.CallBack.NOT_NEEDED;
		if (policy.needsCallBack(recorded.score())) {
			// In a shop where nobody can take it, the feedback still counts: the timeline says nobody was given it.
			callBack = followUps
				.scheduleForSupervisor(recorded.caseNumber(), FollowUpPurpose.CALL_BACK,
						FollowUpOrigin.LOW_FEEDBACK_SCORE, text("feedback.callBack.note", recorded.score(),
								text("feedback.source." + recorded.source())),
						followUpActor)
				.isPresent() ? RecordedFeedback.CallBack.GIVEN : RecordedFeedback.CallBack.NOBODY_TO_GIVE;
		}
		events.publishEvent(new FeedbackRecorded(recorded.caseNumber(), recorded.score(), recorded.resolved(),
				recorded.source(), callBack == RecordedFeedback.CallBack.GIVEN));
		return new RecordedFeedback(recorded, callBack);
	}

	/** When the case was last closed (a closure record per closing), if it ever was. */
	private Optional<Instant> latestClosedAt(String caseNumber) {
		return closing.closures(caseNumber).stream().map(ClosureView::closedAt).reduce((first, second) -> second);
	}

	private Optional<FeedbackView> firstRecordedSince(String caseNumber, Instant since) {
		return feedback.findFirstByCaseNumberAndRecordedAtGreaterThanEqualOrderByRecordedAtAscIdAsc(caseNumber, since)
			.map(CustomerFeedback::toView);
	}

	/**
	 * Withdraws the unanswered link, with the invitation's version: a customer answering it at this very moment makes
	 * one of the two fail, never both count. The link keeps the expiry the customer was told; the feedback recorded
	 * with this is what ends it ({@link #stateOf}).
	 */
	private void withdraw(SurveyInvitation invitation) {
		if (invitations.withdraw(invitation.getId(), invitation.getVersion()) == 0) {
			throw new ObjectOptimisticLockingFailureException(SurveyInvitation.class, invitation.getId());
		}
	}

	/** The survey link e-mailed when the case was last closed, if one was (each closing sends at most one). */
	private Optional<SurveyInvitation> surveySentSince(String caseNumber, Optional<Instant> lastClosed) {
		return invitations.findFirstByCaseNumberOrderByCreatedAtDescIdDesc(caseNumber)
			.filter(i -> lastClosed.map(closed -> !i.getCreatedAt().isBefore(closed)).orElse(true));
	}

	private void check(FeedbackAnswer answer) {
		List<FeedbackPolicy.Violation> violations = policy.check(answer);
		if (!violations.isEmpty()) {
			throw new FeedbackRejectedException(violations);
		}
	}

	private Optional<SurveyInvitation> find(String token) {
		if (!SurveyTokens.looksLikeToken(token)) {
			return Optional.empty();
		}
		return invitations.findByTokenHash(SurveyTokens.hash(token));
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
