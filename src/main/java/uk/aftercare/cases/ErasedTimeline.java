package uk.aftercare.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import uk.aftercare.customers.PersonalDataHolder;

/**
 * What is left of a timeline entry once the customer's personal data is erased: the entry read by the shape of its
 * kind that fits it most closely (whose own wording accounts for most of it; of two as close, the one erasing more),
 * with what was typed erased. An entry no shape fits, or whose kept words still name the customer or give their
 * e-mail, phone or order reference, loses its whole text.
 */
final class ErasedTimeline {

	private final Map<TimelineKind, List<EntryShape>> shapes = new EnumMap<>(TimelineKind.class);

	ErasedTimeline(Collection<? extends TimelineShapes> modules) {
		for (TimelineShapes module : modules) {
			module.shapes().forEach((kind, of) -> shapes.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(of));
		}
	}

	/**
	 * @param customer the customer's name, e-mail, phone and order reference as the case held them (any may be null)
	 */
	String erase(TimelineKind kind, String summary, Collection<String> customer) {
		String kept = shapes.getOrDefault(kind, List.of())
			.stream()
			.map(shape -> shape.read(summary))
			.flatMap(java.util.Optional::stream)
			.max(Comparator.comparingInt(EntryShape.Reading::wordingLength)
				.thenComparingInt(EntryShape.Reading::erasedLength))
			.map(EntryShape.Reading::erased)
			.orElse(PersonalDataHolder.ERASED);
		return names(kept, customer) ? PersonalDataHolder.ERASED : kept;
	}

	/** Whether the text holds one of the customer's details: their name as words, the others anywhere in it. */
	private static boolean names(String text, Collection<String> customer) {
		String lower = text.toLowerCase(Locale.ROOT);
		String digits = text.replaceAll("[^0-9]", "");
		for (String detail : customer.stream().filter(Objects::nonNull).map(String::strip).toList()) {
			if (detail.isEmpty() || detail.equals(PersonalDataHolder.ERASED_NAME)) {
				continue;
			}
			String detailDigits = detail.replaceAll("[^0-9]", "");
			if (lower.contains(detail.toLowerCase(Locale.ROOT))
					&& Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(detail) + "(?![\\p{L}\\p{N}])",
							Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
						.matcher(text)
						.find()
					|| detailDigits.length() >= 6 && digits.contains(detailDigits)) {
				return true;
			}
		}
		return false;
	}

}
