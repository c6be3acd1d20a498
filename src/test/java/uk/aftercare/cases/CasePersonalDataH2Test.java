package uk.aftercare.cases;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest(showSql = false)
class CasePersonalDataH2Test extends CasePersonalDataContract {

}
