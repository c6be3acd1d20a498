package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.staff.Role;
import uk.aftercare.staff.StaffAccounts;
import uk.aftercare.support.PdfFontsUsed;
import uk.aftercare.support.PdfLayout;

/** The case record PDF through the whole application, for text saved before input was cleaned. */
@SpringBootTest
@AutoConfigureMockMvc
class CaseRecordPdfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseService cases;

	@Autowired
	StaffAccounts accounts;

	@BeforeEach
	void pat() {
		if (!accounts.exists("pat")) {
			accounts.create("pat", "Pat Staff", null, "a long password 1", Role.STAFF);
		}
	}

	/** A return logged by pat through the service, as older data was: without the web's and API's cleaning. */
	private String open(String customerName, String description) {
		return cases.open(new OpenCaseCommand(ContactChannel.PHONE, description,
				new ContactDetails(customerName, UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.RETURN, false), "pat", null).view().caseNumber();
	}

	/** The case record as pat downloads it. */
	private PDDocument record(String number) throws Exception {
		byte[] pdf = mvc.perform(get("/cases/" + number + "/record.pdf").with(user("pat").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return Loader.loadPDF(pdf);
	}

	@Test
	void rendersACaseWhoseSavedDescriptionAndNotesHoldControlCharacters() throws Exception {
		String number = open("Jane Smith", "The kettle\u0008 leaks\u001b and\u0000 wants a refund");
		cases.addNote(number, "Pasted from Word:\u000bsecond line\u007f", "pat");

		try (PDDocument document = record(number)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("The kettle leaks and wants a refund", "Pasted from Word: second line");
		}
	}

	@Test
	void breaksALongWordInANoteSoNoneOfItRunsOffThePage() throws Exception {
		String number = open("Jane Smith", "The kettle leaks");
		String link = "https://shop.example/orders/" + "7".repeat(300);
		cases.addNote(number, "Customer sent " + link, "pat");

		try (PDDocument document = record(number)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(link);
			assertThat(PdfLayout.overflowRight(document)).isZero();
		}
	}

	@Test
	void printsACustomersNameInLatinGreekOrCyrillicLettersAsTypedInAnEmbeddedFont() throws Exception {
		String name = "Łukasz Wójcik-Dvořák Știrbu Ελένη Жанна";
		String number = open(name, "Paid €40 for a kettle that leaks");

		try (PDDocument document = record(number)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(name, "Paid €40");
			// Regular text and the bold headings and labels, with no standard font (Helvetica) left.
			assertThat(PdfFontsUsed.of(document)).containsExactly("LiberationSans", "LiberationSans-Bold");
		}
	}

}
