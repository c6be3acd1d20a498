package uk.aftercare.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

import uk.aftercare.cases.CaseSpecifications.TextAlternative;

/**
 * A page of the case list, and how many cases there are, for any search text, each asked of the database in queries
 * that one index answers.
 *
 * <p>Text that is not a case number or an email may match a case in several ways (email, order reference, name,
 * surname, phone: {@link CaseSpecifications#textAlternatives}). Asked as one OR across those columns, H2 reads the
 * whole table, a million rows, for every search and again for its count (docs/performance.md, "Searching by name,
 * phone or order reference"). So each way is asked on its own: the first cases of the list in each, merged in list
 * order (newest first, then the highest id) into the page; and the count adds up, for each way, the cases it matches
 * that no way before it does. The cases found, their order, the pages and the count are the ones the single OR gives.
 */
@Component
class CaseSearch {

	/** The list's order, newest first: the one the merge keeps. Any other order is asked as one OR. */
	static final Sort LIST_ORDER = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	/**
	 * Past this many cases before a page's end, its cases are asked as one OR: merging would read this many from each
	 * way, and a page that deep is an old link or a typed address, not someone reading the list.
	 */
	static final int MERGE_LIMIT = 10_000;

	private static final Comparator<Key> NEWEST_FIRST = Comparator.comparing(Key::createdAt)
		.thenComparing(Key::id)
		.reversed();

	private final ServiceCaseRepository cases;

	private final EntityManager entityManager;

	CaseSearch(ServiceCaseRepository cases, EntityManager entityManager) {
		this.cases = cases;
		this.entityManager = entityManager;
	}

	/** Where a case stands in the list. */
	record Key(Instant createdAt, Long id) {
	}

	Page<ServiceCase> find(CaseQuery query, Pageable pageable) {
		List<TextAlternative> alternatives = CaseSpecifications.textAlternatives(query);
		if (alternatives.isEmpty() || !pageable.getSort().equals(LIST_ORDER)) {
			return cases.findAll(CaseSpecifications.matching(query), pageable);
		}
		Specification<ServiceCase> filters = CaseSpecifications.filtersBesideText(query);
		long end = pageable.getOffset() + pageable.getPageSize();
		List<ServiceCase> content = end <= MERGE_LIMIT ? merged(filters, alternatives, pageable, (int) end)
				: list(CaseSpecifications.matching(query), pageable);
		return PageableExecutionUtils.getPage(content, pageable, () -> count(filters, alternatives));
	}

	/** The page's cases: the first {@code end} of each way, merged in list order, then loaded by id. */
	private List<ServiceCase> merged(Specification<ServiceCase> filters, List<TextAlternative> alternatives,
			Pageable pageable, int end) {
		TreeSet<Key> first = new TreeSet<>(NEWEST_FIRST);
		for (TextAlternative alternative : alternatives) {
			first.addAll(keys(filters.and(alternative.matches()), end));
		}
		List<Long> ids = first.stream().skip(pageable.getOffset()).limit(pageable.getPageSize()).map(Key::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ServiceCase> loaded = cases.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(ServiceCase::getId, Function.identity()));
		return ids.stream().map(loaded::get).toList();
	}

	/** The first {@code limit} cases the specification finds, in list order, as keys only. */
	private List<Key> keys(Specification<ServiceCase> specification, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Key> cq = cb.createQuery(Key.class);
		Root<ServiceCase> root = cq.from(ServiceCase.class);
		cq.select(cb.construct(Key.class, root.get("createdAt"), root.get("id")));
		cq.where(specification.toPredicate(root, cq, cb));
		cq.orderBy(cb.desc(root.get("createdAt")), cb.desc(root.get("id")));
		return entityManager.createQuery(cq).setMaxResults(limit).getResultList();
	}

	/** A page of the cases the specification finds, in list order, without counting them. */
	private List<ServiceCase> list(Specification<ServiceCase> specification, Pageable pageable) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<ServiceCase> cq = cb.createQuery(ServiceCase.class);
		Root<ServiceCase> root = cq.from(ServiceCase.class);
		cq.where(specification.toPredicate(root, cq, cb));
		cq.orderBy(cb.desc(root.get("createdAt")), cb.desc(root.get("id")));
		return entityManager.createQuery(cq)
			.setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE))
			.setMaxResults(pageable.getPageSize())
			.getResultList();
	}

	/**
	 * How many cases match any way: each way counts the cases it matches that no way before it does, so a case that
	 * matches two (a name and a surname, say) is counted once.
	 */
	private long count(Specification<ServiceCase> filters, List<TextAlternative> alternatives) {
		long total = 0;
		List<Specification<ServiceCase>> counted = new ArrayList<>();
		for (TextAlternative alternative : alternatives) {
			Specification<ServiceCase> onlyThisWay = filters.and(alternative.matches());
			for (Specification<ServiceCase> excluded : counted) {
				onlyThisWay = onlyThisWay.and(excluded);
			}
			total += cases.count(onlyThisWay);
			counted.add(alternative.excluded());
		}
		return total;
	}

}
