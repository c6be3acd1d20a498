package uk.aftercare.followups;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import uk.aftercare.cases.CaseStatus;
import uk.aftercare.cases.CaseView;
import uk.aftercare.cases.ContactChannel;
import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

/** Case views for web tests: only what the follow-up and feedback pages look at varies. */
public final class CaseViews {

	private CaseViews() {
	}

	public static CaseView caseView(String number, CaseType type, CaseStatus status, String email) {
		Instant at = Instant.parse("2026-11-02T10:00:00Z");
		return new CaseView(number, 7L, "Jane Smith", email, null, ContactChannel.PHONE, null, null,
				"The driver was rude", false, type, 0.8, List.of("rude"), Set.of(), type, false, "sam", status,
				Priority.NORMAL, "sam", "sam", at, at, status == CaseStatus.RESOLVED ? at : null, null, 1, false,
				List.of(), List.of(), 0);
	}

}
