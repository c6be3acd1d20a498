package uk.aftercare.feedback;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerFeedbackRepository extends JpaRepository<CustomerFeedback, Long> {

	List<CustomerFeedback> findByCaseNumberOrderByRecordedAtAscIdAsc(String caseNumber);

	/** Whether staff recorded feedback on the case (by phone or in store, not through a link) at or after {@code since}. */
	boolean existsByCaseNumberAndInvitationIdIsNullAndRecordedAtGreaterThanEqual(String caseNumber, Instant since);

}
