package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text the returns pages and PDF show comes from messages.properties, for every code they can show. */
class ReturnsMessagesTest {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = ReturnsMessagesTest.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	@Test
	void hasEveryKeyTheReturnsTemplatesName() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/returns"))) {
			for (Path template : templates.toList()) {
				Matcher key = LITERAL_KEY.matcher(Files.readString(template));
				while (key.find()) {
					if (!messages.containsKey(key.group(1))) {
						missing.add(template.getFileName() + ": " + key.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** The sentences the pages speak of one item or, with ".several", of several, named by an expression. */
	@Test
	void hasEverySentenceSaidOfOneItemAndOfSeveral() throws IOException {
		Properties messages = messages();
		assertThat(Stream.of("rma.deduction.confirmed", "rma.deduction.none", "rma.pdf.deduction.confirmed",
				"rma.pdf.deduction.none").flatMap(key -> Stream.of(key, key + ".several")))
			.allMatch(messages::containsKey);
	}

	@Test
	void hasALabelForEveryCodeThePagesShow() throws IOException {
		Properties messages = messages();
		Map<String, Class<? extends Enum<?>>> labels = Map.ofEntries(Map.entry("rma.remedy.", Remedy.class),
				Map.entry("rma.status.", RmaStatus.class), Map.entry("rma.reason.", ReasonCode.class),
				Map.entry("rma.wish.", CustomerWish.class), Map.entry("rma.proof.", ProofOfPurchase.class),
				Map.entry("rma.channel.", SaleChannel.class), Map.entry("rma.productType.", ProductType.class),
				Map.entry("rma.region.", Region.class), Map.entry("rma.returnMethod.", ReturnMethod.class),
				Map.entry("rma.refundMethod.", RefundMethod.class), Map.entry("rma.pdf.refundMethod.", RefundMethod.class),
				Map.entry("rma.condition.", ItemCondition.class),
				Map.entry("rma.burden.", BurdenOfProof.class), Map.entry("rma.approver.", RefundApprover.class),
				Map.entry("rma.pdf.next.", RmaStatus.class), Map.entry("rma.timeline.", RmaStatus.class),
				Map.entry("escalation.", AssessmentEscalationReason.class),
				Map.entry("rma.refund.dueWhenAgreed.", RefundTerms.RefundBasis.class),
				Map.entry("rma.refund.dueRule.", RefundTerms.RefundBasis.class),
				Map.entry("rma.timeline.refundOverdue.", RefundTerms.RefundBasis.class));
		TreeSet<String> missing = new TreeSet<>();
		labels.forEach((prefix, codes) -> {
			for (Enum<?> code : codes.getEnumConstants()) {
				if (!messages.containsKey(prefix + code.name())) {
					missing.add(prefix + code.name());
				}
			}
		});
		for (RmaStatus step : RmaStatus.values()) {
			if (step != RmaStatus.REQUESTED && !messages.containsKey("rma.step." + step)) {
				missing.add("rma.step." + step);
			}
		}
		// A goodwill exception decided, named by its answer: the page's sentence (with the decider's note, or none) and
		// the customer copy's.
		for (ReturnAuthorisationView.GoodwillAsk decided : List.of(ReturnAuthorisationView.GoodwillAsk.GRANTED,
				ReturnAuthorisationView.GoodwillAsk.REFUSED)) {
			String answer = decided.name().toLowerCase(java.util.Locale.ROOT);
			for (String code : List.of("rma.goodwillAsk." + answer, "rma.goodwillAsk." + answer + "WithNote",
					"rma.pdf.goodwillAsk." + answer)) {
				if (!messages.containsKey(code)) {
					missing.add(code);
				}
			}
		}
		for (String code : List.of("rma.offer.asDecided", "rma.offer.alternative", "rma.offer.customerChoice",
				"rma.offer.goodwillException", "rma.offer.lesser.statutory", "rma.offer.lesser.goodwill",
				"rma.offer.mislabelled.statutory", "rma.offer.mislabelled.goodwill", "rma.offer.priceReductionOfGoods",
				"escalation.GOODWILL_EXCEPTION")) {
			if (!messages.containsKey(code)) {
				missing.add(code);
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * The refusal of "Price reduction" for goods points staff to the remedy and the final choice by the labels the form
	 * shows them under, so it must follow those labels when they are reworded.
	 */
	@Test
	void pointsAPriceReductionOfGoodsToTheLabelsOnTheForm() throws IOException {
		Properties messages = messages();

		assertThat(messages.getProperty("rma.offer.priceReductionOfGoods")).contains(
				"“" + messages.getProperty("rma.remedy.FINAL_REJECT_OR_PRICE_REDUCTION") + "”",
				"“" + messages.getProperty("rma.finalChoice.PRICE_REDUCTION") + "”");
	}

}
