package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class FormFingerprintTest {

	private static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAA";

	private static MockHttpServletRequest form(String... namesAndValues) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/cases/AC-2026-000001/notes");
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.addParameter(namesAndValues[i], namesAndValues[i + 1]);
		}
		return request;
	}

	@Test
	void theSameValuesInAnotherOrderWithAnotherCsrfTokenGiveTheSameFingerprint() {
		String first = FormFingerprint.of(form("_csrf", "one", "text", "Receipt on Monday", "urgent", "true",
				"_submission", TOKEN), TOKEN);
		String again = FormFingerprint.of(form("urgent", "true", "_submission", TOKEN, "text", "Receipt on Monday",
				"_csrf", "two"), TOKEN);

		assertThat(again).isEqualTo(first).matches("[0-9a-f]{64}");
	}

	@Test
	void aChangedValueGivesAnotherFingerprint() {
		assertThat(FormFingerprint.of(form("text", "Receipt on Monday"), TOKEN))
			.isNotEqualTo(FormFingerprint.of(form("text", "Receipt on Tuesday"), TOKEN))
			.isNotEqualTo(FormFingerprint.of(form("text", "Receipt on Monday", "urgent", "true"), TOKEN));
	}

	@Test
	void valuesAreNotRunTogether() {
		assertThat(FormFingerprint.of(form("lines", "a", "lines", "bc"), TOKEN))
			.isNotEqualTo(FormFingerprint.of(form("lines", "ab", "lines", "c"), TOKEN));
		assertThat(FormFingerprint.of(form("ab", "c"), TOKEN))
			.isNotEqualTo(FormFingerprint.of(form("a", "bc"), TOKEN));
	}

	@Test
	void theTokenSaltsIt() {
		assertThat(FormFingerprint.of(form("score", "1"), TOKEN))
			.isNotEqualTo(FormFingerprint.of(form("score", "1"), "BBBBBBBBBBBBBBBBBBBBBB"));
	}

}
