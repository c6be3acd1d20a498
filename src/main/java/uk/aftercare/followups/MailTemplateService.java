package uk.aftercare.followups;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.shared.ReferenceCache;
import uk.aftercare.shared.ShopClock;

/** Managers' editing of the e-mail and letter templates. */
@Service
public class MailTemplateService {

	private final MailTemplateRepository templates;

	private final ShopClock clock;

	private final Wording wording;

	private final ReferenceCache<MailTemplateKey, MailTemplateView> cache = new ReferenceCache<>(Duration.ofMinutes(1));

	MailTemplateService(MailTemplateRepository templates, ShopClock clock, Wording wording) {
		this.templates = templates;
		this.clock = clock;
		this.wording = wording;
	}

	@Transactional(readOnly = true)
	public List<MailTemplateView> all() {
		List<MailTemplateKey> order = Arrays.asList(MailTemplateKey.values());
		return templates.findAll()
			.stream()
			.map(MailTemplate::toView)
			.sorted(Comparator.comparing(t -> order.indexOf(t.key())))
			.toList();
	}

	@Transactional(readOnly = true)
	public MailTemplateView get(MailTemplateKey key) {
		return load(key).toView();
	}

	/**
	 * Saves a manager's edit.
	 *
	 * @throws MailTemplateRejectedException when a placeholder is unknown, a required one is missing or the subject
	 *                                       has a line break
	 * @throws ConflictException             when someone else saved the template since it was opened
	 */
	@Transactional
	public MailTemplateView update(MailTemplateKey key, String subject, String body, long expectedVersion,
			String actor) {
		List<TemplateText.Problem> problems = TemplateText.check(key, subject, body);
		if (!problems.isEmpty()) {
			throw new MailTemplateRejectedException(problems);
		}
		MailTemplate template = load(key);
		if (template.getVersion() != expectedVersion) {
			throw new ConflictException(wording.text("mailTemplate.stale"));
		}
		template.edit(subject, body, actor, clock.now());
		try {
			// Written now, not at commit, so that a save that raced this one since the check above is a conflict here
			// rather than an error after the controller has finished.
			templates.saveAndFlush(template);
		}
		catch (OptimisticLockingFailureException e) {
			throw new ConflictException(wording.text("mailTemplate.stale"));
		}
		cache.forgetAfterCommit();
		return template.toView();
	}

	/** The template as it is sent; kept in memory, since every case logged sends an acknowledgement. */
	MailTemplateView forSending(MailTemplateKey key) {
		return cache.get(key, k -> load(k).toView());
	}

	MailTemplate load(MailTemplateKey key) {
		return templates.findByKey(key)
			.orElseThrow(() -> new NotFoundException(wording.text("mailTemplate.notFound", key.name())));
	}

}
