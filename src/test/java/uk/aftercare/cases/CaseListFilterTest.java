package uk.aftercare.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.aftercare.classification.CaseType;
import uk.aftercare.support.Links;

class CaseListFilterTest {

	@Test
	void encodesAPlusSoThatAServerDoesNotReadItAsASpace() {
		CaseListFilter filter = CaseListFilter.none().withSearch("a+b@x.com");

		assertThat(filter.toQueryString()).isEqualTo("q=a%2Bb%40x.com").contains("a%2Bb");
		assertThat(asAServerReadsIt(filter.toQueryString())).containsEntry("q", "a+b@x.com");
	}

	@Test
	void encodesEveryCharacterThatMeansSomethingInAnAddress() {
		CaseListFilter filter = CaseListFilter.none()
			.withSearch("Zoë & Jo = 100% #1 ?")
			.withType(CaseType.RETURN)
			.between(LocalDate.of(2026, 10, 1), null);

		assertThat(asAServerReadsIt(filter.toQueryString())).containsExactly(Map.entry("type", "RETURN"),
				Map.entry("q", "Zoë & Jo = 100% #1 ?"), Map.entry("from", "2026-10-01"));
	}

	@Test
	void writesNothingWhenNothingIsFiltered() {
		assertThat(CaseListFilter.none().toQueryString()).isEmpty();
	}

	private static Map<String, String> asAServerReadsIt(String query) {
		return Links.parameters(query);
	}

}
