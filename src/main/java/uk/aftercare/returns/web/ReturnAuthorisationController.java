package uk.aftercare.returns.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.aftercare.cases.CaseArchivedException;
import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.classification.CaseType;
import uk.aftercare.escalation.ApprovalView;
import uk.aftercare.returns.CaseClosedToReturnsException;
import uk.aftercare.returns.CustomerWish;
import uk.aftercare.returns.IllegalRmaTransitionException;
import uk.aftercare.returns.ItemCondition;
import uk.aftercare.returns.NewReturnAuthorisation;
import uk.aftercare.returns.NotAReturnCaseException;
import uk.aftercare.returns.OfferPreview;
import uk.aftercare.returns.ProductType;
import uk.aftercare.returns.ProofOfPurchase;
import uk.aftercare.returns.ReasonCode;
import uk.aftercare.returns.RefundMethod;
import uk.aftercare.returns.Region;
import uk.aftercare.returns.Remedy;
import uk.aftercare.returns.RemedyOfferRule;
import uk.aftercare.returns.ReturnAuthorisationRefusedException;
import uk.aftercare.returns.ReturnAuthorisationService;
import uk.aftercare.returns.ReturnAuthorisationView;
import uk.aftercare.returns.ReturnMethod;
import uk.aftercare.returns.RmaChangedException;
import uk.aftercare.returns.RmaStatus;
import uk.aftercare.returns.SaleChannel;
import uk.aftercare.shared.ConflictException;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.shared.ShopClock;
import uk.aftercare.shared.ShownDates;
import uk.aftercare.shared.web.UkDates;

/**
 * Return authorisations in the browser: a case's RMAs, the form with its live decision, the RMA page with its next
 * steps, and the printable customer copy.
 */
@Controller
class ReturnAuthorisationController {

	/** Days in messages, as the RMA page shows them: "1 Nov 2026". */
	private static final DateTimeFormatter DAY = ShownDates.DAY;

	private static final Pattern LINE_FIELD = Pattern.compile("lines\\[([0-9]+)]\\.[A-Za-z]+");

	private static final Pattern NUMBERED_LINE = Pattern.compile("lines\\[([0-9]+)].*");

	private final ReturnAuthorisationService rmas;

	private final CaseService cases;

	private final ReturnAuthorisationPdf pdf;

	private final SpringValidatorAdapter validator;

	private final ShopClock clock;

	private final MessageSource messages;

	private final String shopName;

	/** @param shopName the shop's name for the printed RMA page, as on the customer copy ({@link ShopName}) */
	ReturnAuthorisationController(ReturnAuthorisationService rmas, CaseService cases, ReturnAuthorisationPdf pdf,
			jakarta.validation.Validator validator, ShopClock clock, MessageSource messages,
			@Value(ShopName.SETTING) String shopName) {
		this.rmas = rmas;
		this.cases = cases;
		this.pdf = pdf;
		// Validated by hand, after empty item rows are dropped, so a spare row is not reported as a missing item.
		this.validator = new SpringValidatorAdapter(validator);
		this.clock = clock;
		this.messages = messages;
		this.shopName = shopName;
	}

	// ---- a case's return authorisations ----

	@GetMapping("/cases/{caseNumber}/returns")
	String list(@PathVariable String caseNumber, Model model) {
		CaseView serviceCase = cases.get(caseNumber);
		model.addAttribute("c", serviceCase);
		model.addAttribute("rmas", rmas.forCase(serviceCase.caseNumber()));
		if (serviceCase.type() != CaseType.RETURN) {
			model.addAttribute("notAReturn", message("rma.case.notReturn", notAReturn(serviceCase)));
		}
		else if (serviceCase.status() == CaseStatus.CLOSED) {
			model.addAttribute("caseClosed", message("rma.case.closed", serviceCase.caseNumber()));
		}
		return "returns/case-returns";
	}

	// ---- the form ----

	/**
	 * Item rows the form never offers ({@code lines[300]}, {@code lines[-1]}, {@code lines[abc]}) and paths into
	 * other fields are left unbound: the binder would fail on them with an error page. The handler reports them.
	 */
	@InitBinder("rma")
	void bindOnlyTheItemRowsOffered(WebDataBinder binder, WebRequest request) {
		List<String> unreadable = new ArrayList<>();
		request.getParameterNames().forEachRemaining(name -> {
			// As the binder reads them: "_" marks a checkbox, "!" gives a default, "[]" ends a list.
			String field = name.replaceFirst("^[_!]", "").replaceFirst("\\[]$", "");
			boolean path = field.contains("[") || field.contains("]") || field.contains(".");
			if (path && !offeredLine(field)) {
				unreadable.add(field);
			}
		});
		binder.setDisallowedFields(unreadable.toArray(String[]::new));
		UkDates.takeBoth(binder, "purchaseDate", "deliveryDate", "requestDate");
	}

