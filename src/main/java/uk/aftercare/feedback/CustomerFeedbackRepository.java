package uk.aftercare.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerFeedbackRepository extends JpaRepository<CustomerFeedback, Long> {

	List<CustomerFeedback> findByCaseNumberOrderByRecordedAtAscIdAsc(String caseNumber);

}
