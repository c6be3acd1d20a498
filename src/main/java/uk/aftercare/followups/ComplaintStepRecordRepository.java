package uk.aftercare.followups;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintStepRecordRepository extends JpaRepository<ComplaintStepRecord, Long> {

	List<ComplaintStepRecord> findByCaseNumber(String caseNumber);

}
