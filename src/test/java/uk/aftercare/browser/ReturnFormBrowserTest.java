package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.not;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.shared.ShopClock;

/**
 * Staff fill in a return authorisation on a case logged by phone: the live decision waits to be told how the kettle
 * was sold, and a deduction "Raise" would refuse is named beside its field as staff type, with no refund shown.
 */
class ReturnFormBrowserTest extends BrowserTest {

	private static final By DECISION = By.id("decision");

	private static final By DEDUCTION = By.id("deductionAmount");

	@Autowired
	CaseService cases;

	@Autowired
	ShopClock clock;

	@Test
	void staffAreToldBesideTheDeductionWhatRaiseWouldRefuseAsTheyType() {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "My kettle stopped working, I want a "
				+ "refund", new ContactDetails("Jane Kettleby", UUID.randomUUID() + "@example.com", null), null,
				"R-" + UUID.randomUUID(), "Kettle", CaseType.RETURN, false), "staff", null).view().caseNumber();
		signIn("staff");
		go("/cases/" + caseNumber + "/returns/new");

		assertThat(new Select(find(By.id("channel"))).getFirstSelectedOption().getDomProperty("value")).isEmpty();
		assertThat(new Select(find(By.id("returnMethod"))).getFirstSelectedOption().getDomProperty("value")).isEmpty();
		setDate("purchaseDate", clock.today().minusDays(10).toString());
		type(By.id("lines0.unitPrice"), "39.99");
		choose("lines0.condition", "Used");
		choose("reasonCode", "Faulty");
		waitFor(textToBePresentInElementLocated(DECISION, "Choose how the item was sold to see the decision"));

		choose("channel", "In one of our shops");
		choose("customerWish", "A refund");
		choose("offeredRemedy", "Full refund");
		choose("returnMethod", "in store");
		type(By.id("deductionReason"), "Scratched");
		type(DEDUCTION, "500");

		waitFor(attributeContains(DEDUCTION, "class", "is-invalid"));
		assertThat(find(By.id("deductionAmount-error")).getText())
			.isEqualTo("The deduction cannot be more than the price paid");
		assertThat(find(DEDUCTION).getDomAttribute("aria-describedby")).isEqualTo("deductionAmount-error");
		assertThat(find(DECISION).getText()).contains("The deduction cannot be more than the price paid")
			.doesNotContain("-460.01");
		assertAccessible("the return form with a deduction refused");

		type(DEDUCTION, "10");
		waitFor(textToBePresentInElementLocated(By.id("deductionAmount-error"), "Nothing may be deducted"));
		assertThat(find(DECISION).getText()).doesNotContain("£29.99");

		type(DEDUCTION, "0");
		waitFor(not(attributeContains(DEDUCTION, "class", "is-invalid")));
		waitFor(invisibilityOfElementLocated(By.id("deductionAmount-error")));
		waitFor(textToBePresentInElementLocated(DECISION, "£39.99"));
		assertThat(find(DEDUCTION).getDomAttribute("aria-invalid")).isNull();
		assertThat(find(DEDUCTION).getDomAttribute("aria-describedby")).isNull();
		screenshot("staff-return-form-deduction");
	}

	/** The card asks for the values marked on the form; the form marks them as staff type, before "Raise". */
	@Test
	void aUsedItemAmongUnusedOnesIsMarkedBesideItsConditionAsStaffType() {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.EMAIL, "I changed my mind about these",
				new ContactDetails("Sam Scarf", UUID.randomUUID() + "@example.com", null), null,
				"R-" + UUID.randomUUID(), "Jumper", CaseType.RETURN, false), "staff", null).view().caseNumber();
		signIn("staff");
		go("/cases/" + caseNumber + "/returns/new");

		choose("channel", "Online");
		setDate("purchaseDate", clock.today().minusDays(8).toString());
		type(By.id("lines0.unitPrice"), "20.00");
		choose("lines0.condition", "Unused");
		type(By.id("lines1.description"), "Scarf");
		type(By.id("lines1.unitPrice"), "30.00");
		choose("lines1.condition", "Used");
		choose("reasonCode", "Changed their mind");

		By scarf = By.id("lines1.condition");
		waitFor(attributeContains(scarf, "class", "is-invalid"));
		assertThat(find(By.id("lines1-condition-error")).getText()).startsWith("When an order is cancelled, used items");
		assertThat(find(scarf).getDomAttribute("aria-describedby")).isEqualTo("lines1-condition-error");
		assertThat(find(By.id("decision-verdict")).getText()).startsWith("When an order is cancelled, used items");
		assertAccessible("the return form with a used item among unused ones");

		choose("lines1.condition", "Unused");
		waitFor(not(attributeContains(scarf, "class", "is-invalid")));
		waitFor(invisibilityOfElementLocated(By.id("lines1-condition-error")));
	}

	private void choose(String id, String label) {
		new Select(find(By.id(id))).selectByVisibleText(label);
	}

	/** A date box takes its value as the browser's date picker gives it; typing it depends on the browser's locale. */
	private void setDate(String id, String isoDate) {
		WebElement field = find(By.id(id));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, isoDate);
	}

}
