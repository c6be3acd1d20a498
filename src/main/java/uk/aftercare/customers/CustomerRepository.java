package uk.aftercare.customers;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends JpaRepository<Customer, Long> {

	@Query("""
			select c from Customer c
			where c.erasedAt is null and ((:email is not null and c.email = :email)
			   or (:phoneKey is not null and c.phoneKey = :phoneKey)
			   or (:nameKey is not null and c.nameKey = :nameKey))
			order by c.id""")
	List<Customer> findMatches(@Param("email") String email, @Param("phoneKey") String phoneKey,
			@Param("nameKey") String nameKey, Limit limit);

	/** The customer, locked until the transaction ends, so two erasures (or an erasure and a check) queue. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Customer c where c.id = :id")
	Optional<Customer> findAndLockById(@Param("id") Long id);

}
