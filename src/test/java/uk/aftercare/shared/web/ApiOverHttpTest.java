package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What only a real server shows: errors raised before any controller is chosen (unknown address, wrong method) go
 * through the servlet container's error dispatch, which MockMvc does not perform, and how an answer goes over the
 * wire. Same set-up as the browser tests, so the running application is shared with them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "aftercare.demo=true")
class ApiOverHttpTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private String token;

	@BeforeEach
	void aToken() throws Exception {
		String basic = Base64.getEncoder().encodeToString("manager:demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> issued = http.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(issued.statusCode()).isEqualTo(201);
		token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	@Test
	void anUnknownAddressIsAProblemNotFound() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/no-such-thing");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"urn:aftercare:problem:not-found\"", "\"status\":404",
				"There is nothing at /api/v1/no-such-thing");
	}

	@Test
	void aMethodTheAddressDoesNotTakeIsAProblemToo() throws Exception {
		HttpResponse<String> response = send("PUT", "/api/v1/tokens/current");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":405", "does not take this method")
			.doesNotContain("timestamp", "trace");
	}

	/** A logged case comes back in one piece with its length, not chunked (which costs the server a second write). */
	@Test
	void aLoggedCaseIsAnsweredWithItsLength() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/cases", """
				{"channel":"PHONE","description":"What time do you open on Sunday?",
				 "customer":{"name":"Wire Test","email":"wire.test@example.com"}}""");

		assertThat(response.statusCode()).isEqualTo(201);
		String caseNumber = response.body().replaceAll(".*\"caseNumber\":\"([^\"]+)\".*", "$1");
		assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/cases/" + caseNumber);
		assertThat(response.headers().firstValue("Idempotent-Replayed")).hasValue("false");
		assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
		assertThat(response.headers().firstValueAsLong("Content-Length"))
			.hasValue(response.body().getBytes(StandardCharsets.UTF_8).length);
	}

	/** Spring Boot's error page would answer a browser's Accept with HTML; under /api/ it is always problem+json. */
	@ParameterizedTest(name = "{0} {1}, Accept {3}")
	@CsvSource(delimiter = '|', value = { "GET|/api/v1/nothing|404|text/html", "GET|/api/v1/nothing|404|application/xml",
			"GET|/api/v1/nothing|404|garbage", "PUT|/api/v1/cases|405|text/html",
			"GET|/api/v1/cases/a;b|400|text/html", "GET|/api/v1/cases/a;b|400|application/json" })
	void anErrorUnderTheApiIsAProblemWhateverTheAccept(String method, String path, int status, String accept)
			throws Exception {
		HttpResponse<String> response = send(method, path, null, accept);

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).startsWith("{\"type\":\"urn:aftercare:problem:")
			.contains("\"title\":", "\"status\":" + status)
			.doesNotContain("<html", "timestamp");
	}

	/** The API's root itself, without the slash, is the API's too: a browser's Accept gets no web page there. */
	@Test
	void theApiAddressWithoutItsSlashIsAProblemWhateverTheAccept() throws Exception {
		HttpResponse<String> response = send("GET", "/api", null, "text/html");

		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void anAddressTheFirewallRefusesIsSaidToBeInvalid() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/cases/a;b");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The address is not valid");
	}

	/** Tomcat refuses these before the application runs; its error report is replaced, so they are problems too. */
	@ParameterizedTest
	@ValueSource(strings = { "%00", "%2F", "%5C" })
	void anAddressTheServerCannotDecodeIsAProblemToo(String encoded) throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/cases/a" + encoded + "b", null, "text/html");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).startsWith("{\"type\":\"urn:aftercare:problem:bad-request\"")
			.contains("\"status\":400", "The address is not valid")
			.doesNotContain("<html", "Tomcat");
	}

	/** Tomcat refuses a request line longer than its buffer before it has an address: still a problem under /api/. */
	@Test
	void anAddressTooLongToReadIsAProblemToo() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/cases?q=" + "a".repeat(10_000), null, "text/html");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).startsWith("{\"type\":\"urn:aftercare:problem:bad-request\"")
			.contains("The address is too long")
			.doesNotContain("<html");
	}

	/** Tomcat refuses the value when it is first asked for; a 400 naming it, and no error with a stack trace logged. */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aParameterThatIsNotUtf8IsNamedInAProblemNotLoggedAsAnError(CapturedOutput log) throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/cases?status=OPEN&q=%C3%28");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"urn:aftercare:problem:bad-request\"",
				"\"errors\":[{\"field\":\"q\",\"message\":\"is not valid text: send it percent-encoded UTF-8\"}]");
		assertThat(log).doesNotContain("InvalidParameterException");
	}

	/** Tomcat refuses headers that do not fit its buffer before the application runs: said of the headers. */
	@Test
	void headersTooLongToReadAreSaidToBeTooLong() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/tokens/current"))
			.header("Authorization", "Bearer " + token)
			.header("X-Padding", "a".repeat(9 * 1024))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.body()).contains("The request's headers are too long for the server to read");
	}

	/** Sent as UTF-8, as a till might; the firewall refuses the bytes that read as control characters. */
	@Test
	void aHeaderTheFirewallRefusesIsNamedNotCalledAnAddress() throws Exception {
		String json = """
				{"channel":"PHONE","description":"Where is my order?","customer":{"name":"Wire Test","phone":"07700 900123"}}""";
		String request = "POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
				+ "\r\nContent-Type: application/json\r\nIdempotency-Key: ключ-1\r\nContent-Length: "
				+ json.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + json;

		assertThat(raw(request)).contains("{\"field\":\"Idempotency-Key\",\"message\":\"holds a character a header may not");
	}

	/**
	 * A control character in a header is refused by Tomcat before the firewall sees it; é sent as UTF-8 reads as two
	 * printable characters and reaches the application. Each is named as the header, not called a bad address.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "a\u0001b", "a\u007fb", "clé-1" })
	void aHeaderHoldingACharacterHeadersMayNotIsNamedWhoeverRefusesIt(String key) throws Exception {
		String json = """
				{"channel":"PHONE","description":"Where is my order?","customer":{"name":"Wire Test","phone":"07700 900123"}}""";
		String request = "POST /api/v1/cases HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
				+ "\r\nContent-Type: application/json\r\nIdempotency-Key: " + key + "\r\nContent-Length: "
				+ json.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + json;

		assertThat(raw(request)).startsWith("HTTP/1.1 400")
			.contains("Content-Type: application/problem+json\r\n", "\"instance\":\"/api/v1/cases\"")
			.contains("{\"field\":\"Idempotency-Key\",\"message\":\"holds a character a header may not")
			.doesNotContain("The address is not valid");
	}

	/** Refused before the case is opened: the same key then opens a new case, which it would not replay. */
	@ParameterizedTest
	@ValueSource(strings = { "text/html", "garbage", "application/problem+json" })
	void anAnswerTheClientCannotTakeIsRefusedInProblemJsonBeforeTheCaseIsOpened(String accept) throws Exception {
		String key = "wire-406-" + accept + "-" + System.nanoTime();
		String json = """
				{"channel":"PHONE","description":"Where is my order?",
				 "customer":{"name":"Wire Test","email":"wire.test@example.com"}}""";

		HttpResponse<String> refused = send("POST", "/api/v1/cases", json, accept, key);

		assertThat(refused.statusCode()).isEqualTo(406);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("\"type\":\"urn:aftercare:problem:not-acceptable\"",
				"\"title\":\"Not Acceptable\"", "application/json");
		HttpResponse<String> opened = send("POST", "/api/v1/cases", json, "application/json", key);
		assertThat(opened.statusCode()).isEqualTo(201);
		assertThat(opened.headers().firstValue("Idempotent-Replayed")).hasValue("false");
	}

	/** Every API body is read strictly, classification's too (its controller's test belongs to its module). */
	@Test
	void aKeyTheClassificationRequestDoesNotHaveIsNamed() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/classifications", """
				{"text": "The kettle leaks", "language": "en"}""");

		assertThat(response.body()).contains(
				"\"errors\":[{\"field\":\"language\",\"message\":\"is not a field of this request: check its spelling\"}]");
	}

	/** Read as it arrives, with no length given: refused once more than the limit has come, not read to the end. */
	@Test
	void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
		byte[] body = ("{\"text\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/classifications"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"type\":\"urn:aftercare:problem:content-too-large\"",
				"at most 1 MB (1,048,576 bytes)");
	}

	/** Refused by its Content-Length before any of it is read, and no case is opened. */
	@Test
	void aBodyWhoseLengthIsOverTheLimitIsRefusedWith413() throws Exception {
		String json = """
				{"channel":"PHONE","description":"Where is my order?","customer":{"name":"Wire Test",
				 "email":"wire.test@example.com"},"product":"%s"}""".formatted(" ".repeat(1024 * 1024));

		HttpResponse<String> response = send("POST", "/api/v1/cases", json);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The request body is larger than the API takes: at most 1 MB");
	}

	/**
	 * Whichever layer refuses a request (Spring MVC, the security chain, the error dispatch), the problem looks the
	 * same: one media type, and the address it is about as its {@code instance}.
	 */
	@ParameterizedTest(name = "{0} {1} as {2}")
	@CsvSource(delimiter = '|', value = { "POST|/api/v1/cases|manager|400", "GET|/api/v1/cases|nobody|401",
			"GET|/api/v1/approvals|staff|403", "GET|/api/v1/cases/AC-NOPE|manager|404",
			"GET|/api/v1/no-such-thing|manager|404", "PUT|/api/v1/tokens/current|manager|405" })
	void everyLayerWritesTheSameProblem(String method, String path, String user, int status) throws Exception {
		var request = HttpRequest.newBuilder(uri(path));
		if (!"nobody".equals(user)) {
			request.header("Authorization", "Bearer " + (user.equals("manager") ? token : tokenOf(user)));
		}
		request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
				method.equals("GET") ? "" : "{}"));
		if (method.equals("GET")) {
			request.GET();
		}

		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status, "\"instance\":\"" + path + "\"");
	}

	private String tokenOf(String user) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> issued = http.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Authorization", "Basic " + basic)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		return issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
	}

	private HttpResponse<String> send(String method, String path) throws Exception {
		return send(method, path, null);
	}

	private HttpResponse<String> send(String method, String path, String json) throws Exception {
		return send(method, path, json, null);
	}

	private HttpResponse<String> send(String method, String path, String json, String accept) throws Exception {
		return send(method, path, json, accept, null);
	}

	private HttpResponse<String> send(String method, String path, String json, String accept, String idempotencyKey)
			throws Exception {
		var request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (json == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A request written byte for byte (as UTF-8), and the whole answer, headers and all. */
	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
