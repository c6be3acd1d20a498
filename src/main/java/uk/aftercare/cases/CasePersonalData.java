package uk.aftercare.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.shared.JdbcRows;
import uk.aftercare.staff.CurrentStaff;

/**
 * The customer's cases for their rights under UK GDPR: every case with its timeline in their copy; erasure waits
 * until every case is closed, then removes what identifies them or what they or staff wrote about them and keeps what
 * the reports count (numbers, types, statuses, dates, flags, escalation reasons, products, staff) and the
 * application's own words on the timelines.
 */
@Component
class CasePersonalData implements PersonalDataHolder {

	private static final String ERASED_NAME_KEY = SearchKeys.nameKey(ERASED_NAME);

	private static final String ERASED_SURNAME_KEY = SearchKeys.surnameKey(ERASED_NAME);

	private final ServiceCaseRepository cases;

	private final JdbcClient jdbc;

	private final ErasedTimeline timeline;

	CasePersonalData(ServiceCaseRepository cases, JdbcClient jdbc, List<TimelineShapes> shapes) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.timeline = new ErasedTimeline(shapes);
	}

	@Override
	public String section() {
		return "cases";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long customerId) {
		return cases.findWithTimelineByCustomer(customerId)
			.stream()
			.map(ServiceCase::toView)
			.map(CasePersonalData::exported)
			.toList();
	}

	private static Map<String, Object> exported(CaseView view) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("caseNumber", view.caseNumber());
		map.put("createdAt", view.createdAt());
		map.put("updatedAt", view.updatedAt());
		map.put("resolvedAt", view.resolvedAt());
		map.put("closedAt", view.closedAt());
		map.put("channel", name(view.channel()));
		map.put("type", name(view.type()));
		map.put("suggestedType", name(view.suggestedType()));
		map.put("suggestionEvidence", view.suggestionEvidence());
		map.put("status", name(view.status()));
		map.put("priority", name(view.priority()));
		map.put("assignee", view.assignee());
		map.put("customerName", view.customerName());
		map.put("customerEmail", view.customerEmail());
		map.put("customerPhone", view.customerPhone());
		map.put("orderReference", view.orderReference());
		map.put("product", view.product());
		map.put("description", view.description());
		map.put("vulnerableCustomer", view.vulnerableCustomer());
		map.put("flags", view.flags().stream().map(Enum::name).sorted().toList());
		map.put("escalationReasons", view.escalationReasons());
		map.put("timeline", view.timeline().stream().map(CasePersonalData::exported).toList());
		return map;
	}

	private static Map<String, Object> exported(TimelineEntry entry) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("occurredAt", entry.occurredAt());
		map.put("actor", entry.actor());
		map.put("kind", name(entry.kind()));
		map.put("channel", name(entry.channel()));
		map.put("direction", name(entry.direction()));
		map.put("summary", entry.summary());
		return map;
	}

	private static String name(Enum<?> code) {
		return code == null ? null : code.name();
	}

	/** Every case not yet closed: the shop is still dealing with it, and a resolved case may yet be reopened. */
	@Override
	@Transactional(readOnly = true)
	public List<KeepReason> reasonsToKeep(long customerId) {
		return jdbc.sql("""
				select case_number, status from service_case
				where customer_id = ? and status <> 'CLOSED' order by created_at, id""")
			.param(customerId)
			.query((rs, row) -> {
				CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
				return KeepReason.of(reasonKey(status), rs.getString("case_number"), status.name());
			})
			.list();
	}

	/**
	 * For the retention check, a case left resolved (never taken through closing) with nothing written on it since
	 * before the cutoff is finished: nobody has been in touch about it for the whole retention period, and nobody
	 * will close it now. Any other case not closed still holds the data.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<KeepReason> reasonsToKeepPastRetention(long customerId, Instant cutoff) {
		return jdbc.sql("""
				select case_number, status from service_case
				where customer_id = ? and status <> 'CLOSED' and not (status = 'RESOLVED' and updated_at < ?)
				order by created_at, id""")
			.params(customerId, JdbcRows.utc(cutoff))
			.query((rs, row) -> {
				CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
				return KeepReason.of(reasonKey(status), rs.getString("case_number"), status.name());
			})
			.list();
	}

	/** One sentence per status, so each reads naturally ("Case {0} is still awaiting approval."). */
	static String reasonKey(CaseStatus status) {
		return "privacy.keep.case." + status.name();
	}

	/**
	 * The classifier's evidence is words cut from what the customer said, so it goes with the description. The version
	 * moves on, so a page or transaction that read the case before the erasure cannot write the old details back, and
	 * the case says who erased it (the manager, or "system" for the retention check).
	 */
	@Override
	@Transactional
	public void erase(long customerId) {
		eraseTimelines(customerId);
		// The search keys are those of the name that replaces the customer's, as SearchKeys makes them (and V9 did).
		jdbc.sql("""
				update service_case set customer_name = ?, customer_name_key = ?, customer_surname_key = ?,
				  customer_email = null, customer_phone = null, customer_phone_key = null, order_reference = null,
				  description = ?, suggestion_evidence = null, version = version + 1, updated_by = ?
				where customer_id = ? and customer_name <> ?""")
			.params(ERASED_NAME, ERASED_NAME_KEY, ERASED_SURNAME_KEY, ERASED, CurrentStaff.username(), customerId,
					ERASED_NAME)
			.update();
	}

	/**
	 * Each entry of the customer's timelines loses what staff or the customer typed and the customer's details
	 * ({@link ErasedTimeline}); the application's own words (a move of status, an approval, a refund, a root cause)
	 * stay, as the reports keep them. Read before the case's details go, to look for them in what is kept.
	 */
	private void eraseTimelines(long customerId) {
		record Entry(long id, TimelineKind kind, String summary, List<String> customer) {
		}
		List<Entry> entries = jdbc.sql("""
				select e.id, e.kind, e.summary, c.customer_name, c.customer_email, c.customer_phone, c.order_reference
				from case_event e join service_case c on c.id = e.case_id
				where c.customer_id = ? and e.summary <> ? order by e.id""")
			.params(customerId, ERASED)
			.query((rs, row) -> new Entry(rs.getLong(1), TimelineKind.valueOf(rs.getString(2)), rs.getString(3),
					java.util.Arrays.asList(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))))
			.list();
		// case_event is @Immutable and append-only: this is the one change ever made to a timeline entry. Its kind,
		// actor, channel, direction and time stay, so the timeline still counts contacts and shows who did what when.
		for (Entry entry : entries) {
			String erased = timeline.erase(entry.kind(), entry.summary(), entry.customer());
			if (!erased.equals(entry.summary())) {
				jdbc.sql("update case_event set summary = ? where id = ?").params(erased, entry.id()).update();
			}
		}
	}

	/**
	 * The corrected details go on every case not yet closed, with their search keys, so updates reach the customer
	 * and a search finds the case by them; a closed case keeps the details it was dealt with under. Only what changed,
	 * and only where the case held the record's old value ({@link Correction#applyTo}): a case keeps the e-mail or
	 * phone the customer gave for it alone. Each case changed says who corrected it, and its timeline which of its
	 * details were corrected, by whom (not their values: the case shows them, and an erasure must not find the old ones
	 * left there).
	 */
	@Override
	@Transactional
	public void correct(long customerId, Correction correction) {
		if (!correction.name() && !correction.email() && !correction.phone()) {
			return;
		}
		record OpenCase(long id, Correction.Copy copy) {
		}
		List<OpenCase> open = jdbc.sql("""
				select id, customer_name, customer_email, customer_phone from service_case
				where customer_id = ? and status <> 'CLOSED' order by id""")
			.param(customerId)
			.query((rs, row) -> new OpenCase(rs.getLong(1),
					new Correction.Copy(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list();
		for (OpenCase serviceCase : open) {
			Correction.Copy after = correction.applyTo(serviceCase.copy());
			if (after.equals(serviceCase.copy())) {
				continue;
			}
			jdbc.sql("""
					update service_case set customer_name = ?, customer_name_key = ?, customer_surname_key = ?,
					  customer_email = ?, customer_phone = ?, customer_phone_key = ?, version = version + 1,
					  updated_by = ?
					where id = ?""")
				.params(after.name(), SearchKeys.nameKey(after.name()), SearchKeys.surnameKey(after.name()),
						after.email(), after.phone(), ContactDetails.phoneKey(after.phone()), CurrentStaff.username(),
						serviceCase.id())
				.update();
			Correction.Copy before = serviceCase.copy();
			jdbc.sql("insert into case_event (case_id, occurred_at, actor, kind, summary) values (?, ?, ?, ?, ?)")
				.params(serviceCase.id(), JdbcRows.utc(correction.correctedAt()), correction.correctedBy(),
						JdbcRows.name(TimelineKind.CUSTOMER_DETAILS),
						TimelineSummaries.detailsCorrected(!Objects.equals(after.name(), before.name()),
								!Objects.equals(after.email(), before.email()),
								!Objects.equals(after.phone(), before.phone())))
				.update();
		}
	}

}
