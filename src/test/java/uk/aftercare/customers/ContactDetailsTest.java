package uk.aftercare.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
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

}
