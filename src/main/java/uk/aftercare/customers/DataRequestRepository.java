package uk.aftercare.customers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DataRequestRepository extends JpaRepository<DataRequest, Long> {

	List<DataRequest> findByCustomerIdOrderByRecordedAtDescIdDesc(long customerId);

}
