package uk.aftercare.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.aftercare.classification.CaseType;

/**
 * How often staff confirmed the classifier's suggested type: overall, per confirmed type, what was suggested for each
 * confirmed type, and month by month.
 */
public record ClassifierAgreement(Rate overall, Map<CaseType, Rate> byType,
		Map<CaseType, Map<CaseType, Long>> suggestedByConfirmed, List<MonthRate> byMonth) {

	/** {@code agreed} of {@code cases} kept the suggested type. */
	public record Rate(long cases, long agreed) {

		public double percent() {
			return cases == 0 ? 0 : 100.0 * agreed / cases;
		}

		/** The percentage as the reports' tables and charts show it. */
		public BigDecimal roundedPercent() {
			return OneDecimal.of(percent());
		}

		Rate plus(long moreCases, long moreAgreed) {
			return new Rate(cases + moreCases, agreed + moreAgreed);
		}

	}

	public record MonthRate(YearMonth month, Rate rate) {
	}

	/** One group of the count: cases logged in a month with this confirmed and suggested type. */
	record Cell(YearMonth month, CaseType type, CaseType suggested, long cases) {
	}

	static ClassifierAgreement fold(List<Cell> cells) {
		Rate overall = new Rate(0, 0);
		Map<CaseType, Rate> byType = new EnumMap<>(CaseType.class);
		Map<CaseType, Map<CaseType, Long>> matrix = new EnumMap<>(CaseType.class);
		for (CaseType type : CaseType.values()) {
			byType.put(type, new Rate(0, 0));
			Map<CaseType, Long> row = new EnumMap<>(CaseType.class);
			for (CaseType suggested : CaseType.values()) {
				row.put(suggested, 0L);
			}
			matrix.put(type, row);
		}
		Map<YearMonth, Rate> months = new TreeMap<>();
		for (Cell cell : cells) {
			long agreed = cell.type() == cell.suggested() ? cell.cases() : 0;
			overall = overall.plus(cell.cases(), agreed);
			byType.merge(cell.type(), new Rate(cell.cases(), agreed), (a, b) -> a.plus(b.cases(), b.agreed()));
			matrix.get(cell.type()).merge(cell.suggested(), cell.cases(), Long::sum);
			months.merge(cell.month(), new Rate(cell.cases(), agreed), (a, b) -> a.plus(b.cases(), b.agreed()));
		}
		List<MonthRate> byMonth = months.entrySet().stream().map(e -> new MonthRate(e.getKey(), e.getValue())).toList();
		return new ClassifierAgreement(overall, byType, matrix, byMonth);
	}

}
