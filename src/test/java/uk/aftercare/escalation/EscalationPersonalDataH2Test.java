package uk.aftercare.escalation;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest(showSql = false)
class EscalationPersonalDataH2Test extends EscalationPersonalDataContract {

}
