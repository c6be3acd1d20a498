package uk.aftercare.cases;

import java.time.Duration;

import uk.aftercare.classification.CaseType;

/**
 * The SLA targets a case starts with, for its type and priority. The escalation module keeps the targets managers
 * configure and provides this; logging a case asks it before the case is first saved, so a new case is written once.
 */
public interface SlaPolicy {

	Duration firstResponse(CaseType type, Priority priority);

	Duration resolution(CaseType type, Priority priority);

}
