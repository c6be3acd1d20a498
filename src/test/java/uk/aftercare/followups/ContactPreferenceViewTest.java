package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactPreferenceViewTest {

	@Test
	void withoutARecordedPreferenceUpdatesAreEmailedButNoSurvey() {
		var defaults = ContactPreferenceView.defaults(7L);

		assertThat(defaults.updateBlock("jane@example.com")).isEmpty();
		assertThat(defaults.surveyBlock("jane@example.com")).contains(EmailBlock.NO_SURVEY_CONSENT);
	}

	@Test
	void nothingIsEmailedWithoutAnAddress() {
		var consented = new ContactPreferenceView(7L, true, true, null, "sam", null, true);

		assertThat(consented.updateBlock(null)).contains(EmailBlock.NO_ADDRESS);
		assertThat(consented.surveyBlock(" ")).contains(EmailBlock.NO_ADDRESS);
	}

	@Test
	void nothingIsEmailedToACustomerWhoSaidNo() {
		var saidNo = new ContactPreferenceView(7L, false, true, PreferredChannel.PHONE, "sam", null, true);

		assertThat(saidNo.updateBlock("jane@example.com")).contains(EmailBlock.CUSTOMER_SAID_NO);
		assertThat(saidNo.surveyBlock("jane@example.com")).contains(EmailBlock.CUSTOMER_SAID_NO);
	}

	@Test
	void aConsentingCustomerGetsTheSurvey() {
		var consented = new ContactPreferenceView(7L, true, true, PreferredChannel.EMAIL, "sam", null, true);

		assertThat(consented.surveyBlock("jane@example.com")).isEmpty();
	}

}
