package uk.aftercare.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.aftercare.cases.SearchKeys;
import uk.aftercare.cases.TimelineSummaries;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.feedback.FeedbackSource;
import uk.aftercare.followups.FollowUpOrigin;
import uk.aftercare.followups.FollowUpPurpose;
import uk.aftercare.followups.FollowUpStatus;
import uk.aftercare.followups.RootCause;
import uk.aftercare.returns.CustomerWish;
import uk.aftercare.returns.ItemCondition;
import uk.aftercare.returns.ProductType;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.ReasonCode;
import uk.aftercare.returns.RefundApprover;
import uk.aftercare.returns.RefundMethod;
import uk.aftercare.returns.RefundTerms;
import uk.aftercare.returns.Region;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.ReturnMethod;
import uk.aftercare.returns.RmaStatus;
import uk.aftercare.returns.SaleChannel;

/**
 * The volume generator on a small count, against H2 and a real PostgreSQL by the two subclasses: the right number of
 * rows, plausible distributions, records of every module consistent with their cases and with each other, and a
 * database the application can go on using (sequences, identities, indexes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class VolumeGeneratorContract {

	static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneId.of("Europe/London"));

	static final int CASES = 2_000;

	private static final String ACTIVE = "('OPEN', 'IN_PROGRESS', 'AWAITING_CUSTOMER', 'AWAITING_APPROVAL', 'REOPENED')";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private VolumeGenerator.Result result;

	private Set<String> indexesBefore;

	@BeforeAll
	void generate() throws SQLException {
		indexesBefore = indexes();
		result = new VolumeGenerator(dataSource, NOW, 730, 7).generate(CASES);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void createsTheCasesTheirCustomersTimelinesAndApprovals() {
		assertThat(result.cases()).isEqualTo(CASES);
		assertThat(count("select count(*) from service_case")).isEqualTo(CASES);
		assertThat(result.customers()).isEqualTo(800);
		assertThat(count("select count(*) from customer where name <> 'After'")).isEqualTo(800);
		assertThat(count("select count(distinct case_id) from case_event where kind = 'OPENED'")).isEqualTo(CASES);
		assertThat(count("select count(*) from case_event")).isEqualTo(result.timelineEntries())
			.isGreaterThan(2L * CASES);
		assertThat(count("select count(*) from approval_request")).isEqualTo(result.approvals()).isPositive();
		assertThat(count("select count(*) from service_case c where not exists "
				+ "(select 1 from customer u where u.id = c.customer_id)")).isZero();
	}

	@Test
	void writesTheNameKeysTheApplicationMakesSoSearchAndTheLookupFindItsCases() {
		assertThat(jdbc.sql("select customer_name, customer_name_key, customer_surname_key from service_case")
			.query((rs, row) -> List.of(rs.getString(2), rs.getString(3))
				.equals(List.of(SearchKeys.nameKey(rs.getString(1)), SearchKeys.surnameKey(rs.getString(1)))))
			.list()).hasSize(CASES).containsOnly(true);
		assertThat(jdbc.sql("select name, name_key from customer where name <> 'After'")
			.query((rs, row) -> ContactDetails.nameKey(rs.getString(1)).equals(rs.getString(2)))
			.list()).hasSize(800).containsOnly(true);
	}

	/** The opening entries read as the application writes them: "Suggested type Return confirmed.", not the codes. */
	@Test
	void writesTheTimelineInTheApplicationsWords() {
		assertThat(jdbc.sql("select c.suggested_type, c.type, e.summary from case_event e join service_case c"
				+ " on c.id = e.case_id where e.kind in ('TYPE_CONFIRMED', 'TYPE_OVERRIDDEN')")
			.query((rs, row) -> {
				CaseType suggested = CaseType.valueOf(rs.getString(1));
				CaseType type = CaseType.valueOf(rs.getString(2));
				return (suggested == type ? TimelineSummaries.typeConfirmed(type)
						: TimelineSummaries.typeOverridden(suggested, type)).equals(rs.getString(3));
			})
			.list()).hasSize(CASES).containsOnly(true);
		assertThat(jdbc.sql("select distinct summary from case_event where kind = 'STATUS_CHANGED'")
			.query(String.class)
			.list()).isNotEmpty()
			.allSatisfy(summary -> assertThat(summary).matches("Status [A-Z][a-z ]+ → [A-Z][a-z ]+\\."));
	}

	/** As the application refuses to close a case while a return on it is unfinished, no closed case has one. */
	@Test
	void leavesNoReturnUnfinishedOnAClosedCase() {
		assertThat(count("select count(*) from return_authorisation r join service_case c on c.case_number = r.case_number"
				+ " where c.status = 'CLOSED' and r.status in ('REQUESTED', 'AUTHORISED', 'RECEIVED', 'INSPECTED')"))
			.isZero();
		assertThat(count("select count(*) from return_authorisation r join service_case c on c.case_number = r.case_number"
				+ " where c.status = 'CLOSED'")).isPositive();
	}

	@Test
	void countsWhatItWroteForTheOtherModules() {
		assertThat(count("select count(*) from return_authorisation")).isEqualTo(result.returnAuthorisations())
			.isPositive();
		assertThat(count("select count(*) from follow_up")).isEqualTo(result.followUps()).isPositive();
		assertThat(count("select count(*) from case_closure")).isEqualTo(result.closures()).isPositive();
		assertThat(count("select count(*) from survey_invitation")).isEqualTo(result.surveyInvitations()).isPositive();
		assertThat(count("select count(*) from customer_feedback")).isEqualTo(result.feedback()).isPositive();
	}

	@Test
	void spreadsCasesOverTwoYearsMostlyClosedWithRecentOnesStillOpen() {
		assertThat(jdbc.sql("select min(created_at) from service_case").query(OffsetDateTime.class).single()
			.toInstant()).isBetween(NOW.minus(Duration.ofDays(731)), NOW.minus(Duration.ofDays(720)));
		assertThat(jdbc.sql("select max(created_at) from service_case").query(OffsetDateTime.class).single()
			.toInstant()).isBetween(NOW.minus(Duration.ofDays(2)), NOW);
		long open = count("select count(*) from service_case where status not in ('RESOLVED', 'CLOSED')");
		long closed = count("select count(*) from service_case where status = 'CLOSED'");
		assertThat(closed).isGreaterThan(CASES * 8L / 10);
		assertThat(open).isBetween(1L, CASES / 10L);
		long openLastMonth = count("select count(*) from service_case where status not in ('RESOLVED', 'CLOSED') "
				+ "and created_at > timestamp with time zone '2026-10-03 10:00:00+00'");
		assertThat(openLastMonth).isGreaterThan(open / 2);
		assertThat(count("select count(*) from service_case where resolved_at < created_at or closed_at < resolved_at"))
			.isZero();
	}

	@Test
	void mostlyKeepsTheSuggestedTypeAndMixesTypesAndChannels() {
		long agreed = count("select count(*) from service_case where type = suggested_type");
		assertThat(agreed).isBetween(CASES * 85L / 100, CASES * 96L / 100);
		assertThat(count("select count(*) from service_case where type_overridden <> (type <> suggested_type)"))
			.isZero();
		assertThat(count("select count(distinct type) from service_case")).isEqualTo(3);
		assertThat(count("select count(distinct channel) from service_case")).isEqualTo(5);
		assertThat(count("select count(distinct description) from service_case")).isGreaterThan(CASES / 2L);
		assertThat(count("select count(*) from service_case where type = 'RETURN'")).isBetween(CASES * 40L / 100,
				CASES * 60L / 100);
	}

	@Test
	void setsSlaTargetsAndMarksSomeBreached() {
		assertThat(count("select count(*) from service_case where response_due_at is null "
				+ "or resolution_due_at <= response_due_at")).isZero();
		long breached = count("select count(*) from service_case where sla_breached = true");
		assertThat(breached).isBetween(1L, CASES / 2L);
	}

	@Test
	void assignsCasesToAShopfulOfStaff() {
		assertThat(count("select count(distinct assignee) from service_case")).isGreaterThanOrEqualTo(Staff.FRONT_LINE);
		assertThat(count("select count(*) from service_case c where not exists "
				+ "(select 1 from staff_user s where s.username = c.assignee)")).isZero();
	}

	@Test
	void decidesApprovalsAfterTheyAreRequested() {
		assertThat(count("select count(*) from approval_request where decided_at < requested_at")).isZero();
		assertThat(count("select count(*) from approval_request where status = 'PENDING' and decided_at is not null"))
			.isZero();
		assertThat(count("select count(*) from service_case c where c.approval_state = 'PENDING' and not exists "
				+ "(select 1 from approval_request a where a.case_number = c.case_number and a.status = 'PENDING')"))
			.isZero();
		assertThat(count("select count(*) from approval_request where decided_by = requested_by")).isZero();
		assertThat(count("select count(*) from approval_request a where a.decided_by is not null and not exists "
				+ "(select 1 from staff_user s where s.username = a.decided_by and s.role in ('SUPERVISOR', 'MANAGER'))"))
			.isZero();
		assertThat(count("select count(*) from approval_request a where a.required_approver = 'MANAGER' "
				+ "and a.decided_by is not null and not exists "
				+ "(select 1 from staff_user s where s.username = a.decided_by and s.role = 'MANAGER')")).isZero();
	}

	@Test
	void raisesReturnAuthorisationsOnMostReturnCasesAndOnNothingElse() {
		long returns = count("select count(*) from service_case where type = 'RETURN'");
		long rmas = count("select count(*) from return_authorisation");
		assertThat(rmas).isBetween(returns * 70 / 100, returns * 95 / 100);
		assertThat(count("select count(*) from return_authorisation r where not exists (select 1 from service_case c "
				+ "where c.case_number = r.case_number and c.type = 'RETURN' and c.customer_name = r.customer_name)"))
			.isZero();
		assertThat(count("select count(distinct case_number) from return_authorisation")).isEqualTo(rmas);
		assertThat(jdbc.sql("select rma_number from return_authorisation").query(String.class).list())
			.allMatch(n -> n.matches("RMA-20\\d\\d-\\d{6}"))
			.doesNotHaveDuplicates();
		assertThat(count("select count(*) from return_authorisation r join service_case c on c.case_number = r.case_number "
				+ "where r.created_at < c.created_at or r.updated_at < r.created_at or r.created_at > c.updated_at"))
			.isZero();
	}

	@Test
	void usesOnlyTheValuesTheReturnsModuleKnows() {
		assertThat(count("select count(*) from return_authorisation where status not in " + codes(RmaStatus.values())
				+ " or reason_code not in " + codes(ReasonCode.values()) + " or offered_remedy not in "
				+ codes(Remedy.values()) + " or decided_remedy not in " + codes(Remedy.values())
				+ " or customer_wish not in " + codes(CustomerWish.values()) + " or proof_of_purchase not in "
				+ codes(ProofOfPurchase.values()) + " or sale_channel not in " + codes(SaleChannel.values())
				+ " or region not in " + codes(Region.values()) + " or return_method not in "
				+ codes(ReturnMethod.values()) + " or required_approver not in " + codes(RefundApprover.values())
				+ " or product_type <> 'GOODS' or (refund_method is not null and refund_method not in "
				+ codes(RefundMethod.values()) + ") or (burden_of_proof is not null "
				+ "and burden_of_proof not in ('TRADER', 'CUSTOMER'))")).isZero();
		assertThat(count("select count(*) from return_authorisation_line where item_condition not in "
				+ codes(ItemCondition.values()) + " or quantity < 1 or unit_price <= 0")).isZero();
		assertThat(count("select count(*) from return_authorisation r where not exists "
				+ "(select 1 from returns_policy_version v where v.label = r.policy_version)")).isZero();
		assertThat(count("select count(distinct reason_code) from return_authorisation")).isEqualTo(6);
	}

	@Test
	void addsUpEachReturnAuthorisationFromItsLines() {
		record Rma(long id, BigDecimal total, BigDecimal lines, long count, long lastLine, BigDecimal refund,
				BigDecimal deduction, String offered, boolean statutory, String decided) {
		}
		List<Rma> rmas = jdbc.sql("""
				select r.id, r.total_price, sum(l.quantity * l.unit_price), count(*), max(l.line_no), r.refund_amount,
				  r.deduction_amount, r.offered_remedy, r.statutory, r.decided_remedy
				from return_authorisation r join return_authorisation_line l on l.rma_id = r.id
				group by r.id, r.total_price, r.refund_amount, r.deduction_amount, r.offered_remedy, r.statutory,
				  r.decided_remedy""")
			.query((rs, i) -> new Rma(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getLong(4),
					rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getBoolean(9),
					rs.getString(10)))
			.list();
		assertThat(rmas).hasSize((int) count("select count(*) from return_authorisation"));
		assertThat(rmas).allSatisfy(rma -> {
			assertThat(rma.total()).isEqualByComparingTo(rma.lines());
			// The JPA order column counts from 0.
			assertThat(rma.lastLine()).isEqualTo(rma.count() - 1);
			Remedy offered = Remedy.valueOf(rma.offered());
			assertThat(rma.refund() != null).isEqualTo(offered.paysMoneyBack());
			if (rma.refund() != null) {
				BigDecimal deduction = rma.deduction() == null ? BigDecimal.ZERO : rma.deduction();
				assertThat(rma.refund()).isEqualByComparingTo(rma.total().subtract(deduction));
			}
			assertThat(rma.statutory()).isEqualTo(Remedy.valueOf(rma.decided()).isStatutory());
		});
		assertThat(count("select count(*) from return_authorisation where deduction_amount is not null "
				+ "and (deduction_reason is null or offered_remedy not in ('FINAL_REJECT_OR_PRICE_REDUCTION', "
				+ "'CANCELLATION_REFUND'))")).isZero();
	}

	@Test
	void takesEachReturnAuthorisationThroughItsStepsInOrder() {
		record Rma(String status, LocalDate purchase, LocalDate delivery, LocalDate request, LocalDate raised,
				LocalDate received, LocalDate inspected, LocalDate completed, LocalDate agreed, LocalDate due,
				LocalDate refunded, boolean flagged, String offered, OffsetDateTime decidedAt, OffsetDateTime closedAt,
				String productType, String returnMethod, LocalDate posted) {
		}
		List<Rma> rmas = jdbc.sql("""
				select status, purchase_date, delivery_date, request_date, raised_on, received_on, inspected_on,
				  completed_on, refund_agreed_on, refund_due_on, refunded_on, refund_overdue_flagged, offered_remedy,
				  decided_at, closed_at, product_type, return_method, proof_of_posting_on
				from return_authorisation""")
			.query((rs, i) -> new Rma(rs.getString(1), date(rs, 2), date(rs, 3), date(rs, 4), date(rs, 5),
					date(rs, 6), date(rs, 7), date(rs, 8), date(rs, 9), date(rs, 10), date(rs, 11), rs.getBoolean(12),
					rs.getString(13), rs.getObject(14, OffsetDateTime.class), rs.getObject(15, OffsetDateTime.class),
					rs.getString(16), rs.getString(17), date(rs, 18)))
			.list();
		assertThat(rmas).allSatisfy(rma -> {
			RmaStatus status = RmaStatus.valueOf(rma.status());
			assertThat(rma.purchase()).isBeforeOrEqualTo(rma.delivery());
			assertThat(rma.delivery()).isBeforeOrEqualTo(rma.request());
			assertThat(rma.request()).isBeforeOrEqualTo(rma.raised());
			assertThat(rma.decidedAt() == null).isEqualTo(status == RmaStatus.REQUESTED);
			assertThat(rma.closedAt() == null).isEqualTo(status != RmaStatus.CLOSED);
			if (rma.received() != null) {
				assertThat(rma.received()).isAfterOrEqualTo(rma.raised());
			}
			if (rma.inspected() != null) {
				assertThat(rma.inspected()).isAfterOrEqualTo(rma.received());
			}
			if (rma.completed() != null) {
				assertThat(rma.completed()).isAfterOrEqualTo(rma.inspected());
			}
			assertThat(rma.completed() != null).isEqualTo(RmaStatus.OUTCOMES.contains(status)
					|| (status == RmaStatus.CLOSED && rma.inspected() != null));
			// A refund is paid exactly when the RMA reached REFUNDED (and perhaps was closed since).
			assertThat(rma.refunded() != null).isEqualTo(status == RmaStatus.REFUNDED
					|| (status == RmaStatus.CLOSED && rma.completed() != null && Remedy.valueOf(rma.offered())
						.paysMoneyBack()));
			// Due as the application makes it due, from the same facts.
			assertThat(rma.due()).isEqualTo(RefundTerms.refundDueOn(Remedy.valueOf(rma.offered()),
					ProductType.valueOf(rma.productType()), ReturnMethod.valueOf(rma.returnMethod()), rma.request(),
					rma.agreed(), rma.posted(), rma.received()));
			if (rma.agreed() != null && RefundTerms.RefundBasis.of(Remedy.valueOf(rma.offered()))
					== RefundTerms.RefundBasis.CONSUMER_RIGHTS_ACT) {
				// CRA 2015 s.20(15): the 14 days begin with the day the refund is agreed.
				assertThat(rma.due()).isEqualTo(rma.agreed().plusDays(13));
			}
			if (rma.due() != null) {
				// Flagged once when it was unpaid after its due date, as the refund monitor does.
				LocalDate paidOrToday = rma.refunded() != null ? rma.refunded() : TODAY;
				assertThat(rma.flagged()).isEqualTo(paidOrToday.isAfter(rma.due())
						&& (rma.refunded() != null || status.inProgress()));
			}
		});
		assertThat(rmas).extracting(Rma::status).contains("AUTHORISED", "REFUNDED", "REPLACED", "CLOSED", "DENIED");
		assertThat(count("select count(*) from return_authorisation where refunded_on is not null")).isPositive();
		assertThat(count("select count(*) from return_authorisation where refunded_on > refund_due_on")).isPositive();
	}

	@Test
	void asksForApprovalWhereAReturnNeedsMoreAuthority() {
		assertThat(count("select count(*) from return_authorisation r where (r.required_approver <> 'FRONT_LINE') <> "
				+ "(exists (select 1 from approval_request a where a.subject_ref = r.rma_number "
				+ "and a.case_number = r.case_number and a.kind in ('REFUND', 'GOODWILL_EXCEPTION')))")).isZero();
		assertThat(count("select count(*) from approval_request where kind <> 'REVIEW' and (subject_ref is null "
				+ "or legal_basis is null or amount is null)")).isZero();
		assertThat(count("select count(*) from approval_request a join return_authorisation r "
				+ "on r.rma_number = a.subject_ref join service_case c on c.case_number = r.case_number "
				+ "where c.approval_state <> a.status or a.required_approver <> r.required_approver "
				+ "or a.remedy <> r.offered_remedy or c.escalated = false "
				+ "or (a.kind = 'GOODWILL_EXCEPTION') <> r.goodwill_exception")).isZero();
		// Pending: the RMA waits, and so does its case; decided: the RMA was authorised or denied accordingly.
		assertThat(count("select count(*) from approval_request a join return_authorisation r "
				+ "on r.rma_number = a.subject_ref join service_case c on c.case_number = r.case_number "
				+ "where (a.status = 'PENDING') <> (r.status = 'REQUESTED') "
				+ "or (a.status = 'PENDING') <> (c.status = 'AWAITING_APPROVAL') "
				+ "or (a.status = 'APPROVED' and r.status = 'DENIED') "
				+ "or (a.status = 'REJECTED' and r.status not in ('DENIED', 'CLOSED')) "
				+ "or (a.status <> 'PENDING' and (r.decided_by <> a.decided_by or r.decided_at <> a.decided_at))"))
			.isZero();
		assertThat(count("select count(*) from service_case where status = 'AWAITING_APPROVAL' and type <> 'RETURN'"))
			.isZero();
		assertThat(count("select count(*) from return_authorisation where required_approver <> 'FRONT_LINE'"))
			.isPositive();
	}

	@Test
	void closesEveryClosedCaseWithItsChecklist() {
		assertThat(count("select count(*) from service_case c where c.status = 'CLOSED' and 1 <> "
				+ "(select count(*) from case_closure cc where cc.case_number = c.case_number "
				+ "and cc.closed_at = c.closed_at and cc.case_type = c.type)")).isZero();
		assertThat(count("select count(*) from case_closure cc join service_case c on c.case_number = cc.case_number "
				+ "where c.status not in ('CLOSED', 'REOPENED')")).isZero();
		assertThat(count("select count(*) from case_closure where not (outcome_confirmed and customer_thanked "
				+ "and feedback_invited) or outcome is null or closed_by is null")).isZero();
		assertThat(count("select count(*) from case_closure where (case_type = 'COMPLAINT') <> "
				+ "(root_cause is not null and preventive_measure is not null)")).isZero();
		assertThat(count("select count(*) from case_closure where root_cause is not null and root_cause not in "
				+ codes(RootCause.values()))).isZero();
		assertThat(count("select count(*) from case_closure where (open_follow_ups > 0) <> "
				+ "(open_follow_ups_reason is not null)")).isZero();
		assertThat(count("select count(*) from case_closure where open_follow_ups > 0")).isPositive();
	}

	@Test
	void findsAFewRootCausesBehindMostComplaints() {
		List<Long> causes = jdbc.sql("select count(*) as n from case_closure where root_cause is not null "
				+ "group by root_cause order by n desc").query(Long.class).list();
		assertThat(causes).hasSizeGreaterThanOrEqualTo(5);
		long total = causes.stream().mapToLong(Long::longValue).sum();
		assertThat(causes.get(0) + causes.get(1)).isGreaterThan(total * 4 / 10);
		assertThat(causes.get(0)).isGreaterThan(3 * causes.get(causes.size() - 1));
	}

	@Test
	void paysRefundsOnStatutoryAndGoodwillGroundsAndShowsRepeatFaults() {
		assertThat(count("select count(*) from return_authorisation where refunded_on is not null and "
				+ "(goodwill_exception or offered_remedy in ('GOODWILL_REFUND', 'GOODWILL_EXCHANGE'))")).isPositive();
		assertThat(count("select count(*) from return_authorisation where refunded_on is not null and statutory "
				+ "and not goodwill_exception")).isPositive();
		List<Long> faults = jdbc.sql("select count(*) as n from return_authorisation r join return_authorisation_line l "
				+ "on l.rma_id = r.id where r.reason_code = 'FAULTY' group by lower(l.description) order by n desc")
			.query(Long.class).list();
		long total = faults.stream().mapToLong(Long::longValue).sum();
		assertThat(faults.stream().limit(6).mapToLong(Long::longValue).sum()).isGreaterThan(total / 3);
	}

	@Test
	void followsUpMostlyOnTimeWithSomeStillOpen() {
		assertThat(count("select count(*) from follow_up where status not in " + codes(FollowUpStatus.values())
				+ " or purpose not in " + codes(FollowUpPurpose.values()) + " or origin not in "
				+ codes(FollowUpOrigin.values()))).isZero();
		assertThat(count("select count(*) from follow_up where (status = 'OPEN') <> (finished_at is null) "
				+ "or (status = 'OPEN') <> (outcome is null) or (status = 'OPEN') <> (finished_by is null) "
				+ "or finished_at < created_at or finished_at > timestamp with time zone '2026-11-02 10:00:00+00'"))
			.isZero();
		assertThat(count("select count(*) from follow_up f where not exists (select 1 from staff_user s "
				+ "where s.username = f.owner and s.enabled = true)")).isZero();
		long all = count("select count(*) from follow_up");
		assertThat(count("select count(*) from follow_up where status = 'DONE'")).isGreaterThan(all * 8 / 10);
		assertThat(count("select count(*) from follow_up f join service_case c on c.case_number = f.case_number "
				+ "where f.status = 'OPEN' and f.due_date < date '2026-11-02' and c.status in " + ACTIVE))
			.isPositive();
		assertThat(count("select count(*) from follow_up f join service_case c on c.case_number = f.case_number "
				+ "where f.created_at < c.created_at or (f.origin = 'MANUAL' and f.due_date < cast(f.created_at as date))"))
			.isZero();
		// The automatic ones, one for each step that asks for it (AutomaticFollowUps).
		assertThat(count("select count(*) from follow_up where origin = 'REFUND_ISSUED'"))
			.isEqualTo(count("select count(*) from return_authorisation where refunded_on is not null"));
		assertThat(count("select count(*) from follow_up where origin = 'APPROVAL_DECISION'")).isEqualTo(count(
				"select count(*) from approval_request where kind <> 'REVIEW' and status <> 'PENDING'"));
		// As AutomaticFollowUps words it: the decider named as the customer is told, by display name.
		assertThat(count("select count(*) from follow_up f where f.origin = 'APPROVAL_DECISION' and not exists "
				+ "(select 1 from approval_request a join staff_user s on s.username = a.decided_by "
				+ "where a.case_number = f.case_number and f.note like ('% by ' || s.display_name || '%'))")).isZero();
		assertThat(count("select count(*) from follow_up where origin = 'LOW_FEEDBACK_SCORE'"))
			.isEqualTo(count("select count(*) from customer_feedback where score <= 2"));
	}

	@Test
	void collectsFeedbackOnAboutAThirdOfClosedCasesMostlyHappy() {
		long closed = count("select count(*) from service_case where status = 'CLOSED'");
		long feedback = count("select count(*) from customer_feedback");
		assertThat(feedback).isBetween(closed / 5, closed * 45 / 100);
		assertThat(count("select count(*) from customer_feedback f join service_case c on c.case_number = f.case_number "
				+ "where c.status <> 'CLOSED' or f.recorded_at < c.closed_at or f.score < 1 or f.score > 5 "
				+ "or f.source not in " + codes(FeedbackSource.values()))).isZero();
		assertThat(count("select count(*) from customer_feedback where score >= 4")).isGreaterThan(feedback * 55 / 100);
		assertThat(count("select count(*) from customer_feedback where score <= 2")).isPositive();
		assertThat(count("select count(distinct score) from customer_feedback")).isEqualTo(5);
		assertThat(count("select count(*) from customer_feedback where comment is not null")).isBetween(1L,
				feedback / 2);
		assertThat(count("select count(*) from customer_feedback where (source = 'SURVEY') <> (invitation_id is not null) "
				+ "or (source = 'SURVEY') <> (recorded_by = 'customer')")).isZero();
	}

	@Test
	void invitesOnlyCustomersWhoAgreedToSurveys() {
		assertThat(count("select count(*) from survey_invitation i join service_case c on c.case_number = i.case_number "
				+ "where c.status <> 'CLOSED' or i.created_at <> c.closed_at or c.customer_email is null "
				+ "or not exists (select 1 from contact_preference p where p.customer_id = c.customer_id "
				+ "and p.survey_consent = true and p.email_allowed = true)")).isZero();
		// Each works for the survey's validity, and keeps it when staff take the feedback first and withdraw it (below).
		assertThat(jdbc.sql("select created_at, expires_at from survey_invitation i")
			.query((rs, i) -> Duration.between(rs.getObject(1, OffsetDateTime.class),
					rs.getObject(2, OffsetDateTime.class)))
			.list()).containsOnly(VolumeGenerator.SURVEY_VALIDITY);
		// An answered link is used up by its answer, and only by it.
		assertThat(count("select count(*) from survey_invitation i where (i.used_at is not null) <> (exists "
				+ "(select 1 from customer_feedback f where f.invitation_id = i.id and f.recorded_at = i.used_at "
				+ "and f.case_number = i.case_number))")).isZero();
		assertThat(count("select count(*) from survey_invitation where used_at > expires_at")).isZero();
		assertThat(jdbc.sql("select token_hash from survey_invitation").query(String.class).list())
			.allMatch(hash -> hash.matches("[0-9a-f]{64}"))
			.doesNotHaveDuplicates();
	}

	/**
	 * As FeedbackService leaves them: feedback staff took by phone or in store withdraws the closing's unanswered
	 * survey link (it keeps its expiry and its version moves on), so the customer's copy reads it as withdrawn, not
	 * open; and a closing gets one piece of feedback.
	 */
	@Test
	void withdrawsTheSurveyLinkWhenStaffTakeTheFeedbackAndCountsOneFeedbackPerClosing() {
		String takenByStaff = " from survey_invitation i join customer_feedback f on f.case_number = i.case_number"
				+ " and f.invitation_id is null and f.recorded_at >= i.created_at";
		assertThat(count("select count(*)" + takenByStaff)).isPositive();
		assertThat(count("select count(*)" + takenByStaff
				+ " where i.used_at is not null or i.expires_at <= f.recorded_at or i.version <> 1")).isZero();
		assertThat(count("select count(*) from survey_invitation i where i.used_at is null and i.version <> 0 and not "
				+ "exists (select 1 from customer_feedback f where f.case_number = i.case_number "
				+ "and f.invitation_id is null and f.recorded_at >= i.created_at)")).isZero();
		// Two pieces of feedback on a case with no closing between them would be two for one closing.
		assertThat(count("select count(*) from customer_feedback f join customer_feedback g "
				+ "on g.case_number = f.case_number and g.id > f.id where not exists (select 1 from case_closure cc "
				+ "where cc.case_number = f.case_number and cc.closed_at > least(f.recorded_at, g.recorded_at) "
				+ "and cc.closed_at <= greatest(f.recorded_at, g.recorded_at))")).isZero();
	}

	@Test
	void leavesTheSequencesIdentitiesAndIndexesReadyForTheApplication() throws SQLException {
		long maxNumber = maxNumber("select case_number from service_case");
		long maxId = count("select max(id) from service_case");
		assertThat(count("select count(distinct case_number) from service_case")).isEqualTo(CASES);
		long maxRmaNumber = maxNumber("select rma_number from return_authorisation");
		long maxRmaId = count("select max(id) from return_authorisation");
		long maxInvitationId = count("select max(id) from survey_invitation");

		jdbc.sql("insert into customer (name, created_at, version) values ('After', current_timestamp, 0)").update();
		assertThat(count("select max(id) from customer")).isGreaterThan(result.customers());
		assertThat(nextValue("case_number_seq")).isGreaterThan(maxNumber);
		assertThat(count("select count(*) from service_case where id > " + maxId)).isZero();

		// What the application does next: the next RMA number and ids for new rows are past the generated ones.
		assertThat(nextValue("rma_number_seq")).isGreaterThan(maxRmaNumber);
		String columns = Arrays.stream(VolumeReturns.COLUMNS).filter(c -> !c.equals("id"))
			.collect(Collectors.joining(", "));
		jdbc.sql("insert into return_authorisation (" + columns + ") select "
				+ columns.replace("rma_number", "'RMA-9999-999999'") + " from return_authorisation where id = "
				+ maxRmaId).update();
		assertThat(count("select id from return_authorisation where rma_number = 'RMA-9999-999999'"))
			.isGreaterThan(maxRmaId);
		jdbc.sql("insert into survey_invitation (case_number, token_hash, created_at, expires_at, version) "
				+ "values ('AC-2026-999999', 'after', current_timestamp, current_timestamp, 0)").update();
		assertThat(count("select id from survey_invitation where token_hash = 'after'"))
			.isGreaterThan(maxInvitationId);
		assertThat(indexes()).isEqualTo(indexesBefore);
		// The other tests count what the generator wrote.
		jdbc.sql("delete from return_authorisation where rma_number = 'RMA-9999-999999'").update();
		jdbc.sql("delete from survey_invitation where token_hash = 'after'").update();
	}

	abstract long nextValue(String sequence);

	private long maxNumber(String sql) {
		return jdbc.sql(sql).query(String.class).list().stream()
			.mapToLong(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1)))
			.max()
			.orElseThrow();
	}

	private Set<String> indexes() throws SQLException {
		Set<String> names = new TreeSet<>();
		try (Connection connection = dataSource.getConnection()) {
			for (String table : new String[] { "service_case", "case_event", "customer", "approval_request",
					"return_authorisation", "return_authorisation_line", "follow_up", "case_closure",
					"survey_invitation", "customer_feedback", "contact_preference" }) {
				String name = connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
				try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
					while (rs.next()) {
						if (rs.getString("INDEX_NAME") != null) {
							names.add(rs.getString("INDEX_NAME").toLowerCase() + ":" + rs.getString("COLUMN_NAME"));
						}
					}
				}
			}
		}
		return names;
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	/** An SQL list of the enum's codes: {@code ('A', 'B')}. */
	private static String codes(Enum<?>[] values) {
		return Arrays.stream(values).map(v -> "'" + v.name() + "'").collect(Collectors.joining(", ", "(", ")"));
	}

}
