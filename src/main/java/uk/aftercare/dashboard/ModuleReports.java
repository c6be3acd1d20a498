package uk.aftercare.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.data.domain.Page;

/** The figures of the reports over other modules' records: returns, closing and feedback. */
public final class ModuleReports {

	private ModuleReports() {
	}

	/** Money paid back, split by the law's share and the shop's goodwill, by reason code and by legal basis. */
	public record RefundValue(BigDecimal statutory, BigDecimal goodwill, List<Row> byReason, List<Row> byLegalBasis) {

		public BigDecimal total() {
			return statutory.add(goodwill);
		}

		public boolean isEmpty() {
			return byReason.isEmpty();
		}

		public record Row(String label, long refunds, BigDecimal total) {
		}

	}

	/** Complaint root causes, most frequent first, with the running share (Pareto) and recent preventive measures. */
	public record RootCauses(long complaints, List<Cause> causes) {

		public record Cause(String rootCause, long complaints, double percent, double cumulativePercent,
				List<String> measures) {
		}

	}

	/** A product returned as faulty more than once. */
	public record RepeatFault(String product, long faultyReturns, long cases) {
	}

	/**
	 * The first products with repeat faults, most faults first: at least {@code top} of them, more when others are
	 * tied with the last, and how many {@code products} have repeat faults in all.
	 */
	/**
	 * The first products with repeat faults, of {@code products} in all; {@code tieGoesOn} when more products than
	 * shown are tied with the last shown.
	 */
	public record RepeatFaults(long products, int top, List<RepeatFault> shown, boolean tieGoesOn) {

		public boolean isEmpty() {
			return shown.isEmpty();
		}

		/** Some products with repeat faults are not shown: the page says so and links to them all. */
		public boolean isCut() {
			return shown.size() < products;
		}

		/** More than {@code top} are shown because the products after it are tied with it, and all of those are. */
		public boolean isTied() {
			return shown.size() > top && !tieGoesOn;
		}

	}

	/**
	 * The faulty returns of one product behind a row of repeat faults, a page of them, with how many there are and on
	 * how many cases: the row's two figures.
	 */
	public record FaultyReturns(long returns, long cases, Page<FaultyReturn> page) {

		public record FaultyReturn(String rmaNumber, String caseNumber, LocalDate raisedOn) {
		}

	}

	/** What customers said: average score, distribution, resolution rate, trend and the latest comments. */
	public record Satisfaction(long responses, double average, double resolvedPercent, List<Long> distribution,
			List<Month> trend, List<Comment> comments) {

		/** The average score as the reports' headline shows it. */
		public BigDecimal roundedAverage() {
			return OneDecimal.of(average);
		}

		public record Month(YearMonth month, long responses, double average) {

			/** The month's average score as its table and the trend chart both show it. */
			public BigDecimal roundedAverage() {
				return OneDecimal.of(average);
			}

		}

		public record Comment(String caseNumber, int score, boolean resolved, String comment, Instant recordedAt) {
		}

		/** The same figures with these comments. */
		public Satisfaction withComments(List<Comment> latest) {
			return new Satisfaction(responses, average, resolvedPercent, distribution, trend, latest);
		}

	}

	/** Refunds agreed but not paid by their due date (CRA 2015 s.20(15), CCR 2013 reg 34). */
	public record UnpaidRefunds(long count, BigDecimal total, List<Item> oldest) {

		public record Item(String rmaNumber, String caseNumber, BigDecimal amount, LocalDate dueOn) {
		}

	}

}
