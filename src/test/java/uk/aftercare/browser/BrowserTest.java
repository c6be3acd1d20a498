package uk.aftercare.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port with the demo set-up (users staff, supervisor and manager, password "demo", and
 * the demo cases), driven by one headless Chromium per test class. Every subclass shares one Spring context, so the
 * demo data loads once; tests therefore pick out their own cases and never count on being alone.
 */
@ExtendWith(Chromium.SkipWhenAsked.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "aftercare.demo=true")
abstract class BrowserTest {

	static final String DEMO_PASSWORD = "demo";

	private static final String SIGN_IN_AT = "/cases/new";

	/** Only a ceiling for slow, shared machines: each wait ends as soon as its condition holds. */
	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static Chromium chromium;

	static WebDriver browser;

	@LocalServerPort
	int port;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName();
				try {
					Files.createDirectories(SCREENSHOTS);
					Files.writeString(SCREENSHOTS.resolve(name + ".html"),
							"<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				screenshot(name);
			}
		}
	};

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.start();
		browser = chromium.driver();
	}

	@AfterAll
	static void quitBrowser() {
		if (chromium != null) {
			chromium.quit();
			chromium = null;
			browser = null;
		}
	}

	/** Each test starts signed out, with nothing in the console from the test before. */
	@BeforeEach
	void signedOut() {
		go("/login");
		browser.manage().deleteAllCookies();
		browser.manage().logs().get(LogType.BROWSER);
	}

	/**
	 * The pages' Content-Security-Policy refuses inline script and anything from elsewhere, and the browser says so
	 * only in its console: a script or a chart that stopped working because of it fails the test that met it.
	 */
	@AfterEach
	void nothingWasRefusedByTheContentSecurityPolicy() {
		if (browser == null) {
			return;
		}
		List<String> refused = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
		assertThat(refused).as("what the Content-Security-Policy refused").isEmpty();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void go(String path) {
		browser.get(url(path));
	}

	/**
	 * Signs in through the login form, starting from "Log interaction" (Spring Security returns there after the form, with "?continue"),
	 * and waits for that page with the user's name in the menu. Not from the start page, My cases: the demo gives
	 * staff more than one page of cases, and a case list longer than one page does not render completely while the
	 * pager fragment is broken (see {@code StaffBrowserTest.staffPageThroughMoreCasesThanFitOnOnePage}).
	 */
	void signIn(String username) {
		go(SIGN_IN_AT);
		waitFor(ExpectedConditions.urlContains("/login"));
		type(By.id("username"), username);
		type(By.id("password"), DEMO_PASSWORD);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		waitFor(ExpectedConditions.and(ExpectedConditions.urlContains(url(SIGN_IN_AT)),
				ExpectedConditions.textToBe(By.cssSelector("nav .navbar-text"), username),
				ExpectedConditions.textToBe(By.tagName("h1"), "Log interaction")));
	}

	/** Fails, listing each problem, if the page now shown breaks a WCAG 2.2 A or AA rule that axe-core checks. */
	void assertAccessible(String page) {
		Accessibility.assertMeetsWcag22AA(browser, page);
	}

	void signOut() {
		browser.findElement(By.xpath("//nav//button[normalize-space()='Sign out']")).click();
		waitFor(ExpectedConditions.urlContains("/login?logout"));
	}

	void clickLink(String text) {
		click(waitFor(ExpectedConditions.elementToBeClickable(By.linkText(text))));
	}

	/** Brings the element to the middle of the window at once, so no scrolling is going on under the click. */
	void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				element);
		element.click();
	}

	WebElement find(By locator) {
		return waitFor(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	List<WebElement> findAll(By locator) {
		return browser.findElements(locator);
	}

	void type(By locator, String text) {
		WebElement field = find(locator);
		field.clear();
		field.sendKeys(text);
	}

	<T> T waitFor(ExpectedCondition<T> condition) {
		// A page reloading under a condition leaves stale elements: look again rather than fail.
		return new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
	}

	/** The status of a GET of {@code path} made by the page itself, with the browser's session. */
	long statusOf(String path) {
		return (Long) ((JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
						+ ".then(r => done(r.status), () => done(-1));",
				path);
	}

	/** The whole page (not just the window) as target/browser-screenshots/NAME.png, for a person to look at. */
	static void screenshot(String name) {
		Dimension window = browser.manage().window().getSize();
		try {
			Long height = (Long) ((JavascriptExecutor) browser).executeScript(
					"return document.documentElement ? Math.ceil(document.documentElement.scrollHeight) : 0");
			browser.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(),
					height.intValue() + 120)));
			Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
			Files.createDirectories(SCREENSHOTS);
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not save screenshot " + name, e);
		}
		finally {
			browser.manage().window().setSize(window);
		}
	}

}