	@InitBinder("posting")
	void readTheDayOfPostingAsTheUkWritesIt(WebDataBinder binder) {
		UkDates.takeBoth(binder, ReturnAuthorisationService.PROOF_OF_POSTING);
	}

	/** Whether the field is one of an item row the form can offer, such as {@code lines[3].sku}. */
	private static boolean offeredLine(String field) {
		Matcher line = LINE_FIELD.matcher(field);
		return line.matches() && !beyondTheLastLine(field);
	}

	private static void rejectUnreadableLines(BindingResult result) {
		List<String> lines = Arrays.stream(result.getSuppressedFields())
			.filter(field -> field.startsWith("lines"))
			.toList();
		if (lines.stream().anyMatch(ReturnAuthorisationController::beyondTheLastLine)) {
			result.rejectValue("lines", "rma.lines.tooMany", new Object[] { NewReturnAuthorisation.MAX_LINES }, null);
		}
		else if (!lines.isEmpty()) {
			result.rejectValue("lines", "rma.lines.unreadable");
		}
	}

	private static boolean beyondTheLastLine(String field) {
		Matcher line = NUMBERED_LINE.matcher(field);
		return line.matches() && (line.group(1).length() > 3
				|| Integer.parseInt(line.group(1)) >= NewReturnAuthorisation.MAX_LINES);
	}

	@GetMapping("/cases/{caseNumber}/returns/new")
	String newForm(@PathVariable String caseNumber, Model model) {
		CaseView serviceCase = cases.get(caseNumber);
		if (serviceCase.type() != CaseType.RETURN || serviceCase.status() == CaseStatus.CLOSED) {
			// The case's return authorisations page says why there is no form, with the way back to the case.
			return "redirect:/cases/" + serviceCase.caseNumber() + "/returns";
		}
		ReturnAuthorisationForm form = prefilled(serviceCase, clock.today());
		rmas.saleRecordedFor(serviceCase.orderReference()).ifPresent(sale -> {
			form.setChannel(sale.channel());
			model.addAttribute("channelFrom", sale.rmaNumber());
		});
		return showForm(serviceCase, form, null, true, model);
	}

	@PostMapping("/cases/{caseNumber}/returns")
	String raise(@PathVariable String caseNumber, @ModelAttribute("rma") ReturnAuthorisationForm form,
			BindingResult result, @RequestParam(defaultValue = "false") boolean preview, Model model,
			Principal principal, RedirectAttributes redirect) {
		CaseView serviceCase = cases.get(caseNumber);
		form.dropBlankLines();
		rejectUnreadableLines(result);
		if (preview) {
			checkWhatWasTyped(form, result);
			askHowItWasSold(form, result);
		}
		else {
			validator.validate(form, result);
			form.validateRules(result, clock.today());
		}
		boolean valid = !result.hasErrors();
		if (serviceCase.type() != CaseType.RETURN) {
			result.reject("rma.case.notReturn", notAReturn(serviceCase), null);
		}
		else if (serviceCase.status() == CaseStatus.CLOSED) {
			// Closed while the form was being filled in: what was typed is kept for after it is reopened.
			result.reject("rma.case.closed", new Object[] { serviceCase.caseNumber() }, null);
		}
		if (!preview && !result.hasErrors()) {
			try {
				ReturnAuthorisationView raised = rmas.raise(form.toCommand(serviceCase.caseNumber()),
						principal.getName());
				redirect.addFlashAttribute("success", message("rma.raised", raised.rmaNumber()));
				if (raised.needsApproval()) {
					redirect.addFlashAttribute("warning", message("rma.raised.needsApproval",
							message("rma.approver." + raised.requiredApprover())));
				}
				return "redirect:/returns/" + raised.rmaNumber();
			}
			catch (NotAReturnCaseException e) {
				// Its type changed while the form was being filled in.
				result.reject("rma.case.notReturn", notAReturn(cases.get(caseNumber)), null);
			}
			catch (CaseClosedToReturnsException e) {
				result.reject("rma.case.closed", new Object[] { e.caseNumber() }, e.getMessage());
			}
			catch (ReturnAuthorisationRefusedException e) {
				for (ReturnAuthorisationRefusedException.Breach breach : e.breaches()) {
					result.rejectValue(breach.field(), breach.code(), offerArguments(breach.judgement()),
							breach.code());
				}
			}
			catch (InvalidInputException e) {
				valid = false;
				e.problems().forEach(p -> result.rejectValue(p.field(), "rma.invalid", new Object[] { p.message() },
						p.message()));
			}
			catch (CaseArchivedException e) {
				result.reject("case.archived", new Object[] { e.erasedOn() }, e.getMessage());
			}
		}
		return showForm(serviceCase, form, result, valid, model);
	}

