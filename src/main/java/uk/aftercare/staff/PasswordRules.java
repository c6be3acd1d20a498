package uk.aftercare.staff;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, beyond being at least 12 characters (each form's {@code @Size}): at most what BCrypt
 * reads, not the username, not a common password or a run. Used wherever a password is chosen: adding a user, a
 * manager setting one, a member of staff changing their own, and the first manager's from the environment.
 */
public final class PasswordRules {

	/** BCrypt reads at most 72 bytes of a password; Spring Security refuses longer ones rather than cut them. */
	public static final int MAX_PASSWORD_BYTES = 72;

	/**
	 * Passwords of 12 characters or more that are still among the first anyone guessing tries (from published lists
	 * of the most common passwords), lower-cased. Not a full breach list: a short one catches the obvious choices.
	 */
	private static final Set<String> COMMON_PASSWORDS = Set.of("password1234", "password12345", "password123456",
			"passwordpassword", "password123!", "qwertyuiop12", "qwertyuiop123", "qwertyuiopasdf", "qwertyuiopasdfgh",
			"1q2w3e4r5t6y", "1qaz2wsx3edc", "q1w2e3r4t5y6", "iloveyou1234", "administrator", "letmein12345",
			"welcome12345", "changeme1234", "trustno1trustno1", "football1234", "monkey123456", "sunshine1234",
			"baseball1234", "aftercare123", "aftercare1234");

	private PasswordRules() {
	}

	/** What is wrong with the password beyond its length, as a message code. */
	public static Optional<String> problem(String username, String password) {
		if (password == null) {
			return Optional.empty();
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return Optional.of("users.password.tooLong");
		}
		if (isUsername(username, password)) {
			return Optional.of("users.password.username");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON_PASSWORDS.contains(lower) || isRun(lower)) {
			return Optional.of("users.password.common");
		}
		return Optional.empty();
	}

	/**
	 * The username, or the username made long enough: repeated ("newbienewbie") or with digits and symbols around it
	 * ("newbie123456!"). Once every copy of it is taken out, no letter is left.
	 */
	private static boolean isUsername(String username, String password) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (name.length() < 3) {
			return name.length() > 0 && password.strip().equalsIgnoreCase(name);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		return lower.contains(name) && lower.replace(name, "").codePoints().noneMatch(Character::isLetter);
	}

	/** One character repeated, or a straight run such as "abcdefghijkl" or "987654321098" (digits wrap round). */
	private static boolean isRun(String password) {
		int step = 0;
		for (int i = 1; i < password.length(); i++) {
			int here = password.charAt(i);
			int before = password.charAt(i - 1);
			int difference = here - before;
			if (Character.isDigit(here) && Character.isDigit(before) && Math.abs(difference) == 9) {
				difference = -Integer.signum(difference);
			}
			if (Math.abs(difference) > 1 || (i > 1 && difference != step)) {
				return false;
			}
			step = difference;
		}
		return true;
	}

}
