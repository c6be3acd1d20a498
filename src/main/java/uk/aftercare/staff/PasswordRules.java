package uk.aftercare.staff;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a new password must be, beyond being at least 12 characters (each form's {@code @Size}): at most what BCrypt
 * reads, not the username, not a run, and not easily guessed. Used wherever a password is chosen: adding a user, a
 * manager setting one, a member of staff changing their own, and the first manager's from the environment.
 *
 * <p>How easily it is guessed is zxcvbn's estimate (zxcvbn4j): it knows the common passwords, names, English words,
 * dates, years, keyboard patterns and l33t spellings that guessing tools try first, and how they are combined. The
 * person's own username and name count as the first words tried.
 */
public final class PasswordRules {

	/** BCrypt reads at most 72 bytes of a password; Spring Security refuses longer ones rather than cut them. */
	public static final int MAX_PASSWORD_BYTES = 72;

	/**
	 * zxcvbn's top score: at least 10^10 guesses, what it calls strong protection should the (BCrypt) hashes be
	 * stolen. Its score 3 (10^8 guesses) still lets a word with a year and symbols through, such as "Summer2026!!"
	 * and "Chelsea2026!!", which guessing tools try early. Three unrelated words, or 12 random characters, reach 4.
	 */
	static final int MIN_SCORE = 4;

	/** The system's own name: among the first words anyone guessing a password here would try. */
	private static final String SYSTEM_NAME = "aftercare";

	/** Loads its word lists once (a fraction of a second); each estimate then takes a few milliseconds, on any thread. */
	private static final Zxcvbn ESTIMATOR = new Zxcvbn();

	private PasswordRules() {
	}

	/**
	 * What is wrong with the password beyond its length, as a message code.
	 * @param displayName the person's name as shown, where known (else null): its words count as easily guessed
	 */
	public static Optional<String> problem(String username, String displayName, String password) {
		if (password == null) {
			return Optional.empty();
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return Optional.of("users.password.tooLong");
		}
		if (isUsername(username, password)) {
			return Optional.of("users.password.username");
		}
		if (isRun(password.toLowerCase(Locale.ROOT)) || isMostlyTheName(displayName, password)
				|| ESTIMATOR.measure(password, wordsOf(username, displayName)).getScore() < MIN_SCORE) {
			return Optional.of("users.password.common");
		}
		return Optional.empty();
	}

	/**
	 * The person's name with little else but digits and symbols, in any order and however joined: "Jones Harriet
	 * 2026", "Harriet.Jones.1985" and "Zoe O Briain 2026" for Zoë Ó Briain. zxcvbn knows the name as typed, but
	 * rates its words reordered or joined with dots as more than the guess they are. Once each word of the name (of
	 * two letters or more) is taken out of the password's letters, accents aside, fewer than four are left.
	 */
	private static boolean isMostlyTheName(String displayName, String password) {
		if (displayName == null || displayName.isBlank()) {
			return false;
		}
		String letters = folded(password).replaceAll("[^\\p{L}]+", "");
		List<String> words = Arrays.stream(folded(displayName).split("[^\\p{L}]+"))
			.filter(word -> word.length() > 1)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		if (words.isEmpty()) {
			return false;
		}
		for (String word : words) {
			letters = letters.replace(word, "");
		}
		return letters.length() < 4;
	}

	/** Lower case, without accents: "Zoë Ó Briain" as "zoe o briain". */
	private static String folded(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	/**
	 * The username and the name, whole, run together ("suepervisor") and word by word, lower-case as zxcvbn compares
	 * them, and the system's name.
	 */
	private static List<String> wordsOf(String username, String displayName) {
		List<String> words = new ArrayList<>();
		words.add(SYSTEM_NAME);
		for (String given : new String[] { username, displayName }) {
			if (given == null || given.isBlank()) {
				continue;
			}
			String lower = given.strip().toLowerCase(Locale.ROOT);
			words.add(lower);
			words.add(lower.replaceAll("[^\\p{L}\\p{N}]+", ""));
			for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
				if (word.length() > 1) {
					words.add(word);
				}
			}
		}
		return words;
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
