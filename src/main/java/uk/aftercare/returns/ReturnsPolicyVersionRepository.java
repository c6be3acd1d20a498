package uk.aftercare.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReturnsPolicyVersionRepository extends JpaRepository<ReturnsPolicyVersion, Long> {

	/** The version in force on {@code date}: the latest to take effect on or before it, of those not withdrawn. */
	Optional<ReturnsPolicyVersion> findFirstByWithdrawnAtIsNullAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(
			LocalDate date);

	/** The latest version ever made, withdrawn or not: the next one takes the number after it. */
	Optional<ReturnsPolicyVersion> findFirstByOrderByVersionNumberDesc();

	Optional<ReturnsPolicyVersion> findFirstByWithdrawnAtIsNullOrderByVersionNumberDesc();

	Optional<ReturnsPolicyVersion> findFirstByWithdrawnAtIsNullOrderByVersionNumberAsc();

	Optional<ReturnsPolicyVersion> findByVersionNumber(int versionNumber);

	List<ReturnsPolicyVersion> findAllByOrderByVersionNumberDesc();

	/**
	 * Withdraws a version that has not yet taken effect, in one statement, so that of two managers withdrawing it at
	 * once exactly one is recorded.
	 * @return 1 if withdrawn, 0 if it was already withdrawn or in effect
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("""
			update ReturnsPolicyVersion v set v.withdrawnAt = :now, v.withdrawnBy = :actor
			where v.versionNumber = :number and v.withdrawnAt is null and v.effectiveFrom > :today""")
	int withdraw(@Param("number") int number, @Param("actor") String actor, @Param("now") Instant now,
			@Param("today") LocalDate today);

}
