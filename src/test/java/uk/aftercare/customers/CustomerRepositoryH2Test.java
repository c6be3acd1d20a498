package uk.aftercare.customers;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest(showSql = false)
class CustomerRepositoryH2Test extends CustomerRepositoryContract {

}
