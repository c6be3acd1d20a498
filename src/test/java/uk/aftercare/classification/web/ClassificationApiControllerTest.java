package uk.aftercare.classification.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.classification.ClassificationService;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(ClassificationApiController.class)
@WebTestSupport
@WithMockUser(username = "till-1", roles = "STAFF")
class ClassificationApiControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ClassificationService classifier;

	@ParameterizedTest
	@ValueSource(strings = { "123", "true", "[\"kettle\"]" })
	void refusesTextThatIsNotAString(String text) throws Exception {
		mvc.perform(post("/api/v1/classifications").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": " + text + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("text")))
			.andExpect(jsonPath("$.errors[0].message").value("must be a string"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"text\":\"kettle", "{\"text\":\"kettle\"", "{\"text\": kettle}" })
	void saysATruncatedBodyIsNotJson(String body) throws Exception {
		mvc.perform(post("/api/v1/classifications").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("body")))
			.andExpect(jsonPath("$.errors[0].message", containsString("is not valid JSON")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"str\"", "[]", "42" })
	void saysTheBodyMustBeAJsonObject(String body) throws Exception {
		mvc.perform(post("/api/v1/classifications").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("body")))
			.andExpect(jsonPath("$.errors[0].message").value("must be a JSON object"));
	}

}
