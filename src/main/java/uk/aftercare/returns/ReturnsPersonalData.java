package uk.aftercare.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.shared.JdbcRows;

/**
 * The return authorisations on a customer's cases, for their rights of access, rectification and erasure. Erasure
 * takes out who the customer is and what they or staff wrote about them, and keeps what the reports count: products
 * and serial numbers (the repeat-faults report), reasons, remedies, amounts, dates and statuses.
 */
@Component
class ReturnsPersonalData implements PersonalDataHolder {

	private static final List<String> UNFINISHED = statuses(status -> !status.finished());

	private static final List<String> IN_PROGRESS = statuses(RmaStatus::inProgress);

	private final JdbcClient jdbc;

	ReturnsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "returnAuthorisations";
	}

	@Override
	public Object export(long customerId) {
		Map<Long, List<Map<String, Object>>> lines = lines(customerId);
		return jdbc.sql("select * from return_authorisation where " + CUSTOMERS_CASES + " order by created_at, id")
			.param("customerId", customerId)
			.query((rs, i) -> rma(rs, lines.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * One reason for each return not finished: its refund when one was agreed and not yet paid (due within 14 days,
	 * CRA 2015 s.20(15), CCR 2013 reg 34), otherwise the return itself.
	 */
	@Override
	public List<KeepReason> reasonsToKeep(long customerId) {
		return jdbc.sql("""
				select rma_number, status, refund_agreed_on, refunded_on from return_authorisation
				where status in (:unfinished) and\s""" + CUSTOMERS_CASES + """

				order by created_at, id""")
			.param("unfinished", UNFINISHED)
			.param("customerId", customerId)
			.query((rs, i) -> {
				boolean refundUnpaid = rs.getObject("refund_agreed_on") != null && rs.getObject("refunded_on") == null
						&& IN_PROGRESS.contains(rs.getString("status"));
				return refundUnpaid ? KeepReason.of("privacy.keep.rma-refund-unpaid", rs.getString("rma_number"))
						: KeepReason.of("privacy.keep.rma-open", rs.getString("rma_number"));
			})
			.list();
	}

	/**
	 * The order reference goes too: cases are searched by it, so it points back at the customer. The lines hold only
	 * products, serial numbers, prices and conditions, so they stay as they are.
	 */
	@Override
	public void erase(long customerId) {
		jdbc.sql("""
				update return_authorisation set
				  customer_name = :erasedName,
				  customer_email = null,
				  customer_phone = null,
				  order_reference = null,
				  reason_detail = case when reason_detail is null then null else :erased end,
				  deduction_reason = case when deduction_reason is null then null else :erased end,
				  decision_note = case when decision_note is null then null else :erased end,
				  inspection_note = case when inspection_note is null then null else :erased end,
				  version = version + 1
				where customer_name <> :erasedName and\s""" + CUSTOMERS_CASES)
			.param("erasedName", ERASED_NAME)
			.param("erased", ERASED)
			.param("customerId", customerId)
			.update();
	}

	/**
	 * The corrected details go on the customer's return authorisations not yet finished, which staff still use to
	 * reach the customer (a refund to pay, goods to collect or send back); a finished one keeps the details it was
	 * dealt with under, as the customer's printed copy does. Only what changed, and only where the RMA held the
	 * record's old value ({@link Correction#applyTo}): an RMA keeps an e-mail or phone the customer gave for it alone.
	 */
	@Override
	public void correct(long customerId, Correction correction) {
		if (!correction.name() && !correction.email() && !correction.phone()) {
			return;
		}
		record Unfinished(long id, Correction.Copy copy) {
		}
		List<Unfinished> unfinished = jdbc.sql("""
				select id, customer_name, customer_email, customer_phone from return_authorisation
				where status in (:unfinished) and customer_name <> :erasedName and\s""" + CUSTOMERS_CASES + """

				order by id""")
			.param("unfinished", UNFINISHED)
			.param("erasedName", ERASED_NAME)
			.param("customerId", customerId)
			.query((rs, row) -> new Unfinished(rs.getLong(1),
					new Correction.Copy(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list();
		for (Unfinished rma : unfinished) {
			Correction.Copy after = correction.applyTo(rma.copy());
			if (!after.equals(rma.copy())) {
				jdbc.sql("""
						update return_authorisation set customer_name = ?, customer_email = ?, customer_phone = ?,
						  version = version + 1
						where id = ?""")
					.params(after.name(), after.email(), after.phone(), rma.id())
					.update();
			}
		}
	}

	private Map<Long, List<Map<String, Object>>> lines(long customerId) {
		Map<Long, List<Map<String, Object>>> byRma = new HashMap<>();
		jdbc.sql("""
				select l.* from return_authorisation_line l join return_authorisation r on r.id = l.rma_id
				where r.""" + CUSTOMERS_CASES + """

				order by l.rma_id, l.line_no""")
			.param("customerId", customerId)
			.query(rs -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("stockCode", rs.getString("sku"));
				line.put("description", rs.getString("description"));
				line.put("serialNumber", rs.getString("serial_number"));
				line.put("quantity", rs.getInt("quantity"));
				line.put("unitPrice", rs.getBigDecimal("unit_price"));
				line.put("condition", rs.getString("item_condition"));
				byRma.computeIfAbsent(rs.getLong("rma_id"), id -> new ArrayList<>()).add(line);
			});
		return byRma;
	}

	private static Map<String, Object> rma(ResultSet rs, List<Map<String, Object>> lines) throws SQLException {
		Map<String, Object> rma = new LinkedHashMap<>();
		rma.put("rmaNumber", rs.getString("rma_number"));
		rma.put("caseNumber", rs.getString("case_number"));
		rma.put("status", rs.getString("status"));
		rma.put("raisedOn", date(rs, "raised_on"));
		rma.put("customerName", rs.getString("customer_name"));
		rma.put("customerEmail", rs.getString("customer_email"));
		rma.put("customerPhone", rs.getString("customer_phone"));
		rma.put("orderReference", rs.getString("order_reference"));
		rma.put("proofOfPurchase", rs.getString("proof_of_purchase"));
		rma.put("productType", rs.getString("product_type"));
		rma.put("saleChannel", rs.getString("sale_channel"));
		rma.put("region", rs.getString("region"));
		rma.put("purchaseDate", date(rs, "purchase_date"));
		rma.put("deliveryDate", date(rs, "delivery_date"));
		// What the customer told the shop about the goods, which the decision rests on.
		rma.put("failedRepair", rs.getBoolean("failed_repair"));
		rma.put("repairDays", rs.getInt("repair_days"));
		rma.put("perishable", rs.getBoolean("perishable"));
		rma.put("personalised", rs.getBoolean("personalised"));
		rma.put("hygieneSealBroken", rs.getBoolean("hygiene_seal_broken"));
		rma.put("mediaSealBroken", rs.getBoolean("media_seal_broken"));
		rma.put("cancellationInfoGiven", rs.getBoolean("cancellation_info_given"));
		rma.put("digitalSupplyStarted", rs.getBoolean("digital_supply_started"));
		rma.put("faultPointedOutBeforeSale", rs.getBoolean("fault_pointed_out_before_sale"));
		rma.put("goodwillException", rs.getBoolean("goodwill_exception"));
		rma.put("burdenOfProof", rs.getString("burden_of_proof"));
		// Kept as comma-joined codes; a list here, as the API gives it.
		String alternatives = rs.getString("alternatives");
		rma.put("alternatives",
				alternatives == null || alternatives.isBlank() ? List.of() : List.of(alternatives.split(",")));
		rma.put("requestDate", date(rs, "request_date"));
		rma.put("reasonCode", rs.getString("reason_code"));
		rma.put("reasonDetail", rs.getString("reason_detail"));
		rma.put("customerWish", rs.getString("customer_wish"));
		rma.put("offeredRemedy", rs.getString("offered_remedy"));
		rma.put("returnMethod", rs.getString("return_method"));
		rma.put("decidedRemedy", rs.getString("decided_remedy"));
		rma.put("statutory", rs.getBoolean("statutory"));
		rma.put("legalBasis", rs.getString("legal_basis"));
		rma.put("deadline", date(rs, "deadline"));
		rma.put("explanation", rs.getString("explanation"));
		rma.put("policyVersion", rs.getString("policy_version"));
		rma.put("totalPrice", rs.getBigDecimal("total_price"));
		rma.put("refundAmount", rs.getBigDecimal("refund_amount"));
		rma.put("refundMethod", rs.getString("refund_method"));
		rma.put("deductionAmount", rs.getBigDecimal("deduction_amount"));
		rma.put("deductionReason", rs.getString("deduction_reason"));
		rma.put("priceReduction", rs.getBigDecimal("price_reduction"));
		rma.put("refundAgreedOn", date(rs, "refund_agreed_on"));
		rma.put("refundDueOn", date(rs, "refund_due_on"));
		rma.put("refundedOn", date(rs, "refunded_on"));
		rma.put("decidedBy", rs.getString("decided_by"));
		rma.put("decidedAt", JdbcRows.instant(rs, "decided_at"));
		rma.put("decisionNote", rs.getString("decision_note"));
		rma.put("proofOfPostingOn", date(rs, "proof_of_posting_on"));
		rma.put("receivedOn", date(rs, "received_on"));
		rma.put("inspectedOn", date(rs, "inspected_on"));
		rma.put("inspectionNote", rs.getString("inspection_note"));
		rma.put("completedOn", date(rs, "completed_on"));
		rma.put("closedAt", JdbcRows.instant(rs, "closed_at"));
		rma.put("createdAt", JdbcRows.instant(rs, "created_at"));
		rma.put("lines", lines);
		return rma;
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static List<String> statuses(Predicate<RmaStatus> which) {
		return Arrays.stream(RmaStatus.values()).filter(which).map(Enum::name).toList();
	}

}
