package uk.aftercare.dashboard.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.aftercare.cases.CaseAge;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.SlaFilter;
import uk.aftercare.classification.CaseType;
import uk.aftercare.dashboard.OpenCaseDashboard;

/** A dashboard with distinct numbers in each figure, so a test can find each one on the page. */
final class OpenCaseDashboardFixtures {

	private OpenCaseDashboardFixtures() {
	}

	static OpenCaseDashboard sample() {
		Map<CaseType, Map<CaseStatus, Long>> byTypeAndStatus = new EnumMap<>(CaseType.class);
		for (CaseType type : CaseType.values()) {
			Map<CaseStatus, Long> row = new EnumMap<>(CaseStatus.class);
			CaseStatus.ACTIVE.forEach(s -> row.put(s, 1L));
			byTypeAndStatus.put(type, row);
		}
		byTypeAndStatus.get(CaseType.RETURN).put(CaseStatus.IN_PROGRESS, 9L);
		Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
		CaseStatus.ACTIVE.forEach(s -> byStatus.put(s, 3L));
		return new OpenCaseDashboard(42, byTypeAndStatus, byStatus,
				Map.of(CaseType.RETURN, 13L, CaseType.COMPLAINT, 14L, CaseType.QUERY, 15L),
				Map.of(CaseAge.UNDER_1_DAY, 8L, CaseAge.DAYS_1_TO_3, 10L, CaseAge.DAYS_3_TO_7, 13L,
						CaseAge.OVER_7_DAYS, 11L),
				Map.of(SlaFilter.BREACHED, 7L, SlaFilter.DUE_SOON, 6L), 4,
				List.of(new OpenCaseDashboard.StaffLoad("sam", 20, 5, 2), new OpenCaseDashboard.StaffLoad(null, 22, 2, 9)));
	}

}
