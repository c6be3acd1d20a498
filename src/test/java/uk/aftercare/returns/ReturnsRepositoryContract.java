package uk.aftercare.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.aftercare.returns.ReturnAuthorisations.NOW;
import static uk.aftercare.returns.ReturnAuthorisations.TODAY;
import static uk.aftercare.returns.ReturnAuthorisations.faultyKettle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import uk.aftercare.customers.ContactDetails;
import uk.aftercare.customers.PersonalDataHolder;
import uk.aftercare.customers.PersonalDataHolder.KeepReason;

/**
 * The returns tables and queries, run against H2 and against a real PostgreSQL by the two subclasses, after
 * Flyway has built the schema (V5 included) and Hibernate has validated it.
 */
@org.springframework.transaction.annotation.Transactional
abstract class ReturnsRepositoryContract {

	@Autowired
	ReturnsPolicyVersionRepository versions;

	@Autowired
	ReturnAuthorisationRepository rmas;

	@Autowired
	TestEntityManager em;

	@Autowired
	JdbcClient jdbc;

	private ReturnsPolicyVersion publish(int number, int goodwillDays, LocalDate effectiveFrom) {
		ReturnsPolicySettings settings = ReturnsPolicySettings.defaults()
			.withVersionLabel(ReturnsPolicyVersion.labelFor(number))
			.withGoodwillDays(goodwillDays);
		return versions.saveAndFlush(new ReturnsPolicyVersion(number, settings, effectiveFrom, "test", "mo", NOW));
	}

	private ReturnAuthorisation raise(String caseNumber, NewReturnAuthorisation form) {
		String number = new RmaNumbers(em.getEntityManager()).next(TODAY);
		ReturnAuthorisation rma = new ReturnAuthorisation(number, caseNumber, form, ReturnAuthorisations.assess(form),
				false, List.of("NO_PROOF_OF_PURCHASE"), RefundApprover.SUPERVISOR, "sam", NOW, TODAY);
		return em.persistFlushFind(rma);
	}

	@Test
	void seedsTheHousePolicyAsVersionOne() {
		ReturnsPolicyVersion first = versions.findFirstByWithdrawnAtIsNullOrderByVersionNumberAsc().orElseThrow();

		assertThat(first.getVersionNumber()).isEqualTo(1);
		assertThat(first.settings()).isEqualTo(ReturnsPolicySettings.defaults());
	}

	@Test
	void findsTheVersionInForceOnADate() {
		publish(2, 14, LocalDate.of(2026, 12, 1));
		publish(3, 60, LocalDate.of(2027, 1, 1));

		assertThat(versions.findFirstByWithdrawnAtIsNullAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(
				LocalDate.of(2026, 11, 30)).orElseThrow().getVersionNumber()).isEqualTo(1);
		assertThat(versions.findFirstByWithdrawnAtIsNullAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(
				LocalDate.of(2026, 12, 1)).orElseThrow().settings().goodwillDays()).isEqualTo(14);
		assertThat(versions.findFirstByWithdrawnAtIsNullAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(
				LocalDate.of(2027, 6, 1)).orElseThrow().settings().versionLabel()).isEqualTo("uk-returns-v3");
		assertThat(versions.findAllByOrderByVersionNumberDesc()).extracting(ReturnsPolicyVersion::getVersionNumber)
			.containsExactly(3, 2, 1);
	}

	@Test
	void withdrawsOnlyAVersionNotYetInEffectAndOnlyOnce() {
		publish(2, 14, LocalDate.of(2026, 12, 1));
		LocalDate today = LocalDate.of(2026, 11, 2);

		assertThat(versions.withdraw(1, "mo", NOW, today)).as("in effect since 2000").isZero();
		assertThat(versions.withdraw(2, "mo", NOW, today)).isOne();
		assertThat(versions.withdraw(2, "mia", NOW, today)).as("already withdrawn").isZero();

		assertThat(versions.findByVersionNumber(2).orElseThrow().toView()).satisfies(v -> {
			assertThat(v.withdrawnBy()).isEqualTo("mo");
			assertThat(v.withdrawnAt()).isEqualTo(NOW);
		});
		assertThat(versions.findFirstByWithdrawnAtIsNullAndEffectiveFromLessThanEqualOrderByEffectiveFromDescVersionNumberDesc(
				LocalDate.of(2027, 1, 1)).orElseThrow().getVersionNumber()).isEqualTo(1);
		assertThat(versions.findFirstByWithdrawnAtIsNullOrderByVersionNumberDesc().orElseThrow().getVersionNumber())
			.isEqualTo(1);
		assertThat(versions.findFirstByOrderByVersionNumberDesc().orElseThrow().getVersionNumber()).isEqualTo(2);
	}

