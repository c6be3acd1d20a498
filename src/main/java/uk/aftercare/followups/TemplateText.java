package uk.aftercare.followups;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders such as {@code {caseNumber}} in e-mail templates: filling them in, and checking a template a manager
 * edited uses only the placeholders it may and keeps those it must.
 */
public final class TemplateText {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

	/**
	 * A brace left over once the placeholders are taken out: "{customer name}", "{caseNumber" or a lone "}", with up to
	 * 30 characters of what follows an opening one, to name it by.
	 */
	private static final Pattern STRAY_BRACE = Pattern.compile("\\{[^{}\\r\\n]{0,30}}?|}");

	/** Anything that ends a line, for one-line texts such as a mail subject: CR and LF above all. */
	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	public static final int MAX_SUBJECT = 200;

	public static final int MAX_BODY = 5000;

	private TemplateText() {
	}

	/** Fills in every placeholder with a value; placeholders without a value stay as they are. */
	public static String render(String text, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * Fills in a subject line. The values come from what people typed (a customer's name, a decision several lines
	 * long), and a line break in a mail header lets the text after it pass as further headers ("Bcc: ..."), so every
	 * line break becomes a space.
	 */
	public static String renderSubject(String text, Map<String, String> values) {
		return LINE_BREAK.matcher(render(text, values)).replaceAll(" ");
	}

	public static Set<String> placeholdersIn(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	private static final String SURVEY_LINK = "surveyLink";

	/** Placeholders filled with a whole sentence, for the text only. */
	private static final Set<String> SENTENCES = Set.of("thanks", "howToReply");

	/** What is wrong with an edited template: each problem names its field, a message code and its arguments. */
	public static List<Problem> check(MailTemplateKey key, String subject, String body) {
		List<Problem> problems = new ArrayList<>();
		checkText("subject", subject, MAX_SUBJECT, key, problems);
		if (subject != null && LINE_BREAK.matcher(subject).find()) {
			problems.add(new Problem("subject", "mailTemplate.subject.lineBreak", null));
		}
		// The survey link is a secret for the customer alone: subjects are kept and shown on the case timeline.
		if (subject != null && placeholdersIn(subject).contains(SURVEY_LINK)) {
			problems.add(new Problem("subject", "mailTemplate.subject.surveyLink", null));
		}
		// What staff write when sending (a decision, an outcome) may run to several lines, and the thanks and the
		// how-to-reply sentences are whole sentences: in a subject they would make it a paragraph.
		if (subject != null) {
			List<String> sentences = placeholdersIn(subject).stream()
				.filter(p -> p.equals(key.detailsPlaceholder()) || SENTENCES.contains(p) && key.allowed().contains(p))
				.map(p -> "{" + p + "}")
				.toList();
			if (!sentences.isEmpty()) {
				problems.add(new Problem("subject", "mailTemplate.subject.sentence", String.join(", ", sentences)));
			}
		}
		checkText("body", body, MAX_BODY, key, problems);
		if (body != null && !body.isBlank()) {
			Set<String> used = placeholdersIn(subject);
			used.addAll(placeholdersIn(body));
			List<String> missing = key.required().stream().filter(p -> !used.contains(p)).map(p -> "{" + p + "}")
				.toList();
			if (!missing.isEmpty()) {
				problems.add(new Problem("body", "mailTemplate.body.placeholder.missing", String.join(", ", missing)));
			}
		}
		return problems;
	}

	private static void checkText(String field, String text, int max, MailTemplateKey key, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Problem(field, "mailTemplate." + field + ".required", null));
			return;
		}
		if (text.length() > max) {
			problems.add(new Problem(field, "mailTemplate." + field + ".tooLong", String.format(Locale.UK, "%,d", max)));
		}
		List<String> unknown = placeholdersIn(text).stream().filter(p -> !key.allowed().contains(p))
			.map(p -> "{" + p + "}")
			.toList();
		if (!unknown.isEmpty()) {
			problems.add(new Problem(field, "mailTemplate." + field + ".placeholder.unknown", String.join(", ", unknown)));
		}
		// "Dear {customer name}" would reach the customer as typed: a brace is only ever part of a placeholder.
		Set<String> stray = new LinkedHashSet<>();
		Matcher m = STRAY_BRACE.matcher(PLACEHOLDER.matcher(text).replaceAll(""));
		while (m.find() && stray.size() < 3) {
			stray.add(m.group());
		}
		if (!stray.isEmpty()) {
			problems.add(new Problem(field, "mailTemplate." + field + ".placeholder.malformed", String.join(", ", stray)));
		}
	}

	/** One problem with a template: field, message code, and the argument for the message (or null). */
	public record Problem(String field, String code, String argument) {
	}

}
