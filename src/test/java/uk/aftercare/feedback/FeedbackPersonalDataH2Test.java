package uk.aftercare.feedback;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class FeedbackPersonalDataH2Test extends FeedbackPersonalDataContract {

}
