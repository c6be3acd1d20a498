package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The case list's filters as staff see them when one of them is not valid. */
class CaseListBrowserTest extends BrowserTest {

	@Test
	void staffCorrectAFilterThatIsNotValidAndSeeTheCases() {
		signIn("staff");
		go("/cases?type=BOGUS&q=kettle");

		waitFor(attributeContains(By.id("type"), "class", "is-invalid"));
		assertThat(find(By.id("type-error")).getText()).isEqualTo("“BOGUS” is not a case type. Choose one from the list.");
		assertThat(find(By.id("filter-errors")).getText()).isEqualTo("Correct the filters marked below to see the cases.");
		assertThat(find(By.id("q")).getDomProperty("value")).isEqualTo("kettle");
		assertThat(findAll(By.id("case-count"))).as("no list for a filter that is not one").isEmpty();
		screenshot("staff-case-list-bad-filter");
		assertAccessible("the case list with a filter that is not valid");

		new Select(find(By.id("type"))).selectByVisibleText("Return");
		find(By.xpath("//form[@id='filters']//button[normalize-space()='Filter']")).click();

		waitFor(urlContains("type=RETURN"));
		find(By.id("case-count"));
		assertThat(findAll(By.id("type-error"))).isEmpty();
		assertThat(find(By.id("q")).getDomProperty("value")).isEqualTo("kettle");
	}

}