	/** The decision card for what the form says so far; the form's script calls this as staff type. */
	@PostMapping("/cases/{caseNumber}/returns/decision")
	String decision(@PathVariable String caseNumber, @ModelAttribute("rma") ReturnAuthorisationForm form,
			BindingResult result, Model model) {
		form.dropBlankLines();
		rejectUnreadableLines(result);
		checkWhatWasTyped(form, result);
		// Not marked at the field while staff are still filling the form in: the card asks for it instead.
		model.addAttribute("channelMissing", form.getChannel() == null);
		addPreview(form, caseNumber, result, !result.hasErrors(), model);
		if (result.hasFieldErrors()) {
			// The card waits for these corrections; its script marks each beside its field, as the page does after
			// "Show decision", so "Correct the values marked" names something on the form.
			model.addAttribute("refusals", result.getFieldErrors().stream()
				.map(error -> new Refusal(error.getField(), messages.getMessage(error, Locale.UK)))
				.toList());
		}
		return "returns/decision :: card";
	}

	/**
	 * "Show decision" asks for how the item was sold beside its field when it is missing, as "Raise" does: the
	 * decision turns on it (a sale online, by phone or away from the shop may be cancelled, CCR 2013), and nothing
	 * else on the case says it.
	 */
	private static void askHowItWasSold(ReturnAuthorisationForm form, BindingResult result) {
		if (form.getChannel() == null && !result.hasFieldErrors("channel")) {
			result.rejectValue("channel", "rma.channel.required");
		}
	}

	/**
	 * What "Show decision" and the live card check: every value typed, so a wrong one is named at its field and
	 * the decision waits for it. What is still missing is asked for when the RMA is raised.
	 */
	private void checkWhatWasTyped(ReturnAuthorisationForm form, BindingResult result) {
		BindingResult all = new BeanPropertyBindingResult(form, result.getObjectName());
		validator.validate(form, all);
		form.validateRules(all, clock.today());
		all.getFieldErrors().stream().filter(error -> !missing(error.getRejectedValue())).forEach(result::addError);
	}

	private static boolean missing(Object value) {
		return value == null || value instanceof String text && text.isBlank()
				|| value instanceof Collection<?> values && values.isEmpty();
	}

	/**
	 * @param result the form's errors, to which what "Raise" would refuse is added; {@code null} for the form as first
	 *               shown
	 * @param valid  whether what was typed is valid: the engine only decides on valid input
	 */
	private String showForm(CaseView serviceCase, ReturnAuthorisationForm form, BindingResult result, boolean valid,
			Model model) {
		model.addAttribute("c", serviceCase);
		model.addAttribute("rma", form);
		addPreview(form, serviceCase.caseNumber(), result, valid, model);
		form.addSpareLines();
		addChoices(model);
		return "returns/return-form";
	}

