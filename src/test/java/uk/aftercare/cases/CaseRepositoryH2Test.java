package uk.aftercare.cases;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest(showSql = false)
class CaseRepositoryH2Test extends CaseRepositoryContract {

}
