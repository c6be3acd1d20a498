package uk.aftercare.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of the returns policy settings, as a manager published it. Its settings are never changed: a change is
 * a new version, so every assessment can name the exact rules it was made under. The only change a row can take is
 * being withdrawn before it takes effect, which keeps it in the history but never in force.
 */
@Entity
@Table(name = "returns_policy_version")
class ReturnsPolicyVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "version_number", nullable = false, updatable = false, unique = true)
	private int versionNumber;

	@Column(nullable = false, updatable = false, unique = true, length = 40)
	private String label;

	@Column(name = "goodwill_days", nullable = false, updatable = false)
	private int goodwillDays;

	@Column(name = "accepted_proofs", nullable = false, updatable = false, length = 100)
	private String acceptedProofs;

	@Column(name = "exclude_personalised", nullable = false, updatable = false)
	private boolean excludePersonalised;

	@Column(name = "exclude_perishable", nullable = false, updatable = false)
	private boolean excludePerishable;

	@Column(name = "exclude_unsealed_hygiene", nullable = false, updatable = false)
	private boolean excludeUnsealedHygiene;

	@Column(name = "exclude_unsealed_media", nullable = false, updatable = false)
	private boolean excludeUnsealedMedia;

	@Column(name = "front_line_refund_limit", nullable = false, updatable = false, precision = 12, scale = 2)
	private BigDecimal frontLineRefundLimit;

	@Column(name = "supervisor_refund_limit", nullable = false, updatable = false, precision = 12, scale = 2)
	private BigDecimal supervisorRefundLimit;

	@Column(name = "effective_from", nullable = false, updatable = false)
	private LocalDate effectiveFrom;

	@Column(updatable = false, length = 500)
	private String reason;

	@Column(name = "created_by", nullable = false, updatable = false, length = 60)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawn_by", length = 60)
	private String withdrawnBy;

	protected ReturnsPolicyVersion() {
	}

	/** @param settings already validated by {@link ReturnsPolicySettings}'s constructor; its label names the row */
	ReturnsPolicyVersion(int versionNumber, ReturnsPolicySettings settings, LocalDate effectiveFrom, String reason,
			String createdBy, Instant createdAt) {
		this.versionNumber = versionNumber;
		this.label = settings.versionLabel();
		this.goodwillDays = settings.goodwillDays();
		this.acceptedProofs = settings.acceptedGoodwillProofs()
			.stream()
			.sorted()
			.map(Enum::name)
			.collect(Collectors.joining(","));
		this.excludePersonalised = settings.excludePersonalised();
		this.excludePerishable = settings.excludePerishable();
		this.excludeUnsealedHygiene = settings.excludeUnsealedHygiene();
		this.excludeUnsealedMedia = settings.excludeUnsealedMedia();
		this.frontLineRefundLimit = settings.frontLineRefundLimit();
		this.supervisorRefundLimit = settings.supervisorRefundLimit();
		this.effectiveFrom = effectiveFrom;
		this.reason = reason;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** The label every assessment under this version carries, e.g. {@code uk-returns-v2}. */
	static String labelFor(int versionNumber) {
		return "uk-returns-v" + versionNumber;
	}

	ReturnsPolicySettings settings() {
		Set<ProofOfPurchase> proofs = acceptedProofs.isBlank() ? EnumSet.noneOf(ProofOfPurchase.class)
				: Arrays.stream(acceptedProofs.split(","))
					.map(ProofOfPurchase::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(ProofOfPurchase.class)));
		return new ReturnsPolicySettings(label, goodwillDays, proofs, excludePersonalised, excludePerishable,
				excludeUnsealedHygiene, excludeUnsealedMedia, frontLineRefundLimit, supervisorRefundLimit);
	}

	int getVersionNumber() {
		return versionNumber;
	}

	LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	boolean isWithdrawn() {
		return withdrawnAt != null;
	}

	PolicyVersionView toView() {
		return new PolicyVersionView(versionNumber, effectiveFrom, reason, createdBy, createdAt, settings(),
				withdrawnAt, withdrawnBy);
	}

}
