package uk.aftercare.cases;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotencyRecordRepository extends JpaRepository<IdempotencyRecord, Long> {

	Optional<IdempotencyRecord> findByOwnerAndKey(String owner, String key);

}
