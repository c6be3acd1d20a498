package uk.aftercare.returns;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class ReturnsRepositoryH2Test extends ReturnsRepositoryContract {

}