	@Test
	void refusesTwoVersionsWithTheSameNumber() {
		publish(2, 14, LocalDate.of(2026, 12, 1));

		assertThatThrownBy(() -> publish(2, 21, LocalDate.of(2026, 12, 2)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void storesAReturnAuthorisationWithItsLinesAndDecision() {
		NewReturnAuthorisation form = faultyKettle().lines(ReturnAuthorisations.kettle("49.99"),
				new ItemLine("MG-2", "Mug", null, 2, new BigDecimal("5.50"), ItemCondition.UNUSED))
			.build();
		String number = raise("AC-2026-000001", form).getRmaNumber();
		em.clear();

		ReturnAuthorisationView view = rmas.findByRmaNumber(number).orElseThrow().toView(TODAY);
		assertThat(number).matches("RMA-2026-\\d{6}");
		assertThat(view.lines()).extracting(ItemLine::description).containsExactly("Kettle", "Mug");
		assertThat(view.lines().get(1).unitPrice()).isEqualByComparingTo("5.50");
		assertThat(view.assessment()).isEqualTo(ReturnAuthorisations.assess(form));
		assertThat(view.escalationReasons()).containsExactly("NO_PROOF_OF_PURCHASE");
		assertThat(view.totalPrice()).isEqualByComparingTo("60.99");
	}

	@Test
	void keepsTheDayTheCustomerShowedProofOfPostingAndTheRefundDueFromIt() {
		ReturnAuthorisation rma = raise("AC-2026-000010", ReturnAuthorisations.bootsCancelledByPost().build());
		rma.authorise("sue", null, NOW, TODAY);
		rma.recordProofOfPosting(TODAY.minusDays(1), NOW, TODAY);
		em.flush();
		em.clear();

		ReturnAuthorisationView view = rmas.findByRmaNumber(rma.getRmaNumber()).orElseThrow().toView(TODAY);
		assertThat(view.proofOfPostingOn()).isEqualTo(TODAY.minusDays(1));
		assertThat(view.refundDueOn()).isEqualTo(TODAY.plusDays(13));
		assertThat(jdbc.sql("select proof_of_posting_on from return_authorisation where rma_number = ?")
			.param(rma.getRmaNumber())
			.query(LocalDate.class)
			.single()).isEqualTo(TODAY.minusDays(1));
	}

	@Test
	void keepsWhetherTheFaultWasPointedOutBeforeTheSale() {
		NewReturnAuthorisation form = faultyKettle().faultPointedOutBeforeSale(true).offered(Remedy.NO_REMEDY).build();
		String pointedOut = raise("AC-2026-000011", form).getRmaNumber();
		String notPointedOut = raise("AC-2026-000012", faultyKettle().build()).getRmaNumber();
		em.clear();

		assertThat(rmas.findByRmaNumber(pointedOut).orElseThrow().toView(TODAY).assessment().remedy())
			.isEqualTo(Remedy.NO_REMEDY);
		assertThat(faultPointedOut(pointedOut)).isTrue();
		assertThat(faultPointedOut(notPointedOut)).isFalse();
	}

	private boolean faultPointedOut(String rmaNumber) {
		return jdbc.sql("select fault_pointed_out_before_sale from return_authorisation where rma_number = ?")
			.param(rmaNumber)
			.query(Boolean.class)
			.single();
	}

	@Test
	void exportsWhetherTheFaultWasPointedOutBeforeTheSale() {
		long jane = customer("Jane Smith");
		raise(caseOf(jane, "AC-2026-000104"),
				faultyKettle().faultPointedOutBeforeSale(true).offered(Remedy.NO_REMEDY).build());
		em.clear();

		assertThat(exported(jane)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("faultPointedOutBeforeSale", true));
	}

	@Test
	void listsACasesReturnAuthorisationsNewestFirst() {
		String first = raise("AC-2026-000007", faultyKettle().build()).getRmaNumber();
		String second = raise("AC-2026-000007", faultyKettle().build()).getRmaNumber();
		raise("AC-2026-000008", faultyKettle().build());

		assertThat(second).isGreaterThan(first);
		assertThat(rmas.findByCaseNumberOrderByCreatedAtDescIdDesc("AC-2026-000007"))
			.extracting(ReturnAuthorisation::getRmaNumber)
			.containsExactly(second, first);
	}

	@Test
	void findsHowTheGoodsOnAnOrderWereSoldFromItsNewestReturnAuthorisation() {
		String order = "ORD-" + java.util.UUID.randomUUID();
		raise("AC-2026-000013", faultyKettle().orderReference(order).channel(SaleChannel.ONLINE).build());
		String newest = raise("AC-2026-000014", faultyKettle().orderReference(order).channel(SaleChannel.IN_STORE)
			.build()).getRmaNumber();
		raise("AC-2026-000014", faultyKettle().orderReference("other-" + order).channel(SaleChannel.PHONE).build());
		em.clear();

		// Kept upper-cased, as a case keeps its order reference, whatever was typed: found by its index.
		assertThat(rmas.findFirstByOrderReferenceOrderByCreatedAtDescIdDesc(
				ReturnAuthorisation.orderReferenceKey(" " + order.toLowerCase() + " ")))
			.hasValueSatisfying(rma -> {
				assertThat(rma.getRmaNumber()).isEqualTo(newest);
				assertThat(rma.getChannel()).isEqualTo(SaleChannel.IN_STORE);
			});
		assertThat(rmas.findFirstByOrderReferenceOrderByCreatedAtDescIdDesc(ReturnAuthorisation.orderReferenceKey("never-" + order)))
			.isEmpty();
	}

	@Test
	void refusesAStaleChange() {
		String number = raise("AC-2026-000009", faultyKettle().build()).getRmaNumber();
		em.clear();
		ReturnAuthorisation mine = rmas.findByRmaNumber(number).orElseThrow();
		em.getEntityManager().detach(mine);
		ReturnAuthorisation theirs = rmas.findByRmaNumber(number).orElseThrow();
		theirs.authorise("sue", null, NOW, TODAY);
		rmas.saveAndFlush(theirs);

		mine.deny("sam", "No receipt", NOW);
		assertThatThrownBy(() -> rmas.saveAndFlush(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}


	// Data protection: the customer's RMAs are found through service_case.customer_id and the case number.

	private long customer(String name) {
		jdbc.sql("insert into customer (name, created_at, version) values (?, current_timestamp, 0)").param(name).update();
		return jdbc.sql("select max(id) from customer").query(Long.class).single();
	}

	private String caseOf(long customerId, String caseNumber) {
		jdbc.sql("""
				insert into service_case (case_number, customer_id, customer_name, customer_name_key, channel,
				  description, vulnerable_customer, suggested_type, suggestion_confidence, type, type_overridden,
				  type_confirmed_by, status, priority, created_by, created_at, updated_at, customer_contacts,
				  escalated, sla_breached, version)
				values (?, ?, 'x', 'x', 'PHONE', 'x', false, 'RETURN', 1, 'RETURN', false, 'sam', 'OPEN', 'NORMAL',
				  'sam', current_timestamp, current_timestamp, 1, false, false, 0)""")
			.params(caseNumber, customerId)
			.update();
		return caseNumber;
	}

	/** An RMA with every personal field filled in, authorised, received and inspected: its refund is not paid. */
	private ReturnAuthorisation inspectedWithNotes(String caseNumber) {
		ReturnAuthorisation rma = raise(caseNumber, faultyKettle().deduction("5.00", "Limescale inside").build());
		rma.authorise("sue", "Fault confirmed with Jane", NOW, TODAY);
		rma.receive(NOW, TODAY);
		rma.inspect("Element burnt out", NOW, TODAY);
		em.flush();
		jdbc.sql("update return_authorisation set customer_phone = '07700 900123', reason_detail = 'It sparked' "
				+ "where rma_number = ?").param(rma.getRmaNumber()).update();
		em.clear();
		return rma;
	}

	private ReturnsPersonalData personalData() {
		return new ReturnsPersonalData(jdbc);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> exported(long customerId) {
		return (List<Map<String, Object>>) personalData().export(customerId);
	}

	@Test
	@SuppressWarnings("unchecked")
	void exportsOnlyTheCustomersReturnAuthorisationsWithTheirLines() {
		long jane = customer("Jane Smith");
		String rma = inspectedWithNotes(caseOf(jane, "AC-2026-000101")).getRmaNumber();
		raise(caseOf(customer("Ann Other"), "AC-2026-000102"), faultyKettle().build());

		assertThat(exported(jane)).singleElement().satisfies(r -> {
			assertThat(r).containsEntry("rmaNumber", rma)
				.containsEntry("caseNumber", "AC-2026-000101")
				.containsEntry("status", "INSPECTED")
				.containsEntry("customerName", "Jane Smith")
				.containsEntry("customerEmail", "jane@example.com")
				.containsEntry("customerPhone", "07700 900123")
				.containsEntry("reasonDetail", "It sparked")
				.containsEntry("decisionNote", "Fault confirmed with Jane")
				.containsEntry("inspectionNote", "Element burnt out")
				.containsEntry("refundAgreedOn", TODAY)
				.containsEntry("purchaseDate", TODAY.minusDays(10))
				.containsEntry("decidedAt", NOW);
			assertThat((BigDecimal) r.get("refundAmount")).isEqualByComparingTo("44.99");
			assertThat((List<Map<String, Object>>) r.get("lines")).singleElement()
				.satisfies(line -> assertThat(line).containsEntry("stockCode", "KT-100")
					.containsEntry("serialNumber", "SN-1")
					.containsEntry("quantity", 1)
					.containsEntry("condition", "USED"));
		});
		assertThat(exported(customer("Nobody"))).isEmpty();
	}

	/** The other remedies open to the customer are a list in the copy, as the API gives them, whatever is stored. */
	@Test
	void exportsTheAlternativesAsAListEvenWhenThereAreNone() {
		long jane = customer("Jane Smith");
		String two = inspectedWithNotes(caseOf(jane, "AC-2026-000104")).getRmaNumber();
		String none = raise(caseOf(jane, "AC-2026-000105"), faultyKettle().build()).getRmaNumber();
		jdbc.sql("update return_authorisation set alternatives = 'REPAIR_OR_REPLACEMENT,CANCELLATION_REFUND' "
				+ "where rma_number = ?").param(two).update();
		jdbc.sql("update return_authorisation set alternatives = null where rma_number = ?").param(none).update();

		assertThat(exported(jane)).extracting(r -> r.get("rmaNumber"), r -> r.get("alternatives"))
			.containsExactlyInAnyOrder(tuple(two, List.of("REPAIR_OR_REPLACEMENT", "CANCELLATION_REFUND")),
					tuple(none, List.of()));
	}

	@Test
	void exportsTheDayTheCustomerShowedProofOfPosting() {
		long jane = customer("Jane Smith");
		ReturnAuthorisation rma = raise(caseOf(jane, "AC-2026-000103"),
				ReturnAuthorisations.bootsCancelledByPost().build());
		rma.authorise("sue", null, NOW, TODAY);
		rma.recordProofOfPosting(TODAY, NOW, TODAY);
		em.flush();
		em.clear();

		assertThat(exported(jane)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("proofOfPostingOn", TODAY)
				.containsEntry("refundDueOn", TODAY.plusDays(14)));
	}

	@Test
	void keepsTheDataWhileAReturnIsUnfinishedOrItsRefundUnpaid() {
		long jane = customer("Jane Smith");
		String requested = raise(caseOf(jane, "AC-2026-000111"), faultyKettle().build()).getRmaNumber();
		String unpaid = inspectedWithNotes(caseOf(jane, "AC-2026-000112")).getRmaNumber();

		assertThat(personalData().reasonsToKeep(jane)).containsExactly(
				KeepReason.of("privacy.keep.rma-open", requested),
				KeepReason.of("privacy.keep.rma-refund-unpaid", unpaid));

		jdbc.sql("update return_authorisation set status = 'DENIED' where rma_number = ?").param(requested).update();
		jdbc.sql("update return_authorisation set status = 'REFUNDED', refunded_on = ? where rma_number = ?")
			.params(TODAY, unpaid)
			.update();
		assertThat(personalData().reasonsToKeep(jane)).isEmpty();
	}

	@Test
	void correctedDetailsGoOnTheReturnsNotYetFinishedAndOnlyThoseThatChanged() {
		long jane = customer("Jane Smith");
		String unpaid = inspectedWithNotes(caseOf(jane, "AC-2026-000131")).getRmaNumber();
		String requested = raise(caseOf(jane, "AC-2026-000132"), faultyKettle().build()).getRmaNumber();
		String denied = raise(caseOf(jane, "AC-2026-000133"), faultyKettle().build()).getRmaNumber();
		jdbc.sql("update return_authorisation set status = 'DENIED' where rma_number = ?").param(denied).update();
		String someoneElses = raise(caseOf(customer("Ann Other"), "AC-2026-000134"), faultyKettle().build())
			.getRmaNumber();

		long versionBefore = versionOf(unpaid);

		personalData().correct(jane, new PersonalDataHolder.Correction(
				new ContactDetails("Jane Smith-Jones", "jane.sj@example.com", null), true, true, false,
				new ContactDetails("Jane Smith", "jane@example.com", null)));

		assertThat(contactOn(unpaid)).containsExactly("Jane Smith-Jones", "jane.sj@example.com", "07700 900123");
		assertThat(contactOn(requested)).containsExactly("Jane Smith-Jones", "jane.sj@example.com", "null");
		assertThat(contactOn(denied)).containsExactly("Jane Smith", "jane@example.com", "null");
		assertThat(contactOn(someoneElses)).containsExactly("Jane Smith", "jane@example.com", "null");
		// A page opened before the correction saves nothing over it.
		assertThat(versionOf(unpaid)).isEqualTo(versionBefore + 1);

		// A phone removed on its own: the name and e-mail stay as they are.
		personalData().correct(jane, new PersonalDataHolder.Correction(
				new ContactDetails("Record Name", "record@example.com", null), false, false, true,
				new ContactDetails("Record Name", "record@example.com", "+44 7700 900123")));
		assertThat(contactOn(unpaid)).containsExactly("Jane Smith-Jones", "jane.sj@example.com", "null");
		assertThat(contactOn(requested)).as("no phone to remove").containsExactly("Jane Smith-Jones",
				"jane.sj@example.com", "null");

		// An e-mail the customer gave for one return stays when the record's own is corrected.
		jdbc.sql("update return_authorisation set customer_email = 'jane.now@example.com' where rma_number = ?")
			.param(requested)
			.update();
		personalData().correct(jane, new PersonalDataHolder.Correction(
				new ContactDetails("Jane Smith-Jones", "jane.other@example.com", null), false, true, false,
				new ContactDetails("Jane Smith-Jones", "jane.sj@example.com", null)));
		assertThat(contactOn(unpaid)).containsExactly("Jane Smith-Jones", "jane.other@example.com", "null");
		assertThat(contactOn(requested)).containsExactly("Jane Smith-Jones", "jane.now@example.com", "null");
	}

	private long versionOf(String rmaNumber) {
		return jdbc.sql("select version from return_authorisation where rma_number = ?").param(rmaNumber)
			.query(Long.class)
			.single();
	}

	private List<String> contactOn(String rmaNumber) {
		return jdbc.sql("select customer_name, customer_email, customer_phone from return_authorisation "
				+ "where rma_number = ?")
			.param(rmaNumber)
			.query((rs, row) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)),
					String.valueOf(rs.getString(3))))
			.single();
	}

	@Test
	void erasesWhoTheCustomerIsAndWhatWasWrittenAndKeepsWhatIsCounted() {
		long jane = customer("Jane Smith");
		String erased = inspectedWithNotes(caseOf(jane, "AC-2026-000121")).getRmaNumber();
		String other = inspectedWithNotes(caseOf(customer("Ann Other"), "AC-2026-000122")).getRmaNumber();
		Map<String, Object> before = exported(jane).get(0);

		personalData().erase(jane);
		Map<String, Object> after = exported(jane).get(0);
		personalData().erase(jane);

		assertThat(after).containsEntry("customerName", PersonalDataHolder.ERASED_NAME)
			.containsEntry("customerEmail", null)
			.containsEntry("customerPhone", null)
			.containsEntry("orderReference", null)
			.containsEntry("reasonDetail", PersonalDataHolder.ERASED)
			.containsEntry("deductionReason", PersonalDataHolder.ERASED)
			.containsEntry("decisionNote", PersonalDataHolder.ERASED)
			.containsEntry("inspectionNote", PersonalDataHolder.ERASED);
		List<String> personal = List.of("customerName", "customerEmail", "customerPhone", "orderReference",
				"reasonDetail", "deductionReason", "decisionNote", "inspectionNote");
		before.keySet().stream().filter(key -> !personal.contains(key))
			.forEach(key -> assertThat(after.get(key)).as(key).isEqualTo(before.get(key)));
		assertThat(exported(jane)).containsExactly(after);
		assertThat(rmas.findByRmaNumber(erased).orElseThrow().toView(TODAY).lines())
			.extracting(ItemLine::serialNumber).containsExactly("SN-1");
		assertThat(rmas.findByRmaNumber(other).orElseThrow().toView(TODAY)).satisfies(v -> {
			assertThat(v.customerName()).isEqualTo("Jane Smith");
			assertThat(v.inspectionNote()).isEqualTo("Element burnt out");
		});
	}

}
