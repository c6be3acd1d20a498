package uk.aftercare.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	List<StaffUser> findByEnabledTrueOrderByDisplayName();

	List<StaffUser> findAllByOrderByDisplayName();

}
