package uk.aftercare.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import uk.aftercare.classification.CaseType;

interface ServiceCaseRepository extends JpaRepository<ServiceCase, Long>, JpaSpecificationExecutor<ServiceCase> {

	Optional<ServiceCase> findByCaseNumber(String caseNumber);

	/** The case's row locked until the transaction ends ({@link CaseService#holdStill}). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ServiceCase c where c.caseNumber = :caseNumber")
	Optional<ServiceCase> findAndLockByCaseNumber(@Param("caseNumber") String caseNumber);

	boolean existsByAssignee(String assignee);

	@EntityGraph(attributePaths = "timeline")
	@Query("select c from ServiceCase c where c.caseNumber = :caseNumber")
	Optional<ServiceCase> findWithTimeline(@Param("caseNumber") String caseNumber);

	@Query("""
			select new uk.aftercare.cases.CaseListItem(c.caseNumber, c.customerName, c.customerEmail, c.type, c.status,
			  c.priority, c.assignee, c.createdBy, c.createdAt, c.updatedAt, c.escalated, c.approvalState,
			  c.slaBreached)
			from ServiceCase c where c.customerId = :customerId and c.caseNumber <> :exclude
			order by c.createdAt desc""")
	List<CaseListItem> findOtherCases(@Param("customerId") Long customerId, @Param("exclude") String exclude,
			Limit limit);

	@Query("""
			select new uk.aftercare.cases.CaseListItem(c.caseNumber, c.customerName, c.customerEmail, c.type, c.status,
			  c.priority, c.assignee, c.createdBy, c.createdAt, c.updatedAt, c.escalated, c.approvalState,
			  c.slaBreached)
			from ServiceCase c where c.customerId = :customerId
			order by c.createdAt desc, c.id desc""")
	List<CaseListItem> findByCustomer(@Param("customerId") Long customerId, Limit limit);

	/** Every case of the customer with its timeline, oldest first: what their copy of their data shows. */
	@EntityGraph(attributePaths = "timeline")
	@Query("select c from ServiceCase c where c.customerId = :customerId order by c.createdAt, c.id")
	List<ServiceCase> findWithTimelineByCustomer(@Param("customerId") Long customerId);

	/** Not yet breached cases, in the given statuses, whose response or resolution target has passed. */
	@Query("""
			select c from ServiceCase c
			where c.slaBreached = false and c.status in :statuses
			  and ((c.firstResponseAt is null and c.responseDueAt < :now) or c.resolutionDueAt < :now)
			order by c.resolutionDueAt""")
	List<ServiceCase> findPastTargets(@Param("statuses") java.util.Collection<CaseStatus> statuses,
			@Param("now") Instant now, Limit limit);

	@Query("""
			select count(c) from ServiceCase c
			where c.customerId = :customerId and c.type = :type and c.createdAt >= :since and c.caseNumber <> :exclude""")
	long countOtherCasesSince(@Param("customerId") Long customerId, @Param("type") CaseType type,
			@Param("since") Instant since, @Param("exclude") String exclude);

	/** The cases of this case's customer logged before it (ids grow as cases are logged). */
	@Query("""
			select count(c) from ServiceCase c, ServiceCase logged
			where logged.caseNumber = :caseNumber and c.customerId = logged.customerId and c.id < logged.id""")
	long countEarlierCasesOfItsCustomer(@Param("caseNumber") String caseNumber);

}
