package uk.aftercare.cases;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class CaseRepositoryH2Test extends CaseRepositoryContract {

}
