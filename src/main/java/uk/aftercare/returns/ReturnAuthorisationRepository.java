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

	/** The newest return authorisation for an order, whichever case it was raised on. */
	/** By its index (V24): order references are kept upper-cased, see {@code ReturnAuthorisation.orderReferenceKey}. */
	Optional<ReturnAuthorisation> findFirstByOrderReferenceOrderByCreatedAtDescIdDesc(String orderReference);

	/** Agreed refunds past their due date, not yet paid and not yet escalated. */
	@org.springframework.data.jpa.repository.Query("""
			select r from ReturnAuthorisation r
			where r.refundOverdueFlagged = false and r.refundDueOn < :today and r.refundedOn is null
			  and r.status in :statuses""")
	List<ReturnAuthorisation> findOverdueRefunds(
			@org.springframework.data.repository.query.Param("statuses") java.util.Collection<RmaStatus> statuses,
			@org.springframework.data.repository.query.Param("today") java.time.LocalDate today);

}
