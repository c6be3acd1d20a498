package uk.aftercare.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	List<StaffUser> findByEnabledTrueOrderByDisplayName();

	List<StaffUser> findAllByOrderByDisplayName();

	/**
	 * Locks every manager's row until the transaction ends, in one order so two callers cannot deadlock. Whoever
	 * removes a manager takes these locks first: a second manager doing the same waits, and then counts the managers
	 * as the first left them.
	 */
	@Query(value = "select id from staff_user where role = 'MANAGER' order by id for update", nativeQuery = true)
	List<Long> lockManagerRows();

	@Query("select count(u) from StaffUser u where u.role = uk.aftercare.staff.Role.MANAGER and u.enabled = true")
	long countEnabledManagers();

}
