package uk.aftercare.cases.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

/** A sample case for web slice tests. */
public final class CaseViews {

	private CaseViews() {
	}

	public static CaseView sample(String number) {
		return sample(number, CaseStatus.OPEN, Priority.NORMAL, 0);
	}

	/** A closed case whose customer's personal data was erased at {@code erasedAt}: archived. */
	public static CaseView archived(String number, Instant erasedAt) {
		return new CaseView(number, 1L, "Erased customer", null, null, ContactChannel.PHONE, null, null, "[erased]",
				false, CaseType.RETURN, 0.87, List.of(), Set.of(), CaseType.RETURN, false, "staff", CaseStatus.CLOSED,
				Priority.NORMAL, "staff", "staff", Instant.parse("2026-11-02T10:00:00Z"), erasedAt,
				Instant.parse("2026-11-03T10:00:00Z"), Instant.parse("2026-11-03T10:00:00Z"), 1, false, List.of(),
				null, null, null, null, false, List.of(), 3, erasedAt, null);
	}

	/** An urgent case escalated for a safety concern. */
	public static CaseView escalated(String number) {
		CaseView c = sample(number, CaseStatus.IN_PROGRESS, Priority.URGENT, 1);
		return new CaseView(c.caseNumber(), c.customerId(), c.customerName(), c.customerEmail(), c.customerPhone(),
				c.channel(), c.orderReference(), c.product(), c.description(), c.vulnerableCustomer(), c.suggestedType(),
				c.suggestionConfidence(), c.suggestionEvidence(), c.flags(), c.type(), c.typeOverridden(),
				c.typeConfirmedBy(), c.status(), c.priority(), c.assignee(), c.createdBy(), c.createdAt(), c.updatedAt(),
				c.resolvedAt(), c.closedAt(), c.customerContacts(), true, List.of("SAFETY_CONCERN"), c.approvalState(),
				c.responseDueAt(), c.resolutionDueAt(), c.firstResponseAt(), c.slaBreached(), c.timeline(), c.version(),
				c.personalDataErasedAt(), c.updatedBy());
	}

	/** The classifier suggested a return; {@code by} changed it to a complaint. */
	public static CaseView overridden(String number, String by) {
		CaseView c = sample(number);
		return new CaseView(c.caseNumber(), c.customerId(), c.customerName(), c.customerEmail(), c.customerPhone(),
				c.channel(), c.orderReference(), c.product(), c.description(), c.vulnerableCustomer(), c.suggestedType(),
				c.suggestionConfidence(), c.suggestionEvidence(), c.flags(), CaseType.COMPLAINT, true, by, c.status(),
				c.priority(), c.assignee(), c.createdBy(), c.createdAt(), c.updatedAt(), c.resolvedAt(), c.closedAt(),
				c.customerContacts(), c.escalated(), c.escalationReasons(), c.approvalState(), c.responseDueAt(),
				c.resolutionDueAt(), c.firstResponseAt(), c.slaBreached(), c.timeline(), c.version(),
				c.personalDataErasedAt(), c.updatedBy());
	}

	/** The sample case, owned by {@code assignee}. */
	public static CaseView assignedTo(String number, String assignee) {
		CaseView c = sample(number);
		return new CaseView(c.caseNumber(), c.customerId(), c.customerName(), c.customerEmail(), c.customerPhone(),
				c.channel(), c.orderReference(), c.product(), c.description(), c.vulnerableCustomer(), c.suggestedType(),
				c.suggestionConfidence(), c.suggestionEvidence(), c.flags(), c.type(), c.typeOverridden(),
				c.typeConfirmedBy(), c.status(), c.priority(), assignee, c.createdBy(), c.createdAt(), c.updatedAt(),
				c.resolvedAt(), c.closedAt(), c.customerContacts(), c.escalated(), c.escalationReasons(),
				c.approvalState(), c.responseDueAt(), c.resolutionDueAt(), c.firstResponseAt(), c.slaBreached(),
				c.timeline(), c.version(), c.personalDataErasedAt(), c.updatedBy());
	}

	/** The sample case at {@code version}, whose last change {@code updatedBy} made (null: nobody recorded). */
	public static CaseView changedBy(String number, Priority priority, long version, String updatedBy) {
		CaseView c = sample(number, CaseStatus.IN_PROGRESS, priority, version);
		return new CaseView(c.caseNumber(), c.customerId(), c.customerName(), c.customerEmail(), c.customerPhone(),
				c.channel(), c.orderReference(), c.product(), c.description(), c.vulnerableCustomer(), c.suggestedType(),
				c.suggestionConfidence(), c.suggestionEvidence(), c.flags(), c.type(), c.typeOverridden(),
				c.typeConfirmedBy(), c.status(), c.priority(), c.assignee(), c.createdBy(), c.createdAt(), c.updatedAt(),
				c.resolvedAt(), c.closedAt(), c.customerContacts(), c.escalated(), c.escalationReasons(),
				c.approvalState(), c.responseDueAt(), c.resolutionDueAt(), c.firstResponseAt(), c.slaBreached(),
				c.timeline(), c.version(), c.personalDataErasedAt(), updatedBy);
	}

	public static CaseView sample(String number, CaseStatus status, Priority priority, long version) {
		return new CaseView(number, 1L, "Jane Smith", "jane@example.com", null, ContactChannel.PHONE, null, null,
				"The kettle leaks", false, CaseType.RETURN, 0.87, List.of("leaks"), Set.of(), CaseType.RETURN, false,
				"staff", status, priority, "staff", "staff", Instant.parse("2026-11-02T10:00:00Z"),
				Instant.parse("2026-11-02T10:00:00Z"), null, null, 1, false, List.of(), null, null, null, null, false,
				List.of(), version, null, null);
	}

}
