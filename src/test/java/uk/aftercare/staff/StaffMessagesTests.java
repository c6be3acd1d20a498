package uk.aftercare.staff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text on the staff pages comes from messages.properties: a missing key would show as ??key?? on screen. */
class StaffMessagesTests {

	/** A key in #{...} (templates), "{...}" (validation messages) or quotes (codes in controllers). */
	private static final Pattern KEY = Pattern
		.compile("(?:#\\{|\"\\{|\"|')((?:users|tokens|account|form|field)(?:\\.[A-Za-z]+)+)(?:[}(\"'])");

	@Test
	void everyMessageKeyUsedByTheStaffModuleExists() throws IOException {
		Properties messages = messages();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates/staff")),
				Files.walk(Path.of("src/main/java/uk/aftercare/staff")))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}

		assertThat(used).contains("users.username.taken", "tokens.revoked", "users.role.required", "tokens.new.copy");
		assertThat(used).as("keys missing from messages.properties").filteredOn(key -> !messages.containsKey(key)).isEmpty();
	}

	@Test
	void everyRoleTokenStatusAndAccountHistoryEntryHasALabel() throws IOException {
		Properties messages = messages();

		assertThat(Stream.of(Arrays.stream(Role.values()).map(role -> "users.role." + role),
				Arrays.stream(ApiTokenStatus.values()).map(status -> "tokens.status." + status),
				Arrays.stream(StaffAccountEvent.Action.values()).map(action -> "users.history." + action))
			.flatMap(keys -> keys))
			.as("keys missing from messages.properties")
			.filteredOn(key -> !messages.containsKey(key))
			.isEmpty();
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = StaffMessagesTests.class.getResourceAsStream("/messages.properties")) {
			messages.load(in);
		}
		return messages;
	}

}
