package uk.aftercare.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.aftercare.returns.NewPolicyVersion;
import uk.aftercare.returns.PolicyVersionView;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.ReturnsPolicyService;
import uk.aftercare.returns.ReturnsPolicySettings;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.Markup;
import uk.aftercare.support.WebTestSupport;

@WebMvcTest(ReturnsPolicyController.class)
@WebTestSupport
class ReturnsPolicyControllerTest {

	/** The test clock's today. */
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReturnsPolicyService policies;

	@MockitoBean
	StaffDirectory staff;

	@BeforeEach
	void theHousePolicyIsInForce() {
		PolicyVersionView v1 = new PolicyVersionView(1, LocalDate.of(2000, 1, 1), "House policy at launch", "system",
				Instant.parse("2026-01-01T00:00:00Z"), ReturnsPolicySettings.defaults());
		given(policies.current()).willReturn(v1);
		given(policies.history()).willReturn(List.of(v1));
		given(policies.earliestEffectiveDate()).willReturn(TODAY);
		given(policies.latestEffectiveDate()).willReturn(TODAY.plusYears(1));
	}

	/** A valid change; each test passes the fields it is about as name, value pairs. */
	private static MockHttpServletRequestBuilder newVersion(String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("goodwillDays", "14");
		fields.put("excludePersonalised", "true");
		fields.put("excludePerishable", "true");
		fields.put("frontLineRefundLimit", "200.00");
		fields.put("supervisorRefundLimit", "800.00");
		fields.put("effectiveFrom", "2026-12-01");
		fields.put("reason", "Shorter window for the sale season");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/returns-policy").with(csrf())
			.param("acceptedGoodwillProofs", "RECEIPT", "ORDER_NUMBER");
		fields.forEach(request::param);
		return request;
	}

	@Test
	@WithMockUser(username = "staff", roles = "STAFF")
	void forbidsStaffFromThePolicySettings() throws Exception {
		mvc.perform(get("/admin/returns-policy")).andExpect(status().isForbidden());
		mvc.perform(newVersion()).andExpect(status().isForbidden());
		verify(policies, never()).publish(any(), anyString());
	}

