package uk.aftercare.staff.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.staff.StaffNames;

/**
 * Lets every page name a member of staff the same way, as {@code ${staffNames.of(username)}}, rather than by
 * username on some pages and by name on others.
 */
@ControllerAdvice
class StaffNamesAdvice {

	private final StaffDirectory staff;

	StaffNamesAdvice(StaffDirectory staff) {
		this.staff = staff;
	}

	@ModelAttribute("staffNames")
	StaffNames staffNames() {
		return new StaffNames(staff);
	}

}
