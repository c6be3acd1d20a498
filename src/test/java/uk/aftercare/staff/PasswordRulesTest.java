package uk.aftercare.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a new password may not be, beyond its length. */
class PasswordRulesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			newbie | -              | newbienewbie          | users.password.username
			newbie | -              | NewBie123456!         | users.password.username
			newbie | -              | 2026-newbie-2026      | users.password.username
			newbie | -              | newbie walks the dog  | ok
			sam    | Sam Staff      | sam is in store today | ok
			newbie | -              | password1234          | users.password.common
			newbie | -              | aaaaaaaaaaaa          | users.password.common
			newbie | -              | a long enough phrase  | ok
			sam    | -              | 123456789012          | users.password.common
			sam    | -              | 7391-2846-5520        | ok
			""")
	void refusesTheUsernameMadeLongerAndTheObviousChoices(String username, String displayName, String password,
			String problem) {
		assertThat(PasswordRules.problem(username, displayName, password).orElse("ok")).isEqualTo(problem);
	}

	@ParameterizedTest
	@ValueSource(strings = { "qwerty123456", "Password2026", "Summer2026!!", "Manchester2026", "Chelsea2026!!",
			"P@ssw0rd2026!", "iloveyou2026", "Welcome12345!", "letmein2026!", "Aftercare2026!", "qwertyuiopasdf",
			"1qaz2wsx3edc", "trustno1trustno1", "administrator", "football1234" })
	void refusesCommonWordsAndPasswordsWithYearsDigitsAndSymbolsAdded(String password) {
		assertThat(PasswordRules.problem("newbie", "Nell Newbie", password)).contains("users.password.common");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sue | Sue Supervisor | Sue Supervisor 2026
			sue | Sue Pervisor   | SuePervisor2026!
			sam | Sam Staff      | samstaff2026!
			hj  | Harriet Jones  | Jones Harriet 2026
			hj  | Harriet Jones  | Harriet.Jones.1985
			hj  | Harriet Jones  | Harriet_Jones_2026
			hj  | Harriet Jones  | Jones.Harriet.2026
			wb  | Wendy Blake    | Blake Wendy 2026
			zob | Zoë Ó Briain   | Zoe O Briain 2026
			""")
	void refusesThePersonsOwnNameWithAYearAdded(String username, String displayName, String password) {
		assertThat(PasswordRules.problem(username, displayName, password)).contains("users.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "violet kettle harbour jam", "trainer biscuit fog", "cup of tea please",
			"MyDogIsCalledRex!", "kettle-lamp-78" })
	void acceptsAFewUnrelatedWordsOrRandomCharacters(String password) {
		assertThat(PasswordRules.problem("sue", "Sue Supervisor", password)).isEmpty();
	}

}
