package uk.aftercare.staff;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest(showSql = false)
class StaffRepositoryH2Test extends StaffRepositoryContract {

}
