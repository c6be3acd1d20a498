package uk.aftercare.followups;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseClosureRepository extends JpaRepository<CaseClosure, Long> {

	List<CaseClosure> findByCaseNumberOrderByClosedAtAscIdAsc(String caseNumber);

}
