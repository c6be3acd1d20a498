package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A manager adds a user; front-line staff cannot reach user administration. */
class UserAdminBrowserTest extends BrowserTest {

	@Test
	void managerAddsAUserAfterFixingATooShortPassword() {
		String username = "pat." + UUID.randomUUID().toString().substring(0, 6);
		signIn("manager");

		clickLink("Users");
		waitFor(textToBePresentInElementLocated(By.tagName("h1"), "Users"));
		clickLink("Add a user");
		type(By.id("username"), username);
		type(By.id("displayName"), "Pat Newstarter");
		type(By.id("email"), username + "@shop.example");
		new Select(find(By.id("role"))).selectByVisibleText("Supervisor");
		type(By.id("password"), "too short");
		find(By.xpath("//button[normalize-space()='Add user']")).click();

		waitFor(attributeContains(By.id("password"), "class", "is-invalid"));
		assertThat(find(By.cssSelector("#password + .invalid-feedback")).getText())
			.isEqualTo("Use at least 12 characters");
		assertThat(find(By.id("username")).getDomProperty("value")).isEqualTo(username);
		assertThat(find(By.id("displayName")).getDomProperty("value")).isEqualTo("Pat Newstarter");
		assertThat(new Select(find(By.id("role"))).getFirstSelectedOption().getText()).isEqualTo("Supervisor");
		assertAccessible("the new-user form with a password refused");
		WebElement summary = find(By.cssSelector("[data-error-summary]"));
		assertThat(browser.switchTo().activeElement()).as("the error summary, focused when the page opens")
			.isEqualTo(summary);
		summary.findElement(By.linkText("Use at least 12 characters")).click();
		assertThat(browser.switchTo().activeElement()).as("the field its link leads to").isEqualTo(find(By.id("password")));

		type(By.id("password"), "a long enough first password");
		find(By.xpath("//button[normalize-space()='Add user']")).click();

		waitFor(urlMatches("/admin/users$"));
		assertThat(find(By.cssSelector(".alert-success")).getText()).isEqualTo("User " + username + " added.");
		WebElement row = find(By.xpath("//table[@id='users']/tbody/tr[td[1][normalize-space()='" + username + "']]"));
		assertThat(row.getText()).contains("Pat Newstarter", username + "@shop.example", "Supervisor", "Active");
		screenshot("manager-users");
		assertAccessible("the users page");
	}

	@Test
	void staffAreShownTheAccessDeniedPageForUserAdministration() {
		signIn("staff");
		assertThat(findAll(By.linkText("Users"))).as("no Users link in a staff member's menu").isEmpty();

		go("/admin/users");

		waitFor(textToBePresentInElementLocated(By.tagName("h1"), "You do not have access to this page"));
		assertThat(findAll(By.id("users"))).isEmpty();
		assertAccessible("the access-denied page");
		assertThat(statusOf("/admin/users")).isEqualTo(403);
	}

}