	/**
	 * The decision card's model. What "Raise" would refuse in the offer is named beside its field, with the same
	 * message (unless the field already has an error, such as the same refusal from "Raise" itself), and listed for
	 * the card and its script as {@code refusals}.
	 */
	private void addPreview(ReturnAuthorisationForm form, String caseNumber, BindingResult result, boolean valid,
			Model model) {
		model.addAttribute("refusals", List.of());
		if (!valid) {
			model.addAttribute("preview", null);
			model.addAttribute("previewWaitsForCorrections", true);
			return;
		}
		try {
			OfferPreview preview = rmas.preview(form.toCommand(caseNumber));
			model.addAttribute("preview", preview);
			if (preview.judgement() != null) {
				model.addAttribute("offerMessage", message(preview.judgement().messageCode(),
						offerArguments(preview.judgement())));
			}
			List<Refusal> refusals = new ArrayList<>();
			for (ReturnAuthorisationRefusedException.Breach breach : preview.breaches()) {
				Object[] arguments = offerArguments(breach.judgement());
				refusals.add(new Refusal(breach.field(), message(breach.code(), arguments)));
				if (result != null && !result.hasFieldErrors(breach.field())) {
					result.rejectValue(breach.field(), breach.code(), arguments, breach.code());
				}
			}
			model.addAttribute("refusals", refusals);
		}
		catch (InvalidInputException e) {
			// Not enough facts yet: the card asks for the purchase date, channel and prices.
			model.addAttribute("preview", null);
		}
	}

	/** Something "Raise" refuses in the offer: the form field, and the message shown beside it. */
	public record Refusal(String field, String message) {
	}

	private Object[] offerArguments(RemedyOfferRule.Judgement judgement) {
		if (judgement == null) {
			return new Object[0];
		}
		return new Object[] { message("rma.remedy." + judgement.decided()), judgement.legalBasis(),
				message("rma.remedy." + judgement.offered()) };
	}

	/**
	 * The form as first shown, with what the case knows. How the goods were sold and how they come back are left for
	 * staff to choose: how the customer got in touch tells neither (a phone call about goods bought in a shop gives
	 * no right to cancel under the CCR 2013).
	 */
	private static ReturnAuthorisationForm prefilled(CaseView c, LocalDate today) {
		ReturnAuthorisationForm form = new ReturnAuthorisationForm();
		form.setCustomerName(c.customerName());
		form.setCustomerEmail(c.customerEmail());
		form.setCustomerPhone(c.customerPhone());
		form.setOrderReference(c.orderReference());
		form.setRequestDate(today);
		ItemLineForm line = new ItemLineForm();
		line.setDescription(c.product());
		form.getLines().add(line);
		return form;
	}

