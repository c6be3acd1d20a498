package uk.aftercare.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerFeedbackRepository extends JpaRepository<CustomerFeedback, Long> {

	List<CustomerFeedback> findByCaseNumberOrderByRecordedAtAscIdAsc(String caseNumber);

	/** The first feedback on the case recorded at or after {@code since}: the one counted for a closing then. */
	Optional<CustomerFeedback> findFirstByCaseNumberAndRecordedAtGreaterThanEqualOrderByRecordedAtAscIdAsc(
			String caseNumber, Instant since);

	/** Whether staff recorded feedback on the case (by phone or in store, not through a link) at or after {@code since}. */
	boolean existsByCaseNumberAndInvitationIdIsNullAndRecordedAtGreaterThanEqual(String caseNumber, Instant since);

}
