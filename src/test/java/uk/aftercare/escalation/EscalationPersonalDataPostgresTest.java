package uk.aftercare.escalation;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import uk.aftercare.support.EmbeddedPostgresConfiguration;

@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedPostgresConfiguration.class)
class EscalationPersonalDataPostgresTest extends EscalationPersonalDataContract {

}
