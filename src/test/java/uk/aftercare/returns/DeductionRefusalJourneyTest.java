package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
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
import uk.aftercare.cases.TimelineEntry;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.escalation.Approvals;
import uk.aftercare.escalation.Decision;
import uk.aftercare.escalation.EscalationReason;
import uk.aftercare.followups.CustomerUpdateService;
import uk.aftercare.followups.FollowUpService;
import uk.aftercare.followups.FollowUpView;
import uk.aftercare.followups.MailTemplateKey;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.staff.StaffDirectory;
import uk.aftercare.support.ReturnForms;

/**
 * A final rejection after a failed repair, more than six months after delivery, refunded less a deduction for use
 * (CRA 2015 s.24(8)-(10)): the supervisor sees the figures, and disagreeing with the deduction never denies the claim.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeductionRefusalJourneyTest {

	private static final RequestPostProcessor STAFF = user("sam").roles("STAFF");

	private static final RequestPostProcessor SUPERVISOR = user("sue").roles("SUPERVISOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	ReturnAuthorisationService rmas;

	@Autowired
	Approvals approvals;

	@Autowired
	ShopClock clock;

	@Autowired
	FollowUpService followUps;

	@Autowired
	CustomerUpdateService updates;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	StaffDirectory staffDirectory;

	/** How the pages name Sue: by display name when she has an account in this shared application. */
	private String sue() {
		return staffDirectory.displayName("sue").orElse("sue");
	}

	private String returnCase() {
		var customer = new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null);
		return cases.open(new OpenCaseCommand(ContactChannel.IN_STORE, "The repaired kettle broke again, I want my "
				+ "money back", customer, null, "R-149", "Kettle", CaseType.RETURN, false), "sam", null)
			.view().caseNumber();
	}

	/** Bought ten and a half months ago for £149, the repair failed; staff deduct £100 for "heavy use". */
	private String raiseWithDeduction(String caseNumber) throws Exception {
		return raiseWithDeduction(caseNumber, STAFF);
	}

	private String raiseWithDeduction(String caseNumber, RequestPostProcessor who) throws Exception {
		Map<String, String> fields = ReturnForms.faultyKettle(clock.today().minusMonths(10).minusDays(18),
				clock.today());
		fields.put("lines[0].unitPrice", "149.00");
		fields.put("failedRepairOrReplacement", "true");
		fields.put("offeredRemedy", "FINAL_REJECT_OR_PRICE_REDUCTION");
		fields.put("deductionAmount", "100.00");
		fields.put("deductionReason", "heavy use");
		MockHttpServletRequestBuilder form = post("/cases/" + caseNumber + "/returns").with(who).with(csrf());
		fields.forEach(form::param);
		String location = mvc.perform(form).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return location.substring("/returns/".length());
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder changeDeduction(String rma, String amount, String reason) {
		return post("/returns/" + rma + "/deduction").with(STAFF).with(csrf())
			.param("deductionAmount", amount)
			.param("deductionReason", reason)
			.param("version", String.valueOf(rmas.get(rma).version()));
	}

	@Test
	void theApprovalShowsThePriceTheDeductionItsReasonAndTheRefundAndWhatRejectingDoes() throws Exception {
		String caseNumber = returnCase();
		String rma = raiseWithDeduction(caseNumber);
		ApprovalView request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		assertThat(request.reasons()).contains(EscalationReason.DEDUCTION_FOR_USE);
		assertThat(request.amount()).isEqualByComparingTo("49.00");

		// The summary is what the page and the API (GET /api/v1/approvals) both show.
		assertThat(request.summary())
			.contains("Price £149.00, less a deduction of £100.00 (why: heavy use): refund £49.00.")
			.contains("Reject if the deduction is wrong", "the customer's claim is not denied")
			.doesNotContain("Reject only if a fact it rests on does not hold");
		assertThat(page("/approvals/" + request.id(), SUPERVISOR))
			.contains("£149.00", "£100.00", "heavy use", "£49.00",
					"the return goes back to staff to change or remove the deduction")
			// Rejecting refuses the deduction only: the note is for staff, never printed for the customer.
			.contains("Note (shown to the member of staff who asked)")
			.doesNotContain("If you reject, it is also printed");
	}

	@Test
	void rejectingTheDeductionKeepsTheClaimOpenAndStaffChangeItWhichAsksAgain() throws Exception {
		String caseNumber = returnCase();
		String rma = raiseWithDeduction(caseNumber);
		ApprovalView request = approvals.pendingFor(caseNumber, rma).orElseThrow();

		mvc.perform(post("/approvals/" + request.id() + "/decision").with(SUPERVISOR).with(csrf())
			.param("decision", "REJECT")
			.param("note", "Deduction of 100 is too high; 30 at most")
			.param("version", String.valueOf(request.version())))
			.andExpect(redirectedUrl("/approvals"));

		ReturnAuthorisationView refused = rmas.get(rma);
		assertThat(refused.status()).isEqualTo(RmaStatus.REQUESTED);
		assertThat(refused.denied()).isFalse();
		assertThat(refused.refundAgreedOn()).as("no refund agreed").isNull();
		assertThat(cases.get(caseNumber).status()).isNotEqualTo(CaseStatus.AWAITING_APPROVAL);
		assertThat(cases.get(caseNumber).timeline())
			.anySatisfy(entry -> {
				assertThat(entry.actor()).isEqualTo("sue");
				assertThat(entry.summary()).contains(rma + ": the deduction of £100.00 was refused: Deduction of 100 "
						+ "is too high; 30 at most.", "the customer's claim stands");
			})
			.noneMatch(entry -> entry.summary().contains(rma + " denied"));
		assertThat(page("/returns/" + rma, STAFF))
			.contains("id=\"deduction-refused\"", "Refused by " + sue() + " on", "Deduction of 100 is too high; 30 at most",
					"/returns/" + rma + "/deduction")
			.doesNotContain("Not paid: the return authorisation was denied", "id=\"denied-right\"");

		// Nobody authorises it with the deduction that was refused.
		mvc.perform(post("/returns/" + rma + "/status").with(user("sid").roles("SUPERVISOR")).with(csrf())
			.param("target", "AUTHORISED").param("version", String.valueOf(refused.version())))
			.andExpect(model().attributeHasFieldErrors("step", "target"));
		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.REQUESTED);

		mvc.perform(changeDeduction(rma, "30", "heavy use: scuffed and limescaled"))
			.andExpect(redirectedUrl("/returns/" + rma));

		ReturnAuthorisationView changed = rmas.get(rma);
		assertThat(changed.deductionAmount()).isEqualByComparingTo("30.00");
		assertThat(changed.refundAmount()).isEqualByComparingTo("119.00");
		ApprovalView again = approvals.pendingFor(caseNumber, rma).orElseThrow();
		assertThat(again.id()).isNotEqualTo(request.id());
		assertThat(again.amount()).isEqualByComparingTo("119.00");
		assertThat(again.summary()).contains("Price £149.00, less a deduction of £30.00 (why: heavy use: scuffed "
				+ "and limescaled): refund £119.00.");
		assertThat(cases.get(caseNumber).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
		assertThat(cases.get(caseNumber).timeline()).map(TimelineEntry::summary)
			.anyMatch(s -> s.contains(rma + ": deduction changed to £30.00"));
		assertThat(page("/returns/" + rma, STAFF)).doesNotContain("id=\"deduction-refused\"");

		approvals.decide(again.id(), Decision.APPROVE, "30 is fair", again.version(), "sue", false);

		ReturnAuthorisationView authorised = rmas.get(rma);
		assertThat(authorised.status()).isEqualTo(RmaStatus.AUTHORISED);
		assertThat(authorised.refundAmount()).isEqualByComparingTo("119.00");
	}

	@Test
	void staffRemoveARefusedDeductionAndTheFullRefundIsAskedFor() throws Exception {
		String caseNumber = returnCase();
		String rma = raiseWithDeduction(caseNumber);
		ApprovalView request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		approvals.decide(request.id(), Decision.REJECT, "No deduction: it failed after a repair", request.version(),
				"sue", false);

		mvc.perform(changeDeduction(rma, "", "")).andExpect(redirectedUrl("/returns/" + rma));

		ReturnAuthorisationView changed = rmas.get(rma);
		assertThat(changed.deductionAmount()).isNull();
		assertThat(changed.deductionReason()).isNull();
		assertThat(changed.refundAmount()).isEqualByComparingTo("149.00");
		// A final rejection where a deduction is allowed is still for a supervisor, deduction or not.
		assertThat(approvals.pendingFor(caseNumber, rma).orElseThrow().amount()).isEqualByComparingTo("149.00");
		assertThat(cases.get(caseNumber).timeline()).map(TimelineEntry::summary)
			.anyMatch(s -> s.contains(rma + ": deduction removed; refund £149.00."));
		// Deducting nothing where the law allows a deduction is itself for a supervisor: that is why it is asked.
		ApprovalView again = approvals.pendingFor(caseNumber, rma).orElseThrow();
		assertThat(again.reasons()).containsExactly(EscalationReason.DEDUCTION_FOR_USE);
		// With no deduction left to refuse, rejecting denies the return: its note is printed for the customer.
		assertThat(page("/approvals/" + again.id(), SUPERVISOR))
			.contains("If you reject, it is also printed as the reason on the customer&#39;s copy of the return form");
	}

	@Test
	void aRemovedDeductionIsNoLongerAReasonWhenTheRefundIsAskedForAnyway() throws Exception {
		String caseNumber = returnCase();
		Map<String, String> fields = ReturnForms.faultyKettle(clock.today().minusMonths(10).minusDays(18),
				clock.today());
		fields.put("lines[0].unitPrice", "5000.00");
		fields.put("failedRepairOrReplacement", "true");
		fields.put("offeredRemedy", "FINAL_REJECT_OR_PRICE_REDUCTION");
		fields.put("deductionAmount", "100.00");
		fields.put("deductionReason", "heavy use");
		MockHttpServletRequestBuilder form = post("/cases/" + caseNumber + "/returns").with(STAFF).with(csrf());
		fields.forEach(form::param);
		String rma = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl().substring("/returns/".length());
		ApprovalView request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		assertThat(request.reasons()).contains(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT,
				EscalationReason.DEDUCTION_FOR_USE);
		approvals.decide(request.id(), Decision.REJECT, "No deduction", request.version(), "mo", true);

		mvc.perform(changeDeduction(rma, "", "")).andExpect(redirectedUrl("/returns/" + rma));

		ApprovalView again = approvals.pendingFor(caseNumber, rma).orElseThrow();
		assertThat(again.amount()).isEqualByComparingTo("5000.00");
		assertThat(again.reasons()).containsExactly(EscalationReason.REFUND_OVER_AUTHORITY_LIMIT);
		assertThat(again.summary()).doesNotContainIgnoringCase("deduction");
		assertThat(cases.get(caseNumber).timeline()).map(TimelineEntry::summary)
			.filteredOn(s -> s.contains("approval requested for £5,000.00"))
			.singleElement().asString()
			.doesNotContainIgnoringCase("deduction");
	}

	@Test
	void aDeductionTheLawDoesNotAllowIsRefusedBesideItsFieldAndKeptAsTyped() throws Exception {
		String caseNumber = returnCase();
		String rma = raiseWithDeduction(caseNumber);
		ApprovalView request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		approvals.decide(request.id(), Decision.REJECT, "Too high", request.version(), "sue", false);

		String tooMuch = mvc.perform(changeDeduction(rma, "150", "worn out"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("deduction", "deductionAmount"))
			.andReturn().getResponse().getContentAsString();
		assertThat(tooMuch).contains("The deduction cannot be more than the price paid", "value=\"150\"", "worn out");
		mvc.perform(changeDeduction(rma, "twenty", "worn out"))
			.andExpect(model().attributeHasFieldErrors("deduction", "deductionAmount"));
		mvc.perform(changeDeduction(rma, "20", " "))
			.andExpect(model().attributeHasFieldErrors("deduction", "deductionReason"));

		assertThat(rmas.get(rma).deductionAmount()).isEqualByComparingTo("100.00");
		assertThat(approvals.pendingFor(caseNumber, rma)).isEmpty();
	}

	@Test
	void aSupervisorStillDeniesTheReturnItselfOnItsPage() throws Exception {
		String caseNumber = returnCase();
		String rma = raiseWithDeduction(caseNumber);

		mvc.perform(post("/returns/" + rma + "/status").with(SUPERVISOR).with(csrf())
			.param("target", "DENIED").param("note", "The repair was never done by us")
			.param("version", String.valueOf(rmas.get(rma).version())))
			.andExpect(redirectedUrl("/returns/" + rma));

		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.DENIED);
		assertThat(rmas.get(rma).decidedBy()).isEqualTo("sue");
		assertThat(approvals.pendingFor(caseNumber, rma)).isEmpty();
		assertThat(cases.get(caseNumber).timeline()).map(TimelineEntry::summary)
			.anyMatch(s -> s.contains(rma + " denied."))
			.noneMatch(s -> s.contains("deduction of £100.00 was refused"));
	}

	@Test
	void aReturnWhoseDeductionWasRefusedCanStillBeDeniedSoItNeverStaysStuck() throws Exception {
		String caseNumber = returnCase();
		String rma = raiseWithDeduction(caseNumber);
		ApprovalView request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		approvals.decide(request.id(), Decision.REJECT, "Too high", request.version(), "sue", false);

		mvc.perform(post("/returns/" + rma + "/status").with(SUPERVISOR).with(csrf())
			.param("target", "DENIED").param("note", "Customer withdrew the claim")
			.param("version", String.valueOf(rmas.get(rma).version())))
			.andExpect(redirectedUrl("/returns/" + rma));

		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.DENIED);
	}

	@Test
	void aRefusedDeductionTellsTheCustomerNothingAndTheRmaPageSaysStaffChangeIt() throws Exception {
		// An active requester, so that a follow-up for them would be made if one were due.
		String sam = "sam" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(sam, "Sam Staff", null, "a long password 1", Role.STAFF);
		String caseNumber = returnCase();
		String rma = raiseWithDeduction(caseNumber, user(sam).roles("STAFF"));
		ApprovalView request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		approvals.decide(request.id(), Decision.REJECT, "100 is too high", request.version(), "sue", false);

		assertThat(followUps.forCase(caseNumber)).map(FollowUpView::note)
			.noneMatch(note -> note.contains("Tell the customer"));
		assertThat(updates.updatesFor(caseNumber)).doesNotContain(MailTemplateKey.DECISION);
		assertThatThrownBy(() -> updates.sendUpdate(caseNumber, MailTemplateKey.DECISION, "Refund agreed", false,
				sam))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("a deduction for use on a return on this case was refused");

		assertThat(page("/returns/" + rma, STAFF))
			.contains("the deduction was refused, and waits for staff to change or clear it",
					"change or clear it under Deduction refused, and it is asked for again")
			.doesNotContain("Not yet decided.</p>", "Waits for a supervisor to authorise or deny it.");
		assertThat(page("/returns/" + rma, user("sid").roles("SUPERVISOR")))
			.contains("value=\"DENIED\"")
			.doesNotContain("value=\"AUTHORISED\"");

		// Refused a second time: still nothing to tell the customer, and no follow-up twice.
		mvc.perform(changeDeduction(rma, "80", "heavy use").with(user(sam).roles("STAFF")))
			.andExpect(redirectedUrl("/returns/" + rma));
		ApprovalView again = approvals.pendingFor(caseNumber, rma).orElseThrow();
		approvals.decide(again.id(), Decision.REJECT, "Still too high", again.version(), "sue", false);
		assertThat(followUps.forCase(caseNumber)).map(FollowUpView::note)
			.noneMatch(note -> note.contains("Tell the customer"));

		// Once a deduction is agreed, the customer is told, once.
		mvc.perform(changeDeduction(rma, "30", "heavy use").with(user(sam).roles("STAFF")))
			.andExpect(redirectedUrl("/returns/" + rma));
		ApprovalView agreed = approvals.pendingFor(caseNumber, rma).orElseThrow();
		approvals.decide(agreed.id(), Decision.APPROVE, "30 is fair", agreed.version(), "sue", false);
		assertThat(followUps.forCase(caseNumber)).map(FollowUpView::note)
			.filteredOn(note -> note.contains("Tell the customer"))
			.singleElement()
			.asString()
			.contains("the refund was approved");
		assertThat(updates.updatesFor(caseNumber)).contains(MailTemplateKey.DECISION);
	}

	@Test
	void aChangedDeductionRefusedIsSummarisedAtTheTopInSentencesNamingTheField() throws Exception {
		String caseNumber = returnCase();
		String rma = raiseWithDeduction(caseNumber);
		ApprovalView request = approvals.pendingFor(caseNumber, rma).orElseThrow();
		approvals.decide(request.id(), Decision.REJECT, "Too high", request.version(), "sue", false);

		assertThat(mvc.perform(changeDeduction(rma, "abc", "worn")).andReturn().getResponse().getContentAsString())
			.contains("id=\"deduction-errors\"", "href=\"#deductionAmount\"",
					"Enter the deduction in pounds and pence, e.g. 30.00, or leave it empty to remove it.",
					"value=\"abc\"");
		assertThat(mvc.perform(changeDeduction(rma, "200.00", "worn")).andReturn().getResponse()
			.getContentAsString())
			.contains("id=\"deduction-errors\"", "The deduction cannot be more than the price paid.");
		assertThat(mvc.perform(changeDeduction(rma, "20", "")).andReturn().getResponse().getContentAsString())
			.contains("id=\"deduction-errors\"", "href=\"#deductionReason\"",
					"Explain why the deduction is made, or leave the deduction empty to remove it.");
		assertThat(rmas.get(rma).deductionAmount()).isEqualByComparingTo("100.00");
	}

	@Test
	void staffAskingToAuthoriseAreToldOnceThatASupervisorDecides() throws Exception {
		String caseNumber = returnCase();
		String rma = raiseWithDeduction(caseNumber);

		String html = mvc.perform(post("/returns/" + rma + "/status").with(STAFF).with(csrf())
			.param("target", "AUTHORISED").param("version", String.valueOf(rmas.get(rma).version())))
			.andExpect(model().attributeHasErrors("step"))
			.andReturn().getResponse().getContentAsString();

		assertThat(html).containsOnlyOnce("needs a supervisor to authorise or deny it.")
			.contains("id=\"decide-reason\"");
		assertThat(rmas.get(rma).status()).isEqualTo(RmaStatus.REQUESTED);
	}

}
