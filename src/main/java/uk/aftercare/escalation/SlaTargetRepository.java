package uk.aftercare.escalation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import uk.aftercare.cases.Priority;
import uk.aftercare.classification.CaseType;

interface SlaTargetRepository extends JpaRepository<SlaTarget, Long> {

	Optional<SlaTarget> findByCaseTypeAndPriority(CaseType caseType, Priority priority);

}
