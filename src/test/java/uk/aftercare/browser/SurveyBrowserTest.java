package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import java.sql.Timestamp;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.aftercare.feedback.SurveyTokens;
import uk.aftercare.shared.ShopClock;

/** A customer opens the survey link from our e-mail, without signing in, and sends an answer with a question left out. */
class SurveyBrowserTest extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ShopClock clock;

	@Test
	void aCustomerIsToldBesideTheQuestionTheyLeftOutAndKeepsTheOtherAnswer() {
		String token = surveyLinkForAClosedCase();
		go("/feedback/" + token);
		waitFor(textToBe(By.tagName("h1"), "How did we do?"));
		assertAccessible("the customer's survey");

		find(By.cssSelector("input[name=resolved][value=true]")).click();
		find(By.xpath("//button[normalize-space()='Send my feedback']")).click();

		assertThat(find(By.id("score-error")).getText()).isEqualTo("Choose a score from 1 to 5");
		assertThat(find(By.cssSelector("input[name=resolved][value=true]")).isSelected()).isTrue();
		screenshot("customer-survey-score-missing");
		assertAccessible("the customer's survey with the score left out");
	}

	/** The link as the closing e-mail carries it: the database keeps only its hash. */
	private String surveyLinkForAClosedCase() {
		String caseNumber = jdbc.queryForObject("select min(case_number) from service_case where status = 'CLOSED'",
				String.class);
		String token = SurveyTokens.newToken();
		jdbc.update("insert into survey_invitation (case_number, token_hash, created_at, expires_at, version) "
				+ "values (?, ?, ?, ?, 0)", caseNumber, SurveyTokens.hash(token), Timestamp.from(clock.now()),
				Timestamp.from(clock.now().plus(Duration.ofDays(14))));
		return token;
	}

}
