package uk.aftercare.dashboard;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.aftercare.cases.CaseAge;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.SlaFilter;
import uk.aftercare.classification.CaseType;

/**
 * The open cases as the dashboard shows them, folded from one grouped count: by type and status, by age, by SLA
 * state, awaiting approval, and per member of staff.
 */
public record OpenCaseDashboard(long total, Map<CaseType, Map<CaseStatus, Long>> byTypeAndStatus,
		Map<CaseStatus, Long> byStatus, Map<CaseType, Long> byType, Map<CaseAge, Long> byAge,
		Map<SlaFilter, Long> bySla, long awaitingApproval, List<StaffLoad> byAssignee) {

	/** One member of staff's open cases; {@code assignee} is null for cases nobody owns. */
	public record StaffLoad(String assignee, long open, long breached, long overSevenDays) {
	}

	/** One group of the count: how many open cases share these values. */
	record Cell(CaseType type, CaseStatus status, String assignee, CaseAge age, SlaFilter sla,
			boolean awaitingApproval, long cases) {
	}

	static OpenCaseDashboard fold(List<Cell> cells) {
		Map<CaseType, Map<CaseStatus, Long>> byTypeAndStatus = new EnumMap<>(CaseType.class);
		Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
		Map<CaseType, Long> byType = new EnumMap<>(CaseType.class);
		Map<CaseAge, Long> byAge = new EnumMap<>(CaseAge.class);
		Map<SlaFilter, Long> bySla = new EnumMap<>(SlaFilter.class);
		for (CaseType type : CaseType.values()) {
			byTypeAndStatus.put(type, new EnumMap<>(CaseStatus.class));
			byType.put(type, 0L);
		}
		for (CaseStatus status : CaseStatus.ACTIVE) {
			byStatus.put(status, 0L);
			byTypeAndStatus.values().forEach(m -> m.put(status, 0L));
		}
		for (CaseAge age : CaseAge.values()) {
			byAge.put(age, 0L);
		}
		for (SlaFilter sla : SlaFilter.values()) {
			bySla.put(sla, 0L);
		}
		Map<String, long[]> staff = new LinkedHashMap<>();
		long total = 0;
		long awaiting = 0;
		for (Cell cell : cells) {
			total += cell.cases();
			byTypeAndStatus.get(cell.type()).merge(cell.status(), cell.cases(), Long::sum);
			byStatus.merge(cell.status(), cell.cases(), Long::sum);
			byType.merge(cell.type(), cell.cases(), Long::sum);
			byAge.merge(cell.age(), cell.cases(), Long::sum);
			if (cell.sla() != null) {
				bySla.merge(cell.sla(), cell.cases(), Long::sum);
			}
			if (cell.awaitingApproval()) {
				awaiting += cell.cases();
			}
			long[] load = staff.computeIfAbsent(cell.assignee(), a -> new long[3]);
			load[0] += cell.cases();
			load[1] += cell.sla() == SlaFilter.BREACHED ? cell.cases() : 0;
			load[2] += cell.age() == CaseAge.OVER_7_DAYS ? cell.cases() : 0;
		}
		List<StaffLoad> byAssignee = staff.entrySet()
			.stream()
			.map(e -> new StaffLoad(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.sorted(Comparator.comparingLong(StaffLoad::open)
				.reversed()
				.thenComparing(StaffLoad::assignee, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		return new OpenCaseDashboard(total, byTypeAndStatus, byStatus, byType, byAge, bySla, awaiting, byAssignee);
	}

}
