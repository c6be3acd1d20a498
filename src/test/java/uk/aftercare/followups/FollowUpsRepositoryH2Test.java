package uk.aftercare.followups;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class FollowUpsRepositoryH2Test extends FollowUpsRepositoryContract {

}
