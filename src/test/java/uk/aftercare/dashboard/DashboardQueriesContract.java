package uk.aftercare.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.aftercare.cases.ApprovalState;
import uk.aftercare.cases.CaseAge;
import uk.aftercare.cases.CaseListFilter;
import uk.aftercare.cases.CaseQuery;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.SlaFilter;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.ApprovalStatus;
import uk.aftercare.shared.ShopClock;

/**
 * The dashboard's, reports' and export's SQL, run against H2 and a real PostgreSQL by the two subclasses on a handful
 * of cases inserted by SQL.
 */
@org.springframework.transaction.annotation.Transactional
@Import({ DashboardQueries.class, ReportQueries.class, CaseExport.class, DashboardQueriesContract.FixedClock.class })
abstract class DashboardQueriesContract {

	static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		ShopClock shopClock() {
			return new ShopClock(Clock.fixed(NOW, LONDON));
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DashboardQueries dashboard;

	@Autowired
	ReportQueries reports;

	@Autowired
	CaseExport export;

	private String dueSoonReturn;

	private String breachedReturn;

	private String pausedComplaint;

	private String chatComplaint;

	@BeforeEach
	void someOpenAndClosedCasesWithApprovals() {
		CaseRows rows = new CaseRows(jdbc);
		dueSoonReturn = rows.newCase("RETURN", "OPEN", NOW.minus(hours(2)))
			.with("resolution_due_at", NOW.plus(hours(10)))
			.insert();
		breachedReturn = rows.newCase("RETURN", "IN_PROGRESS", NOW.minus(Duration.ofDays(2)))
			.with("channel", "PHONE")
			.with("suggested_type", "COMPLAINT")
			.with("sla_breached", true)
			.with("approval_state", "PENDING")
			.insert();
		pausedComplaint = rows.newCase("COMPLAINT", "AWAITING_CUSTOMER", NOW.minus(Duration.ofDays(5)))
			.with("assignee", "sue")
			.with("resolution_due_at", NOW.plus(hours(1)))
			.insert();
		rows.newCase("QUERY", "REOPENED", NOW.minus(Duration.ofDays(30)))
			.with("assignee", null)
			.with("channel", "WEB")
			.with("response_due_at", NOW.minus(hours(1)))
			.insert();
		rows.newCase("QUERY", "CLOSED", NOW.minus(Duration.ofDays(3))).with("suggested_type", "RETURN").insert();
		chatComplaint = rows.newCase("COMPLAINT", "OPEN", Instant.parse("2025-10-15T09:00:00Z"))
			.with("assignee", "sue")
			.with("channel", "CHAT")
			.with("first_response_at", Instant.parse("2025-10-15T10:00:00Z"))
			.with("response_due_at", Instant.parse("2025-10-16T09:00:00Z"))
			.with("resolution_due_at", Instant.parse("2027-01-01T09:00:00Z"))
			.insert();

		rows.approval(breachedReturn, "REFUND", "PENDING", NOW.minus(hours(5)), null);
		rows.approval(pausedComplaint, "REVIEW", "PENDING", NOW.minus(hours(1)), null);
		Instant tenDaysAgo = NOW.minus(Duration.ofDays(10));
		rows.approval(dueSoonReturn, "REFUND", "APPROVED", tenDaysAgo, tenDaysAgo.plus(hours(2)));
		rows.approval(dueSoonReturn, "REFUND", "REJECTED", NOW.minus(Duration.ofDays(5)),
				NOW.minus(Duration.ofDays(5)).plus(hours(6)));
		rows.approval(dueSoonReturn, "REFUND", "APPROVED", NOW.minus(Duration.ofDays(3)),
				NOW.minus(Duration.ofDays(3)).plus(hours(7)));
		rows.approval(dueSoonReturn, "GOODWILL_EXCEPTION", "APPROVED", NOW.minus(Duration.ofDays(40)),
				NOW.minus(Duration.ofDays(40)).plus(hours(1)));
	}


	/**
	 * A return authorisation row with only what the reports read set to something meaningful, raised on 1 October
	 * 2026; returns its number.
	 */
	private String rma(String caseNumber, String reason, String offered, boolean goodwill, String legalBasis,
			String refund, LocalDate dueOn, LocalDate refundedOn, String status, String product) {
		return new ReturnRows(jdbc).insert(caseNumber, reason, offered, goodwill, legalBasis, refund, dueOn, refundedOn,
				status, product, LocalDate.of(2026, 10, 1), NOW);
	}

	/** Another item line on the return authorisation. */
	private void line(String rmaNumber, int lineNo, String product) {
		new ReturnRows(jdbc).line(rmaNumber, lineNo, product);
	}

	private void raised(String rmaNumber, LocalDate day) {
		jdbc.sql("update return_authorisation set raised_on = :day where rma_number = :n")
			.param("day", day).param("n", rmaNumber).update();
	}

	private String faulty(String caseNumber, String product, LocalDate raisedOn) {
		String number = rma(caseNumber, "FAULTY", "REPAIR", false, "CRA 2015 s.23", "10.00", null, null, "RECEIVED",
				product);
		raised(number, raisedOn);
		return number;
	}

	private void paid(String caseNumber, String refund, LocalDate refundedOn) {
		rma(caseNumber, "NOT_AS_DESCRIBED", "FULL_REFUND", false, "CRA 2015 ss.20-22", refund, refundedOn.minusDays(3),
				refundedOn, "REFUNDED", "Lamp");
	}

	private void closure(String caseNumber, String rootCause, String measure) {
		closure(caseNumber, rootCause, measure, NOW);
	}

	private void closure(String caseNumber, String rootCause, String measure, Instant at) {
		jdbc.sql("""
				insert into case_closure (case_number, case_type, outcome, outcome_confirmed, customer_thanked,
				  feedback_invited, root_cause, preventive_measure, open_follow_ups, closed_by, closed_at)
				values (:c, 'COMPLAINT', 'Apologised', true, true, true, :cause, :measure, 0, 'sam', :at)""")
			.param("c", caseNumber).param("cause", rootCause).param("measure", measure)
			.param("at", CaseSql.timestamp(at)).update();
	}

	private void feedback(String caseNumber, int score, boolean resolved, String comment, Instant at) {
		jdbc.sql("""
				insert into customer_feedback (case_number, score, resolved, comment, source, recorded_by, recorded_at)
				values (:c, :score, :resolved, :comment, 'PHONE', 'sam', :at)""")
			.param("c", caseNumber).param("score", score).param("resolved", resolved).param("comment", comment)
			.param("at", CaseSql.timestamp(at)).update();
	}

	@Test
	void splitsRefundValueIntoStatutoryAndGoodwillByReasonAndLegalBasis() {
		rma(dueSoonReturn, "FAULTY", "FULL_REFUND", false, "CRA 2015 ss.20-22", "100.00", null,
				LocalDate.of(2026, 10, 20), "REFUNDED", "Kettle");
		rma(breachedReturn, "FAULTY", "FULL_REFUND", false, "CRA 2015 ss.20-22", "50.00", null,
				LocalDate.of(2026, 10, 21), "CLOSED", "Kettle");
		rma(breachedReturn, "CHANGED_MIND", "GOODWILL_REFUND", true, "Goodwill policy", "30.00", null,
				LocalDate.of(2026, 10, 22), "REFUNDED", "Scarf");
		rma(breachedReturn, "FAULTY", "FULL_REFUND", false, "CRA 2015 ss.20-22", "999.00", LocalDate.of(2026, 11, 1),
				null, "AUTHORISED", "Fridge");

		var value = reports.refundValue(DashboardFilter.none());

		assertThat(value.statutory()).isEqualByComparingTo("150.00");
		assertThat(value.goodwill()).isEqualByComparingTo("30.00");
		assertThat(value.byReason()).extracting(r -> r.label(), r -> r.refunds())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FAULTY", 2L),
					org.assertj.core.groups.Tuple.tuple("CHANGED_MIND", 1L));
		assertThat(value.byLegalBasis()).extracting(r -> r.label())
			.containsExactly("CRA 2015 ss.20-22", "Goodwill (the shop's policy)");
		assertThat(reports.refundValue(new DashboardFilter(null, null, null, CaseType.QUERY)).isEmpty()).isTrue();
	}

