package uk.aftercare.shared.web;

import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/** How lists are paged: the web pages' page numbers and pager links, and the API's page parameters. */
public final class Pages {

	/** The API's {@code page}: a whole number from 0 to 10,000,000. */
	public static final String API_PAGE = "[0-9]{1,7}|10000000";

	public static final String API_PAGE_MESSAGE = "must be a whole number from 0 to 10,000,000";

	/** The API's {@code size}: a whole number from 1 to 100. */
	public static final String API_SIZE = "[1-9][0-9]?|100";

	public static final String API_SIZE_MESSAGE = "must be a whole number from 1 to 100";

	private Pages() {
	}

	/** The page a web address asks for, counted from 0: anything that is not a page number asks for the first. */
	public static int number(String page) {
		String digits = page == null ? "" : page.strip();
		return digits.matches("\\d{1,6}") ? Integer.parseInt(digits) : 0;
	}

	/** The page asked for, or the last there is when it is beyond it (an old link, or a number typed in). */
	public static <T> Page<T> lastAtMost(int number, IntFunction<Page<T>> page) {
		Page<T> asked = page.apply(number);
		return asked.getTotalPages() > 0 && number >= asked.getTotalPages() ? page.apply(asked.getTotalPages() - 1)
				: asked;
	}

	/** A list's address up to "page=", for the pager to add the number to. */
	public static String link(String query) {
		return (query.isEmpty() ? "" : query + "&") + "page=";
	}

}
