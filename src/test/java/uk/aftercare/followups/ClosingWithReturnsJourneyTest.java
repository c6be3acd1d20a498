package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.support.ReturnForms;

/**
 * A case is not closed while a return authorisation on it is unfinished, through the whole application: closing would
 * hide a refund the shop still owes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClosingWithReturnsJourneyTest {

	private static final RequestPostProcessor STAFF = user("sam").roles("STAFF");

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	ClosingService closing;

	@Autowired
	ReturnAuthorisationService rmas;

	@Autowired
	ShopClock clock;

	@Test
	void refusesToCloseWhileAReturnAuthorisationIsUnfinishedNamingItAndSavesNothing() throws Exception {
		String number = cases.open(new OpenCaseCommand(ContactChannel.IN_STORE,
				"My kettle stopped working, I want a refund",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, "R-123", "Kettle",
				CaseType.RETURN, false), "sam", null).view().caseNumber();
		String requested = raiseReturn(number);
		String authorised = raiseReturn(number);
		step(authorised, "AUTHORISED");
		cases.changeStatus(number, CaseStatus.RESOLVED, "Refund agreed", "sam");

		mvc.perform(get("/cases/" + number + "/close").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Return authorisations not finished")))
			.andExpect(content().string(containsString(requested)));
		mvc.perform(close(number))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Return authorisation " + requested
					+ " is still requested: authorise or deny it before closing the case.")))
			.andExpect(content().string(containsString("Return authorisation " + authorised
					+ " is authorised and waits for the goods to come back")))
			.andExpect(content().string(containsString("Refund agreed in full")));
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(closing.closures(number)).isEmpty();

		mvc.perform(post("/returns/" + requested + "/status").with(user("sue").roles("SUPERVISOR")).with(csrf())
			.param("target", "DENIED")
			.param("note", "Damaged by a fall, not a fault")
			.param("version", String.valueOf(rmas.get(requested).version())))
			.andExpect(redirectedUrl("/returns/" + requested));
		for (String target : List.of("RECEIVED", "INSPECTED", "REFUNDED")) {
			step(authorised, target);
		}

		// Refunding may have booked a follow-up to check the money arrived (when sam can sign in): it may stay open.
		mvc.perform(close(number).param("openFollowUpsReason", "The refund check call stays booked"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases/" + number));
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.CLOSED);
	}

	private static MockHttpServletRequestBuilder close(String number) {
		return post("/cases/" + number + "/close").with(STAFF).with(csrf())
			.param("outcome", "Refund agreed in full")
			.param("outcomeConfirmed", "true")
			.param("customerThanked", "true")
			.param("feedbackInvited", "true");
	}

	private String raiseReturn(String number) throws Exception {
		return ReturnForms.raiseFaultyKettle(mvc, STAFF, number, clock.today());
	}

	private void step(String rma, String target) throws Exception {
		ReturnForms.step(mvc, STAFF, rma, target, rmas.get(rma).version());
	}

}
