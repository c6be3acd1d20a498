package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openqa.selenium.support.ui.ExpectedConditions.and;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeSelected;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.aftercare.followups.FollowUpOrigin;
import uk.aftercare.followups.FollowUpPurpose;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.followups.ScheduleFollowUp;
import uk.aftercare.shared.ShopClock;

/** A front-line member of staff logs an interaction, with the live suggestion, and finds the case again. */
class StaffBrowserTest extends BrowserTest {

	private static final By SUGGESTION = By.id("suggestion");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FollowUpService followUps;

	@Autowired
	ShopClock clock;

	@Test
	void staffLogAReturnWithTheLiveSuggestionAndFindItByTheCustomersEmail() {
		String email = "jane." + UUID.randomUUID().toString().substring(0, 8) + "@example.co.uk";
		signIn("staff");

		type(By.id("customerName"), "Jane Kettleby");
		type(By.id("customerEmail"), email);
		new Select(find(By.id("channel"))).selectByVisibleText("Phone");
		type(By.id("description"), "The kettle started smoking and I want a refund");

		waitFor(and(textToBePresentInElementLocated(By.cssSelector("#suggestion .badge.type-RETURN"), "Return"),
				textToBePresentInElementLocated(SUGGESTION, "Safety concern")));
		assertThat(findAll(By.cssSelector("#suggestion mark")).stream().map(WebElement::getText))
			.as("the words that decided the suggestion")
			.contains("refund");
		waitFor(elementToBeSelected(By.cssSelector("input[name='type'][value='RETURN']")));
		// What a screen reader hears of the redrawn suggestion: one sentence, in the status message beside it.
		waitFor(d -> d.findElement(By.id("suggestion-verdict")).getDomProperty("textContent")
			.matches("Suggested type: Return, \\d+% sure\\."));
		screenshot("staff-log-interaction");
		assertAccessible("the log-interaction form with a suggestion");

		find(By.id("save-case")).click();
		waitFor(urlMatches("/cases/AC-\\d{4}-\\d{6}$"));
		String caseNumber = find(By.tagName("h1")).getText();
		assertThat(caseNumber).matches("AC-20\\d{2}-\\d{6}");
		assertThat(find(By.cssSelector(".alert-success")).getText()).contains("Case " + caseNumber + " logged.");
		String details = find(By.id("details-heading")).findElement(By.xpath("..")).getText();
		assertThat(details).contains("Jane Kettleby", email, "Safety concern",
				"Safety concern: fire, smoke, shock or injury reported");
		assertThat(find(By.cssSelector("main .d-flex")).getText()).contains("Return", "Escalated");
		String timeline = find(By.cssSelector("ol.timeline")).getText();
		assertThat(timeline).contains("Logged", "The kettle started smoking and I want a refund", "Escalated");
		screenshot("staff-case-page");
		assertAccessible("the case page of an escalated case");

		// What the list's search form asks for; the unfiltered list (over a page of demo cases) is not used, see signIn.
		go("/cases?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
		assertThat(find(By.id("q")).getDomProperty("value")).isEqualTo(email);
		assertThat(find(By.cssSelector("main p.text-muted")).getText()).isEqualTo("1 case");
		WebElement row = find(By.xpath("//tbody/tr[td/a[normalize-space()='" + caseNumber + "']]"));
		assertThat(row.getText()).contains("Jane Kettleby", email, "Return");
		assertAccessible("the case list found by an e-mail address");
	}

	@Test
	void aChosenCustomerWhoseDetailsAreTypedOverIsNoLongerTheOneTheCaseIsLoggedFor() {
		String email = "sam.else." + UUID.randomUUID().toString().substring(0, 8) + "@example.co.uk";
		signIn("staff");

		type(By.id("customerEmail"), "m.holloway@example.co.uk");
		find(By.id("customerName")).click();
		waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#customer-matches .use-customer")));
		// A screen reader hears one line saying how many match, not the whole list.
		assertThat(find(By.id("matches-status")).getDomProperty("textContent")).startsWith("One existing customer matches");
		find(By.cssSelector("#customer-matches .use-customer")).click();
		assertThat(find(By.id("matches-status")).getDomProperty("textContent")).isEmpty();
		// The button pressed goes with the matches: focus moves to the confirmation, not to the top of the page.
		waitFor(d -> "chosen-customer".equals(d.switchTo().activeElement().getDomAttribute("id")));
		assertThat(find(By.id("chosen-customer")).getText()).isEqualTo("Using the existing customer record.");
		assertThat(customerId()).isNotEmpty();
		assertThat(find(By.id("customerName")).getDomProperty("value")).isEqualTo("Margaret Holloway");

		type(By.id("customerName"), "Sam Else");
		type(By.id("customerEmail"), email);
		type(By.id("customerPhone"), "07700 900999");
		// Said in the same status message, so a screen reader hears that the case is no longer linked.
		waitFor(ExpectedConditions.textToBe(By.id("chosen-customer"),
				"No longer using the customer record you chose: the details were changed."));
		assertThat(customerId()).isEmpty();
		new Select(find(By.id("channel"))).selectByVisibleText("Email");
		// A long address with nothing to break it at: the case page still wraps it, not scrolls sideways.
		type(By.id("description"), "Where is my order? The tracking has not moved since Monday: https://track.example/"
				+ "0123456789abcdef".repeat(24));
		waitFor(d -> !d.findElements(By.cssSelector("input[name='type']:checked")).isEmpty());
		find(By.id("save-case")).click();

		waitFor(urlMatches("/cases/AC-\\d{4}-\\d{6}$"));
		String details = find(By.id("details-heading")).findElement(By.xpath("..")).getText();
		assertThat(details).contains("Sam Else", email).doesNotContain("Holloway");
		assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("the case page fits its window's width").isTrue();
	}

	@Test
	void theMenuButtonIsOnlyOnPagesWithAMenu() {
		go("/login");
		find(By.id("username"));
		assertThat(findAll(By.cssSelector(".navbar-toggler"))).as("a menu button on the sign-in page").isEmpty();
		assertAccessible("the sign-in page");

		signIn("staff");
		assertThat(findAll(By.cssSelector(".navbar-toggler[aria-controls=nav]"))).hasSize(1);
	}

	@Test
	void staffSeeTheirOverdueFollowUpsMarkedAndAreToldWhatClosingTheCaseStillNeeds() {
		String caseNumber = aResolvedCaseWithNoDecisionWaiting();
		String overdue = followUpFor(caseNumber, clock.today().minusDays(3));
		String dueToday = followUpFor(caseNumber, clock.today());
		signIn("staff");

		// The menu's link, which also says how many are overdue.
		find(By.cssSelector("nav a[href='/follow-ups']")).click();
		assertThat(find(rowWith(overdue)).getText()).contains(caseNumber, "Overdue");
		assertThat(find(rowWith(dueToday)).getText()).contains(caseNumber, "Due today");
		assertAccessible("My follow-ups with one overdue and one due today");

		go("/cases/" + caseNumber + "/follow-ups");
		assertThat(find(rowWith(overdue)).getText()).contains("Overdue");
		assertAccessible("a case's follow-ups with one overdue");

		go("/cases/" + caseNumber + "/close");
		find(By.xpath("//button[normalize-space()='Close the case']")).click();
		waitFor(attributeContains(By.id("outcome"), "class", "is-invalid"));
		assertThat(find(By.id("outcome-error")).getText()).isEqualTo("Describe the outcome agreed with the customer");
		assertThat(find(By.xpath("//main//fieldset[legend[starts-with(normalize-space(), 'Open follow-ups')]]"))
			.getText()).as("the open follow-ups, which keep the case from closing without a reason")
			.contains("Check on the repair");
		screenshot("staff-closing-form-errors");
		assertAccessible("the closing form with errors");
	}

	/**
	 * A follow-up for staff as the returns module creates one when a repair is due back: automatic ones may be due
	 * before today, as one made by hand may not.
	 */
	private String followUpFor(String caseNumber, LocalDate due) {
		String note = "Repair due back " + UUID.randomUUID();
		followUps.schedule(new ScheduleFollowUp(caseNumber, FollowUpPurpose.CHECK_REPAIR, FollowUpOrigin.REPAIR_DUE_BACK,
				due, "staff", note), "system");
		return note;
	}

	private static By rowWith(String text) {
		return By.xpath("//tbody/tr[td//*[normalize-space()='" + text + "'] or td[normalize-space()='" + text + "']]");
	}

	/** A complaint if the demo has one resolved: its closing form asks the most. */
	private String aResolvedCaseWithNoDecisionWaiting() {
		return jdbc.queryForList("select case_number from service_case c where status = 'RESOLVED' and not exists "
				+ "(select 1 from approval_request a where a.case_number = c.case_number and a.status = 'PENDING') "
				+ "order by case when type = 'COMPLAINT' then 0 else 1 end, case_number", String.class).get(0);
	}

	/** "Ask a supervisor" from the case page: a question refused is shown beside its field, then sent up. */
	@Test
	void staffAskASupervisorToDecideFromTheCasePage() {
		String caseNumber = jdbc.queryForList("select case_number from service_case where status in ('OPEN', 'IN_PROGRESS')"
				+ " order by case_number", String.class).get(0);
		signIn("staff");
		go("/cases/" + caseNumber);
		find(By.id("ask-supervisor-link")).click();

		find(By.xpath("//button[normalize-space()='Ask a supervisor']")).click();
		waitFor(attributeContains(By.id("question"), "class", "is-invalid"));
		assertThat(find(By.id("question-error")).getText()).isEqualTo("Enter what you need a supervisor to decide.");
		assertThat(find(By.id("question")).getDomAttribute("aria-describedby")).isEqualTo("question-error");
		assertAccessible("the ask-a-supervisor form with an error");

		type(By.id("question"), "May I offer a £20 voucher for the wait?");
		find(By.xpath("//button[normalize-space()='Ask a supervisor']")).click();
		waitFor(urlMatches(".*/cases/" + caseNumber + "$"));
		assertThat(find(By.cssSelector("main")).getText()).contains("A supervisor was asked to decide.",
				"Supervisor asked to decide: May I offer a £20 voucher for the wait?");
		assertAccessible("a case just sent up to a supervisor");
	}

	/** The check itself, so that its passing means something: a rule broken fails it, naming the rule and the element. */
	@Test
	void theAccessibilityCheckNamesTheRuleBrokenAndTheElementThatBreaksIt() {
		go("/login");
		((JavascriptExecutor) browser).executeScript(
				"document.querySelector('main form').append(Object.assign(document.createElement('button'), {id: 'nameless'}))");

		assertThatThrownBy(() -> assertAccessible("the sign-in page with a button that has no name"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("button-name (critical): Buttons must have discernible text")
			.hasMessageContaining("#nameless");
	}

	private String customerId() {
		return findAll(By.id("customerId")).get(0).getDomProperty("value");
	}

	@Test
	void anInvalidEmailIsShownNextToItsFieldAndEverythingTypedIsKept() {
		signIn("staff");

		type(By.id("customerName"), "Tom Parcel");
		type(By.id("customerEmail"), "tom.parcel.example.com");
		new Select(find(By.id("channel"))).selectByVisibleText("Email");
		type(By.id("orderReference"), "W-90001");
		type(By.id("description"), "Where is my order? The tracking has not updated for a week.");
		find(By.id("save-case")).click();

		waitFor(attributeContains(By.id("customerEmail"), "class", "is-invalid"));
		WebElement error = find(By.cssSelector("#customerEmail + .invalid-feedback"));
		assertThat(error.getText()).isEqualTo("Enter an email address like name@example.co.uk");
		assertThat(find(By.id("customerEmail")).getDomAttribute("aria-describedby"))
			.isEqualTo(error.getDomAttribute("id"));
		assertThat(find(By.id("customerName")).getDomProperty("value")).isEqualTo("Tom Parcel");
		assertThat(find(By.id("customerEmail")).getDomProperty("value")).isEqualTo("tom.parcel.example.com");
		assertThat(new Select(find(By.id("channel"))).getFirstSelectedOption().getText()).isEqualTo("Email");
		assertThat(find(By.id("orderReference")).getDomProperty("value")).isEqualTo("W-90001");
		assertThat(find(By.id("description")).getDomProperty("value"))
			.isEqualTo("Where is my order? The tracking has not updated for a week.");
		assertThat(find(By.id("customerName")).getDomAttribute("class")).doesNotContain("is-invalid");
		assertThat(browser.getCurrentUrl()).doesNotContain("/cases/AC-");
		assertAccessible("the log-interaction form with an error");
	}

	@Test
	void staffPageThroughMoreCasesThanFitOnOnePage() {
		signIn("staff");
		clickLink("My cases");
		assertThat(find(By.cssSelector("main p.text-muted")).getText()).as("the demo gives staff over 25 cases")
			.matches("\\d+ cases");

		clickLink("Next");

		waitFor(urlContains("page=1"));
		assertThat(find(By.cssSelector("nav[aria-label=Pages]")).getText()).contains("Page 2 of");
		assertThat(findAll(By.cssSelector("main table tbody tr"))).isNotEmpty();
		assertAccessible("the second page of My cases");
	}

}
