package uk.aftercare.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font the PDFs print with: Liberation Sans (SIL Open Font License 1.1, from the openpdf-fonts-extra jar),
 * embedded and subset. The PDF standard fonts know only the Windows-1252 characters, so "Łukasz", "Știrbu",
 * "Dvořák" or a Greek or Cyrillic name printed as question marks on the customer's own copy; Liberation Sans covers
 * Latin with Latin Extended-A and -B, modern Greek and Cyrillic, in the metrics of Arial, so the layout stays as
 * it was.
 * Templates name {@link #FAMILY} first in their {@code font-family}.
 */
public final class PdfFonts {

	/** The family name the PDF templates use in CSS. */
	public static final String FAMILY = "Liberation Sans";

	private enum Face {

		REGULAR("Regular", 400, FontStyle.NORMAL), BOLD("Bold", 700, FontStyle.NORMAL),
		ITALIC("Italic", 400, FontStyle.ITALIC), BOLD_ITALIC("BoldItalic", 700, FontStyle.ITALIC);

		private final String file;

		private final int weight;

		private final FontStyle style;

		Face(String file, int weight, FontStyle style) {
			this.file = "/liberation/LiberationSans-" + file + ".ttf";
			this.weight = weight;
			this.style = style;
		}

	}

	/** Each face read from the classpath once, on first use: about 400 KB each, and a PDF uses one or two. */
	private static final Map<Face, byte[]> FILES = new EnumMap<>(Face.class);

	private PdfFonts() {
	}

	/**
	 * Registers every face of {@link #FAMILY} with the builder, subset so that a PDF carries only the glyphs it prints.
	 */
	public static void useIn(PdfRendererBuilder builder) {
		for (Face face : Face.values()) {
			builder.useFont(() -> new ByteArrayInputStream(file(face)), FAMILY, face.weight, face.style, true);
		}
	}

	/** Whether the PDFs' font has a glyph for the character, in every face (they cover the same characters). */
	public static boolean prints(int codePoint) {
		return Coverage.CMAP.getGlyphId(codePoint) != 0;
	}

	private static synchronized byte[] file(Face face) {
		return FILES.computeIfAbsent(face, f -> {
			try (InputStream in = PdfFonts.class.getResourceAsStream(f.file)) {
				if (in == null) {
					throw new IllegalStateException(f.file + " is not on the classpath (openpdf-fonts-extra)");
				}
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not read " + f.file, e);
			}
		});
	}

	/** The regular face's character map, parsed on the first question. */
	private static final class Coverage {

		private static final CmapLookup CMAP = load();

		private static CmapLookup load() {
			try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file(Face.REGULAR)))) {
				return font.getUnicodeCmapLookup();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not read the PDF font's character map", e);
			}
		}

	}

}
