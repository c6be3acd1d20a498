package uk.aftercare.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts return authorisations straight into the table, each with one item line, with only what the dashboard and
 * reports read set to something meaningful. Numbers are unique across tests sharing a database.
 */
final class ReturnRows {

	private static final AtomicInteger NUMBERS = new AtomicInteger(800000);

	private final JdbcClient jdbc;

	ReturnRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the return authorisation, raised on {@code raisedOn}, and returns its number. */
	String insert(String caseNumber, String reason, String offered, boolean goodwill, String legalBasis, String refund,
			LocalDate dueOn, LocalDate refundedOn, String status, String product, LocalDate raisedOn, Instant at) {
		String number = "RMA-2026-" + NUMBERS.incrementAndGet();
		jdbc.sql("""
				insert into return_authorisation (rma_number, case_number, status, raised_on, customer_name,
				  proof_of_purchase, product_type, sale_channel, region, purchase_date, delivery_date, request_date,
				  reason_code, failed_repair, repair_days, perishable, personalised, hygiene_seal_broken,
				  media_seal_broken, cancellation_info_given, digital_supply_started, customer_wish, offered_remedy,
				  return_method, goodwill_exception, required_approver, policy_version, decided_remedy, statutory,
				  legal_basis, deduction_for_use_allowed, explanation, total_price, refund_amount, refund_due_on,
				  refunded_on, created_by, created_at, updated_at, version)
				values (:number, :caseNumber, :status, :day, 'Jane Smith', 'RECEIPT', 'GOODS', 'IN_STORE',
				  'ENGLAND_WALES', :day, :day, :day, :reason, false, 0, false, false, false, false, true, false,
				  'REFUND', :offered, 'IN_STORE', :goodwill, 'FRONT_LINE', 'uk-returns-v1', :offered, :statutory,
				  :basis, false, 'x', :refund, :refund, :dueOn, :refundedOn, 'sam', :at, :at, 0)""")
			.param("number", number).param("caseNumber", caseNumber).param("status", status)
			.param("day", raisedOn).param("reason", reason).param("offered", offered)
			.param("goodwill", goodwill).param("statutory", !goodwill).param("basis", legalBasis)
			.param("refund", new BigDecimal(refund)).param("dueOn", dueOn).param("refundedOn", refundedOn)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		line(number, 1, product);
		return number;
	}

	/** Another item line on the return authorisation. */
	void line(String rmaNumber, int lineNo, String product) {
		jdbc.sql("""
				insert into return_authorisation_line (rma_id, line_no, description, quantity, unit_price, item_condition)
				select id, :lineNo, :product, 1, 10.00, 'USED' from return_authorisation where rma_number = :n""")
			.param("lineNo", lineNo).param("product", product).param("n", rmaNumber)
			.update();
	}

}
