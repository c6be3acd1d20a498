package uk.aftercare.returns.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import uk.aftercare.returns.ReturnAuthorisationView;
import uk.aftercare.shared.PdfFonts;
import uk.aftercare.shared.PdfText;

/**
 * The customer's copy of a return authorisation as a PDF: an XHTML Thymeleaf template (texts from
 * messages.properties like every page) rendered by openhtmltopdf with Liberation Sans embedded ({@link PdfFonts}),
 * so any Latin, Greek or Cyrillic name prints as typed and nothing needs the network.
 */
@Component
class ReturnAuthorisationPdf {

	static {
		// openhtmltopdf logs several INFO lines for every document; only its warnings are worth the log.
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	private final ITemplateEngine templates;

	private final String shopName;

	/** @param shopName the shop's name, as its e-mails to customers sign ({@link ShopName}) */
	ReturnAuthorisationPdf(ITemplateEngine templates, @Value(ShopName.SETTING) String shopName) {
		this.templates = templates;
		this.shopName = shopName;
	}

	byte[] render(ReturnAuthorisationView rma) {
		// Text saved before input was cleaned may hold control characters, which XML 1.0 refuses.
		String xhtml = PdfText.printable(templates.process("returns/rma-pdf",
				new Context(Locale.UK, Map.of("rma", rma, "shopName", shopName))));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		PdfFonts.useIn(builder);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render " + rma.rmaNumber() + " as PDF", e);
		}
		return pdf.toByteArray();
	}

}
