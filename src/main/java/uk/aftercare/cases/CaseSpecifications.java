package uk.aftercare.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link CaseQuery} into SQL that each index can answer. */
final class CaseSpecifications {

	private CaseSpecifications() {
	}

	/** Every case the query finds: its filters, and its text in one condition (see {@link CaseSearch}). */
	static Specification<ServiceCase> matching(CaseQuery query) {
		List<TextAlternative> alternatives = textAlternatives(query);
		if (alternatives.isEmpty()) {
			return filters(query);
		}
		return filters(query).and(Specification.anyOf(alternatives.stream().map(TextAlternative::matches).toList()));
	}

	/**
	 * One way the query's text may match a case, on one index, and its opposite: the cases it certainly does not
	 * match, null columns included (where SQL's {@code not} would leave them out).
	 */
	record TextAlternative(Specification<ServiceCase> matches, Specification<ServiceCase> excluded) {
	}

	/**
	 * The ways the text may match a case when it is neither a case number nor an email (those are in
	 * {@link #filters}, on one index each): the email, the order reference, the name, the surname, the later words of
	 * the name and the phone. Empty when there is no such text.
	 */
	static List<TextAlternative> textAlternatives(CaseQuery query) {
		if (query.text() == null || query.textIsCaseNumber() || query.textIsEmail()) {
			return List.of();
		}
		List<TextAlternative> alternatives = new ArrayList<>();
		alternatives.add(equal("customerEmail", query.textLower()));
		alternatives.add(equal("orderReference", query.textUpper()));
		String namePrefix = escapeLike(query.textNameKey()) + "%";
		alternatives.add(startsWith("customerNameKey", namePrefix));
		alternatives.add(startsWith("customerSurnameKey", namePrefix));
		if (query.textLastWordNameKey() != null) {
			// A surname of more than one word: the last word on the index, the rest checked on the rows it finds.
			String lastWordPrefix = escapeLike(query.textLastWordNameKey()) + "%";
			String laterWords = "% " + namePrefix;
			alternatives.add(new TextAlternative(
					(root, cq, cb) -> cb.and(cb.like(root.get("customerSurnameKey"), lastWordPrefix, '\\'),
							cb.like(root.get("customerNameKey"), laterWords, '\\')),
					(root, cq, cb) -> cb.or(cb.isNull(root.get("customerSurnameKey")),
							cb.notLike(root.get("customerSurnameKey"), lastWordPrefix, '\\'),
							cb.isNull(root.get("customerNameKey")),
							cb.notLike(root.get("customerNameKey"), laterWords, '\\'))));
		}
		if (query.textPhoneKey() != null) {
			alternatives.add(equal("customerPhoneKey", query.textPhoneKey()));
		}
		return alternatives;
	}

	private static TextAlternative equal(String attribute, String value) {
		return new TextAlternative((root, cq, cb) -> cb.equal(root.get(attribute), value),
				(root, cq, cb) -> cb.or(cb.isNull(root.get(attribute)), cb.notEqual(root.get(attribute), value)));
	}

	private static TextAlternative startsWith(String attribute, String pattern) {
		return new TextAlternative((root, cq, cb) -> cb.like(root.get(attribute), pattern, '\\'),
				(root, cq, cb) -> cb.or(cb.isNull(root.get(attribute)),
						cb.notLike(root.get(attribute), pattern, '\\')));
	}

	/** Everything but text that has {@link #textAlternatives}: the filters, and a case number or email. */
	static Specification<ServiceCase> filters(CaseQuery query) {
		return filters(query, false);
	}

	/**
	 * The filters, to be asked together with one of the text's alternatives: written so that no index answers them
	 * ({@code coalesce(status, status) = 'CLOSED'}), so that the database reads the alternative's index. H2 rates any
	 * equality on an indexed column above a range such as {@code surname like 'smith%'}: it read the 970,000 closed
	 * cases of a million, not the 15,000 Smiths, for "Smith" among closed cases (24 to 36 s; docs/performance.md).
	 */
	static Specification<ServiceCase> filtersBesideText(CaseQuery query) {
		return filters(query, true);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Specification<ServiceCase> filters(CaseQuery query, boolean besideText) {
		return (root, cq, cb) -> {
			Function<String, Expression> column = name -> besideText
					? cb.coalesce(root.get(name), root.get(name)) : root.get(name);
			List<Predicate> and = new ArrayList<>();
			if (query.type() != null) {
				and.add(cb.equal(column.apply("type"), query.type()));
			}
			if (query.status() != null) {
				and.add(cb.equal(column.apply("status"), query.status()));
			}
			if (query.assignee() != null) {
				and.add(cb.equal(column.apply("assignee"), query.assignee()));
			}
			if (query.unassigned()) {
				and.add(cb.isNull(column.apply("assignee")));
			}
			if (query.channel() != null) {
				and.add(cb.equal(column.apply("channel"), query.channel()));
			}
			if (query.createdFrom() != null) {
				and.add(cb.greaterThanOrEqualTo(column.apply("createdAt"), query.createdFrom()));
			}
			if (query.createdBefore() != null) {
				and.add(cb.lessThan(column.apply("createdAt"), query.createdBefore()));
			}
			if (query.active()) {
				and.add(column.apply("status").in(CaseStatus.ACTIVE));
			}
			if (query.slaBreached()) {
				and.add(cb.isTrue(column.apply("slaBreached")));
			}
			if (query.slaDueBefore() != null) {
				// A running clock only: not breached yet, active, and not paused while waiting for the customer.
				and.add(cb.isFalse(column.apply("slaBreached")));
				and.add(column.apply("status").in(CaseStatus.ACTIVE));
				and.add(cb.notEqual(column.apply("status"), CaseStatus.AWAITING_CUSTOMER));
				and.add(cb.or(cb.lessThan(column.apply("resolutionDueAt"), query.slaDueBefore()),
						cb.and(cb.isNull(column.apply("firstResponseAt")),
								cb.lessThan(column.apply("responseDueAt"), query.slaDueBefore()))));
			}
			if (query.approvalState() != null) {
				and.add(cb.equal(column.apply("approvalState"), query.approvalState()));
			}
			if (query.textIsCaseNumber()) {
				and.add(cb.equal(root.get("caseNumber"), query.textUpper()));
			}
			else if (query.textIsEmail()) {
				// One index answers it; an OR across columns would make some databases scan the table.
				and.add(cb.equal(root.get("customerEmail"), query.textLower()));
			}
			return cb.and(and.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
