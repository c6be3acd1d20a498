package uk.aftercare.escalation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

/** How fast a case of one type and priority must get a first response and be resolved. Managers set these. */
@Entity
@Table(name = "sla_target")
class SlaTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "case_type", nullable = false, length = 20)
	private CaseType caseType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Priority priority;

	@Column(name = "first_response_hours", nullable = false)
	private int firstResponseHours;

	@Column(name = "resolution_hours", nullable = false)
	private int resolutionHours;

	@Column(name = "updated_by", nullable = false, length = 60)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected SlaTarget() {
	}

	void change(int firstResponseHours, int resolutionHours, String by, Instant now) {
		this.firstResponseHours = firstResponseHours;
		this.resolutionHours = resolutionHours;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	SlaTargetView toView() {
		return new SlaTargetView(id, caseType, priority, firstResponseHours, resolutionHours, updatedBy, updatedAt,
				version);
	}

}
