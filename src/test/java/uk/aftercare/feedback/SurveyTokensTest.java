package uk.aftercare.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SurveyTokensTest {

	@Test
	void tokensAreUrlSafeAndNeverRepeat() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String token = SurveyTokens.newToken();
			assertThat(SurveyTokens.looksLikeToken(token)).isTrue();
			tokens.add(token);
		}
		assertThat(tokens).hasSize(1000);
	}

	@Test
	void storesOnlyTheSha256HashOfTheToken() {
		// SHA-256 of "abc", from FIPS 180-2.
		assertThat(SurveyTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void refusesTextThatCannotBeAToken() {
		assertThat(SurveyTokens.looksLikeToken("thank-you")).isFalse();
		assertThat(SurveyTokens.looksLikeToken(null)).isFalse();
		assertThat(SurveyTokens.looksLikeToken("a".repeat(42) + "/")).isFalse();
	}

}
