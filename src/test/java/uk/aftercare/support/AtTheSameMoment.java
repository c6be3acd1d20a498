package uk.aftercare.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two members of staff doing something to the same record at the same moment, on H2, without sleeps: the first's
 * transaction is held open until the second's waits for a lock (or is done), then the first commits.
 */
public final class AtTheSameMoment {

	private AtTheSameMoment() {
	}

	/**
	 * Runs {@code first} in a transaction held open until {@code second}, in its own, waits for a lock the first holds
	 * (or is done without waiting), then lets the first commit; answers what the second threw, or {@code null}.
	 */
	public static Throwable secondWaitsForFirst(PlatformTransactionManager transactions, DataSource dataSource,
			Runnable first, Runnable second) throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		CountDownLatch firstDone = new CountDownLatch(1);
		CountDownLatch firstMayCommit = new CountDownLatch(1);
		ExecutorService staff = Executors.newFixedThreadPool(2);
		try {
			Future<?> firsts = staff.submit(() -> transaction.executeWithoutResult(status -> {
				first.run();
				firstDone.countDown();
				awaitUninterruptibly(firstMayCommit);
			}));
			firstDone.await();
			Future<?> seconds = staff.submit(() -> transaction.executeWithoutResult(status -> {
				// Long enough to wait for the first on a busy machine (H2's default is a second).
				jdbc.execute("set lock_timeout 30000");
				second.run();
			}));
			while (!seconds.isDone() && !aSessionWaitsForALock(jdbc)) {
				Thread.onSpinWait();
			}
			firstMayCommit.countDown();
			firsts.get();
			try {
				seconds.get();
				return null;
			}
			catch (ExecutionException e) {
				return e.getCause();
			}
		}
		finally {
			firstMayCommit.countDown();
			staff.shutdown();
		}
	}

	private static boolean aSessionWaitsForALock(JdbcTemplate jdbc) {
		Integer waiting = jdbc.queryForObject(
				"select count(*) from information_schema.sessions where blocker_id is not null", Integer.class);
		return waiting != null && waiting > 0;
	}

	private static void awaitUninterruptibly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
