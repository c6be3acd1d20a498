package uk.aftercare.staff;

/**
 * A member of staff's role changed, in the transaction that changed it: what only their old role could do (a
 * supervisor's call-back after a low score) passes to someone who still can.
 *
 * @param username whose role it is
 * @param role the role they have now
 * @param previous the role they had
 * @param changedBy the manager who changed it
 */
public record StaffRoleChanged(String username, Role role, Role previous, String changedBy) {
}
