package uk.aftercare.escalation;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

	/** The queue: most urgent first, then oldest first ({@code ix_approval_queue}). */
	@Query(value = "select a from ApprovalRequest a where a.status = :status"
			+ " order by a.urgent desc, a.requestedAt asc, a.id asc",
			countQuery = "select count(a) from ApprovalRequest a where a.status = :status")
	Page<ApprovalRequest> findQueue(@Param("status") ApprovalStatus status, Pageable page);

	/** Those decided one way: the latest decision first ({@code ix_approval_decided_latest}). */
	@Query(value = "select a from ApprovalRequest a where a.status = :status order by a.decidedAt desc, a.id desc",
			countQuery = "select count(a) from ApprovalRequest a where a.status = :status")
	Page<ApprovalRequest> findDecided(@Param("status") ApprovalStatus status, Pageable page);

	List<ApprovalRequest> findByCaseNumberOrderByRequestedAtDesc(String caseNumber);

	long countByStatus(ApprovalStatus status);

	@Query("select count(a) from ApprovalRequest a where a.status = :status and lower(a.requestedBy) <> lower(:username)"
			+ " and (a.widenedBy is null or concat(',', lower(a.widenedBy), ',') not like concat('%,', lower(:username), ',%'))"
			+ " and a.requiredApprover in :approvers")
	long countDecidableBy(@Param("status") ApprovalStatus status, @Param("username") String username,
			@Param("approvers") java.util.Collection<EscalationDecision.Approver> approvers);

	java.util.Optional<ApprovalRequest> findFirstByCaseNumberAndKindAndStatus(String caseNumber, ApprovalKind kind,
			ApprovalStatus status);

	long countByOwnerAndStatus(String owner, ApprovalStatus status);

	/** The reviews one supervisor owns in a status ({@code ix_approval_owner}). */
	List<ApprovalRequest> findByOwnerAndStatus(String owner, ApprovalStatus status);

	boolean existsByCaseNumberAndStatusAndKindNot(String caseNumber, ApprovalStatus status, ApprovalKind kind);

	long countByCaseNumberAndStatusAndKindNot(String caseNumber, ApprovalStatus status, ApprovalKind kind);

}
