package uk.aftercare.followups;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

	/** "My follow-ups": answered by ix_follow_up_owner_due. */
	@Query("""
			select f from FollowUp f where f.owner = :owner and f.status = :status
			order by f.dueDate asc, f.id asc""")
	List<FollowUp> findByOwnerAndStatus(@Param("owner") String owner, @Param("status") FollowUpStatus status);

	@Query("""
			select count(f) from FollowUp f
			where f.owner = :owner and f.status = uk.aftercare.followups.FollowUpStatus.OPEN and f.dueDate < :today""")
	long countOverdue(@Param("owner") String owner, @Param("today") LocalDate today);

	@Query("select f from FollowUp f where f.caseNumber = :caseNumber order by f.dueDate asc, f.id asc")
	List<FollowUp> findByCaseNumber(@Param("caseNumber") String caseNumber);

	long countByCaseNumberAndStatus(String caseNumber, FollowUpStatus status);

}
