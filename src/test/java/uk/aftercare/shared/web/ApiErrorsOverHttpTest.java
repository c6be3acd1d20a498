package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors raised before any controller is chosen (unknown address, wrong method) go through the servlet container's
 * error dispatch, which MockMvc does not perform: hence a real server. Same set-up as the browser tests, so the
 * running application is shared with them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "aftercare.demo=true")
class ApiErrorsOverHttpTest {

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
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"type\":\"urn:aftercare:problem:not-found\"", "\"status\":404",
				"There is nothing at /api/v1/no-such-thing");
	}

	@Test
	void aMethodTheAddressDoesNotTakeIsAProblemToo() throws Exception {
		HttpResponse<String> response = send("PUT", "/api/v1/tokens/current");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":405", "does not take this method")
			.doesNotContain("timestamp", "trace");
	}

	private HttpResponse<String> send(String method, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
