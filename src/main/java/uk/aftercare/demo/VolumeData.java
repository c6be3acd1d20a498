package uk.aftercare.demo;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.aftercare.feedback.FeedbackSettings;
import uk.aftercare.shared.ShopClock;

/**
 * Tops the database up to {@code aftercare.generate.cases} cases at start-up, after the demo set-up, for load tests
 * and dashboards on a realistic volume (see docs/performance.md). Off unless that property is above zero; a restart
 * with the same number adds nothing.
 */
@Component
@Order(20)
@ConditionalOnExpression("${aftercare.generate.cases:0} > 0")
class VolumeData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VolumeData.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final GenerateSettings settings;

	private final ShopClock clock;

	private final FeedbackSettings feedback;

	VolumeData(DataSource dataSource, JdbcClient jdbc, GenerateSettings settings, ShopClock clock,
			FeedbackSettings feedback) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.feedback = feedback;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		long existing = jdbc.sql("select count(*) from service_case").query(Long.class).single();
		int missing = (int) Math.max(0, settings.cases() - existing);
		if (missing == 0) {
			log.info("Volume data: {} cases already, none to generate.", existing);
			return;
		}
		log.info("Volume data: generating {} cases over {} days...", missing, settings.days());
		var result = new VolumeGenerator(dataSource, clock.now(), settings.days(), settings.seed() + existing,
				feedback.surveyValidity())
			.generate(missing);
		log.info("Volume data: {} cases, {} customers, {} timeline entries, {} approval requests, {} return "
				+ "authorisations, {} follow-ups, {} closures, {} survey invitations and {} feedback in {} s "
				+ "({} cases a second).", result.cases(), result.customers(), result.timelineEntries(),
				result.approvals(), result.returnAuthorisations(), result.followUps(), result.closures(),
				result.surveyInvitations(), result.feedback(), result.took().toSeconds(),
				Math.round(result.casesPerSecond()));
	}

}