	@Test
	@WithMockUser(username = "sup", roles = "SUPERVISOR")
	void forbidsSupervisorsFromThePolicySettings() throws Exception {
		mvc.perform(get("/admin/returns-policy")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void showsTheVersionInForceAndItsHistory() throws Exception {
		mvc.perform(get("/admin/returns-policy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("In force: uk-returns-v1")))
			.andExpect(content().string(containsString("House policy at launch")))
			.andExpect(content().string(containsString("<dd class=\"col-sm-6\">1 Jan 2000</dd>")))
			.andExpect(content().string(containsString("<td>1 Jan 2000</td>")))
			.andExpect(content().string(not(containsString("January"))))
			.andExpect(content().string(containsString("value=\"28\"")))
			.andExpect(content().string(containsString("£1,000.00")));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void publishesANewVersion() throws Exception {
		given(policies.publish(any(), eq("mo"))).willReturn(new PolicyVersionView(2, LocalDate.of(2026, 12, 1),
				null, "mo", Instant.parse("2026-11-02T10:00:00Z"),
				ReturnsPolicySettings.defaults().withVersionLabel("uk-returns-v2").withGoodwillDays(14)));

		mvc.perform(newVersion())
			.andExpect(redirectedUrl("/admin/returns-policy"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("success", "Version uk-returns-v2 published; it takes effect on 1 Dec 2026."));

		ArgumentCaptor<NewPolicyVersion> change = ArgumentCaptor.forClass(NewPolicyVersion.class);
		verify(policies).publish(change.capture(), eq("mo"));
		assertThat(change.getValue().goodwillDays()).isEqualTo(14);
		assertThat(change.getValue().acceptedGoodwillProofs())
			.containsExactlyInAnyOrder(ProofOfPurchase.RECEIPT, ProofOfPurchase.ORDER_NUMBER);
		assertThat(change.getValue().excludeUnsealedMedia()).isFalse();
		assertThat(change.getValue().effectiveFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void namesAReasonTooLongInItsOwnSentenceAndKeepsIt() throws Exception {
		String reason = "r".repeat(501);
		String html = mvc.perform(newVersion("reason", reason))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(Markup.errorSummary(html)).containsExactly(Markup.SummaryLine
			.linked("Why the policy changes is too long: shorten it to at most 500 characters.", "reason"));
		assertThat(html).contains(reason);
		verify(policies, never()).publish(any(), anyString());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void refusesInvalidSettingsAtTheirFieldsAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(newVersion("goodwillDays", "400",
				"frontLineRefundLimit", "300.00",
				"supervisorRefundLimit", "100.00",
				"effectiveFrom", "2026-11-01"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("policy", "goodwillDays", "policy.goodwillDays.range"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "supervisorRefundLimit",
					"policy.supervisorRefundLimit.belowFrontLine"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "effectiveFrom", "policy.effectiveFrom.past"))
			.andExpect(content().string(containsString("Enter a number of days from 0 to 365")))
			.andExpect(content().string(containsString("value=\"400\"")))
			.andExpect(content().string(containsString("Shorter window for the sale season")));
		verify(policies, never()).publish(any(), anyString());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void refusesANegativeLimit() throws Exception {
		mvc.perform(newVersion("frontLineRefundLimit", "-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("policy", "frontLineRefundLimit"))
			.andExpect(content().string(containsString("Enter an amount of £0.00 or more")));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void keepsNumbersThatAreNotNumbersAsTypedAndSaysWhatToEnter() throws Exception {
		mvc.perform(newVersion("goodwillDays", "abc", "frontLineRefundLimit", "ten", "supervisorRefundLimit", "1e3"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("policy", "goodwillDays", "policy.goodwillDays.notWhole"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "frontLineRefundLimit", "policy.limit.format"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "supervisorRefundLimit", "policy.limit.format"))
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("value=\"ten\"")))
			.andExpect(content().string(containsString("value=\"1e3\"")))
			.andExpect(content().string(containsString("Enter the number of days as a whole number from 0 to 365")))
			.andExpect(content().string(containsString("Enter an amount in pounds and pence, e.g. 250.00")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("has an invalid value"))));
		verify(policies, never()).publish(any(), anyString());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void refusesAFractionOfADayAndANumberTooLargeForAnyField() throws Exception {
		mvc.perform(newVersion("goodwillDays", "1.5"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "goodwillDays", "policy.goodwillDays.notWhole"))
			.andExpect(content().string(containsString("value=\"1.5\"")));
		mvc.perform(newVersion("goodwillDays", "9999999999999999999", "supervisorRefundLimit", "99999999999"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "goodwillDays", "policy.goodwillDays.range"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "supervisorRefundLimit", "policy.limit.tooLarge"))
			.andExpect(content().string(containsString("value=\"9999999999999999999\"")));
		// Longer than an amount is read, but written as one: too large, not mistyped.
		mvc.perform(newVersion("frontLineRefundLimit", "£1,000,000,000,000.00"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "frontLineRefundLimit", "policy.limit.tooLarge"))
			.andExpect(content().string(containsString("value=\"&pound;1,000,000,000,000.00\"")));
		verify(policies, never()).publish(any(), anyString());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void namesEachFieldThatCouldNotBeReadAndKeepsTheDateTyped() throws Exception {
		mvc.perform(newVersion("effectiveFrom", "2026-02-30", "excludePerishable", "maybe")
			.param("acceptedGoodwillProofs", "FOO"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("policy", "effectiveFrom", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "excludePerishable", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "acceptedGoodwillProofs", "typeMismatch"))
			.andExpect(content().string(containsString("value=\"2026-02-30\"")))
			.andExpect(content().string(containsString("Enter a real date, e.g. 1/12/2026")))
			.andExpect(content().string(containsString("Tick the box or leave it empty")))
			.andExpect(content().string(containsString("Choose receipt, order number or bank statement")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("has an invalid value"))));
		mvc.perform(newVersion("effectiveFrom", "notadate"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "effectiveFrom", "typeMismatch"))
			.andExpect(content().string(containsString("value=\"notadate\"")));
		verify(policies, never()).publish(any(), anyString());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void takesTheEffectiveDateAsTheUkWritesIt() throws Exception {
		given(policies.publish(any(), eq("mo"))).willReturn(new PolicyVersionView(2, LocalDate.of(2026, 12, 1),
				null, "mo", Instant.parse("2026-11-02T10:00:00Z"),
				ReturnsPolicySettings.defaults().withVersionLabel("uk-returns-v2").withGoodwillDays(14)));

		mvc.perform(newVersion("effectiveFrom", "1/12/2026")).andExpect(redirectedUrl("/admin/returns-policy"));

		ArgumentCaptor<NewPolicyVersion> change = ArgumentCaptor.forClass(NewPolicyVersion.class);
		verify(policies).publish(change.capture(), eq("mo"));
		assertThat(change.getValue().effectiveFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void readsAmountsAsPeopleWriteThem() throws Exception {
		given(policies.publish(any(), eq("mo"))).willReturn(new PolicyVersionView(2, LocalDate.of(2026, 12, 1),
				null, "mo", Instant.parse("2026-11-02T10:00:00Z"),
				ReturnsPolicySettings.defaults().withVersionLabel("uk-returns-v2")));

		mvc.perform(newVersion("frontLineRefundLimit", "250", "supervisorRefundLimit", "£1,000.5"))
			.andExpect(redirectedUrl("/admin/returns-policy"));

		ArgumentCaptor<NewPolicyVersion> change = ArgumentCaptor.forClass(NewPolicyVersion.class);
		verify(policies).publish(change.capture(), eq("mo"));
		assertThat(change.getValue().frontLineRefundLimit()).isEqualTo("250.00");
		assertThat(change.getValue().supervisorRefundLimit()).isEqualTo("1000.50");
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void refusesADateMoreThanAYearAheadBesideTheField() throws Exception {
		mvc.perform(newVersion("effectiveFrom", "+999999999-12-31"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("policy", "effectiveFrom", "policy.effectiveFrom.tooLate"))
			.andExpect(content().string(containsString("Choose a date no later than 2 Nov 2027")));
		mvc.perform(newVersion("effectiveFrom", "2027-11-03"))
			.andExpect(model().attributeHasFieldErrorCode("policy", "effectiveFrom", "policy.effectiveFrom.tooLate"));
		verify(policies, never()).publish(any(), anyString());
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void offersToWithdrawAScheduledVersionAndShowsWhoWithdrewOne() throws Exception {
		PolicyVersionView v1 = policies.current();
		PolicyVersionView scheduled = new PolicyVersionView(3, LocalDate.of(2027, 6, 1), "Summer", "mo",
				Instant.parse("2026-11-01T10:00:00Z"), ReturnsPolicySettings.defaults().withVersionLabel("uk-returns-v3"));
		PolicyVersionView withdrawn = new PolicyVersionView(2, LocalDate.of(9999, 12, 31), null, "mo",
				Instant.parse("2026-10-01T10:00:00Z"), ReturnsPolicySettings.defaults().withVersionLabel("uk-returns-v2"),
				Instant.parse("2026-10-01T11:00:00Z"), "mia");
		given(policies.history()).willReturn(List.of(scheduled, withdrawn, v1));
		given(staff.displayName("mia")).willReturn(Optional.of("Mia Manager"));

		mvc.perform(get("/admin/returns-policy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/admin/returns-policy/versions/3/withdraw\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/versions/2/withdraw"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/versions/1/withdraw"))))
			.andExpect(content().string(containsString("Withdrawn by Mia Manager")));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void withdrawsAScheduledVersion() throws Exception {
		given(policies.withdraw(3, "mo")).willReturn(new PolicyVersionView(3, LocalDate.of(2027, 6, 1), null, "mo",
				Instant.parse("2026-11-01T10:00:00Z"), ReturnsPolicySettings.defaults().withVersionLabel("uk-returns-v3"),
				Instant.parse("2026-11-02T10:00:00Z"), "mo"));

		mvc.perform(post("/admin/returns-policy/versions/3/withdraw").with(csrf()))
			.andExpect(redirectedUrl("/admin/returns-policy"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("success", "Version uk-returns-v3 withdrawn; it will not take effect."));
	}

	@Test
	@WithMockUser(username = "mo", roles = "MANAGER")
	void saysWhyAVersionCouldNotBeWithdrawn() throws Exception {
		given(policies.withdraw(1, "mo")).willThrow(new ConflictException("in effect"));

		mvc.perform(post("/admin/returns-policy/versions/1/withdraw").with(csrf()))
			.andExpect(redirectedUrl("/admin/returns-policy"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", containsString("could not be withdrawn")));
	}

	@Test
	@WithMockUser(username = "sup", roles = "SUPERVISOR")
	void forbidsSupervisorsFromWithdrawingAVersion() throws Exception {
		mvc.perform(post("/admin/returns-policy/versions/3/withdraw").with(csrf())).andExpect(status().isForbidden());
		verify(policies, never()).withdraw(org.mockito.ArgumentMatchers.anyInt(), anyString());
	}

}
