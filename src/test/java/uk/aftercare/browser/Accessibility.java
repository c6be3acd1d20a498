package uk.aftercare.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core run on the page in the browser, limited to the rules for WCAG 2.2 level A and AA (which take in
 * those of WCAG 2.0 and 2.1). Staff use these pages all day, some with a screen reader, magnifier or keyboard only,
 * and customers see the survey: a page that breaks one of these rules fails the test that showed it.
 */
final class Accessibility {

	/**
	 * axe-core's tags for the WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. It has no "wcag22a": the
	 * criteria WCAG 2.2 added at level A (consistent help, redundant entry) cannot be checked by a machine.
	 */
	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Accessibility() {
	}

	/**
	 * Fails, naming every rule broken and every element that breaks it, if the page now in the browser breaks a
	 * WCAG 2.2 A or AA rule that axe-core checks.
	 *
	 * @param page what the page is, for the failure message ("the case list with a filter error")
	 */
	static void assertMeetsWcag22AA(WebDriver browser, String page) {
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
		if (results.isErrored()) {
			fail("axe-core could not check " + page + " (" + browser.getCurrentUrl() + "): "
					+ results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail(violations.size() + " WCAG 2.2 AA rule(s) broken on " + page + " (" + browser.getCurrentUrl()
					+ "):\n" + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
		}
	}

	/** One rule broken: its id, impact and help text, then each element by its selector and what is wrong with it. */
	private static String describe(Rule rule) {
		StringBuilder text = new StringBuilder().append("- ")
			.append(rule.getId())
			.append(" (")
			.append(rule.getImpact())
			.append("): ")
			.append(rule.getHelp())
			.append(" <")
			.append(rule.getHelpUrl())
			.append(">");
		for (CheckedNode node : rule.getNodes()) {
			text.append("\n    at ").append(node.getTarget());
			if (node.getFailureSummary() != null) {
				text.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
			}
		}
		return text.toString();
	}

}
