package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A manager reads the dashboard and the reports on the demo data with their charts drawn, follows a figure to the
 * case list and another to the approval requests it counts, and corrects a period typed the wrong way round.
 */
class ManagerDashboardBrowserTest extends BrowserTest {

	@Test
	void managerFollowsADashboardFigureToTheCasesItCounts() {
		signIn("manager");
		clickLink("Dashboard");
		waitFor(textToBePresentInElementLocated(By.tagName("h1"), "Open cases"));
		waitForCharts("status-chart", "age-chart");
		screenshot("manager-dashboard");
		assertAccessible("the dashboard with its charts");

		WebElement open = find(By.cssSelector("#figure-open a"));
		String count = open.getText();
		assertThat(Integer.parseInt(count.replace(",", ""))).as("open demo cases").isPositive();
		click(open);

		waitFor(urlContains("/cases?open=true"));
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("All cases");
		assertThat(find(By.id("case-count")).getText()).isEqualTo(count.equals("1") ? "1 case" : count + " cases");
		assertThat(find(By.id("open")).isSelected()).isTrue();
	}

	@Test
	void managerFollowsAnApprovalTurnaroundCountToTheRequestsItCounts() {
		signIn("manager");
		go("/dashboard");
		// The demo decides a few requests as it starts: each kind's "Decided" is its first count.
		WebElement decided = find(By.cssSelector("#approval-turnaround tbody tr td a"));
		String count = decided.getText();
		assertThat(Integer.parseInt(count.replace(",", ""))).as("requests decided in the demo").isPositive();
		click(decided);

		waitFor(urlContains("/dashboard/decided-approvals?kind="));
		assertThat(find(By.id("list-count")).getText())
			.startsWith(count.equals("1") ? "1 request," : count + " requests,");
		assertThat(findAll(By.cssSelector("tbody tr"))).hasSize(Math.min(Integer.parseInt(count.replace(",", "")), 25));
		screenshot("manager-decided-approvals");
		assertAccessible("the requests behind an approval turnaround count");
	}

	@Test
	void managerCorrectsAPeriodThatEndsBeforeItStarts() {
		signIn("manager");
		go("/dashboard?from=2026-10-31&to=2026-10-01");

		waitFor(attributeContains(By.id("to"), "class", "is-invalid"));
		assertThat(find(By.id("to-error")).getText())
			.isEqualTo("The end date, 1 Oct 2026, is before the start date, 31 Oct 2026.");
		assertThat(find(By.id("filter-errors")).getText()).isEqualTo("Correct the filters marked below to see the figures.");
		assertThat(find(By.id("from")).getDomProperty("value")).isEqualTo("2026-10-31");
		assertThat(find(By.id("to")).getDomProperty("value")).isEqualTo("2026-10-01");
		assertThat(findAll(By.id("headlines"))).as("no figures for a period that is not one").isEmpty();
		screenshot("manager-dashboard-reversed-period");
		assertAccessible("the dashboard with a period that is not valid");

		// A date picker's value is set as the picker sets it; typing into one depends on the browser's locale.
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-11-30'", find(By.id("to")));
		find(By.xpath("//form[@id='filters']//button[normalize-space()='Filter']")).click();

		waitFor(urlContains("to=2026-11-30"));
		find(By.id("headlines"));
		assertThat(findAll(By.id("to-error"))).isEmpty();
		assertThat(find(By.id("to")).getDomProperty("value")).isEqualTo("2026-11-30");
	}

	@Test
	void managerReadsTheReportsWithTheirCharts() {
		signIn("manager");
		clickLink("Reports");
		waitFor(textToBePresentInElementLocated(By.tagName("h1"), "Reports"));
		waitForCharts("agreement-type-chart", "agreement-trend-chart", "refund-reason-chart",
				"satisfaction-distribution-chart", "satisfaction-trend-chart");
		assertThat(find(By.id("how-counted")).getText()).isNotBlank();
		screenshot("manager-reports");
		assertAccessible("the reports with their charts");
	}

	/** Waits until Chart.js has drawn a chart on each of these canvases. */
	private void waitForCharts(String... ids) {
		for (String id : ids) {
			waitFor(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
					"const c = document.getElementById(arguments[0]);"
							+ "return c !== null && typeof Chart !== 'undefined' && Chart.getChart(c) !== undefined;",
					id));
		}
	}

}
