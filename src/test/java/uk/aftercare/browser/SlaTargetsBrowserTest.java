package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A manager's SLA targets: twelve rows of the same two boxes and a Save button, each named for its row. */
class SlaTargetsBrowserTest extends BrowserTest {

	@Test
	void eachBoxAndSaveButtonOfTheSlaTargetsNamesItsRow() {
		signIn("manager");
		clickLink("SLA targets");
		waitFor(textToBePresentInElementLocated(By.tagName("h1"), "SLA targets"));

		WebElement row = find(By.xpath("//tbody/tr[td[1][normalize-space()='Complaint'] and td[2][normalize-space()='High']]"));
		assertThat(row.findElement(By.name("firstResponseHours")).getAccessibleName())
			.isEqualTo("Complaint, High: first response (hours)");
		assertThat(row.findElement(By.name("resolutionHours")).getAccessibleName())
			.isEqualTo("Complaint, High: resolution (hours)");
		assertThat(row.findElement(By.tagName("button")).getAccessibleName()).isEqualTo("Save Complaint, High");
		assertThat(browser.findElements(By.xpath("//tbody//button")))
			.extracting(WebElement::getAccessibleName)
			.hasSize(12)
			.doesNotHaveDuplicates();
		assertAccessible("the SLA targets");
	}

}
