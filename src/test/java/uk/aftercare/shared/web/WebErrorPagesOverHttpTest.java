package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser's error pages for what never reaches a controller: an address the security firewall refuses, and a
 * method an address does not take. Only a real server performs the error dispatch that shows them. Same set-up as
 * {@link ApiOverHttpTest}, so the running application is shared with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "aftercare.demo=true")
class WebErrorPagesOverHttpTest {

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void anAddressTheFirewallRefusesIsSaidToBeNotValid() throws Exception {
		HttpResponse<String> page = get("/admin/users/a;b");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("<title>This address is not valid · Aftercare</title>",
				"Aftercare cannot open /admin/users/a;b");
	}

	@Test
	void anAddressTheServerCannotDecodeIsSaidToBeNotValidWithoutTomcatsPage() throws Exception {
		HttpResponse<String> page = get("/admin/users/a%2Fb");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<title>This address is not valid · Aftercare</title>",
				"Aftercare cannot open /admin/users/a%2Fb")
			.doesNotContain("Tomcat");
	}

	@Test
	void anAddressTooLongToReadIsNamedAsTooLong() throws Exception {
		HttpResponse<String> page = get("/cases?q=" + "a".repeat(10_000));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("<title>This address is not valid · Aftercare</title>",
				"Aftercare cannot open /cases: the address is too long to read");
	}

	@Test
	void headersTooLongToReadAreNamedAsSuch() throws Exception {
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/cases"))
			.header("Accept", "text/html")
			.header("Cookie", "filler=" + "a".repeat(9 * 1024))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.body()).contains("<title>What was sent was too large to read · Aftercare</title>",
				"Aftercare cannot open /cases: the request&#39;s headers are too long to read");
	}

	@Test
	void anActionOpenedAsAPageSaysItCannotBeUsedThatWay() throws Exception {
		signInAs("manager");

		HttpResponse<String> page = get("/admin/users/staff/disable");

		assertThat(page.statusCode()).isEqualTo(405);
		assertThat(page.body()).contains("This page cannot be used that way", "href=\"/admin/users/staff\"");
	}

	/** Tomcat refuses the value when it is first asked for: a short page naming it, no error with a stack trace logged. */
	@ParameterizedTest
	@ValueSource(strings = { "/cases?q=%C3%28", "/cases?assignee=%C3%28" })
	@ExtendWith(OutputCaptureExtension.class)
	void aParameterThatIsNotUtf8IsNamedOnAShortPage(String address, CapturedOutput log) throws Exception {
		signInAs("staff");

		HttpResponse<String> page = get(address);

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("The address holds a value for " + (address.contains("assignee") ? "assignee" : "q")
				+ " that is not text Aftercare can read");
		assertThat(log).doesNotContain("InvalidParameterException");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aParameterThatIsNotUtf8IsNamedBeforeSigningInToo(CapturedOutput log) throws Exception {
		HttpResponse<String> page = get("/cases?q=%C3%28");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("The address holds a value for q that is not text Aftercare can read");
		assertThat(log).doesNotContain("InvalidParameterException");
	}

	@Test
	void aFormOverTheSizeTheServerReadsSaysNothingWasSaved() throws Exception {
		signInAs("staff");

		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/cases/AC-2026-000001/notes"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("text=" + "a".repeat(3 * 1024 * 1024)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("What you sent was too large", "nothing was saved")
			.doesNotContain("Something went wrong</h1>");
	}

	private void signInAs(String username) throws Exception {
		String login = get("/login").body();
		String csrf = login.replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
		String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