	@Test
	void countsRefundsAgreedButUnpaidAfterTheirDueDate() {
		rma(breachedReturn, "FAULTY", "FULL_REFUND", false, "CRA 2015", "400.00", LocalDate.of(2026, 11, 1), null,
				"AUTHORISED", "Fridge");
		rma(dueSoonReturn, "FAULTY", "FULL_REFUND", false, "CRA 2015", "20.00", LocalDate.of(2026, 11, 2), null,
				"RECEIVED", "Toaster");
		rma(dueSoonReturn, "FAULTY", "FULL_REFUND", false, "CRA 2015", "20.00", LocalDate.of(2026, 10, 2),
				LocalDate.of(2026, 10, 3), "REFUNDED", "Toaster");

		var unpaid = dashboard.unpaidRefunds(DashboardFilter.none());

		assertThat(unpaid.count()).isEqualTo(1);
		assertThat(unpaid.total()).isEqualByComparingTo("400.00");
		assertThat(unpaid.oldest()).singleElement().satisfies(r -> assertThat(r.caseNumber()).isEqualTo(breachedReturn));
	}

	@Test
	void countsAndTotalsEveryUnpaidRefundListsTheOldestTenAndPagesThroughAll() {
		List<String> oldestFirst = new java.util.ArrayList<>();
		for (int day = 1; day <= 12; day++) {
			oldestFirst.add(rma(day % 2 == 0 ? breachedReturn : chatComplaint, "FAULTY", "FULL_REFUND", false,
					"CRA 2015", day + ".50", LocalDate.of(2026, 10, day), null, "INSPECTED", "Lamp"));
		}

		var unpaid = dashboard.unpaidRefunds(DashboardFilter.none());

		assertThat(unpaid.count()).isEqualTo(12);
		assertThat(unpaid.total()).isEqualByComparingTo("84.00");
		assertThat(unpaid.oldest()).extracting(r -> r.rmaNumber()).containsExactlyElementsOf(oldestFirst.subList(0, 10));
		var lastPage = dashboard.unpaidRefunds(DashboardFilter.none(), org.springframework.data.domain.PageRequest.of(2, 5));
		assertThat(lastPage.getTotalElements()).isEqualTo(12);
		assertThat(lastPage.getContent()).extracting(r -> r.rmaNumber()).containsExactlyElementsOf(oldestFirst.subList(10, 12));
		// The phone case's refunds only: the even days.
		var phone = dashboard.unpaidRefunds(new DashboardFilter(null, null, ContactChannel.PHONE, null));
		assertThat(phone.count()).isEqualTo(6);
		assertThat(phone.total()).isEqualByComparingTo("45.00");
		assertThat(dashboard.unpaidRefunds(new DashboardFilter(null, null, ContactChannel.PHONE, null),
				org.springframework.data.domain.PageRequest.of(0, 25)).getContent()).hasSize(6);
	}

	@Test
	void listsTheFaultyReturnsEachRepeatFaultCountsOnTheCasesItCounts() {
		String juneReturn = new CaseRows(jdbc).newCase("RETURN", "CLOSED", Instant.parse("2026-06-10T09:00:00Z"))
			.insert();
		String first = faulty(juneReturn, "Kettle KT-3", LocalDate.of(2026, 10, 1));
		line(first, 2, "kettle kt-3");
		String second = faulty(juneReturn, "Kettle KT-3", LocalDate.of(2026, 10, 12));
		String third = faulty(breachedReturn, "KETTLE KT-3", LocalDate.of(2026, 10, 31));
		faulty(breachedReturn, "Kettle KT-3", LocalDate.of(2026, 11, 1));
		rma(breachedReturn, "CHANGED_MIND", "GOODWILL_REFUND", true, "G", "10.00", null, null, "REQUESTED",
				"Kettle KT-3");

		for (DashboardFilter filter : List.of(OCTOBER, october(ContactChannel.PHONE, null),
				october(null, CaseType.RETURN))) {
			for (ModuleReports.RepeatFault fault : reports.repeatFaults(filter).shown()) {
				var listed = reports.faultyReturns(filter, fault.product(), PageRequest.of(0, 25));
				assertThat(listed.returns()).as("%s of %s", fault.product(), filter).isEqualTo(fault.faultyReturns());
				assertThat(listed.cases()).isEqualTo(fault.cases());
				assertThat(listed.page().getContent()).hasSize((int) fault.faultyReturns());
				assertThat(listed.page().getContent().stream().map(r -> r.caseNumber()).distinct().count())
					.isEqualTo(fault.cases());
			}
		}
		var october = reports.faultyReturns(OCTOBER, "kettle kt-3", PageRequest.of(0, 25));
		assertThat(october.page().getContent()).extracting(r -> r.rmaNumber(), r -> r.caseNumber())
			.containsExactly(tuple(third, breachedReturn), tuple(second, juneReturn), tuple(first, juneReturn));
		assertThat(october.cases()).isEqualTo(2);
	}

	@Test
	void findsProductsReturnedAsFaultyMoreThanOnce() {
		rma(dueSoonReturn, "FAULTY", "FULL_REFUND", false, "CRA", "10.00", null, null, "REQUESTED", "Kettle KT-1");
		rma(breachedReturn, "FAULTY", "FULL_REFUND", false, "CRA", "10.00", null, null, "REQUESTED", "kettle kt-1");
		rma(breachedReturn, "FAULTY", "FULL_REFUND", false, "CRA", "10.00", null, null, "REQUESTED", "Toaster");
		rma(breachedReturn, "CHANGED_MIND", "GOODWILL_REFUND", true, "G", "10.00", null, null, "REQUESTED", "Toaster");

		assertThat(reports.repeatFaults(DashboardFilter.none()).shown()).singleElement().satisfies(f -> {
			assertThat(f.product()).isEqualTo("Kettle KT-1");
			assertThat(f.faultyReturns()).isEqualTo(2);
			assertThat(f.cases()).isEqualTo(2);
		});
	}

