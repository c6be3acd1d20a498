package uk.aftercare.followups;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class FollowUpsPersonalDataH2Test extends FollowUpsPersonalDataContract {

}
