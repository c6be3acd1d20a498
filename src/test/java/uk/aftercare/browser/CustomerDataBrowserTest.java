package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A manager on a customer's page, asked to erase the data of a customer whose case is still open. */
class CustomerDataBrowserTest extends BrowserTest {

	@Test
	void aManagerIsToldWhyACustomersDataMustBeKeptForNow() {
		signIn("manager");
		go("/cases?status=OPEN");
		WebElement first = find(By.cssSelector("table tbody tr td a"));
		String caseNumber = first.getText();
		first.click();
		waitFor(textToBe(By.tagName("h1"), caseNumber));

		find(By.id("customer-record-link")).click();
		waitFor(urlContains("/customers/"));
		assertThat(find(By.id("customer-cases")).getText()).contains(caseNumber);
		assertThat(find(By.id("keep-reasons")).getText()).contains("Case " + caseNumber + " is still open.");

		type(By.id("erasureNote"), "Asked by phone; checked the order number");
		find(By.cssSelector("#erasure-form input[type=checkbox]")).click();
		find(By.cssSelector("#erasure-form button[type=submit]")).click();

		assertThat(find(By.id("erasure-refused")).getText()).contains("Nothing was erased")
			.contains("Case " + caseNumber + " is still open.");
		assertThat(find(By.id("erasureNote")).getDomProperty("value"))
			.isEqualTo("Asked by phone; checked the order number");
		assertThat(find(By.id("data-requests")).getText()).contains("Erasure requested · refused for now")
			.contains("Asked by phone; checked the order number");
		screenshot("manager-customer-page-erasure-refused");
		assertAccessible("the customer record with an erasure refused");
	}

}
