package uk.aftercare.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.aftercare.cases.CaseService;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.OpenCaseCommand;
import uk.aftercare.classification.CaseType;
import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.DataProtection;
import uk.aftercare.customers.PostalAddress;
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

	@Autowired
	CustomerUpdateService updates;

	@Autowired
	DataProtection dataProtection;

	@Autowired
	JdbcClient jdbc;

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


	@Test
	void printsALetterWithTheNameAndAddressItWasIssuedToAndAnOlderLetterWithTheCustomersAddressNow() throws Exception {
		String number = cases.open(new OpenCaseCommand(ContactChannel.PHONE, "Your staff were rude to me",
				new ContactDetails("Jane Letter", null, "07700 900456"), null, null, null, CaseType.COMPLAINT, false),
				"pat", null).view().caseNumber();
		long customer = cases.get(number).customerId();
		correct(customer, "Jane Letter", new PostalAddress(List.of("14 Mill Lane", "Harrogate"), "HG1 2XX"));
		updates.issueFinalResponse(number, "We stand by the refund offered.", false, "pat");
		CustomerMessageView older = updates.issueFinalResponse(number, "Nothing more to add.", false, "pat");
		// As a letter issued before letters kept whom they were addressed to.
		jdbc.sql("update customer_message set letter_name = null, letter_address_lines = null, letter_postcode = null "
				+ "where id = ?").param(older.id()).update();
		correct(customer, "Janet Letter-Smith", new PostalAddress(List.of("3 Park Row", "Leeds"), "LS1 5AB"));

		try (PDDocument document = record(number)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Jane Letter 14 Mill Lane Harrogate HG1 2XX")
				.contains("Janet Letter-Smith 3 Park Row Leeds LS1 5AB");
		}
	}

	private void correct(long customer, String name, PostalAddress address) {
		dataProtection.correct(customer, new ContactDetails(name, null, "07700 900456"), address,
				dataProtection.find(customer).orElseThrow().version(), "pat", "Customer phoned with new details");
	}

}
