package uk.aftercare.demo;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

import uk.aftercare.support.EmbeddedPostgresConfiguration;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedPostgresConfiguration.class)
class VolumeGeneratorPostgresTest extends VolumeGeneratorContract {

	@Override
	long nextValue(String sequence) {
		return jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
	}

}
