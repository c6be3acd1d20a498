package uk.aftercare.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import uk.aftercare.classification.Flag;

/** Stores a case's flags as a short comma-separated list; there are only four and they are read with the case. */
@Converter
class FlagsConverter implements AttributeConverter<Set<Flag>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Flag> flags) {
		return flags == null || flags.isEmpty() ? null
				: flags.stream().map(Flag::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<Flag> convertToEntityAttribute(String column) {
		EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::trim).map(Flag::valueOf).forEach(flags::add);
		}
		return flags;
	}

}
