package uk.aftercare.staff;

/** A read-only view of a member of staff, for other modules (assignee lists, notifications). */
public record StaffMember(String username, String displayName, String email, Role role, boolean enabled) {
}
