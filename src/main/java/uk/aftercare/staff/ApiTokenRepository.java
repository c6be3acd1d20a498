package uk.aftercare.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	/** The lookup behind every bearer-authenticated API call: one indexed row, with its owner. */
	@Query("select t from ApiToken t join fetch t.owner where t.tokenHash = :hash")
	Optional<ApiToken> findWithOwnerByTokenHash(@Param("hash") String hash);

	List<ApiToken> findByOwnerOrderByCreatedAtDesc(StaffUser owner);

	Optional<ApiToken> findByIdAndOwner(Long id, StaffUser owner);

	/**
	 * Records use with a targeted update (never a full-row write, which could undo a revocation made meanwhile).
	 * The condition keeps it to at most one write a minute per token, even with concurrent calls.
	 */
	@Transactional
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
	int markUsed(@Param("id") Long id, @Param("now") Instant now, @Param("before") Instant before);

	@Modifying
	@Query("update ApiToken t set t.revokedAt = :now where t.owner = :owner and t.revokedAt is null")
	int revokeAllOf(@Param("owner") StaffUser owner, @Param("now") Instant now);

}
