package uk.aftercare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL for tests, with no server installed: one embedded PostgreSQL process per test run, and a fresh
 * database for each Spring context that imports this, so Flyway migrates from scratch every time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	@Bean
	DataSource dataSource() {
		EmbeddedPostgres postgres = server();
		String name = "aftercare_test_" + DATABASES.incrementAndGet();
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create test database " + name, e);
		}
		return postgres.getDatabase("postgres", name);
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting; the process dies with it
				}
			}));
		}
		return server;
	}

}
