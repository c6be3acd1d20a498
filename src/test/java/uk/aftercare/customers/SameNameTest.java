package uk.aftercare.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When an e-mail or phone already on record is the same person's, by the names given with it. */
class SameNameTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Jane Smith       | J Smith          | true
			Jane Smith       | Mrs Smith        | true
			Jane Smith       | jane             | true
			Jane Smith       | JANE SMITH       | true
			Jane Smith-Jones | J Smith          | true
			Zoë Ünïcödé      | Zoe Unicode      | true
			Jane Smith       | -                | true
			J Smith          | Jane             | true
			Alice Match      | Bob Other        | false
			Alice Smith      | Bob Smith        | false
			Jane Smith       | Jane Doe         | false
			Jane Smith       | Bob              | false
			Wendy Blake      | Blake, Wendy     | true
			Wendy Blake      | BLAKE, W         | true
			Wendy Blake      | Blake, Mrs Wendy | true
			Wendy Blake      | Blake, Bob       | false
			Wendy Blake      | Smith, Wendy     | false
			""")
	void namesAgreeWhenTheyCanBeTheSamePersons(String recorded, String typed, boolean same) {
		assertThat(CustomerService.sameName(recorded, typed)).isEqualTo(same);
		assertThat(CustomerService.sameName(typed, recorded)).isEqualTo(same);
	}

}
