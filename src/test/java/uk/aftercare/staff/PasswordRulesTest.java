package uk.aftercare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a new password may not be, beyond its length. */
class PasswordRulesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			newbie | newbienewbie          | users.password.username
			newbie | NewBie123456!         | users.password.username
			newbie | 2026-newbie-2026      | users.password.username
			newbie | newbie walks the dog  | ok
			sam    | sam is in store today | ok
			newbie | password1234          | users.password.common
			newbie | aaaaaaaaaaaa          | users.password.common
			newbie | a long enough phrase  | ok
			sam    | 123456789012          | users.password.common
			sam    | 7391-2846-5520        | ok
			""")
	void refusesTheUsernameMadeLongerAndTheObviousChoices(String username, String password, String problem) {
		assertThat(PasswordRules.problem(username, password).orElse("ok")).isEqualTo(problem);
	}

}
