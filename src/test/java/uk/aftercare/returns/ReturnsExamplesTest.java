package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worked examples of {@code shared/domain/examples/returns.jsonl}, copied to
 * {@code src/test/resources/returns/examples.jsonl}. Each request is read with Jackson straight into
 * {@link ReturnRequest}, which also proves the API field names map one to one; only the fields an example
 * states in "expect" are checked.
 */
class ReturnsExamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CHECKED_FIELDS = Set.of("remedy", "statutory", "deadline", "burdenOfProof",
            "deductionForUseAllowed", "escalationRequired", "escalationReasons");
    private static final ReturnsPolicy POLICY = new ReturnsPolicy(ReturnsPolicySettings.defaults());

    static Stream<Arguments> examples() throws IOException {
        try (InputStream in = ReturnsExamplesTest.class.getResourceAsStream("/returns/examples.jsonl")) {
            assertThat(in).as("returns/examples.jsonl on the test classpath").isNotNull();
            List<Arguments> examples = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode example = JSON.readTree(line);
                    examples.add(Arguments.of(example.get("id").asString(), example.get("req"), example.get("expect")));
                }
            }
            assertThat(examples).isNotEmpty();
            return examples.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void assessesTheWorkedExample(String id, JsonNode req, JsonNode expect) {
        assertThat(expect.propertyNames()).as("fields this test knows how to check").isSubsetOf(CHECKED_FIELDS);
        ReturnRequest request = JSON.treeToValue(req, ReturnRequest.class);
        assertThat(request.requestDate()).as("every example states its request date").isNotNull();
        LocalDate today = request.requestDate();

        ReturnAssessment actual = POLICY.assess(request, today);

        SoftAssertions softly = new SoftAssertions();
        if (expect.has("remedy")) {
            softly.assertThat(actual.remedy()).as("remedy").isEqualTo(Remedy.valueOf(expect.get("remedy").asString()));
        }
        if (expect.has("statutory")) {
            softly.assertThat(actual.statutory()).as("statutory").isEqualTo(expect.get("statutory").booleanValue());
        }
        if (expect.has("deadline")) {
            JsonNode deadline = expect.get("deadline");
            softly.assertThat(actual.deadline()).as("deadline")
                    .isEqualTo(deadline.isNull() ? null : LocalDate.parse(deadline.asString()));
        }
        if (expect.has("burdenOfProof")) {
            JsonNode burden = expect.get("burdenOfProof");
            softly.assertThat(actual.burdenOfProof()).as("burdenOfProof")
                    .isEqualTo(burden.isNull() ? null : BurdenOfProof.valueOf(burden.asString()));
        }
        if (expect.has("deductionForUseAllowed")) {
            softly.assertThat(actual.deductionForUseAllowed()).as("deductionForUseAllowed")
                    .isEqualTo(expect.get("deductionForUseAllowed").booleanValue());
        }
        if (expect.has("escalationRequired")) {
            softly.assertThat(actual.escalationRequired()).as("escalationRequired")
                    .isEqualTo(expect.get("escalationRequired").booleanValue());
        }
        if (expect.has("escalationReasons")) {
            List<AssessmentEscalationReason> reasons = new ArrayList<>();
            expect.get("escalationReasons")
                    .forEach(reason -> reasons.add(AssessmentEscalationReason.valueOf(reason.asString())));
            softly.assertThat(actual.escalationReasons()).as("escalationReasons")
                    .containsExactlyInAnyOrderElementsOf(reasons);
        }
        softly.assertThat(actual.explanation()).as("explanation").isNotEmpty();
        softly.assertThat(actual.policyVersion()).as("policyVersion").isEqualTo("uk-returns-v1");
        softly.assertAll();
    }
}
