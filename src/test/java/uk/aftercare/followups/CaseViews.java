package uk.aftercare.followups;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

/**
 * Case views for web tests. Only what the follow-up and feedback pages look at is set; every other component is
 * left empty (null, false, 0, an empty list), so the cases module can add components without breaking these tests.
 */
public final class CaseViews {

	private CaseViews() {
	}

	public static CaseView caseView(String number, CaseType type, CaseStatus status, String email) {
		return build(values(number, type, status, email));
	}

	/** A case whose customer's personal data was erased: archived, the customer named "Erased customer". */
	public static CaseView archivedCaseView(String number, CaseType type, CaseStatus status) {
		Map<String, Object> values = values(number, type, status, null);
		values.put("customerName", "Erased customer");
		values.put("personalDataErasedAt", Instant.parse("2032-11-10T02:30:00Z"));
		return build(values);
	}

	private static Map<String, Object> values(String number, CaseType type, CaseStatus status, String email) {
		Instant at = Instant.parse("2026-11-02T10:00:00Z");
		Map<String, Object> values = new HashMap<>();
		values.put("caseNumber", number);
		values.put("customerId", 7L);
		values.put("customerName", "Jane Smith");
		values.put("customerEmail", email);
		values.put("channel", ContactChannel.PHONE);
		values.put("description", "The driver was rude");
		values.put("suggestedType", type);
		values.put("type", type);
		values.put("typeConfirmedBy", "sam");
		values.put("status", status);
		values.put("priority", Priority.NORMAL);
		values.put("assignee", "sam");
		values.put("createdBy", "sam");
		values.put("createdAt", at);
		values.put("updatedAt", at);
		values.put("resolvedAt", status == CaseStatus.RESOLVED ? at : null);
		values.put("customerContacts", 1);
		return values;
	}

	private static CaseView build(Map<String, Object> values) {
		RecordComponent[] components = CaseView.class.getRecordComponents();
		Object[] args = Arrays.stream(components)
			.map(c -> values.containsKey(c.getName()) ? values.get(c.getName()) : empty(c.getType()))
			.toArray();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			return CaseView.class.getDeclaredConstructor(types).newInstance(args);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Cannot build a CaseView for a test", e);
		}
	}

	private static Object empty(Class<?> type) {
		if (type == boolean.class) {
			return false;
		}
		if (type == int.class) {
			return 0;
		}
		if (type == long.class) {
			return 0L;
		}
		if (type == double.class) {
			return 0.0;
		}
		if (type == List.class) {
			return List.of();
		}
		if (type == Set.class) {
			return Set.of();
		}
		return null;
	}

}