	/**
	 * The reports' page shows the first fifteen products and every one tied with the fifteenth, says how many there
	 * are in all, and the full list has every one: a product as bad as one shown is never dropped for its name.
	 */
	@Test
	void showsEveryProductTiedWithTheLastOfTheFirstFifteenAndListsThemAll() {
		for (int p = 1; p <= 12; p++) {
			for (int r = 0; r < 4; r++) {
				faulty(breachedReturn, "Kettle K-%02d".formatted(p), LocalDate.of(2026, 10, 1 + r));
			}
		}
		for (String product : List.of("Kettle A", "Kettle B", "Kettle C", "Tarn kettle Pro")) {
			for (int r = 0; r < 3; r++) {
				faulty(dueSoonReturn, product, LocalDate.of(2026, 10, 10 + r));
			}
		}
		for (String product : List.of("Toaster A", "Toaster B")) {
			faulty(dueSoonReturn, product, LocalDate.of(2026, 10, 20));
			faulty(breachedReturn, product, LocalDate.of(2026, 10, 21));
		}
		faulty(dueSoonReturn, "Toaster C", LocalDate.of(2026, 10, 22));

		ModuleReports.RepeatFaults report = reports.repeatFaults(OCTOBER);
		assertThat(report.products()).isEqualTo(18);
		assertThat(report.shown()).hasSize(16);
		assertThat(report.shown()).extracting(f -> f.product(), f -> f.faultyReturns())
			.endsWith(tuple("Kettle A", 3L), tuple("Kettle B", 3L), tuple("Kettle C", 3L), tuple("Tarn kettle Pro", 3L));
		assertThat(report.isCut()).isTrue();
		assertThat(report.isTied()).isTrue();

		var first = reports.repeatFaults(OCTOBER, PageRequest.of(0, 10));
		var second = reports.repeatFaults(OCTOBER, PageRequest.of(1, 10));
		assertThat(first.getTotalElements()).isEqualTo(18);
		assertThat(first.getContent()).hasSize(10).first().isEqualTo(new ModuleReports.RepeatFault("Kettle K-01", 4, 1));
		assertThat(second.getContent()).extracting(f -> f.product(), f -> f.faultyReturns(), f -> f.cases())
			.endsWith(tuple("Tarn kettle Pro", 3L, 1L), tuple("Toaster A", 2L, 2L), tuple("Toaster B", 2L, 2L))
			.hasSize(8);
	}

	/** A tie with the fifteenth that goes on past thirty products is cut at thirty, and the report says so. */
	@Test
	void cutsALongTieWithTheFifteenthAtThirtyAndSaysItGoesOn() {
		for (int p = 1; p <= 35; p++) {
			faulty(dueSoonReturn, "Toaster T-%02d".formatted(p), LocalDate.of(2026, 10, 20));
			faulty(breachedReturn, "Toaster T-%02d".formatted(p), LocalDate.of(2026, 10, 21));
		}

		ModuleReports.RepeatFaults report = reports.repeatFaults(OCTOBER);
		assertThat(report.products()).isEqualTo(35);
		assertThat(report.shown()).hasSize(30).last().extracting(f -> f.product()).isEqualTo("Toaster T-30");
		assertThat(report.tieGoesOn()).isTrue();
		assertThat(report.isTied()).as("not all those tied are shown").isFalse();
		assertThat(report.isCut()).isTrue();
	}

	/** Fifteen products or fewer are all shown, with nothing to link to. */
	@Test
	void showsEveryProductWhenThereAreNoMoreThanFifteen() {
		for (String product : List.of("Kettle A", "Kettle B")) {
			faulty(dueSoonReturn, product, LocalDate.of(2026, 10, 20));
			faulty(breachedReturn, product, LocalDate.of(2026, 10, 21));
		}

		ModuleReports.RepeatFaults report = reports.repeatFaults(OCTOBER);
		assertThat(report.products()).isEqualTo(2);
		assertThat(report.shown()).hasSize(2);
		assertThat(report.isCut()).isFalse();
		assertThat(reports.repeatFaults(OCTOBER, PageRequest.of(0, 25)).getContent()).isEqualTo(report.shown());
	}

	/** Staff type a product in their own capitals: it is shown as most lines spell it, not lower-cased. */
	@Test
	void namesAProductAsMostOfItsLinesSpellIt() {
		faulty(breachedReturn, "kettle kt-4", LocalDate.of(2026, 10, 2));
		faulty(dueSoonReturn, "kettle kt-4", LocalDate.of(2026, 10, 3));
		faulty(dueSoonReturn, "Kettle KT-4", LocalDate.of(2026, 10, 4));
		faulty(breachedReturn, "Toaster t-5", LocalDate.of(2026, 10, 5));
		faulty(breachedReturn, "TOASTER T-5", LocalDate.of(2026, 10, 6));

		assertThat(reports.repeatFaults(OCTOBER).shown()).extracting(f -> f.product(), f -> f.faultyReturns())
			.containsExactly(tuple("kettle kt-4", 3L), tuple("TOASTER T-5", 2L));
	}

	@Test
	void countsAReturnOfTwoFaultyItemsOfAProductAsOneFaultyReturn() {
		String twoKettles = faulty(breachedReturn, "Kettle KT-2", LocalDate.of(2026, 10, 7));
		line(twoKettles, 2, "kettle kt-2");
		faulty(dueSoonReturn, "Toaster T-9", LocalDate.of(2026, 10, 8));
		line(faulty(dueSoonReturn, "Toaster T-9", LocalDate.of(2026, 10, 9)), 2, "Toaster T-9");

		assertThat(reports.repeatFaults(OCTOBER).shown()).extracting(f -> f.product(), f -> f.faultyReturns(), f -> f.cases())
			.containsExactly(tuple("Toaster T-9", 2L, 1L));
	}

