package uk.aftercare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * One element of a rendered page, read from its opening tag: enough for assertions on what assistive technology is
 * told about it (its aria- attributes), without parsing the whole page.
 */
public final class Markup {

	private Markup() {
	}

	/** The opening tag of the element with this id, such as {@code <textarea id="x" ...>}. */
	public static String openingTag(String html, String id) {
		int at = html.indexOf(" id=\"" + id + "\"");
		assertThat(at).as("an element with id %s", id).isNotNegative();
		assertThat(html.indexOf(" id=\"" + id + "\"", at + 1)).as("a second element with id %s", id).isNegative();
		int start = html.lastIndexOf('<', at);
		return html.substring(start, html.indexOf('>', at) + 1);
	}

	/** The whole label for the element with this id, from {@code <label} to {@code </label>}. */
	public static String label(String html, String id) {
		Matcher label = Pattern.compile("<label[^>]*\\sfor=\"" + Pattern.quote(id) + "\"[^>]*>.*?</label>", Pattern.DOTALL)
			.matcher(html);
		assertThat(label.find()).as("a label for %s", id).isTrue();
		return label.group();
	}

	/** The value of an attribute of an opening tag, or null when the tag has none. */
	public static String attribute(String tag, String name) {
		Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
		return m.find() ? m.group(1) : null;
	}

	/**
	 * Asserts that the element with this id is marked invalid and described by its error message: every id in its
	 * aria-describedby names an element of the page, and one of them is {@code errorId}, which holds {@code message}.
	 */
	public static void assertInvalidAndDescribedBy(String html, String id, String errorId, String message) {
		String field = openingTag(html, id);
		assertThat(attribute(field, "aria-invalid")).as("aria-invalid of %s", id).isEqualTo("true");
		String describedBy = attribute(field, "aria-describedby");
		assertThat(describedBy).as("aria-describedby of %s", id).isNotNull();
		assertThat(describedBy.split(" ")).contains(errorId)
			.allSatisfy(described -> openingTag(html, described));
		int error = html.indexOf(openingTag(html, errorId));
		assertThat(html.substring(error, html.indexOf("</", error))).as("the message in %s", errorId)
			.contains(message);
	}

	private static final Pattern INPUT = Pattern.compile("<input\\s[^>]*>");

	private static final Pattern TEXTAREA = Pattern.compile("<textarea\\s[^>]*\\sname=\"([^\"]*)\"[^>]*>(.*?)</textarea>",
			Pattern.DOTALL);

	private static final Pattern SELECT = Pattern.compile("<select\\s[^>]*\\sname=\"([^\"]*)\"[^>]*>(.*?)</select>",
			Pattern.DOTALL);

	private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"");

	/**
	 * What the form whose action is {@code action} sends as the page stands, as a browser would (its inputs, hidden
	 * ones included, text areas and the option each list has selected; no check boxes, no CSRF token), in order:
	 * to send a page again as the user sees it.
	 */
	public static Map<String, String> formFields(String html, String action) {
		int at = html.indexOf(" action=\"" + action + "\"");
		assertThat(at).as("a form sent to %s", action).isNotNegative();
		String form = html.substring(at, html.indexOf("</form>", at));
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher input = INPUT.matcher(form);
		while (input.find()) {
			String name = attribute(input.group(), "name");
			String type = attribute(input.group(), "type");
			if (name != null && !name.equals("_csrf") && !"checkbox".equals(type) && !"radio".equals(type)) {
				fields.put(name, HtmlUtils.htmlUnescape(Objects.toString(attribute(input.group(), "value"), "")));
			}
		}
		Matcher textarea = TEXTAREA.matcher(form);
		while (textarea.find()) {
			fields.put(textarea.group(1), HtmlUtils.htmlUnescape(textarea.group(2)));
		}
		Matcher select = SELECT.matcher(form);
		while (select.find()) {
			Matcher selected = SELECTED.matcher(select.group(2));
			fields.put(select.group(1), selected.find() ? HtmlUtils.htmlUnescape(selected.group(1)) : "");
		}
		return fields;
	}

	/** One line of a form's error summary: its text, and the {@code #id} it links to, or null for none. */
	public record SummaryLine(String text, String href) {

		public static SummaryLine linked(String text, String id) {
			return new SummaryLine(text, "#" + id);
		}

		public static SummaryLine unlinked(String text) {
			return new SummaryLine(text, null);
		}

	}

	private static final Pattern SUMMARY_LINE = Pattern.compile(
			"<li>\\s*(?:<a [^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>|(.*?))\\s*</li>", Pattern.DOTALL);

	/**
	 * The lines of the page's one error summary (fragments/forms :: error-summary), in order, after checking that it is
	 * announced (role="alert") and that every link leads to an element of the page.
	 */
	public static List<SummaryLine> errorSummary(String html) {
		int at = html.indexOf(" data-error-summary");
		assertThat(at).as("an error summary").isNotNegative();
		assertThat(html.indexOf(" data-error-summary", at + 1)).as("a second error summary").isNegative();
		String tag = html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
		assertThat(attribute(tag, "role")).as("role of the error summary").isEqualTo("alert");
		Matcher line = SUMMARY_LINE.matcher(html.substring(at, html.indexOf("</ul>", at)));
		List<SummaryLine> lines = new ArrayList<>();
		while (line.find()) {
			String href = line.group(1);
			if (href != null) {
				assertThat(href).startsWith("#");
				openingTag(html, href.substring(1));
			}
			lines.add(new SummaryLine(HtmlUtils.htmlUnescape((href != null ? line.group(2) : line.group(3)).strip()), href));
		}
		return lines;
	}

}
