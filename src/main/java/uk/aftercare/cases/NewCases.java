package uk.aftercare.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.aftercare.shared.JdbcRows;

/**
 * Writes the cases logged in the current transaction with plain JDBC instead of JPA.
 *
 * <p>Logging a case is the one write staff and shop systems make all day long, and through JPA it cost twice the
 * CPU of the same rows written over JDBC ({@code bench/calibrate.sh}, docs/performance.md). So a new case's row is
 * inserted at once (other modules' rows may refer to it within the transaction), the case stays here, in memory,
 * until the transaction ends, and {@link CaseService} finds it here rather than in the persistence context: what
 * other modules do to it in the same transaction (escalate it, acknowledge it, note an approval) changes this object.
 * Just before commit its timeline entries are inserted as one batch, and the row is updated only if anything in it
 * changed after the insert. The row keeps version 0: it was created in this transaction.
 */
@Component
class NewCases {

	private static final List<String> ENTRY_COLUMNS = withCaseId(CaseEvent.COLUMNS);

	private final JdbcRows rows;

	NewCases(JdbcRows rows) {
		this.rows = rows;
	}

	/** Inserts a new case's row, and keeps the case for the rest of this transaction. */
	void insert(ServiceCase serviceCase) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("A new case is written within a transaction");
		}
		List<Object> row = serviceCase.rowValues();
		serviceCase.assignId(rows.insert("service_case", ServiceCase.COLUMNS, row));
		pending().put(serviceCase.getCaseNumber(), new Pending(serviceCase, row));
	}

	/** A case logged in this transaction, by its case number. */
	Optional<ServiceCase> find(String caseNumber) {
		@SuppressWarnings("unchecked")
		var pending = (Map<String, Pending>) TransactionSynchronizationManager.getResource(this);
		return pending == null ? Optional.empty()
				: Optional.ofNullable(pending.get(caseNumber)).map(Pending::serviceCase);
	}

	private Map<String, Pending> pending() {
		@SuppressWarnings("unchecked")
		var pending = (Map<String, Pending>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Map<String, Pending> created = new LinkedHashMap<>();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					created.values().forEach(NewCases.this::write);
				}

				/**
				 * Forgets the cases at once: a transaction of its own begun after this one committed (an e-mail
				 * delivered in this thread, which records the case's first response) must load the case as written,
				 * not change this object, which nothing would write again. Registered when the first case is logged,
				 * before what that transaction sends, so it runs before them.
				 */
				@Override
				public void afterCommit() {
					TransactionSynchronizationManager.unbindResourceIfPossible(NewCases.this);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(NewCases.this);
				}
			});
			return created;
		}
		return pending;
	}

	private void write(Pending pending) {
		ServiceCase serviceCase = pending.serviceCase();
		List<Object> row = serviceCase.rowValues();
		if (!row.equals(pending.inserted())) {
			rows.update("service_case", ServiceCase.COLUMNS, row, serviceCase.getId());
		}
		List<List<Object>> entries = new ArrayList<>();
		for (CaseEvent entry : serviceCase.timelineEntries()) {
			List<Object> values = new ArrayList<>(ENTRY_COLUMNS.size());
			values.add(serviceCase.getId());
			values.addAll(entry.rowValues());
			entries.add(values);
		}
		rows.insertAll("case_event", ENTRY_COLUMNS, entries);
	}

	private static List<String> withCaseId(List<String> columns) {
		List<String> all = new ArrayList<>(columns.size() + 1);
		all.add("case_id");
		all.addAll(columns);
		return List.copyOf(all);
	}

	/** A case inserted in this transaction, with the row as it was inserted. */
	private record Pending(ServiceCase serviceCase, List<Object> inserted) {
	}

}
