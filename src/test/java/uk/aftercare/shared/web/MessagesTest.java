package uk.aftercare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.ContactDirection;
import uk.aftercare.cases.Priority;
import uk.aftercare.cases.TimelineKind;
import uk.aftercare.classification.CaseType;
import uk.aftercare.classification.Flag;
import uk.aftercare.escalation.ApprovalKind;
import uk.aftercare.escalation.EscalationReason;

/** Every text a page shows comes from messages.properties: no key may be missing. */
class MessagesTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)(?:\\(|})");

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher keys = LITERAL_KEY.matcher(Files.readString(template));
				while (keys.find()) {
					if (!messages.containsKey(keys.group(1))) {
						missing.add(template.getFileName() + ": " + keys.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyCodeShownOnAPageHasALabel() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		check(messages, "status.", CaseStatus.values(), missing);
		check(messages, "type.", CaseType.values(), missing);
		check(messages, "priority.", Priority.values(), missing);
		check(messages, "channel.", ContactChannel.values(), missing);
		check(messages, "direction.", ContactDirection.values(), missing);
		check(messages, "flag.", Flag.values(), missing);
		check(messages, "timeline.", TimelineKind.values(), missing);
		check(messages, "escalation.", EscalationReason.values(), missing);
		// Why a customer's data is kept while an approval waits: one for each kind, about the case or a return.
		check(messages, "privacy.keep.approval-pending.", ApprovalKind.values(), missing);
		for (ApprovalKind kind : ApprovalKind.values()) {
			if (!messages.containsKey("privacy.keep.approval-pending." + kind.name() + ".subject")) {
				missing.add("privacy.keep.approval-pending." + kind.name() + ".subject");
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * A message with arguments goes through {@link java.text.MessageFormat}, where a lone apostrophe starts quoted text
	 * and is dropped ("a supervisor's decision" would read "a supervisors decision"): such messages write it twice.
	 * Quoting a brace on purpose ('{') is allowed.
	 */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		Properties messages = messages();
		List<String> lone = new ArrayList<>();
		for (String key : messages.stringPropertyNames()) {
			String text = messages.getProperty(key);
			if (ARGUMENT.matcher(text).find()
					&& text.replace("''", "").replace("'{'", "").replace("'}'", "").contains("'")) {
				lone.add(key);
			}
		}
		assertThat(lone).isEmpty();
	}

	/** The message code in a constraint ({@code message = "{code}"}) or a call that rejects a value or a form. */
	private static final Pattern ERROR_CODE = Pattern.compile("message\\s*=\\s*\"\\{([\\w.]+)}\""
			+ "|rejectValue\\(\\s*[^,;]+,\\s*\"([\\w.]+)\"|\\breject\\(\\s*\"([\\w.]+)\""
			+ "|new (?:Problem|Violation)\\(\\s*[^,;]+,\\s*\"([\\w.]+)\"");

	/**
	 * A rejected form lists each message on its own in its error summary, away from the field's label: "is too long
	 * (at most 120 characters)" reads as nonsense there. So every error message is a sentence of its own, naming what
	 * it is about ("The note is too long: ..."), never a fragment that goes on from a label. Error messages are found
	 * where the code names them: constraints, rejected values and forms, policy problems, and Spring's type mismatches.
	 */
	@Test
	void everyErrorMessageIsASentenceOfItsOwn() throws IOException {
		Properties messages = messages();
		java.util.Set<String> codes = new java.util.TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher code = ERROR_CODE.matcher(Files.readString(source));
				while (code.find()) {
					for (int group = 1; group <= code.groupCount(); group++) {
						if (code.group(group) != null) {
							codes.add(code.group(group));
						}
					}
				}
			}
		}
		messages.stringPropertyNames().stream().filter(key -> key.startsWith("typeMismatch")).forEach(codes::add);
		assertThat(codes).as("error codes found").hasSizeGreaterThan(100);
		List<String> fragments = codes.stream()
			.filter(messages::containsKey)
			.filter(code -> Character.isLowerCase(messages.getProperty(code).charAt(0))
					|| messages.getProperty(code).startsWith("("))
			.map(code -> code + "=" + messages.getProperty(code))
			.toList();
		assertThat(fragments).isEmpty();
	}

	private static void check(Properties messages, String prefix, Enum<?>[] codes, List<String> missing) {
		for (Enum<?> code : codes) {
			if (!messages.containsKey(prefix + code.name())) {
				missing.add(prefix + code.name());
			}
		}
	}

}
