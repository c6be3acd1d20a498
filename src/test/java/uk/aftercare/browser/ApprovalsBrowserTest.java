package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.escalation.NewApproval;

/** A supervisor works the approvals queue, and the member of staff who asked sees the decision. */
class ApprovalsBrowserTest extends BrowserTest {

	/** The count in the menu's badge (which goes on, for screen readers only, with "pending"). */
	private static final By APPROVALS_BADGE = By.cssSelector("nav a[href='/approvals'] .badge > span:first-child");

	private static final By PENDING_ROWS = By.cssSelector("main table tbody tr");

	@Autowired
	CaseService cases;

	@Autowired
	Approvals approvals;

	@Test
	void supervisorApprovesAStaffRefundFromTheQueueMostUrgentFirst() {
		signIn("supervisor");
		int waiting = Integer.parseInt(find(APPROVALS_BADGE).getText());
		assertThat(waiting).isPositive();

		find(By.cssSelector("nav a[href='/approvals']")).click();
		waitFor(textToBePresentInElementLocated(By.tagName("h1"), "Approvals"));
		List<WebElement> queue = findAll(PENDING_ROWS);
		// The queue shows every request; the menu counts those this supervisor can decide.
		assertThat(queue.stream().filter(row -> !row.findElement(By.tagName("td")).getText().contains("Manager")
				&& !askedBy(row).equals("Sue Pervisor"))).hasSize(waiting);
		assertThat(queue.get(0).findElement(By.tagName("td")).getText()).startsWith("Urgent");
		assertAccessible("the approvals queue");

		WebElement refund = queue.stream()
			.filter(row -> isRefundASupervisorMayDecide(row) && askedBy(row).equals("Sam Staff"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No pending refund asked for by staff in the queue"));
		String caseNumber = refund.findElements(By.tagName("td")).get(1).getText();
		String approvalPath = refund.findElement(By.linkText("Refund")).getDomAttribute("href");

		refund.findElement(By.linkText("Refund")).click();
		waitFor(textToBePresentInElementLocated(By.tagName("h1"), "Refund · " + caseNumber));
		assertThat(find(By.xpath("//dt[normalize-space()='Asked by']/following-sibling::dd[1]")).getText())
			.startsWith("Sam Staff ·");
		assertAccessible("a refund's approval page");
		type(By.id("note"), "Faulty within 30 days: refund in full today.");
		find(By.cssSelector("button[name=decision][value=APPROVE]")).click();

		waitFor(urlMatches("/approvals$"));
		assertThat(find(By.cssSelector(".alert-success")).getText()).startsWith("Approved: " + caseNumber + ".");
		assertThat(findAll(By.cssSelector("main table a[href='" + approvalPath + "']")))
			.as("the decided request has left Pending")
			.isEmpty();
		assertThat(find(APPROVALS_BADGE).getText()).isEqualTo(String.valueOf(waiting - 1));
		screenshot("supervisor-approvals");
	}

	@Test
	void staffSeeTheSupervisorsApprovalOnTheirCaseListAndTimeline() {
		String caseNumber = staffAskForARefund("Fridge stopped cooling after three days, I want a refund", "400.00");

		signIn("supervisor");
		find(By.cssSelector("nav a[href='/approvals']")).click();
		find(By.xpath("//tbody/tr[td/a[normalize-space()='" + caseNumber + "']]//a[normalize-space()='Refund']"))
			.click();
		waitFor(textToBePresentInElementLocated(By.tagName("h1"), caseNumber));
		type(By.id("note"), "Faulty within 30 days: refund in full.");
		find(By.cssSelector("button[name=decision][value=APPROVE]")).click();
		waitFor(textToBePresentInElementLocated(By.cssSelector(".alert-success"), "Approved: " + caseNumber));
		signOut();

		signIn("staff");
		go("/cases?mine=true&q=" + caseNumber);
		WebElement row = find(By.xpath("//tbody/tr[td/a[normalize-space()='" + caseNumber + "']]"));
		assertThat(row.findElement(By.cssSelector(".badge.text-bg-success")).getText()).isEqualTo("Approved");

		row.findElement(By.linkText(caseNumber)).click();
		waitFor(textToBePresentInElementLocated(By.tagName("h1"), caseNumber));
		assertThat(find(By.cssSelector("main .d-flex")).getText()).contains("Approved", "In progress");
		assertThat(findAll(By.cssSelector("ol.timeline li.kind-APPROVAL")).stream().map(WebElement::getText))
			.anySatisfy(entry -> assertThat(entry).contains("Sue Pervisor", "Approval",
					"Approved by Sue Pervisor: Faulty within 30 days: refund in full."));
	}

	/** A refund request as the returns module raises it for a member of staff: the arrangement, not the test. */
	private String staffAskForARefund(String said, String amount) {
		String caseNumber = cases.open(new OpenCaseCommand(ContactChannel.IN_STORE, said,
				new ContactDetails("Tom Frost", "tom." + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
						null),
				null, "R-30001", "Fridge", CaseType.RETURN, false), "staff", null).view().caseNumber();
		approvals.request(new NewApproval(caseNumber, ApprovalKind.REFUND, null, new BigDecimal(amount), "FULL_REFUND",
				"Consumer Rights Act 2015 ss.20-22 (short-term right to reject)",
				List.of(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT), "Fridge stopped cooling on day 3", "staff",
				null));
		return caseNumber;
	}

	private static boolean isRefundASupervisorMayDecide(WebElement row) {
		String what = row.findElement(By.tagName("td")).getText();
		return what.contains("Refund") && !what.contains("Manager");
	}

	private static String askedBy(WebElement row) {
		return row.findElements(By.tagName("td")).get(4).getText();
	}

}
