package uk.aftercare.returns;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.NotFoundException;
import uk.aftercare.shared.ShopClock;

/**
 * The versions of the returns policy settings: which one is in force on a day, their history, publishing a new one
 * and withdrawing one before it takes effect. Versions' settings are immutable, so a decision can always be
 * explained with the settings it was made under.
 */
@Service
public class ReturnsPolicyService {

	/**
	 * How far ahead a version may be scheduled. Each version must take effect after the one before it, so a date
	 * typed years ahead by mistake would hold back every change until then.
	 */
	public static final Period LONGEST_NOTICE = Period.ofYears(1);

	private final ReturnsPolicyVersionRepository versions;

	private final ShopClock clock;

	ReturnsPolicyService(ReturnsPolicyVersionRepository versions, ShopClock clock) {
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * The settings in force on {@code date}: the version with the latest effective date on or before it. A date
	 * before the first version gets the first version; a database without versions gets the house defaults.
	 */
	@Transactional(readOnly = true)
	public ReturnsPolicySettings inForce(LocalDate date) {
		return versionInForce(date).map(ReturnsPolicyVersion::settings).orElseGet(ReturnsPolicySettings::defaults);
	}

	/** The version in force today, or the house defaults as version 1 if none was ever stored. */
	@Transactional(readOnly = true)
	public PolicyVersionView current() {
		LocalDate today = clock.today();
		return versionInForce(today).map(ReturnsPolicyVersion::toView)
			.orElseGet(() -> new PolicyVersionView(1, today, null, "system", clock.now(),
					ReturnsPolicySettings.defaults()));
	}

	private Optional<ReturnsPolicyVersion> versionInForce(LocalDate date) {
		return versions.findFirstByWithdrawnAtIsNullAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(date)
			.or(versions::findFirstByWithdrawnAtIsNullOrderByVersionNumberAsc);
	}

	/** Every version, newest first, including any that take effect in the future. */
	@Transactional(readOnly = true)
	public List<PolicyVersionView> history() {
		return versions.findAllByOrderByVersionNumberDesc().stream().map(ReturnsPolicyVersion::toView).toList();
	}

	/**
	 * The earliest day a new version may take effect: today, or the day the latest version takes effect if that is
	 * later, so versions take effect in the order they were made and a newer version never hides behind an older.
	 * Withdrawn versions do not count.
	 */
	@Transactional(readOnly = true)
	public LocalDate earliestEffectiveDate() {
		LocalDate today = clock.today();
		return versions.findFirstByWithdrawnAtIsNullOrderByVersionNumberDesc()
			.map(ReturnsPolicyVersion::getEffectiveFrom)
			.filter(latest -> latest.isAfter(today))
			.orElse(today);
	}

	/** The latest day a new version may take effect: {@link #LONGEST_NOTICE} from today. */
	public LocalDate latestEffectiveDate() {
		return clock.today().plus(LONGEST_NOTICE);
	}

	/**
	 * Publishes the next version, labelled {@code uk-returns-vN}.
	 * @throws InvalidInputException when a setting is invalid or the effective date is too early or too late
	 */
	@Transactional
	public PolicyVersionView publish(NewPolicyVersion change, String actor) {
		LocalDate earliest = earliestEffectiveDate();
		if (change.effectiveFrom() == null || change.effectiveFrom().isBefore(earliest)) {
			throw new InvalidInputException("effectiveFrom", "must be on or after " + earliest);
		}
		LocalDate latest = latestEffectiveDate();
		if (change.effectiveFrom().isAfter(latest)) {
			throw new InvalidInputException("effectiveFrom", "must be on or before " + latest);
		}
		int number = versions.findFirstByOrderByVersionNumberDesc()
			.map(ReturnsPolicyVersion::getVersionNumber)
			.orElse(0) + 1;
		ReturnsPolicySettings settings;
		try {
			settings = change.settings(ReturnsPolicyVersion.labelFor(number));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("settings", e.getMessage());
		}
		String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
		return versions
			.saveAndFlush(new ReturnsPolicyVersion(number, settings, change.effectiveFrom(), reason, actor, clock.now()))
			.toView();
	}

	/**
	 * Withdraws a version that has not yet taken effect, so a mistake can be undone: it stays in the history, marked
	 * withdrawn by {@code actor}, but is never in force and no longer holds back the next version.
	 * @throws NotFoundException when there is no such version
	 * @throws ConflictException when it has already taken effect or been withdrawn
	 */
	@Transactional
	public PolicyVersionView withdraw(int number, String actor) {
		ReturnsPolicyVersion version = versions.findByVersionNumber(number)
			.orElseThrow(() -> new NotFoundException("There is no version " + number + " of the returns policy."));
		String label = ReturnsPolicyVersion.labelFor(number);
		if (version.isWithdrawn()) {
			throw new ConflictException(label + " has already been withdrawn.");
		}
		LocalDate today = clock.today();
		if (!version.getEffectiveFrom().isAfter(today)) {
			throw new ConflictException(label + " has already taken effect; publish a new version instead.");
		}
		if (versions.withdraw(number, actor, clock.now(), today) == 0) {
			throw new ConflictException(label + " has just been withdrawn by someone else.");
		}
		return versions.findByVersionNumber(number).orElseThrow().toView();
	}

}
