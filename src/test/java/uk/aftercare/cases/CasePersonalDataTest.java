package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class CasePersonalDataTest {

	@Test
	void hasASentenceForEveryStatusThatKeepsTheData() throws IOException {
		Properties messages = new Properties();
		try (var in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}

		assertThat(Arrays.stream(CaseStatus.values())
			.filter(status -> status != CaseStatus.CLOSED)
			.map(status -> messages.getProperty(CasePersonalData.reasonKey(status))))
			.doesNotContainNull()
			.allMatch(sentence -> sentence.startsWith("Case {0} "));
	}

}
