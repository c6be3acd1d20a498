package uk.aftercare.dashboard;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

@JdbcTest
class DashboardQueriesH2Test extends DashboardQueriesContract {

}