	@Test
	void ranksComplaintRootCausesWithTheirPreventiveMeasures() {
		closure(pausedComplaint, "DELIVERY", "New courier for large items");
		closure(chatComplaint, "DELIVERY", "Text customers on the day of delivery");
		closure(dueSoonReturn, "DELIVERY", "New courier for large items");
		closure(breachedReturn, "STAFF_CONDUCT", "Coaching on the tills");

		var causes = reports.rootCauses(DashboardFilter.none());

		assertThat(causes.complaints()).isEqualTo(4);
		assertThat(causes.causes()).extracting(c -> c.rootCause(), c -> c.complaints(), c -> c.cumulativePercent())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("DELIVERY", 3L, 75.0),
					org.assertj.core.groups.Tuple.tuple("STAFF_CONDUCT", 1L, 100.0));
		assertThat(causes.causes().get(0).measures())
			.containsExactlyInAnyOrder("New courier for large items", "Text customers on the day of delivery");
	}

	@Test
	void findsTheLatestMeasuresOfEachCauseHoweverManyComplaintsOfOtherCausesClosedSince() {
		closure(pausedComplaint, "PRICING", "Check shelf labels", Instant.parse("2026-10-02T12:00:00Z"));
		closure(pausedComplaint, "PRICING", "Price checks at opening", Instant.parse("2026-10-03T12:00:00Z"));
		Instant later = Instant.parse("2026-10-10T12:00:00Z");
		for (int i = 0; i < 310; i++) {
			closure(chatComplaint, "DELIVERY", "Call before delivery, plan " + (i % 4), later.plusSeconds(60L * i));
		}

		var causes = reports.rootCauses(OCTOBER);

		assertThat(causes.causes()).extracting(c -> c.rootCause(), c -> c.measures())
			.containsExactly(
					tuple("DELIVERY", List.of("Call before delivery, plan 1", "Call before delivery, plan 0",
							"Call before delivery, plan 3")),
					tuple("PRICING", List.of("Price checks at opening", "Check shelf labels")));
	}

	@Test
	void summarisesSatisfactionWithDistributionTrendAndComments() {
		feedback(dueSoonReturn, 5, true, "Sorted quickly, thank you", NOW.minus(Duration.ofDays(40)));
		feedback(breachedReturn, 2, false, "Still waiting", NOW.minus(hours(3)));
		feedback(pausedComplaint, 4, true, null, NOW.minus(hours(2)));

		var satisfaction = reports.satisfaction(DashboardFilter.none());

		assertThat(satisfaction.responses()).isEqualTo(3);
		assertThat(satisfaction.average()).isCloseTo(11.0 / 3, org.assertj.core.data.Offset.offset(0.001));
		assertThat(satisfaction.resolvedPercent()).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(0.001));
		assertThat(satisfaction.distribution()).containsExactly(0L, 1L, 0L, 1L, 1L);
		assertThat(satisfaction.trend()).extracting(m -> m.responses()).containsExactly(1L, 2L);
		assertThat(satisfaction.comments()).extracting(c -> c.comment())
			.containsExactly("Still waiting", "Sorted quickly, thank you");
	}

	/** October 2026 in the shop's calendar: from 30 September 23:00 UTC (BST) to 1 November 00:00 UTC (GMT). */
	private static final DashboardFilter OCTOBER = new DashboardFilter(LocalDate.of(2026, 10, 1),
			LocalDate.of(2026, 10, 31), null, null);

	private static DashboardFilter october(ContactChannel channel, CaseType type) {
		return new DashboardFilter(OCTOBER.from(), OCTOBER.to(), channel, type);
	}

	@Test
	void countsRefundsPaidInThePeriodWheneverTheCaseWasLogged() {
		String juneReturn = new CaseRows(jdbc).newCase("RETURN", "CLOSED", Instant.parse("2026-06-10T09:00:00Z"))
			.insert();
		paid(juneReturn, "40.00", LocalDate.of(2026, 10, 1));
		paid(juneReturn, "60.00", LocalDate.of(2026, 10, 31));
		paid(juneReturn, "7.00", LocalDate.of(2026, 9, 30));
		paid(breachedReturn, "999.00", LocalDate.of(2026, 11, 1));
		rma(breachedReturn, "FAULTY", "FULL_REFUND", false, "CRA 2015 ss.20-22", "500.00", LocalDate.of(2026, 10, 20),
				null, "AUTHORISED", "Fridge");

		var value = reports.refundValue(OCTOBER);

		assertThat(value.statutory()).isEqualByComparingTo("100.00");
		assertThat(value.goodwill()).isEqualByComparingTo("0");
		assertThat(value.byReason()).extracting(r -> r.label(), r -> r.refunds())
			.containsExactly(tuple("NOT_AS_DESCRIBED", 2L));
	}

	@Test
	void countsComplaintsClosedInThePeriodByTheShopsClock() {
		closure(chatComplaint, "DELIVERY", "Book a two-hour slot", Instant.parse("2026-09-30T23:30:00Z"));
		closure(dueSoonReturn, "DELIVERY", "Call before delivery", Instant.parse("2026-10-31T23:30:00Z"));
		closure(pausedComplaint, "STAFF_CONDUCT", "Coaching on the tills", Instant.parse("2026-09-30T22:30:00Z"));
		closure(pausedComplaint, "PRICING", "Check shelf labels", Instant.parse("2026-11-01T00:30:00Z"));

		var causes = reports.rootCauses(OCTOBER);

		assertThat(causes.complaints()).isEqualTo(2);
		assertThat(causes.causes()).singleElement().satisfies(cause -> {
			assertThat(cause.rootCause()).isEqualTo("DELIVERY");
			assertThat(cause.measures()).containsExactly("Call before delivery", "Book a two-hour slot");
		});
	}

	@Test
	void countsAComplaintClosedTwiceOnceUnderTheCauseOfItsLatestClosing() {
		closure(pausedComplaint, "DELIVERY", "New courier for large items", Instant.parse("2026-10-05T12:00:00Z"));
		closure(pausedComplaint, "PROCESS", "One form for all refunds", Instant.parse("2026-10-20T12:00:00Z"));
		closure(chatComplaint, "DELIVERY", "Text customers on the day", Instant.parse("2026-10-10T12:00:00Z"));

		var causes = reports.rootCauses(OCTOBER);

		assertThat(causes.complaints()).isEqualTo(2);
		assertThat(causes.causes()).extracting(c -> c.rootCause(), c -> c.complaints(), c -> c.cumulativePercent())
			.containsExactly(tuple("DELIVERY", 1L, 50.0), tuple("PROCESS", 1L, 100.0));
		// Every measure recorded was something done, so the earlier closing's measure is still listed.
		assertThat(causes.causes().get(0).measures())
			.containsExactly("Text customers on the day", "New courier for large items");
	}

	@Test
	void countsAComplaintClosedTwiceWithTheSameCauseOnce() {
		closure(pausedComplaint, "STAFF_CONDUCT", "Coaching on the tills", Instant.parse("2026-10-03T12:00:00Z"));
		closure(pausedComplaint, "STAFF_CONDUCT", "A second person at the desk", Instant.parse("2026-10-08T12:00:00Z"));

		var causes = reports.rootCauses(OCTOBER);

		assertThat(causes.complaints()).isEqualTo(1);
		assertThat(causes.causes()).extracting(c -> c.rootCause(), c -> c.complaints(), c -> c.percent())
			.containsExactly(tuple("STAFF_CONDUCT", 1L, 100.0));
		assertThat(causes.causes().get(0).measures())
			.containsExactly("A second person at the desk", "Coaching on the tills");
	}

	@Test
	void countsAComplaintClosedAgainAfterThePeriodUnderItsClosingInThePeriod() {
		closure(pausedComplaint, "PRODUCT_DEFECT", "Test the batch", Instant.parse("2026-10-15T12:00:00Z"));
		closure(pausedComplaint, "PRICING", "Check shelf labels", Instant.parse("2026-11-01T12:00:00Z"));

		assertThat(reports.rootCauses(OCTOBER).causes()).extracting(c -> c.rootCause(), c -> c.complaints())
			.containsExactly(tuple("PRODUCT_DEFECT", 1L));
		assertThat(reports.rootCauses(DashboardFilter.none()).causes()).extracting(c -> c.rootCause(), c -> c.complaints())
			.containsExactly(tuple("PRICING", 1L));
	}

	@Test
	void countsFaultyReturnsRaisedInThePeriod() {
		String juneReturn = new CaseRows(jdbc).newCase("RETURN", "CLOSED", Instant.parse("2026-06-10T09:00:00Z"))
			.insert();
		faulty(juneReturn, "Kettle KT-1", LocalDate.of(2026, 10, 1));
		faulty(breachedReturn, "Kettle KT-1", LocalDate.of(2026, 10, 31));
		faulty(juneReturn, "Toaster", LocalDate.of(2026, 10, 5));
		faulty(juneReturn, "Toaster", LocalDate.of(2026, 9, 30));
		faulty(breachedReturn, "Fridge", LocalDate.of(2026, 11, 1));
		faulty(breachedReturn, "Fridge", LocalDate.of(2026, 11, 2));

		assertThat(reports.repeatFaults(OCTOBER).shown()).extracting(f -> f.product(), f -> f.faultyReturns(), f -> f.cases())
			.containsExactly(tuple("Kettle KT-1", 2L, 2L));
	}

	@Test
	void countsFeedbackReceivedInThePeriodWheneverTheCaseWasLogged() {
		feedback(chatComplaint, 5, true, "Lovely, thank you", Instant.parse("2026-10-10T12:00:00Z"));
		feedback(pausedComplaint, 3, true, null, Instant.parse("2026-10-31T23:30:00Z"));
		feedback(breachedReturn, 1, false, "Too late", Instant.parse("2026-11-01T00:30:00Z"));
		feedback(dueSoonReturn, 2, false, "Before the period", Instant.parse("2026-09-30T22:30:00Z"));
		// 00:30 on 1 October in London (summer time): October's in the total and in the monthly trend alike.
		feedback(breachedReturn, 4, true, null, Instant.parse("2026-09-30T23:30:00Z"));

		var satisfaction = reports.satisfaction(OCTOBER);

		assertThat(satisfaction.responses()).isEqualTo(3);
		assertThat(satisfaction.average()).isEqualTo(4.0);
		assertThat(satisfaction.resolvedPercent()).isEqualTo(100.0);
		assertThat(satisfaction.distribution()).containsExactly(0L, 0L, 1L, 1L, 1L);
		assertThat(satisfaction.trend()).extracting(m -> m.month(), m -> m.responses(), m -> m.average())
			.containsExactly(tuple(YearMonth.of(2026, 10), 3L, 4.0));
		assertThat(satisfaction.comments()).extracting(c -> c.caseNumber(), c -> c.comment())
			.containsExactly(tuple(chatComplaint, "Lovely, thank you"));
	}

	@Test
	void channelAndTypeOfTheCaseStillRestrictEveryReport() {
		// breachedReturn came in by phone; chatComplaint by chat; pausedComplaint by e-mail.
		paid(breachedReturn, "80.00", LocalDate.of(2026, 10, 20));
		paid(dueSoonReturn, "20.00", LocalDate.of(2026, 10, 21));
		faulty(breachedReturn, "Kettle", LocalDate.of(2026, 10, 2));
		faulty(breachedReturn, "Kettle", LocalDate.of(2026, 10, 3));
		faulty(dueSoonReturn, "Kettle", LocalDate.of(2026, 10, 4));
		closure(chatComplaint, "DELIVERY", "Call before delivery", Instant.parse("2026-10-10T12:00:00Z"));
		closure(pausedComplaint, "PRODUCT_DEFECT", "Test the batch", Instant.parse("2026-10-11T12:00:00Z"));
		closure(breachedReturn, "PROCESS", "Shorter form", Instant.parse("2026-10-12T12:00:00Z"));
		feedback(breachedReturn, 2, false, "Slow refund", Instant.parse("2026-10-20T12:00:00Z"));
		feedback(chatComplaint, 4, true, "Good in the end", Instant.parse("2026-10-21T12:00:00Z"));

		DashboardFilter phone = october(ContactChannel.PHONE, null);
		assertThat(reports.refundValue(phone).statutory()).isEqualByComparingTo("80.00");
		assertThat(reports.repeatFaults(phone).shown()).extracting(f -> f.product(), f -> f.faultyReturns(), f -> f.cases())
			.containsExactly(tuple("Kettle", 2L, 1L));
		assertThat(reports.rootCauses(phone).causes()).extracting(c -> c.rootCause()).containsExactly("PROCESS");
		assertThat(reports.satisfaction(phone).comments()).extracting(c -> c.comment()).containsExactly("Slow refund");

		DashboardFilter complaints = october(null, CaseType.COMPLAINT);
		assertThat(reports.refundValue(complaints).isEmpty()).isTrue();
		assertThat(reports.repeatFaults(complaints).shown()).isEmpty();
		assertThat(reports.rootCauses(complaints).causes()).extracting(c -> c.rootCause())
			.containsExactly("DELIVERY", "PRODUCT_DEFECT");
		assertThat(reports.satisfaction(complaints).distribution()).containsExactly(0L, 0L, 0L, 1L, 0L);

		DashboardFilter chatComplaints = october(ContactChannel.CHAT, CaseType.COMPLAINT);
		assertThat(reports.rootCauses(chatComplaints).causes()).extracting(c -> c.rootCause())
			.containsExactly("DELIVERY");
		assertThat(reports.satisfaction(chatComplaints).responses()).isEqualTo(1);
		assertThat(reports.satisfaction(october(ContactChannel.WEB, null)).responses()).isZero();
	}

	private static Duration hours(long hours) {
		return Duration.ofHours(hours);
	}

	@Test
	void countsOpenCasesByTypeStatusAgeAndSla() {
		OpenCaseDashboard open = dashboard.openCases(DashboardFilter.none());

		assertThat(open.total()).isEqualTo(5);
		assertThat(open.byType()).containsEntry(CaseType.RETURN, 2L)
			.containsEntry(CaseType.COMPLAINT, 2L)
			.containsEntry(CaseType.QUERY, 1L);
		assertThat(open.byTypeAndStatus().get(CaseType.RETURN)).containsEntry(CaseStatus.OPEN, 1L)
			.containsEntry(CaseStatus.IN_PROGRESS, 1L)
			.containsEntry(CaseStatus.AWAITING_CUSTOMER, 0L);
		assertThat(open.byStatus()).doesNotContainKey(CaseStatus.CLOSED).containsEntry(CaseStatus.OPEN, 2L);
		assertThat(open.byAge()).containsEntry(CaseAge.UNDER_1_DAY, 1L)
			.containsEntry(CaseAge.DAYS_1_TO_3, 1L)
			.containsEntry(CaseAge.DAYS_3_TO_7, 1L)
			.containsEntry(CaseAge.OVER_7_DAYS, 2L);
		// The paused complaint's clock is stopped; the reopened query's first response is overdue but not yet marked.
		assertThat(open.bySla()).containsEntry(SlaFilter.BREACHED, 1L).containsEntry(SlaFilter.DUE_SOON, 2L);
		assertThat(open.awaitingApproval()).isEqualTo(1);
	}

	@Test
	void countsOpenCasesPerMemberOfStaff() {
		assertThat(dashboard.openCases(DashboardFilter.none()).byAssignee())
			.extracting(OpenCaseDashboard.StaffLoad::assignee, OpenCaseDashboard.StaffLoad::open,
					OpenCaseDashboard.StaffLoad::breached, OpenCaseDashboard.StaffLoad::overSevenDays)
			.containsExactly(tuple("sam", 2L, 1L, 0L), tuple("sue", 2L, 0L, 1L), tuple(null, 1L, 0L, 1L));
	}

	@Test
	void countsOnlyCasesMatchingTheFilters() {
		assertThat(dashboard.openCases(new DashboardFilter(null, null, ContactChannel.EMAIL, null)).total())
			.isEqualTo(2);
		assertThat(dashboard.openCases(new DashboardFilter(null, null, null, CaseType.COMPLAINT)).total())
			.isEqualTo(2);
		assertThat(dashboard.openCases(new DashboardFilter(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 2), null,
				null)).total()).isEqualTo(4);
		assertThat(dashboard.openCases(new DashboardFilter(null, LocalDate.of(2025, 10, 15), null, null)).total())
			.isEqualTo(1);
	}

	@Test
	void everyFigureLinksToAListOfThatManyCases() {
		DashboardFilter filter = new DashboardFilter(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 2), null, null);
		OpenCaseDashboard open = dashboard.openCases(filter);
		CaseListFilter base = filter.caseList().openOnly();

		assertThat(listed(base)).isEqualTo(open.total());
		for (SlaFilter sla : SlaFilter.values()) {
			assertThat(listed(base.withSla(sla))).as(sla.name()).isEqualTo(open.bySla().get(sla));
		}
		for (CaseAge age : CaseAge.values()) {
			assertThat(listed(base.withAge(age))).as(age.name()).isEqualTo(open.byAge().get(age));
		}
		for (CaseType type : CaseType.values()) {
			for (CaseStatus status : CaseStatus.ACTIVE) {
				assertThat(listed(base.withType(type).withStatus(status)))
					.isEqualTo(open.byTypeAndStatus().get(type).get(status));
			}
		}
		assertThat(listed(base.withApproval(ApprovalState.PENDING))).isEqualTo(open.awaitingApproval());
		assertThat(listed(base.withAssignee("sue"))).isEqualTo(2);
		assertThat(open.byAssignee()).extracting(OpenCaseDashboard.StaffLoad::assignee).containsNull();
		for (OpenCaseDashboard.StaffLoad load : open.byAssignee()) {
			CaseListFilter owned = load.assignee() == null ? base.unassignedOnly() : base.withAssignee(load.assignee());
			assertThat(listed(owned)).as("open of %s", load.assignee()).isEqualTo(load.open());
			assertThat(listed(owned.withSla(SlaFilter.BREACHED))).as("breached of %s", load.assignee())
				.isEqualTo(load.breached());
			assertThat(listed(owned.withAge(CaseAge.OVER_7_DAYS))).as("over 7 days of %s", load.assignee())
				.isEqualTo(load.overSevenDays());
		}
	}

	private long listed(CaseListFilter filter) {
		return export.export(filter.toQuery("manager", NOW, LONDON), new StringWriter());
	}

	@Test
	void countsPendingApprovalsByKindWithTheOldest() {
		assertThat(dashboard.pendingApprovals(DashboardFilter.none()))
			.extracting(ApprovalFigures.Pending::kind, ApprovalFigures.Pending::requests,
					ApprovalFigures.Pending::oldestRequestedAt)
			.containsExactly(tuple(ApprovalKind.REFUND, 1L, NOW.minus(hours(5))),
					tuple(ApprovalKind.REVIEW, 1L, NOW.minus(hours(1))));
		assertThat(dashboard.pendingApprovals(new DashboardFilter(null, null, ContactChannel.PHONE, null)))
			.extracting(ApprovalFigures.Pending::kind)
			.containsExactly(ApprovalKind.REFUND);
	}

	@Test
	void listsThePendingRequestsEachCountCountsInTheQueuesOrder() {
		CaseRows rows = new CaseRows(jdbc);
		rows.approval(chatComplaint, "REFUND", "PENDING", NOW.minus(hours(30)), null);
		rows.approval(dueSoonReturn, "REFUND", "PENDING", NOW.minus(hours(2)), null);
		jdbc.sql("update approval_request set urgent = true where case_number = :c and status = 'PENDING'")
			.param("c", dueSoonReturn).update();

		for (DashboardFilter filter : List.of(DashboardFilter.none(), october(ContactChannel.PHONE, null),
				new DashboardFilter(null, null, null, CaseType.COMPLAINT))) {
			for (ApprovalFigures.Pending pending : dashboard.pendingApprovals(filter)) {
				var listed = dashboard.pendingApprovals(filter, pending.kind(), PageRequest.of(0, 25));
				assertThat(listed.getTotalElements()).as("%s of %s", pending.kind(), filter)
					.isEqualTo(pending.requests());
				assertThat(listed.getContent()).hasSize((int) pending.requests())
					.allSatisfy(w -> assertThat(w.kind()).isEqualTo(pending.kind()));
			}
		}
		assertThat(dashboard.pendingApprovals(DashboardFilter.none(), ApprovalKind.REFUND, PageRequest.of(0, 25)))
			.extracting(ApprovalFigures.Waiting::caseNumber, ApprovalFigures.Waiting::urgent)
			.containsExactly(tuple(dueSoonReturn, true), tuple(chatComplaint, false), tuple(breachedReturn, false));
		assertThat(dashboard.pendingApprovals(DashboardFilter.none(), null, PageRequest.of(1, 2)))
			.extracting(ApprovalFigures.Waiting::caseNumber, ApprovalFigures.Waiting::kind)
			.containsExactly(tuple(breachedReturn, ApprovalKind.REFUND), tuple(pausedComplaint, ApprovalKind.REVIEW));
	}

	@Test
	void measuresApprovalTurnaroundOverTheLastThirtyDays() {
		assertThat(dashboard.approvalTurnaround(DashboardFilter.none()))
			.extracting(ApprovalFigures.Turnaround::kind, ApprovalFigures.Turnaround::decided,
					ApprovalFigures.Turnaround::approved, ApprovalFigures.Turnaround::medianHours,
					ApprovalFigures.Turnaround::averageHours)
			.containsExactly(tuple(ApprovalKind.REFUND, 3L, 2L, 6.0, 5.0));
		assertThat(dashboard.approvalTurnaround(new DashboardFilter(LocalDate.of(2026, 9, 1), null, null, null)))
			.extracting(ApprovalFigures.Turnaround::kind)
			.containsExactly(ApprovalKind.GOODWILL_EXCEPTION, ApprovalKind.REFUND);
		assertThat(dashboard.approvalTurnaround(new DashboardFilter(null, null, ContactChannel.PHONE, null))).isEmpty();
	}

	@Test
	void measuresApprovalTurnaroundOverTheThirtyDaysUpToTheEndChosen() {
		// The goodwill exception was decided on 23 September; the refunds in late October, after the end chosen.
		DashboardFilter toSeptemberEnd = new DashboardFilter(null, LocalDate.of(2026, 9, 30), null, null);

		assertThat(dashboard.approvalTurnaround(toSeptemberEnd))
			.extracting(ApprovalFigures.Turnaround::kind, ApprovalFigures.Turnaround::decided)
			.containsExactly(tuple(ApprovalKind.GOODWILL_EXCEPTION, 1L));
		// 30 shop days up to 22 September end at its midnight: the decision on the 23rd is after them.
		assertThat(dashboard.approvalTurnaround(new DashboardFilter(null, LocalDate.of(2026, 9, 22), null, null)))
			.isEmpty();
		// The 30 days up to 22 October start at midnight on 23 September, so the decision that morning is in them.
		assertThat(dashboard.approvalTurnaround(new DashboardFilter(null, LocalDate.of(2026, 10, 22), null, null)))
			.extracting(ApprovalFigures.Turnaround::kind)
			.containsExactly(ApprovalKind.GOODWILL_EXCEPTION);
	}

	@Test
	void listsTheDecidedRequestsEachTurnaroundCountCountsLatestDecisionFirst() {
		CaseRows rows = new CaseRows(jdbc);
		rows.approval(breachedReturn, "REFUND", "REJECTED", NOW.minus(Duration.ofDays(2)),
				NOW.minus(Duration.ofDays(2)).plus(hours(3)));
		rows.approval(chatComplaint, "REVIEW", "APPROVED", Instant.parse("2026-10-20T09:00:00Z"),
				Instant.parse("2026-10-20T09:30:00Z"));
		// Decided just before the last 30 days began, and asked long before them: counted in neither.
		rows.approval(pausedComplaint, "REVIEW", "APPROVED", NOW.minus(Duration.ofDays(60)),
				NOW.minus(Duration.ofDays(30)).minusSeconds(1));

		for (DashboardFilter filter : List.of(DashboardFilter.none(), OCTOBER, october(ContactChannel.PHONE, null),
				new DashboardFilter(null, null, null, CaseType.COMPLAINT), new DashboardFilter(null, null,
						ContactChannel.EMAIL, null),
				new DashboardFilter(null, LocalDate.of(2026, 9, 30), null, null),
				new DashboardFilter(LocalDate.of(2026, 9, 1), null, null, CaseType.RETURN))) {
			List<ApprovalFigures.Turnaround> turnaround = dashboard.approvalTurnaround(filter);
			assertThat(turnaround).as("turnaround of %s", filter).isNotEmpty();
			for (ApprovalFigures.Turnaround figures : turnaround) {
				var decided = dashboard.decidedApprovals(filter, figures.kind(), null, PageRequest.of(0, 25));
				assertThat(decided.getTotalElements()).as("%s decided of %s", figures.kind(), filter)
					.isEqualTo(figures.decided());
				assertThat(decided.getContent()).hasSize((int) figures.decided())
					.allSatisfy(d -> assertThat(d.kind()).isEqualTo(figures.kind()));
				var approved = dashboard.decidedApprovals(filter, figures.kind(), ApprovalStatus.APPROVED,
						PageRequest.of(0, 25));
				assertThat(approved.getTotalElements()).as("%s approved of %s", figures.kind(), filter)
					.isEqualTo(figures.approved());
				assertThat(approved.getContent()).hasSize((int) figures.approved())
					.allSatisfy(d -> assertThat(d.outcome()).isEqualTo(ApprovalStatus.APPROVED));
			}
		}
		assertThat(dashboard.decidedApprovals(DashboardFilter.none(), ApprovalKind.REFUND, null, PageRequest.of(0, 25)))
			.extracting(ApprovalFigures.Decided::caseNumber, ApprovalFigures.Decided::outcome,
					ApprovalFigures.Decided::decidedBy, ApprovalFigures.Decided::hoursTaken)
			.containsExactly(tuple(breachedReturn, ApprovalStatus.REJECTED, "sue", 3.0),
					tuple(dueSoonReturn, ApprovalStatus.APPROVED, "sue", 7.0),
					tuple(dueSoonReturn, ApprovalStatus.REJECTED, "sue", 6.0),
					tuple(dueSoonReturn, ApprovalStatus.APPROVED, "sue", 2.0));
		assertThat(dashboard.decidedApprovals(DashboardFilter.none(), null, ApprovalStatus.REJECTED,
				PageRequest.of(1, 1)))
			.extracting(ApprovalFigures.Decided::caseNumber, ApprovalFigures.Decided::requestedAt)
			.containsExactly(tuple(dueSoonReturn, NOW.minus(Duration.ofDays(5))));
	}

	@Test
	void countsEachMonthOfAgreementInTheShopsTimeZone() {
		CaseRows rows = new CaseRows(jdbc);
		// 00:30 on 1 October and 23:30 on 31 October in London: both October's, though the first is 30 September in UTC.
		rows.newCase("QUERY", "OPEN", Instant.parse("2026-09-30T23:30:00Z")).insert();
		rows.newCase("QUERY", "OPEN", Instant.parse("2026-10-31T23:30:00Z")).insert();

		ClassifierAgreement october = reports.classifierAgreement(OCTOBER);
		assertThat(october.byMonth()).extracting(ClassifierAgreement.MonthRate::month)
			.containsExactly(YearMonth.of(2026, 10));
		assertThat(october.byMonth().get(0).rate()).isEqualTo(october.overall());
	}

	@Test
	void measuresHowOftenStaffKeptTheSuggestedType() {
		ClassifierAgreement agreement = reports.classifierAgreement(DashboardFilter.none());

		assertThat(agreement.overall()).isEqualTo(new ClassifierAgreement.Rate(6, 4));
		assertThat(agreement.byType()).containsEntry(CaseType.RETURN, new ClassifierAgreement.Rate(2, 1))
			.containsEntry(CaseType.COMPLAINT, new ClassifierAgreement.Rate(2, 2))
			.containsEntry(CaseType.QUERY, new ClassifierAgreement.Rate(2, 1));
		assertThat(agreement.suggestedByConfirmed().get(CaseType.RETURN)).containsEntry(CaseType.COMPLAINT, 1L)
			.containsEntry(CaseType.RETURN, 1L);
		assertThat(agreement.byMonth()).containsExactly(
				new ClassifierAgreement.MonthRate(YearMonth.of(2025, 10), new ClassifierAgreement.Rate(1, 1)),
				new ClassifierAgreement.MonthRate(YearMonth.of(2026, 10), new ClassifierAgreement.Rate(4, 2)),
				new ClassifierAgreement.MonthRate(YearMonth.of(2026, 11), new ClassifierAgreement.Rate(1, 1)));
		assertThat(reports.classifierAgreement(new DashboardFilter(null, null, null, CaseType.QUERY)).overall())
			.isEqualTo(new ClassifierAgreement.Rate(2, 1));
	}

	@Test
	void exportsTheFilteredListAsCsvNewestFirst() {
		new CaseRows(jdbc).newCase("COMPLAINT", "OPEN", NOW.minus(hours(1)))
			.with("customer_name", "Pat \"Paddy\" O'Brien, Jr")
			.with("customer_phone", "+44 7700 900123")
			.with("description", "=HYPERLINK(\"http://x\")\nsecond line")
			.insert();
		StringWriter out = new StringWriter();

		long written = export.export(CaseQuery.all().activeOnly().withChannel(ContactChannel.EMAIL), out);

		List<List<String>> rows = Csv.parse(out.toString());
		assertThat(written).isEqualTo(3);
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0)).hasSize(23).startsWith("case_number", "created_at", "type");
		assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(23));
		List<String> newest = rows.get(1);
		assertThat(newest.get(1)).isEqualTo("2026-11-02 09:00:00");
		assertThat(newest.get(7)).isEqualTo("Pat \"Paddy\" O'Brien, Jr");
		assertThat(newest.get(9)).isEqualTo("'+44 7700 900123");
		assertThat(newest.get(22)).isEqualTo("'=HYPERLINK(\"http://x\")\nsecond line");
		assertThat(rows.get(2).get(0)).isEqualTo(dueSoonReturn);
		assertThat(rows.get(3).get(0)).isEqualTo(pausedComplaint);
		assertThat(rows.get(3).get(4)).isEqualTo("AWAITING_CUSTOMER");
	}

	@Test
	void exportsCasesLoggedAtTheSameMomentLatestNumberedFirstAsTheListDoes() {
		CaseRows rows = new CaseRows(jdbc);
		Instant sameMoment = Instant.parse("2026-10-20T09:17:43Z");
		String email = java.util.UUID.randomUUID() + "@example.com";
		List<String> logged = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			logged.add(rows.newCase("QUERY", "OPEN", sameMoment).with("customer_email", email).insert());
		}
		java.util.Collections.reverse(logged);
		StringWriter out = new StringWriter();

		// Found by email, the rows come off that index in the order they were written, not newest first.
		export.export(new CaseQuery(null, null, null, email), out);

		assertThat(Csv.parse(out.toString()).stream().skip(1).map(row -> row.get(0))).containsExactlyElementsOf(logged);
	}

	@Test
	void exportsTimesAsTheShopsClockShowedThemEitherSideOfTheChangeToSummerTime() {
		String email = java.util.UUID.randomUUID() + "@example.com";
		CaseRows rows = new CaseRows(jdbc);
		// The clocks went forward at 01:00 UTC on 29 March 2026: 00:30 UTC was 00:30 GMT, 01:30 UTC was 02:30 BST.
		String winter = rows.newCase("QUERY", "CLOSED", Instant.parse("2026-03-29T00:30:00Z"))
			.with("customer_email", email)
			.with("closed_at", Instant.parse("2026-03-29T01:30:00Z"))
			.insert();
		String summer = rows.newCase("QUERY", "OPEN", Instant.parse("2026-03-29T01:30:00Z"))
			.with("customer_email", email)
			.insert();
		StringWriter out = new StringWriter();

		export.export(new CaseQuery(null, null, null, email), out);

		List<List<String>> csv = Csv.parse(out.toString());
		assertThat(csv).extracting(row -> row.get(0), row -> row.get(1), row -> row.get(21))
			.containsExactly(tuple("case_number", "created_at", "closed_at"),
					tuple(summer, "2026-03-29 02:30:00", ""), tuple(winter, "2026-03-29 00:30:00", "2026-03-29 02:30:00"));
	}

	@Test
	void exportsWhatATextSearchFinds() {
		StringWriter out = new StringWriter();

		assertThat(export.export(new CaseQuery(null, null, null, "JANE@example.com"), out)).isEqualTo(6);
		assertThat(export.export(new CaseQuery(null, null, null, "jane sm"), new StringWriter())).isEqualTo(6);
		assertThat(export.export(new CaseQuery(null, null, null, breachedReturn.toLowerCase()), new StringWriter()))
			.isEqualTo(1);
		assertThat(export.export(new CaseQuery(null, null, null, "100%_"), new StringWriter())).isZero();
	}

	@Test
	void exportsTheCasesOfANameWhetherItOrTheSearchWasTypedWithAccents() {
		// Keys as the case module makes them: folded (see SearchKeys).
		new CaseRows(jdbc).newCase("QUERY", "OPEN", NOW.minus(hours(1)))
			.with("customer_name", "Zoë Ünïcödé")
			.with("customer_name_key", "zoe unicode")
			.with("customer_surname_key", "unicode")
			.insert();
		new CaseRows(jdbc).newCase("QUERY", "OPEN", NOW.minus(hours(1)))
			.with("customer_name", "Zoe Marshall")
			.with("customer_name_key", "zoe marshall")
			.with("customer_surname_key", "marshall")
			.insert();

		assertThat(export.export(new CaseQuery(null, null, null, "Zoë"), new StringWriter())).isEqualTo(2);
		assertThat(export.export(new CaseQuery(null, null, null, "Zoe"), new StringWriter())).isEqualTo(2);
		assertThat(export.export(new CaseQuery(null, null, null, "Ünï"), new StringWriter())).isEqualTo(1);
	}

	@Test
	void exportsTheCasesOfASurnameOfMoreThanOneWordFoundByItsStart() {
		// Keys as the case module makes them (see SearchKeys): the surname key is the last word.
		new CaseRows(jdbc).newCase("QUERY", "OPEN", NOW.minus(hours(1)))
			.with("customer_name", "Siobhán Ó Briain")
			.with("customer_name_key", "siobhan o briain")
			.with("customer_surname_key", "briain")
			.insert();
		new CaseRows(jdbc).newCase("QUERY", "OPEN", NOW.minus(hours(1)))
			.with("customer_name", "Dylan Mac Giolla")
			.with("customer_name_key", "dylan mac giolla")
			.with("customer_surname_key", "giolla")
			.insert();

		assertThat(export.export(new CaseQuery(null, null, null, "Ó Briain"), new StringWriter())).isEqualTo(1);
		assertThat(export.export(new CaseQuery(null, null, null, "mac gi"), new StringWriter())).isEqualTo(1);
		assertThat(export.export(new CaseQuery(null, null, null, "Giolla"), new StringWriter())).isEqualTo(1);
		assertThat(export.export(new CaseQuery(null, null, null, "Giolla Mac"), new StringWriter())).isZero();
	}

	@Test
	void exportsEachCaseTheTextFindsOnceAndOnlyThoseTheFiltersKeepWhicheverWayItIsFound() {
		CaseRows rows = new CaseRows(jdbc);
		String nameAndSurname = person(rows, "COMPLAINT", 1, "Quinn Quinnell", "quinnell").insert();
		person(rows, "QUERY", 2, "Quinn Quinnell", "quinnell").insert();
		String surname = person(rows, "COMPLAINT", 3, "Mary Quinn", "quinn").insert();
		person(rows, "QUERY", 4, "Mary Quinn", "quinn").insert();
		String laterWords = person(rows, "COMPLAINT", 5, "Sean Mac Quinn", "quinn").insert();
		person(rows, "QUERY", 6, "Sean Mac Quinn", "quinn").insert();
		String orderReference = person(rows, "COMPLAINT", 7, "Ann Lee", "lee").with("order_reference", "W-770001")
			.insert();
		person(rows, "QUERY", 8, "Ann Lee", "lee").with("order_reference", "W-770001").insert();
		String phone = person(rows, "COMPLAINT", 9, "Ann Lee", "lee").with("customer_phone", "07700 900555")
			.with("customer_phone_key", ContactDetails.phoneKey("07700 900555"))
			.insert();
		person(rows, "QUERY", 10, "Ann Lee", "lee").with("customer_phone", "07700 900555")
			.with("customer_phone_key", ContactDetails.phoneKey("07700 900555"))
			.insert();

		assertThat(exportedComplaints("quinn")).containsExactly(nameAndSurname, surname, laterWords);
		assertThat(exportedComplaints("mac quinn")).containsExactly(laterWords);
		assertThat(exportedComplaints("w-770001")).containsExactly(orderReference);
		assertThat(exportedComplaints("07700 900555")).containsExactly(phone);
	}

	private static CaseRows.Builder person(CaseRows rows, String type, int hoursAgo, String name, String surnameKey) {
		return rows.newCase(type, "OPEN", NOW.minus(hours(hoursAgo)))
			.with("customer_name", name)
			.with("customer_name_key", name.toLowerCase(java.util.Locale.ROOT))
			.with("customer_surname_key", surnameKey);
	}

	private List<String> exportedComplaints(String text) {
		StringWriter out = new StringWriter();
		long written = export.export(new CaseQuery(CaseType.COMPLAINT, null, null, text), out);
		List<String> caseNumbers = Csv.parse(out.toString()).stream().skip(1).map(row -> row.get(0)).toList();
		assertThat(written).isEqualTo(caseNumbers.size());
		return caseNumbers;
	}

}
