package uk.aftercare.followups.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.aftercare.followups.CaseViews.caseView;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.PostalAddress;
import uk.aftercare.followups.AdrSettings;
import uk.aftercare.followups.ContactPreferenceView;
import uk.aftercare.followups.CustomerMessageView;
import uk.aftercare.followups.CustomerUpdateService;
import uk.aftercare.followups.Delivery;
import uk.aftercare.followups.MailTemplateKey;
import uk.aftercare.shared.FieldProblem;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(FinalResponseController.class)
@WebTestSupport
@Import(FinalResponseControllerTest.Adr.class)
class FinalResponseControllerTest {

	private static final String NUMBER = "AC-2026-000042";

	private static final String PENDING = "Not yet: a refund or goodwill exception on this case waits for a decision.";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CustomerUpdateService updates;

	@MockitoBean
	CaseService cases;

	/** Whom a letter is posted to is worked out by the service from the address it is stubbed to give. */
	@BeforeEach
	void letterAddresses() {
		given(updates.postedTo(any(), any())).willCallRealMethod();
	}

	static class Adr {

		@Bean
		AdrSettings adrSettings() {
			return new AdrSettings("Consumer Dispute Resolution Ltd", "https://www.cdrl.org.uk");
		}

	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void namesWhatTheServiceWouldRefuseAlongsideABoxThatCouldNotBeRead() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.OPEN, "jane@example.com"));
		given(updates.preferenceOf(7L)).willReturn(ContactPreferenceView.defaults(7L));
		given(updates.finalResponseProblems(NUMBER, "We stand by the refund offered.", false))
			.willReturn(List.of(new FieldProblem("outcome", PENDING)));

		String html = mvc.perform(post("/cases/" + NUMBER + "/final-response").with(csrf())
			.param("outcome", "We stand by the refund offered.")
			.param("byEmail", "maybe"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "byEmail", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "outcome", "finalResponse.invalid"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Markup.assertInvalidAndDescribedBy(html, "outcome", "outcome-error", PENDING);
		assertThat(html).contains("Tick the box, or leave it empty").contains("We stand by the refund offered.");
		verify(updates, never()).issueFinalResponse(anyString(), any(), anyBoolean(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aBlankOutcomeIsNamedOnceBesideABoxThatCouldNotBeRead() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.OPEN, "jane@example.com"));
		given(updates.preferenceOf(7L)).willReturn(ContactPreferenceView.defaults(7L));
		given(updates.finalResponseProblems(NUMBER, " ", false))
			.willReturn(List.of(new FieldProblem("outcome", "State the outcome")));

		mvc.perform(post("/cases/" + NUMBER + "/final-response").with(csrf())
			.param("outcome", " ")
			.param("byEmail", "maybe"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "byEmail", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "outcome", "NotBlank"))
			.andExpect(model().attributeErrorCount("form", 2));
		verify(updates, never()).issueFinalResponse(anyString(), any(), anyBoolean(), anyString());
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void warnsBeforeIssuingThatTheCustomerHasNoPostalAddressToPostALetterTo() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.OPEN, null));
		given(updates.preferenceOf(7L)).willReturn(ContactPreferenceView.defaults(7L));
		given(updates.postalAddressOf(any())).willReturn(Optional.empty());

		String html = mvc.perform(get("/cases/" + NUMBER + "/final-response"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"no-address\"")
			.contains("A letter cannot be posted yet: the customer&#39;s record has no postal address.")
			.contains("href=\"/customers/7#addressLines\"");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void saysNothingOfTheAddressWhenTheCustomerHasOne() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.OPEN, null));
		given(updates.preferenceOf(7L)).willReturn(ContactPreferenceView.defaults(7L));
		given(updates.postalAddressOf(any())).willReturn(Optional.of(new PostalAddress(List.of("1 Mill Lane"), "HG1 2XX")));

		String html = mvc.perform(get("/cases/" + NUMBER + "/final-response"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("no-address");
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void aLetterIssuedWithNoAddressToPostItToIsIssuedWithAWarning() throws Exception {
		given(cases.get(NUMBER)).willReturn(caseView(NUMBER, CaseType.COMPLAINT, CaseStatus.OPEN, null));
		given(updates.issueFinalResponse(NUMBER, "We stand by the refund offered.", false, "sam"))
			.willReturn(new CustomerMessageView(5L, NUMBER, MailTemplateKey.FINAL_RESPONSE, null, "Final response",
					"Dear Jane Smith,", Delivery.PRINT, "sam", Instant.parse("2026-11-02T10:00:00Z"), null,
					new CustomerMessageView.Addressee("Jane Smith", null), null, null));

		mvc.perform(post("/cases/" + NUMBER + "/final-response").with(csrf())
			.param("outcome", "We stand by the refund offered."))
			.andExpect(redirectedUrl("/cases/" + NUMBER + "/messages/5"))
			.andExpect(flash().attribute("warning", "Final response issued as a letter, but the customer's record has "
					+ "no postal address to post it to, so it does not count as answering them. Add their address, "
					+ "then issue it again."))
			.andExpect(flash().attributeCount(1));
	}

}
