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
			if (query.text() != null) {
				if (query.textIsCaseNumber()) {
					and.add(cb.equal(root.get("caseNumber"), query.textUpper()));
				}
				else {
					List<Predicate> or = new ArrayList<>();
					or.add(cb.equal(root.get("customerEmail"), query.textLower()));
					or.add(cb.equal(root.get("orderReference"), query.textUpper()));
					or.add(cb.like(root.get("customerNameKey"), escapeLike(query.textLower()) + "%", '\\'));
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
