package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

	@Test
	void rendersACaseWhoseSavedDescriptionAndNotesHoldControlCharacters() throws Exception {
		if (!accounts.exists("pat")) {
			accounts.create("pat", "Pat Staff", null, "a long password 1", Role.STAFF);
		}
		// Saved through the service, as older data was, without the cleaning the web and API now apply.
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE,
				"The kettle\u0008 leaks\u001b and\u0000 wants a refund",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.RETURN, false), "pat", null).view().caseNumber();
		cases.addNote(number, "Pasted from Word:\u000bsecond line\u007f", "pat");

		byte[] pdf = mvc.perform(get("/cases/" + number + "/record.pdf").with(user("pat").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("The kettle leaks and wants a refund", "Pasted from Word: second line");
		}
	}

	@Test
	void breaksALongWordInANoteSoNoneOfItRunsOffThePage() throws Exception {
		if (!accounts.exists("pat")) {
			accounts.create("pat", "Pat Staff", null, "a long password 1", Role.STAFF);
		}
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "The kettle leaks",
				new ContactDetails("Jane Smith", UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.RETURN, false), "pat", null).view().caseNumber();
		String link = "https://shop.example/orders/" + "7".repeat(300);
		cases.addNote(number, "Customer sent " + link, "pat");

		byte[] pdf = mvc.perform(get("/cases/" + number + "/record.pdf").with(user("pat").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(link);
			assertThat(PdfLayout.overflowRight(document)).isZero();
		}
	}

	@Test
	void printsACustomersNameInLatinGreekOrCyrillicLettersAsTypedInAnEmbeddedFont() throws Exception {
		if (!accounts.exists("pat")) {
			accounts.create("pat", "Pat Staff", null, "a long password 1", Role.STAFF);
		}
		String name = "Łukasz Wójcik-Dvořák Știrbu Ελένη Жанна";
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Paid €40 for a kettle that leaks",
				new ContactDetails(name, UUID.randomUUID() + "@example.com", null), null, null, null,
				CaseType.RETURN, false), "pat", null).view().caseNumber();

		byte[] pdf = mvc.perform(get("/cases/" + number + "/record.pdf").with(user("pat").roles("STAFF")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(name, "Paid €40");
			// Regular text and the bold headings and labels, with no standard font (Helvetica) left.
			assertThat(PdfFontsUsed.of(document)).containsExactly("LiberationSans", "LiberationSans-Bold");
		}
	}

}
