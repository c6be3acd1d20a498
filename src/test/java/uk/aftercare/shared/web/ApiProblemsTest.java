package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses are the API's, whose errors are problem+json whatever the Accept header says. */
class ApiProblemsTest {

	@ParameterizedTest(name = "{0} under context path ''{1}'': {2}")
	@CsvSource(delimiter = '|', value = { "/api||true", "/api/||true", "/api/v1/cases||true", "/api;x||true",
			"/apiary||false", "/cases||false", "/||false", "/shop/api|/shop|true", "/shop/api/v1|/shop|true",
			"/api|/shop|false" })
	void theApiIsItsRootAndEverythingUnderIt(String address, String contextPath, boolean api) {
		assertThat(ApiProblems.isApi(address, contextPath == null ? "" : contextPath)).isEqualTo(api);
	}

}
