package uk.aftercare.returns;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnAuthorisationRepository extends JpaRepository<ReturnAuthorisation, Long> {

	@EntityGraph(attributePaths = "lines")
	Optional<ReturnAuthorisation> findByRmaNumber(String rmaNumber);

	@EntityGraph(attributePaths = "lines")
	List<ReturnAuthorisation> findByCaseNumberOrderByCreatedAtDescIdDesc(String caseNumber);

}
