package uk.aftercare.returns;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest(showSql = false)
class ReturnsRepositoryH2Test extends ReturnsRepositoryContract {

}
