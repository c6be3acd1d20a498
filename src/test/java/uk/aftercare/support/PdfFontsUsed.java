package uk.aftercare.support;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The fonts a PDF's pages print with, for tests that text is in an embedded font rather than a standard one. */
public final class PdfFontsUsed {

	private PdfFontsUsed() {
	}

	/**
	 * Each font's name without its subset tag ("LiberationSans-Bold", not "ABCDEF+LiberationSans-Bold"), followed by
	 * " (not embedded)" when the PDF only names it, as it does the standard 14 fonts (Helvetica and the like).
	 */
	public static Set<String> of(PDDocument document) throws IOException {
		Set<String> fonts = new TreeSet<>();
		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				String base = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
				fonts.add(font.isEmbedded() ? base : base + " (not embedded)");
			}
		}
		return fonts;
	}

}
