package uk.aftercare.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PostalAddressTest {

	@Test
	void writesEveryShapeOfPostcodeAsRoyalMailDoes() {
		assertThat(List.of("sw1a1aa", "SW1A 1AA", " sw1a  1aa ", "M1 1AE", "m11ae", "CR2 6XH", "DN551PT", "W1A 0AX",
				"EC1A 1BB", "b33 8th", "GIR 0AA"))
			.allSatisfy(typed -> assertThat(PostalAddress.isPostcode(typed.strip())).as(typed).isTrue())
			.extracting(PostalAddress::normalisePostcode)
			.containsExactly("SW1A 1AA", "SW1A 1AA", "SW1A 1AA", "M1 1AE", "M1 1AE", "CR2 6XH", "DN55 1PT", "W1A 0AX",
					"EC1A 1BB", "B33 8TH", "GIR 0AA");
	}

	@Test
	void refusesWhatIsNotAUkPostcode() {
		assertThat(List.of("SW1A 1A", "12345", "QA1 1AA", "SW1A 1AC", "SW1A-1AA", "D02 X285", "SW1A 1AA X", "1AA"))
			.allSatisfy(typed -> assertThat(PostalAddress.isPostcode(typed)).as(typed).isFalse());
	}

	@Test
	void keepsTheLinesTidyAndLeavesBlankOnesOut() {
		assertThat(PostalAddress.of(" Flat 2,  Rosemary Court\r\n\r\n14 Mill Lane \n\tHarrogate\n", "hg1 2xx"))
			.isEqualTo(new PostalAddress(List.of("Flat 2, Rosemary Court", "14 Mill Lane", "Harrogate"), "HG1 2XX"))
			.satisfies(address -> assertThat(address.linesText())
				.isEqualTo("Flat 2, Rosemary Court\n14 Mill Lane\nHarrogate"));
		assertThat(PostalAddress.of(" \r\n ", " ")).isNull();
		assertThat(PostalAddress.of(null, null)).isNull();
	}

	@Test
	void isNeverWithoutItsPostcodeOrItsLinesNorLongerThanAnEnvelopeTakes() {
		assertThatThrownBy(() -> PostalAddress.of("14 Mill Lane", "")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PostalAddress.of("", "HG1 2XX")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PostalAddress.of("14 Mill Lane", "HG1")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PostalAddress.of("1\n2\n3\n4\n5", "HG1 2XX"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PostalAddress.of("x".repeat(61), "HG1 2XX"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(PostalAddress.of("x".repeat(60) + "\n2\n3\n4", "HG1 2XX").lines()).hasSize(4);
	}

	@Test
	void takesAnyUnicodeSpaceInAPostcodeAndALine() {
		assertThat(List.of("SW1A\u00a01AA", "SW1A\u202f1AA", "SW1A\u2009\u00a01AA", "\u00a0sw1a 1aa\u3000", "GIR\u00a00AA"))
			.allSatisfy(typed -> assertThat(PostalAddress.isPostcode(typed)).as(typed).isTrue())
			.extracting(PostalAddress::normalisePostcode)
			.containsExactly("SW1A 1AA", "SW1A 1AA", "SW1A 1AA", "SW1A 1AA", "GIR 0AA");
		assertThat(PostalAddress.isPostcode("SW1A\u00a01AC")).isFalse();
		assertThat(PostalAddress.of("14\u00a0Mill\u00a0\u00a0Lane\u00a0", "HG1\u00a02XX"))
			.isEqualTo(new PostalAddress(List.of("14 Mill Lane"), "HG1 2XX"));
	}

	@Test
	void leavesOutALastLineThatIsItsPostcodeAgain() {
		assertThat(PostalAddress.of("14 Mill Lane\nHarrogate\nhg1  2xx", "HG1 2XX"))
			.isEqualTo(new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));
		assertThat(new PostalAddress(List.of("Flat 2", "Rosemary Court", "14 Mill Lane", "Harrogate", "HG12XX"),
				"hg1 2xx").lines()).containsExactly("Flat 2", "Rosemary Court", "14 Mill Lane", "Harrogate");
		assertThat(PostalAddress.lines("14 Mill Lane\nHG1 2XX", "hg12xx")).containsExactly("14 Mill Lane");
		// Only the postcode in its box, and only as the last line.
		assertThat(PostalAddress.lines("14 Mill Lane\nLS6 9XX", "HG1 2XX")).containsExactly("14 Mill Lane", "LS6 9XX");
		assertThat(PostalAddress.lines("HG1 2XX\n14 Mill Lane", "HG1 2XX")).containsExactly("HG1 2XX", "14 Mill Lane");
	}

}
