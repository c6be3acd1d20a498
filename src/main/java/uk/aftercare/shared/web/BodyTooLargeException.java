package uk.aftercare.shared.web;

import java.text.NumberFormat;
import java.util.Locale;

/** A request body larger than the API reads ({@code aftercare.api.max-body-size}): a 413, nothing done. */
class BodyTooLargeException extends RuntimeException {

	BodyTooLargeException(long limit) {
		super("The request body is larger than the API takes: at most " + size(limit) + ". Nothing was done.");
	}

	/** 1 MB (1,048,576 bytes), as a person and a program would each read it. */
	private static String size(long bytes) {
		String exact = NumberFormat.getIntegerInstance(Locale.UK).format(bytes) + " bytes";
		if (bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB (" + exact + ")";
		}
		if (bytes % 1024 == 0) {
			return bytes / 1024 + " KB (" + exact + ")";
		}
		return exact;
	}

}
