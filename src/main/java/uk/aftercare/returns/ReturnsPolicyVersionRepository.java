package uk.aftercare.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnsPolicyVersionRepository extends JpaRepository<ReturnsPolicyVersion, Long> {

	/** The version in force on {@code date}: the latest to take effect on or before it. */
	Optional<ReturnsPolicyVersion> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(
			LocalDate date);

	Optional<ReturnsPolicyVersion> findFirstByOrderByVersionNumberDesc();

	Optional<ReturnsPolicyVersion> findFirstByOrderByVersionNumberAsc();

	List<ReturnsPolicyVersion> findAllByOrderByVersionNumberDesc();

}
