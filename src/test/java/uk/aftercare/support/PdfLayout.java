package uk.aftercare.support;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Where a PDF's text lies on its pages, for tests that nothing printed runs off the paper. */
public final class PdfLayout {

	private PdfLayout() {
	}

	/** How far beyond the right edge of its page the text reaches at most, in points; 0 when it all fits. */
	public static float overflowRight(PDDocument document) throws IOException {
		float width = document.getPage(0).getMediaBox().getWidth();
		float[] rightmost = { 0 };
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) throws IOException {
				positions.forEach(p -> rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj()));
				super.writeString(text, positions);
			}
		};
		stripper.getText(document);
		return Math.max(0, rightmost[0] - width);
	}

}
