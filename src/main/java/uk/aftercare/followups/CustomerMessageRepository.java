package uk.aftercare.followups;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerMessageRepository extends JpaRepository<CustomerMessage, Long> {

	List<CustomerMessage> findByCaseNumberOrderByCreatedAtAscIdAsc(String caseNumber);

}
