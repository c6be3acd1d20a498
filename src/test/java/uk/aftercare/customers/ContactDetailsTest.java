package uk.aftercare.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "07700 900123", "+44 7700 900123", "01632 (960) 001", "0770090" })
	void takesAPhoneNumberAsStaffTypeIt(String phone) {
		assertThat(phone).matches(ContactDetails.PHONE_PATTERN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "call me", "077009", "+ 44 7700 900123", "07700 900123 ext 5", "012345678901234567890" })
	void refusesTextThatIsNoPhoneNumber(String phone) {
		assertThat(phone).doesNotMatch(ContactDetails.PHONE_PATTERN);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			07700 900777          | 07700900777
			+44 7700 900777       | 07700900777
			+44 (0)7700 900777    | 07700900777
			+44 (0) 7700 900777   | 07700900777
			0044 7700 900777      | 07700900777
			0044 (0)7700 900777   | 07700900777
			028 9012 3456         | 02890123456
			+44 (0)28 9012 3456   | 02890123456
			+44 28 9012 3456      | 02890123456
			0800 123456           | 0800123456
			+44 800 123456        | 0800123456
			+353 1 234 5678       | 35312345678
			00353 1 234 5678      | 35312345678
			4412345               | 4412345
			""")
	void givesAUkNumberOneKeyHoweverItsPrefixIsWritten(String phone, String key) {
		assertThat(ContactDetails.phoneKey(phone)).isEqualTo(key);
	}

	@ParameterizedTest
	@ValueSource(strings = { "O’Connor", "O‘Connor", "Oʼconnor", "O`Connor", "O´Connor", "o'connor", "Ó’Connor" })
	void foldsEveryApostropheStaffTypeToAStraightOne(String name) {
		assertThat(ContactDetails.fold(name)).isEqualTo("o'connor");
	}

	@ParameterizedTest
	@CsvSource({ "Zoë Ünïcödé, zoe unicode", "ZOE MARSHALL, zoe marshall", "José Müller, jose muller",
			"Søren Łukasz, soren lukasz", "Đorđe Ðoe, dorde doe", "Æthelred Straße, aethelred strasse",
			"Œuvre Þór, oeuvre thor", "İlkay Çelik, ilkay celik", "Ёлка Йога, елка иога" })
	void foldsANameToLowerCaseWithoutAccents(String name, String folded) {
		assertThat(ContactDetails.fold(name)).isEqualTo(folded);
	}

	@Test
	void keepsWhatIsNoAccentOfALatinGreekOrCyrillicLetter() {
		assertThat(ContactDetails.fold("김민준")).isEqualTo("김민준");
		assertThat(ContactDetails.fold("राम")).isEqualTo("राम");
		assertThat(ContactDetails.fold("O'Brien-Smith 2")).isEqualTo("o'brien-smith 2");
		assertThat(ContactDetails.fold(null)).isNull();
	}

}
