package uk.aftercare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a merge can leave behind unnoticed. A conflict marker in a properties file does not stop the application:
 * it becomes a key of its own, and the settings around it load as if resolved, whichever half was meant.
 */
class SourcesTests {

	@Test
	void noFileOfTheApplicationHoldsAMergeConflictMarker() throws IOException {
		List<String> markers = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main"), Path.of("src/test"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).filter(SourcesTests::text).toList()) {
					List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
					for (int i = 0; i < lines.size(); i++) {
						String line = lines.get(i);
						if (line.startsWith("<<<<<<< ") || line.startsWith(">>>>>>> ") || line.equals("=======")) {
							markers.add(file + ":" + (i + 1) + ": " + line);
						}
					}
				}
			}
		}
		assertThat(markers).isEmpty();
	}

	private static boolean text(Path file) {
		String name = file.getFileName().toString();
		return Stream.of(".java", ".properties", ".html", ".js", ".css", ".sql", ".xml", ".md", ".yml", ".txt")
			.anyMatch(name::endsWith);
	}

}
