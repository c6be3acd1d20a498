package uk.aftercare.followups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A complaint-handling step done on a case. Each step is recorded once. */
@Entity
@Immutable
@Table(name = "complaint_step")
class ComplaintStepRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_number", nullable = false, length = 20)
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private ComplaintStep step;

	@Column(length = ComplaintHandlingService.MAX_NOTE)
	private String note;

	@Column(name = "done_by", nullable = false, length = 60)
	private String doneBy;

	@Column(name = "done_at", nullable = false)
	private Instant doneAt;

	protected ComplaintStepRecord() {
	}

	ComplaintStepRecord(String caseNumber, ComplaintStep step, String note, String doneBy, Instant doneAt) {
		this.caseNumber = caseNumber;
		this.step = step;
		this.note = note;
		this.doneBy = doneBy;
		this.doneAt = doneAt;
	}

	ComplaintStep getStep() {
		return step;
	}

	ComplaintStepView toView() {
		return new ComplaintStepView(step, true, doneBy, doneAt, note);
	}

}