	private static void addChoices(Model model) {
		model.addAttribute("productTypes", ProductType.values());
		model.addAttribute("saleChannels", SaleChannel.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("proofs", ProofOfPurchase.values());
		model.addAttribute("reasonCodes", ReasonCode.values());
		model.addAttribute("wishes", CustomerWish.values());
		model.addAttribute("remedies", Remedy.values());
		model.addAttribute("returnMethods", ReturnMethod.values());
		model.addAttribute("finalChoices", FinalChoice.values());
		model.addAttribute("refundMethods", RefundMethod.values());
		model.addAttribute("conditions", ItemCondition.values());
	}

	// ---- one return authorisation ----

	@GetMapping("/returns/{rmaNumber}")
	String show(@PathVariable String rmaNumber, Model model) {
		return showRma(rmaNumber, new StepForm(), null, model);
	}

	/**
	 * Takes the next step and comes back to the RMA. A step refused comes back on the RMA page as it is now, with
	 * the reason beside the note or the steps and the note as typed.
	 */
	@PostMapping("/returns/{rmaNumber}/status")
	String advance(@PathVariable String rmaNumber, @ModelAttribute("step") StepForm step, BindingResult result,
			Principal principal, RedirectAttributes redirect, Model model, WebRequest request) {
		String[] targets = request.getParameterValues("target");
		if (targets != null && targets.length > 1 && !result.hasFieldErrors("target")) {
			// Two steps at once (a hand-made form): refused, not read as whichever came first.
			result.rejectValue("target", "rma.step.ambiguous");
		}
		if (step.getTarget() == null && !result.hasFieldErrors("target")) {
			result.rejectValue("target", "rma.step.required");
		}
		if (step.expectedVersion().isEmpty()) {
			// No version the step was chosen from (a form made by hand): it could undo a change nobody saw.
			result.rejectValue("version", "rma.step.outOfDate");
		}
		if (!result.hasErrors()) {
			try {
				ReturnAuthorisationView rma = rmas.advance(rmaNumber, step.getTarget(), step.getNote(),
						step.expectedVersion().get(), principal.getName());
				redirect.addFlashAttribute("success", message("rma.status.changed", rma.rmaNumber(),
						message("rma.status." + step.getTarget())));
				return "redirect:/returns/" + rma.rmaNumber();
			}
			catch (RmaChangedException e) {
				result.rejectValue("target", "rma.step.changed", new Object[] { e.rmaNumber() }, null);
			}
			catch (OptimisticLockingFailureException e) {
				result.rejectValue("target", "rma.step.changed", new Object[] { rmaNumber }, null);
			}
			catch (IllegalRmaTransitionException e) {
				rejectStep(result, e);
			}
			catch (InvalidInputException e) {
				e.problems().forEach(p -> result.rejectValue("note".equals(p.field()) ? "note" : "target",
						"rma.invalid", new Object[] { p.message() }, p.message()));
			}
			catch (ConflictException | AccessDeniedException | ForbiddenException e) {
				// Not an error page: a step refused to this member of staff is said beside the steps.
				result.rejectValue("target", "rma.invalid", new Object[] { e.getMessage() }, e.getMessage());
			}
		}
		return showRma(rmaNumber, step, null, model);
	}

	/**
	 * Records the day the customer showed proof of posting the goods back on a cancellation, or corrects it, and comes
	 * back to the RMA. A date refused comes back beside the field as typed.
	 */
	@PostMapping("/returns/{rmaNumber}/proof-of-posting")
	String recordProofOfPosting(@PathVariable String rmaNumber, @ModelAttribute("posting") ProofOfPostingForm posting,
			BindingResult result, Principal principal, RedirectAttributes redirect, Model model) {
		String field = ReturnAuthorisationService.PROOF_OF_POSTING;
		if (posting.getProofOfPostingOn() == null && !result.hasFieldErrors(field)) {
			result.rejectValue(field, "rma.proofOfPostingOn.required");
		}
		if (posting.expectedVersion().isEmpty()) {
			result.reject("rma.step.outOfDate");
		}
		if (!result.hasErrors()) {
			try {
				ReturnAuthorisationView rma = rmas.recordProofOfPosting(rmaNumber, posting.getProofOfPostingOn(),
						posting.expectedVersion().get(), principal.getName());
				redirect.addFlashAttribute("success", message("rma.proofOfPosting.recorded", rma.rmaNumber(),
						DAY.format(rma.proofOfPostingOn()), DAY.format(rma.refundDueOn())));
				return "redirect:/returns/" + rma.rmaNumber();
			}
			catch (RmaChangedException e) {
				result.reject("rma.step.changed", new Object[] { e.rmaNumber() }, null);
			}
			catch (OptimisticLockingFailureException e) {
				result.reject("rma.step.changed", new Object[] { rmaNumber }, null);
			}
			catch (InvalidInputException e) {
				e.problems().forEach(p -> {
					Object[] said = { p.message() };
					if (field.equals(p.field())) {
						result.rejectValue(field, "rma.invalid", said, p.message());
					}
					else {
						result.reject("rma.invalid", said, p.message());
					}
				});
			}
			catch (ConflictException e) {
				result.reject("rma.invalid", new Object[] { e.getMessage() }, e.getMessage());
			}
		}
		model.addAttribute("postingRefused", true);
		return showRma(rmaNumber, new StepForm(), posting, model);
	}

	/**
	 * Changes or removes a deduction a supervisor or manager refused, and comes back to the RMA, which asks again if
	 * the refund still needs authority. An amount refused comes back beside its field as typed.
	 */
	@PostMapping("/returns/{rmaNumber}/deduction")
	String changeDeduction(@PathVariable String rmaNumber, @Valid @ModelAttribute("deduction") DeductionForm deduction,
			BindingResult result, Principal principal, RedirectAttributes redirect, Model model) {
		deduction.validate(result);
		if (deduction.expectedVersion().isEmpty()) {
			result.rejectValue("version", "rma.step.outOfDate");
		}
		if (!result.hasErrors()) {
			try {
				ReturnAuthorisationView rma = rmas.changeDeduction(rmaNumber,
						Pounds.parse(deduction.getDeductionAmount()), deduction.getDeductionReason(),
						deduction.expectedVersion().get(), principal.getName());
				redirect.addFlashAttribute("success", message(rma.needsApproval() ? "rma.deduction.changed.asked"
						: "rma.deduction.changed", rma.rmaNumber()));
				return "redirect:/returns/" + rma.rmaNumber();
			}
			catch (RmaChangedException e) {
				result.rejectValue("version", "rma.step.changed", new Object[] { e.rmaNumber() }, null);
			}
			catch (OptimisticLockingFailureException e) {
				result.rejectValue("version", "rma.step.changed", new Object[] { rmaNumber }, null);
			}
			catch (InvalidInputException e) {
				// The rules' messages are shared with the RMA form's fields; here each is a sentence of its own.
				e.problems().forEach(p -> result.rejectValue("deductionReason".equals(p.field()) ? "deductionReason"
						: "deductionAmount", "rma.invalid", new Object[] { sentence(p.message()) }, p.message()));
			}
			catch (ConflictException e) {
				result.rejectValue("version", "rma.invalid", new Object[] { e.getMessage() }, e.getMessage());
			}
		}
		model.addAttribute("deduction", deduction);
		return showRma(rmaNumber, new StepForm(), null, model);
	}

	private static String sentence(String message) {
		return message.endsWith(".") || message.endsWith("?") ? message : message + ".";
	}

	/**
	 * The proof-of-posting form as first shown: the day already recorded, to correct it; otherwise today, as the
	 * customer usually shows the proof the day staff record it.
	 */
	private ProofOfPostingForm proofOfPostingFormFor(ReturnAuthorisationView rma) {
		ProofOfPostingForm posting = new ProofOfPostingForm();
		posting.setProofOfPostingOn(rma.proofOfPostingOn() != null ? rma.proofOfPostingOn() : clock.today());
		return posting;
	}

	private void rejectStep(BindingResult result, IllegalRmaTransitionException e) {
		String from = message("rma.status." + e.from());
		String to = message("rma.status." + e.to());
		if (e.allowed().isEmpty()) {
			result.rejectValue("target", "rma.step.notAllowed.last", new Object[] { e.rmaNumber(), from, to }, null);
			return;
		}
		String next = e.allowed()
			.stream()
			.sorted()
			.map(status -> message("rma.status." + status))
			.collect(Collectors.joining(", "));
		result.rejectValue("target", "rma.step.notAllowed", new Object[] { e.rmaNumber(), from, to, next }, null);
	}

	/** The RMA page; {@code posting} null: the proof-of-posting form as first shown. */
	private String showRma(String rmaNumber, StepForm step, ProofOfPostingForm posting, Model model) {
		ReturnAuthorisationView rma = rmas.get(rmaNumber);
		model.addAttribute("rma", rma);
		model.addAttribute("step", step);
		model.addAttribute("posting", posting != null ? posting : proofOfPostingFormFor(rma));
		String cannotDecide = rmas.whyCannotDecide(rma).orElse(null);
		ApprovalView deductionRefusal = rmas.deductionRefusal(rma).orElse(null);
		// While a refused deduction stands, what comes next is staff changing or clearing it, not a decision.
		model.addAttribute("cannotDecide", deductionRefusal != null && cannotDecide != null
				? message("rma.deduction.refused.next") : cannotDecide);
		// Authorise and deny are not offered to someone who may not use them: the page says who decides instead. Nor
		// is authorising with a deduction that was refused, which is always refused; denying the return stays.
		model.addAttribute("steps", rma.nextStatuses()
			.stream()
			.filter(next -> cannotDecide == null || (next != RmaStatus.AUTHORISED && next != RmaStatus.DENIED))
			.filter(next -> deductionRefusal == null || next != RmaStatus.AUTHORISED)
			.toList());
		model.addAttribute("deductionRefusal", deductionRefusal);
		if (!model.containsAttribute("deduction")) {
			DeductionForm deduction = new DeductionForm();
			deduction.setDeductionAmount(rma.deductionAmount() == null ? null : rma.deductionAmount().toPlainString());
			deduction.setDeductionReason(rma.deductionReason());
			model.addAttribute("deduction", deduction);
		}
		model.addAttribute("shopName", shopName);
		model.addAttribute("today", clock.today());
		return "returns/return-page";
	}

	@GetMapping("/returns/{rmaNumber}.pdf")
	ResponseEntity<byte[]> customerCopy(@PathVariable String rmaNumber) {
		ReturnAuthorisationView rma = rmas.get(rmaNumber);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(rma.rmaNumber() + ".pdf").build().toString())
			.body(pdf.render(rma));
	}

	/** The case number and its type's name, for the message that it is not a return. */
	private Object[] notAReturn(CaseView serviceCase) {
		return new Object[] { serviceCase.caseNumber(),
				message(serviceCase.type() == null ? "type.none" : "type." + serviceCase.type()) };
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, code, Locale.UK);
	}

}
