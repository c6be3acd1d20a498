package uk.aftercare.staff;

/**
 * A member of staff's account was disabled, in the transaction that disabled it: what they were left to do (open
 * follow-ups) passes to someone who can still sign in.
 *
 * @param username whose account it was
 * @param disabledBy the manager who disabled it
 */
public record StaffDisabled(String username, String disabledBy) {
}
