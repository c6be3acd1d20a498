package uk.aftercare.feedback;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class FeedbackRepositoryH2Test extends FeedbackRepositoryContract {

}
