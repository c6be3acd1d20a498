package uk.aftercare.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium and ChromeDriver, named explicitly so that Selenium Manager never tries to download a
 * browser or a driver (there is no internet here, nor in CI).
 */
final class Chromium {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	static final String SKIP_VARIABLE = "AFTERCARE_SKIP_BROWSER_TESTS";

	/**
	 * Debian's Chromium is usually newer than the DevTools protocol versions Selenium ships, and Selenium warns about
	 * it at every start; these tests never use DevTools. Held here because java.util.logging keeps loggers weakly.
	 */
	private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

	static {
		CDP_VERSION_FINDER.setLevel(Level.SEVERE);
	}

	private final WebDriver driver;

	private final Path profile;

	private Chromium(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts a browser with a fresh profile. Fails with the install command when Chromium or ChromeDriver is missing,
	 * so that the tests never pass by not running.
	 */
	static Chromium start() {
		List<String> missing = new ArrayList<>();
		for (Path program : List.of(BROWSER, DRIVER)) {
			if (!Files.isExecutable(program)) {
				missing.add(program.toString());
			}
		}
		if (!missing.isEmpty()) {
			fail("Real-browser tests need Debian's Chromium and ChromeDriver, but " + String.join(" and ", missing)
					+ " is missing. Run `apt-get install -y chromium chromium-driver` (as root), or set " + SKIP_VARIABLE
					+ "=true to skip these tests.");
		}
		Path profile;
		try {
			profile = Files.createTempDirectory("aftercare-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not create a Chromium profile directory", e);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--force-prefers-reduced-motion", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
		// The console, so that tests can see what the Content-Security-Policy refused (BrowserTest).
		LoggingPreferences console = new LoggingPreferences();
		console.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, console);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Chromium(new ChromeDriver(service, options), profile);
	}

	/**
	 * Skips the browser tests when {@value #SKIP_VARIABLE} is "true". A condition rather than an assumption in
	 * {@code @BeforeAll}: Surefire then reports every test as skipped (an aborted class shows as "Tests run: 0"), and
	 * neither the browser nor the application starts.
	 */
	static final class SkipWhenAsked implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return "true".equalsIgnoreCase(System.getenv(SKIP_VARIABLE))
					? ConditionEvaluationResult.disabled(SKIP_VARIABLE + "=true: real-browser tests skipped")
					: ConditionEvaluationResult.enabled("real-browser tests run");
		}

	}

	WebDriver driver() {
		return driver;
	}

	void quit() {
		try {
			driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// a temp directory left behind is harmless
		}
	}

}
