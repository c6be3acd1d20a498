package uk.aftercare.followups;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Monday to Friday are working days. Bank holidays are not known here: a follow-up due on one simply shows as due
 * that day, and its owner moves it.
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	/** The first working day after {@code day}: Friday, Saturday and Sunday all lead to Monday. */
	public static LocalDate nextAfter(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
			next = next.plusDays(1);
		}
		return next;
	}

}
