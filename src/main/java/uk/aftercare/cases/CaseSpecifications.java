package uk.aftercare.cases;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link CaseQuery} into SQL that each index can answer. */
final class CaseSpecifications {

	private CaseSpecifications() {
	}

	static Specification<ServiceCase> matching(CaseQuery query) {
		return (root, cq, cb) -> {
			List<Predicate> and = new ArrayList<>();
			if (query.type() != null) {
				and.add(cb.equal(root.get("type"), query.type()));
			}
			if (query.status() != null) {
				and.add(cb.equal(root.get("status"), query.status()));
			}
			if (query.assignee() != null) {
				and.add(cb.equal(root.get("assignee"), query.assignee()));
			}
			if (query.unassigned()) {
				and.add(cb.isNull(root.get("assignee")));
			}
			if (query.channel() != null) {
				and.add(cb.equal(root.get("channel"), query.channel()));
			}
			if (query.createdFrom() != null) {
				and.add(cb.greaterThanOrEqualTo(root.get("createdAt"), query.createdFrom()));
			}
			if (query.createdBefore() != null) {
				and.add(cb.lessThan(root.get("createdAt"), query.createdBefore()));
			}
			if (query.active()) {
				and.add(root.get("status").in(CaseStatus.ACTIVE));
			}
			if (query.slaBreached()) {
				and.add(cb.isTrue(root.get("slaBreached")));
			}
			if (query.slaDueBefore() != null) {
				// A running clock only: not breached yet, active, and not paused while waiting for the customer.
				and.add(cb.isFalse(root.get("slaBreached")));
				and.add(root.get("status").in(CaseStatus.ACTIVE));
				and.add(cb.notEqual(root.get("status"), CaseStatus.AWAITING_CUSTOMER));
				and.add(cb.or(cb.lessThan(root.get("resolutionDueAt"), query.slaDueBefore()),
						cb.and(cb.isNull(root.get("firstResponseAt")),
								cb.lessThan(root.get("responseDueAt"), query.slaDueBefore()))));
			}
			if (query.approvalState() != null) {
				and.add(cb.equal(root.get("approvalState"), query.approvalState()));
			}
			if (query.text() != null) {
				if (query.textIsCaseNumber()) {
					and.add(cb.equal(root.get("caseNumber"), query.textUpper()));
				}
				else if (query.textIsEmail()) {
					// One index answers it; an OR across columns would make some databases scan the table.
					and.add(cb.equal(root.get("customerEmail"), query.textLower()));
				}
				else {
					List<Predicate> or = new ArrayList<>();
					or.add(cb.equal(root.get("customerEmail"), query.textLower()));
					or.add(cb.equal(root.get("orderReference"), query.textUpper()));
					or.add(cb.like(root.get("customerNameKey"), escapeLike(query.textNameKey()) + "%", '\\'));
					or.add(cb.like(root.get("customerSurnameKey"), escapeLike(query.textNameKey()) + "%", '\\'));
					if (query.textLastWordNameKey() != null) {
						or.add(cb.and(
								cb.like(root.get("customerSurnameKey"), escapeLike(query.textLastWordNameKey()) + "%", '\\'),
								cb.like(root.get("customerNameKey"), "% " + escapeLike(query.textNameKey()) + "%", '\\')));
					}
					if (query.textPhoneKey() != null) {
						or.add(cb.equal(root.get("customerPhoneKey"), query.textPhoneKey()));
					}
					and.add(cb.or(or.toArray(Predicate[]::new)));
				}
			}
			return cb.and(and.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
