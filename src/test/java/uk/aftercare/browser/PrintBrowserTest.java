package uk.aftercare.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff print a return authorisation and a letter to the customer with the page's Print button, whose handler is in
 * a script file: the Content-Security-Policy refuses inline handlers such as {@code onclick}.
 */
class PrintBrowserTest extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffPrintAReturnAuthorisation() {
		String rma = jdbc.queryForObject("select min(rma_number) from return_authorisation", String.class);
		signIn("staff");
		go("/returns/" + rma);
		waitFor(textToBePresentInElementLocated(By.tagName("h1"), rma));
		assertAccessible("a return authorisation");

		printWithThePrintButton();
	}

	@Test
	void staffPrintALetterToTheCustomer() {
		Map<String, Object> letter = jdbc
			.queryForMap("select case_number, id from customer_message order by id fetch first 1 rows only");
		signIn("staff");
		go("/cases/" + letter.get("case_number") + "/messages/" + letter.get("id"));
		assertAccessible("a letter to the customer");

		printWithThePrintButton();
	}

	/** The print dialog cannot be driven, so the page's print function is swapped for one that leaves a mark. */
	private void printWithThePrintButton() {
		((JavascriptExecutor) browser)
			.executeScript("window.print = function () { document.body.dataset.printed = 'yes'; };");
		clickButton("Print");
		waitFor(attributeToBe(By.tagName("body"), "data-printed", "yes"));
	}

	private void clickButton(String text) {
		find(By.xpath("//main//button[normalize-space()='" + text + "']")).click();
	}

}
