package uk.aftercare.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;

/**
 * The versions of the returns policy settings: which one is in force on a day, their history, and publishing a new
 * one. Versions are immutable, so a decision can always be explained with the settings it was made under.
 */
@Service
public class ReturnsPolicyService {

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
		return versions.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(date)
			.or(versions::findFirstByOrderByVersionNumberAsc);
	}

	/** Every version, newest first, including any that take effect in the future. */
	@Transactional(readOnly = true)
	public List<PolicyVersionView> history() {
		return versions.findAllByOrderByVersionNumberDesc().stream().map(ReturnsPolicyVersion::toView).toList();
	}

	/**
	 * The earliest day a new version may take effect: today, or the day the latest version takes effect if that is
	 * later, so versions take effect in the order they were made and a newer version never hides behind an older.
	 */
	@Transactional(readOnly = true)
	public LocalDate earliestEffectiveDate() {
		LocalDate today = clock.today();
		return versions.findFirstByOrderByVersionNumberDesc()
			.map(ReturnsPolicyVersion::getEffectiveFrom)
			.filter(latest -> latest.isAfter(today))
			.orElse(today);
	}

	/**
	 * Publishes the next version, labelled {@code uk-returns-vN}.
	 * @throws InvalidInputException when a setting is invalid or the effective date is too early
	 */
	@Transactional
	public PolicyVersionView publish(NewPolicyVersion change, String actor) {
		LocalDate earliest = earliestEffectiveDate();
		if (change.effectiveFrom() == null || change.effectiveFrom().isBefore(earliest)) {
			throw new InvalidInputException("effectiveFrom", "must be on or after " + earliest);
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

}
