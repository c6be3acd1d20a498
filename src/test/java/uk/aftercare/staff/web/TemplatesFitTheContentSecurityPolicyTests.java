package uk.aftercare.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pages' Content-Security-Policy ({@code script-src 'self'; style-src 'self'}) refuses inline script and style,
 * so a template that holds any would lose it without a word: an event handler attribute ({@code onclick="..."}), a
 * {@code <script>} without {@code src}, a {@code javascript:} address, a {@code style} attribute or element. Behaviour belongs in the files under static/js. The PDF templates are
 * read by the PDF renderer, never by a browser, and may keep their {@code <style>}.
 */
class TemplatesFitTheContentSecurityPolicyTests {

	private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SCRIPT_ADDRESS = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

	/** {@code style-src 'self'}: no style attribute, no {@code <style>} element; classes in static/css instead. */
	private static final Pattern INLINE_STYLE = Pattern.compile("\\s(?:th:)?style\\s*=|<style[\\s>]",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateHoldsInlineScriptOrStyle() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
				String html = Files.readString(template);
				List<Pattern> refused = template.getFileName().toString().endsWith("-pdf.html")
						? List.of(EVENT_HANDLER, INLINE_SCRIPT, SCRIPT_ADDRESS)
						: List.of(EVENT_HANDLER, INLINE_SCRIPT, SCRIPT_ADDRESS, INLINE_STYLE);
				for (Pattern pattern : refused) {
					Matcher m = pattern.matcher(html);
					while (m.find()) {
						found.add(template.getFileName() + ": " + m.group().strip());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

}
