package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A form the browser sends a second time (a resend) is saved once, and the page says so. */
class FormResendBrowserTest extends BrowserTest {

	private static final By NOTE_FORM = By.cssSelector("form[action$='/notes']");

	@Test
	void aNoteSentAgainFromTheSamePageIsAddedOnce() {
		signIn("staff");
		type(By.id("customerName"), "Nora Resend");
		type(By.id("customerEmail"), "nora." + UUID.randomUUID().toString().substring(0, 8) + "@example.co.uk");
		new Select(find(By.id("channel"))).selectByVisibleText("Phone");
		type(By.id("description"), "Where is my order? The tracking has not updated for a week.");
		find(By.cssSelector("input[name='type'][value='QUERY']")).click();
		find(By.id("save-case")).click();
		waitFor(urlMatches("/cases/AC-\\d{4}-\\d{6}$"));
		String casePage = browser.getCurrentUrl();

		String note = "Called the carrier " + UUID.randomUUID();
		WebElement form = find(NOTE_FORM);
		WebElement text = form.findElement(By.tagName("textarea"));
		text.sendKeys(note);
		String token = form.findElement(By.name("_submission")).getDomProperty("value");
		String csrf = form.findElement(By.name("_csrf")).getDomProperty("value");
		String action = form.getDomAttribute("action");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Note added"));

		// What the browser sends when asked to resend the first page's form: the same fields, token and all.
		((JavascriptExecutor) browser).executeScript("""
				const form = document.createElement('form');
				form.method = 'post';
				form.action = arguments[0];
				for (const [name, value] of [['text', arguments[1]], ['_csrf', arguments[2]], ['_submission', arguments[3]]]) {
				  const input = document.createElement('input');
				  input.type = 'hidden';
				  input.name = name;
				  input.value = value;
				  form.appendChild(input);
				}
				document.body.appendChild(form);
				form.submit();
				""", action, note, csrf, token);

		waitFor(textToBePresentInElementLocated(By.cssSelector(".alert-success"), "This was already saved"));
		assertThat(browser.getCurrentUrl()).isEqualTo(casePage);
		String timeline = find(By.cssSelector("ol.timeline")).getText();
		assertThat(timeline.split(Pattern.quote(note), -1)).as("the note once on the timeline")
			.hasSize(2);
	}

}
