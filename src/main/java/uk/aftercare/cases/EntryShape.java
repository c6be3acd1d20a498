package uk.aftercare.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.aftercare.customers.PersonalDataHolder;

/**
 * The wording of one sort of timeline entry as its writer builds it, with a gap for each value it puts in: a gap the
 * shop's own words or codes fill ({@link #KEPT}: a status, a date, an amount, a member of staff) stays when the
 * customer's data is erased; a gap for what staff or the customer typed, or the customer's contact details
 * ({@link #TYPED}: a note, a reason, an e-mail address), becomes "[erased]". The writer's module builds the shape from
 * the same wording it writes with, each argument given as one of these markers, so the two cannot drift apart
 * unnoticed: an entry no shape fits loses its whole text.
 */
public final class EntryShape {

	/** A value the shop's wording or codes give, on one line: kept. */
	public static final String KEPT = "\u0001";

	/** Text staff typed that the reports show as it is (a preventive measure), on any number of lines: kept. */
	public static final String KEPT_TEXT = "\u0003";

	/** What staff or the customer typed, or how to reach the customer: erased. */
	public static final String TYPED = "\u0002";

	private static final EntryShape WHOLE = new EntryShape("(.*)", List.of(Boolean.FALSE));

	private final String regex;

	private final List<Boolean> typed;

	private final Pattern pattern;

	private EntryShape(String regex, List<Boolean> typed) {
		this.regex = regex;
		this.typed = List.copyOf(typed);
		this.pattern = Pattern.compile(regex, Pattern.DOTALL);
	}

	/** The wording, with {@link #KEPT}, {@link #KEPT_TEXT} or {@link #TYPED} in place of each value. */
	public static EntryShape of(String wording) {
		return new EntryShape("", List.of()).then(wording);
	}

	/** An entry whose writers only ever put the shop's own words in it (a change of owner, a missed target). */
	public static EntryShape wholeKept() {
		return WHOLE;
	}

	/** This shape followed by more wording. */
	public EntryShape then(String wording) {
		List<Boolean> gaps = new ArrayList<>(typed);
		return new EntryShape(regex + parse(wording, gaps), gaps);
	}

	/** This shape, followed or not by more wording (a note added only when one was typed). */
	public EntryShape optionally(String wording) {
		List<Boolean> gaps = new ArrayList<>(typed);
		return new EntryShape(regex + "(?:" + parse(wording, gaps) + ")?", gaps);
	}

	private static String parse(String wording, List<Boolean> gaps) {
		StringBuilder out = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (char c : wording.toCharArray()) {
			String gap = switch (c) {
				case '\u0001' -> "([^\n]*?)";
				case '\u0003' -> "(.*?)";
				case '\u0002' -> "(.*?)";
				default -> null;
			};
			if (gap == null) {
				literal.append(c);
				continue;
			}
			if (!literal.isEmpty()) {
				out.append(Pattern.quote(literal.toString()));
				literal.setLength(0);
			}
			out.append(gap);
			gaps.add(c == '\u0002');
		}
		if (!literal.isEmpty()) {
			out.append(Pattern.quote(literal.toString()));
		}
		return out.toString();
	}

	/** The entry as this shape reads it, or empty when the entry is not of this shape. */
	Optional<Reading> read(String summary) {
		Matcher matcher = pattern.matcher(summary);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		StringBuilder kept = new StringBuilder();
		int at = 0;
		int inGaps = 0;
		int erased = 0;
		for (int group = 1; group <= typed.size(); group++) {
			if (matcher.start(group) < 0) {
				continue;
			}
			inGaps += matcher.end(group) - matcher.start(group);
			if (typed.get(group - 1) && matcher.end(group) > matcher.start(group)) {
				kept.append(summary, at, matcher.start(group)).append(PersonalDataHolder.ERASED);
				erased += matcher.end(group) - matcher.start(group);
				at = matcher.end(group);
			}
		}
		kept.append(summary.substring(at));
		return Optional.of(new Reading(kept.toString(), summary.length() - inGaps, erased));
	}

	/**
	 * An entry read by a shape: what is left of it once what was typed is erased, how many of its characters the
	 * shape's own wording accounts for (the more, the closer the shape fits) and how many were erased.
	 */
	record Reading(String erased, int wordingLength, int erasedLength) {
	}

}
