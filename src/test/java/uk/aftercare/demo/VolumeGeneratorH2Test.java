package uk.aftercare.demo;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

// The application's own pooled H2 (see config/application.properties), as at run time: H2 evaluates the staff_user
// role check with the session that created it, which an unpooled test database has closed by then.
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class VolumeGeneratorH2Test extends VolumeGeneratorContract {

	@Override
	long nextValue(String sequence) {
		return jdbc.sql("select next value for " + sequence).query(Long.class).single();
	}

}
