package uk.aftercare.followups;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactPreferenceRepository extends JpaRepository<ContactPreference, Long> {

	Optional<ContactPreference> findByCustomerId(Long customerId);

}
