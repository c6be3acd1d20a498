package uk.aftercare.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import uk.aftercare.shared.ConflictException;

/**
 * Customer records as {@link CustomerService} keeps them, on H2 and on a real PostgreSQL by the two subclasses, after
 * Flyway has built the schema and Hibernate has validated it.
 */
@Import({ CustomerService.class, DataProtection.class, CustomerRepositoryContract.Support.class })
// The refusal recorded in the reasons' words, as the page shows them.
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
abstract class CustomerRepositoryContract {

	/** What the retention check passes: the start of the day six years ago. */
	private static final Instant CUTOFF = Instant.parse("2020-11-02T00:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class Support {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneId.of("Europe/London"));
		}

		@Bean
		JdbcClient jdbcClient(javax.sql.DataSource dataSource) {
			return JdbcClient.create(dataSource);
		}

		@Bean
		OrdersHeld ordersHeld() {
			return new OrdersHeld();
		}

	}

	/** Another module's share of a customer's data, standing in for cases, returns and the rest. */
	static class OrdersHeld implements PersonalDataHolder {

		final List<Long> erased = new ArrayList<>();

		final List<Correction> corrected = new ArrayList<>();

		List<KeepReason> reasons = List.of();

		@Override
		public String section() {
			return "orders";
		}

		@Override
		public Object export(long customerId) {
			return List.of(Map.of("customerId", customerId, "order", "W-1001"));
		}

		final List<Instant> cutoffs = new ArrayList<>();

		@Override
		public List<KeepReason> reasonsToKeep(long customerId) {
			return reasons;
		}

		@Override
		public List<KeepReason> reasonsToKeepPastRetention(long customerId, Instant cutoff) {
			cutoffs.add(cutoff);
			return reasons;
		}

		@Override
		public void erase(long customerId) {
			erased.add(customerId);
		}

		@Override
		public void correct(long customerId, Correction correction) {
			corrected.add(correction);
		}

	}

	@Autowired
	CustomerService customers;

	@Autowired
	DataProtection dataProtection;

	@Autowired
	OrdersHeld ordersHeld;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@BeforeEach
	void nothingHeldBack() {
		ordersHeld.reasons = List.of();
		ordersHeld.erased.clear();
		ordersHeld.corrected.clear();
		ordersHeld.cutoffs.clear();
	}

	@Test
	void offersACustomerWhoseNameWasTypedWithAccentsOrWithout() {
		CustomerSummary zoe = customers.findOrCreate(null, new ContactDetails("Zoë Ünïcödé", "zu@example.com", null));
		CustomerSummary marshall = customers.findOrCreate(null,
				new ContactDetails("Zoe Marshall", "zm@example.com", null));

		assertThat(customers.findMatches(new ContactDetails("zoe unicode", null, null)))
			.extracting(CustomerSummary::id, CustomerSummary::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(zoe.id(), "Zoë Ünïcödé"));
		assertThat(customers.findMatches(new ContactDetails("ZOË MARSHALL", null, null)))
			.extracting(CustomerSummary::id)
			.containsExactly(marshall.id());
	}

	@Test
	void migrationV27GivesTheCustomersRecordedBeforeItTheirFoldedNameKey() throws java.sql.SQLException {
		jdbc.sql("insert into customer (name, created_at, version) values ('José Müller', current_timestamp, 0)")
			.update();
		assertThat(customers.findMatches(new ContactDetails("José Müller", null, null))).as("no key yet").isEmpty();

		int changed = db.migration.V27__Fold_accents_in_name_search_keys
			.computeCustomerKeys(org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource));

		assertThat(changed).isEqualTo(1);
		assertThat(customers.findMatches(new ContactDetails("Jose Muller", null, null)))
			.extracting(CustomerSummary::name)
			.containsExactly("José Müller");
	}

	@Test
	void reusesTheRecordOfAPhoneWhateverFormOfItsUkPrefixWasTyped() {
		CustomerSummary mobile = customers.findOrCreate(null, new ContactDetails("Jane Smith", null, "+44 (0)7700 900777"));
		CustomerSummary landline = customers.findOrCreate(null, new ContactDetails("Bob Jones", null, "028 9012 3456"));

		assertThat(customers.findOrCreate(null, new ContactDetails("Jane Smith", null, "07700 900777")).id())
			.isEqualTo(mobile.id());
		assertThat(customers.findOrCreate(null, new ContactDetails("J Smith", null, "0044 7700 900777")).id())
			.isEqualTo(mobile.id());
		assertThat(customers.findOrCreate(null, new ContactDetails("Bob Jones", null, "+44 (0)28 9012 3456")).id())
			.isEqualTo(landline.id());
	}

	@Test
	void reusesTheRecordOfAnEmailGivenWithTheNameSurnameFirst() {
		CustomerSummary wendy = customers.findOrCreate(null,
				new ContactDetails("Wendy Blake", "wendy.blake@example.com", null));

		assertThat(customers.findOrCreate(null, new ContactDetails("Blake, Wendy", "wendy.blake@example.com", null)).id())
			.isEqualTo(wendy.id());
		assertThat(customers.findOrCreate(null, new ContactDetails("Blake, Bob", "wendy.blake@example.com", null)).id())
			.as("someone else at her address").isNotEqualTo(wendy.id());
	}

	/** The log form's suggestions read "Blake, Wendy" as saving the case does, and still offer a record kept so. */
	@Test
	void offersACustomerWhoseNameWasTypedSurnameFirst() {
		CustomerSummary wendy = customers.findOrCreate(null, new ContactDetails("Wendy Blake", "wb@example.com", null));
		CustomerSummary keptSurnameFirst = customers.findOrCreate(null,
				new ContactDetails("Blake, Wendy", "wendy@example.com", null));

		// Other tests here keep a Wendy Blake of their own.
		assertThat(customers.findMatches(new ContactDetails("Blake, Wendy", null, null)))
			.allSatisfy(c -> assertThat(c.name()).isIn("Wendy Blake", "Blake, Wendy"))
			.extracting(CustomerSummary::id)
			.contains(wendy.id(), keptSurnameFirst.id());
		assertThat(customers.findMatches(new ContactDetails("BLAKE,wendy", null, null))).extracting(CustomerSummary::id)
			.contains(wendy.id());
		assertThat(customers.findMatches(new ContactDetails("Blake, Bob", null, null))).extracting(CustomerSummary::id)
			.doesNotContain(wendy.id(), keptSurnameFirst.id());
	}

	/** A record kept surname first is offered to staff who type the name forename first, and the other way round. */
	@Test
	void offersARecordKeptSurnameFirstWhenTheNameIsTypedForenameFirst() {
		String surname = "Blakewell" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		CustomerSummary keptSurnameFirst = customers.findOrCreate(null,
				new ContactDetails(surname + ", Wendy", surname + "@example.com", null));

		assertThat(customers.findMatches(new ContactDetails("Wendy " + surname, null, null)))
			.extracting(CustomerSummary::id)
			.containsExactly(keptSurnameFirst.id());
		assertThat(customers.findMatches(new ContactDetails("wendy " + surname.toUpperCase(), null, null)))
			.extracting(CustomerSummary::id)
			.containsExactly(keptSurnameFirst.id());
		assertThat(customers.findMatches(new ContactDetails("Bob " + surname, null, null))).isEmpty();
	}

	@Test
	void migrationV37MakesTheLookupKeyOfANameKeptSurnameFirstForenameFirst() throws java.sql.SQLException {
		String surname = "Blakemore" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		// As V36 left it: the name key with the comma, as the name was typed.
		jdbc.sql("insert into customer (name, name_key, created_at, version) values (?, ?, current_timestamp, 0)")
			.params(surname + ", Wendy", surname.toLowerCase() + ", wendy")
			.update();
		assertThat(customers.findMatches(new ContactDetails("Wendy " + surname, null, null))).isEmpty();

		java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
		new db.migration.V37__Look_up_customers_named_surname_first().migrate(new org.flywaydb.core.api.migration.Context() {
			@Override
			public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
				return null;
			}

			@Override
			public java.sql.Connection getConnection() {
				return connection;
			}
		});

		assertThat(customers.findMatches(new ContactDetails("Wendy " + surname, null, null)))
			.extracting(CustomerSummary::name)
			.containsExactly(surname + ", Wendy");
		assertThat(customers.findMatches(new ContactDetails(surname + ", Wendy", null, null)))
			.extracting(CustomerSummary::name)
			.containsExactly(surname + ", Wendy");
	}

	@Test
	void offersACustomerWhoseNameWasTypedWithACurlyApostropheOrAStraightOne() {
		CustomerSummary niamh = customers.findOrCreate(null, new ContactDetails("Niamh O’Brien", "nob@example.com", null));

		assertThat(customers.findMatches(new ContactDetails("Niamh O'Brien", null, null))).extracting(CustomerSummary::id)
			.containsExactly(niamh.id());
	}

	@Test
	void migrationV33RemakesTheKeysOfCustomersRecordedBeforeTheyMatchedEveryForm() throws java.sql.SQLException {
		// As V32 left them: "(0)" kept in the phone key, the curly apostrophe in the name key.
		jdbc.sql("""
				insert into customer (name, name_key, phone, phone_key, created_at, version)
				values ('Aoife O’Connor', 'aoife o’connor', '+44 (0)7700 900888', '007700900888', current_timestamp, 0)""")
			.update();
		jdbc.sql("""
				insert into customer (name, name_key, phone, phone_key, created_at, version)
				values ('Jean Smyth', 'jean smyth', '07700 900124', '07700900124', current_timestamp, 0)""")
			.update();
		assertThat(customers.findMatches(new ContactDetails("Aoife O'Connor", null, "07700 900888"))).isEmpty();

		int changed = db.migration.V33__Match_phone_prefixes_and_apostrophes_in_search_keys
			.recomputeCustomerKeys(org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource));

		assertThat(changed).isEqualTo(1);
		assertThat(customers.findMatches(new ContactDetails("Aoife O'Connor", null, null))).extracting(CustomerSummary::name)
			.containsExactly("Aoife O’Connor");
		assertThat(customers.findMatches(new ContactDetails(null, null, "07700 900888"))).extracting(CustomerSummary::name)
			.containsExactly("Aoife O’Connor");
		assertThat(customers.findOrCreate(null, new ContactDetails("Aoife O'Connor", null, "0044 7700 900888")).name())
			.isEqualTo("Aoife O’Connor");
	}

	@Test
	void keepsAnEmailOfTheWidestLengthWhateverItLowerCasesTo() {
		// 190 characters, within the 200 the forms and the API accept; String.toLowerCase makes each "İ" two.
		String email = "İ".repeat(64) + "@" + "İ".repeat(60) + "." + "İ".repeat(60) + ".com";
		var details = new ContactDetails("Jane Smith", email, "+44 7700 900123");

		CustomerSummary first = customers.findOrCreate(null, details);
		CustomerSummary again = customers.findOrCreate(null, new ContactDetails("J Smith", email, null));

		assertThat(first.email()).hasSize(email.length());
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(customers.findMatches(new ContactDetails(null, null, "07700 900123")))
			.extracting(CustomerSummary::id)
			.containsExactly(first.id());
	}

	@Test
	void aSharedPhoneOrEmailUnderAnotherPersonsNameMakesARecordOfTheirOwnWithoutIt() {
		CustomerSummary alice = customers.findOrCreate(null,
				new ContactDetails("Alice Match", "alice.match@example.com", "07700 900401"));

		CustomerSummary bob = customers.findOrCreate(null,
				new ContactDetails("Bob Other", "bob.other@example.com", "07700 900401"));
		CustomerSummary husband = customers.findOrCreate(null,
				new ContactDetails("Bob Match", "alice.match@example.com", null));

		assertThat(bob.id()).isNotEqualTo(alice.id());
		assertThat(bob).as("Alice's phone is not his record's").isEqualTo(
				new CustomerSummary(bob.id(), "Bob Other", "bob.other@example.com", null));
		assertThat(husband.id()).isNotIn(alice.id(), bob.id());
		assertThat(husband.email()).as("nor her address her husband's").isNull();
		assertThat(customers.findOrCreate(null, new ContactDetails("Mrs A. Match", null, "+44 7700 900401")).id())
			.as("the same person, as staff type her").isEqualTo(alice.id());
		assertThat(customers.findMatches(new ContactDetails(null, "alice.match@example.com", null)))
			.extracting(CustomerSummary::id)
			.containsExactly(alice.id());

		// The household shares the landline: staff add it on Bob's page, and he is found by it next time.
		dataProtection.correct(bob.id(), new ContactDetails("Bob Other", "bob.other@example.com", "07700 900401"),
				null, dataProtection.find(bob.id()).orElseThrow().version(), "staff", "Shares the landline");
		assertThat(customers.findOrCreate(null, new ContactDetails("Bob Other", null, "07700 900401")).id())
			.as("and Bob, next time, himself").isEqualTo(bob.id());
	}

	@Test
	void aRecordFoundOrChosenIsNeverCompletedWithAnotherCustomersEmailOrPhone() {
		CustomerSummary cathy = customers.findOrCreate(null,
				new ContactDetails("Cathy Pair", "cathy.pair@example.com", "07700 900402"));
		CustomerSummary dan = customers.findOrCreate(null, new ContactDetails("Dan Stranger", null, "07700 900403"));
		CustomerSummary eve = customers.findOrCreate(null,
				new ContactDetails("Eve Stranger", "eve.stranger@example.com", null));

		CustomerSummary found = customers.findOrCreate(null,
				new ContactDetails("Dan Stranger", "cathy.pair@example.com", "07700 900403"));
		CustomerSummary chosen = customers.findOrCreate(eve.id(),
				new ContactDetails("Eve Stranger", "eve.stranger@example.com", "07700 900402"));

		assertThat(found).isEqualTo(new CustomerSummary(dan.id(), "Dan Stranger", null, "07700 900403"));
		assertThat(chosen).isEqualTo(new CustomerSummary(eve.id(), "Eve Stranger", "eve.stranger@example.com", null));
		assertThat(customers.findMatches(new ContactDetails(null, "cathy.pair@example.com", "07700 900402")))
			.extracting(CustomerSummary::id)
			.containsExactly(cathy.id());
		// What the record lacks and no one else has still completes it.
		assertThat(customers.findOrCreate(null,
				new ContactDetails("Dan Stranger", "dan.stranger@example.com", "07700 900403")).email())
			.isEqualTo("dan.stranger@example.com");
	}

	@Test
	void exportsEveryModulesSectionAndRecordsTheRequest() {
		CustomerSummary jane = customers.findOrCreate(null, new ContactDetails("Jane Smith", "jane@example.com", null));

		Map<String, Object> export = dataProtection.export(jane.id(), "sue", "Asked by e-mail; order number checked");

		assertThat(export).containsKeys("exportedAt", "customer", "orders", "dataRequests");
		assertThat(export.get("customer")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("email", "jane@example.com");
		assertThat(export.get("orders")).isEqualTo(List.of(Map.of("customerId", jane.id(), "order", "W-1001")));
		assertThat(dataProtection.requests(jane.id())).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(DataRequestKind.ACCESS);
			assertThat(r.outcome()).isEqualTo(DataRequestOutcome.DONE);
			assertThat(r.recordedBy()).isEqualTo("sue");
		});
	}

	@Test
	void refusesErasureWhileAModuleNeedsTheDataAndRecordsWhy() {
		CustomerSummary jane = customers.findOrCreate(null,
				new ContactDetails("Jane Smith", "jane.kept@example.com", null));
		ordersHeld.reasons = List.of(PersonalDataHolder.KeepReason.of("privacy.keep.test", "W-1001"));

		DataProtection.ErasureResult result = dataProtection.erase(jane.id(), "max", "Asked in store");

		assertThat(result.erased()).isFalse();
		assertThat(result.reasons()).extracting(PersonalDataHolder.KeepReason::messageKey)
			.containsExactly("privacy.keep.test");
		assertThat(ordersHeld.erased).isEmpty();
		assertThat(dataProtection.find(jane.id()).orElseThrow().email()).isEqualTo("jane.kept@example.com");
		assertThat(dataProtection.requests(jane.id())).singleElement()
			.satisfies(r -> assertThat(r.outcome()).isEqualTo(DataRequestOutcome.REFUSED));
	}

	@Test
	void theCopyGivesARefusalsReasonsAsAListAndAnEmptyOneForOtherRequests() {
		CustomerSummary jane = customers.findOrCreate(null,
				new ContactDetails("Jane Smith", "jane.refused@example.com", null));
		ordersHeld.reasons = List.of(PersonalDataHolder.KeepReason.of("privacy.keep.case.OPEN", "AC-2026-000123"),
				PersonalDataHolder.KeepReason.of("privacy.keep.rma-refund-unpaid", "RMA-2026-000045"));
		dataProtection.erase(jane.id(), "max", "Asked in store");
		ordersHeld.reasons = List.of();

		List<?> requests = (List<?>) dataProtection.export(jane.id(), "sue", "Asked by e-mail").get("dataRequests");

		assertThat(requests).extracting(r -> ((Map<?, ?>) r).get("kind"), r -> ((Map<?, ?>) r).get("reasons"),
				r -> ((Map<?, ?>) r).get("changedDetails"))
			.containsExactly(tuple("ACCESS", List.of(), List.of()),
					tuple("ERASURE", List.of("Case AC-2026-000123 is still open.",
							"The refund on RMA-2026-000045 has not been paid yet."), List.of()));
	}

	@Test
	void erasesTheCustomerEverywhereOnceAndNeverMatchesThemAgain() {
		CustomerSummary jane = customers.findOrCreate(null,
				new ContactDetails("Jane Smith", "jane.erased@example.com", "07700 900124"));

		assertThat(dataProtection.erase(jane.id(), "max", "Asked in store").erased()).isTrue();

		CustomerRecord erased = dataProtection.find(jane.id()).orElseThrow();
		assertThat(erased.name()).isEqualTo(PersonalDataHolder.ERASED_NAME);
		assertThat(erased.email()).isNull();
		assertThat(erased.phone()).isNull();
		assertThat(erased.erasedAt()).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
		assertThat(ordersHeld.erased).containsExactly(jane.id());
		// Asked again: recorded as the shop's answer, with nothing more to erase.
		assertThat(dataProtection.erase(jane.id(), "max", "Asked again by letter").alreadyErased()).isTrue();
		assertThat(ordersHeld.erased).containsExactly(jane.id());
		assertThat(dataProtection.requests(jane.id())).extracting(DataRequestView::outcome)
			.containsExactly(DataRequestOutcome.ALREADY_ERASED, DataRequestOutcome.DONE);
		assertThat(dataProtection.eraseAfterRetention(jane.id(), CUTOFF).alreadyErased()).isTrue();

		// The same person coming back is a new record, even when staff chose the erased one.
		assertThat(customers.findMatches(new ContactDetails(PersonalDataHolder.ERASED_NAME, null, null))).isEmpty();
		CustomerSummary again = customers.findOrCreate(jane.id(),
				new ContactDetails("Jane Smith", "jane.erased@example.com", null));
		assertThat(again.id()).isNotEqualTo(jane.id());
		assertThat(dataProtection.find(jane.id()).orElseThrow().email()).isNull();
	}

	@Test
	void theRetentionCheckErasesOnlyWhatNothingStillNeeds() {
		CustomerSummary kept = customers.findOrCreate(null,
				new ContactDetails("Kept Smith", "kept.retention@example.com", null));
		CustomerSummary gone = customers.findOrCreate(null,
				new ContactDetails("Gone Smith", "gone.retention@example.com", null));

		ordersHeld.reasons = List.of(PersonalDataHolder.KeepReason.of("privacy.keep.test"));
		assertThat(dataProtection.eraseAfterRetention(kept.id(), CUTOFF)).satisfies(result -> {
			assertThat(result.erased()).isFalse();
			assertThat(result.reasons()).extracting(PersonalDataHolder.KeepReason::messageKey)
				.containsExactly("privacy.keep.test");
		});
		assertThat(ordersHeld.cutoffs).containsExactly(CUTOFF);
		ordersHeld.reasons = List.of();
		assertThat(dataProtection.eraseAfterRetention(gone.id(), CUTOFF).erased()).isTrue();

		assertThat(dataProtection.requests(kept.id())).isEmpty();
		assertThat(dataProtection.requests(gone.id())).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(DataRequestKind.RETENTION);
			assertThat(r.recordedBy()).isEqualTo(DataProtection.SYSTEM);
		});
		assertThat(dataProtection.find(gone.id()).orElseThrow().erased()).isTrue();
	}

	@Test
	void correctsTheDetailsAndRecordsWhichChangedButNotTheirValues() {
		CustomerSummary jane = customers.findOrCreate(null,
				new ContactDetails("Jane Smith", "jane.old@example.com", "07700 900125"));
		long version = dataProtection.find(jane.id()).orElseThrow().version();
		var corrected = new ContactDetails("Jane Smith-Jones", "jane.new@example.com", "07700 900125");

		assertThat(dataProtection.correct(jane.id(), corrected, null, version, "staff", "Phoned with a new e-mail"))
			.containsExactly("name", "email");

		assertThat(dataProtection.find(jane.id()).orElseThrow()).satisfies(record -> {
			assertThat(record.name()).isEqualTo("Jane Smith-Jones");
			assertThat(record.email()).isEqualTo("jane.new@example.com");
		});
		assertThat(customers.findOrCreate(null, new ContactDetails("J Smith", "jane.new@example.com", null)).id())
			.isEqualTo(jane.id());
		assertThat(ordersHeld.corrected)
			.containsExactly(new PersonalDataHolder.Correction(corrected, true, true, false,
					new ContactDetails("Jane Smith", "jane.old@example.com", "07700 900125"))
				.madeBy("staff", Instant.parse("2026-11-02T10:00:00Z")));
		assertThat(dataProtection.requests(jane.id())).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(DataRequestKind.RECTIFICATION);
			assertThat(r.reasons()).isEqualTo("name, email").doesNotContain("jane.new");
		});

		long now = dataProtection.find(jane.id()).orElseThrow().version();
		// The copy gives the details changed as a list, as every other list in it, not as the text kept.
		List<?> requests = (List<?>) dataProtection.export(jane.id(), "staff", "Asked by phone").get("dataRequests");
		assertThat(requests).extracting(r -> (Object) Set.copyOf(((Map<?, ?>) r).keySet()))
			.containsOnly((Object) Set.of("kind", "outcome", "recordedBy", "recordedAt", "note", "reasons", "changedDetails"));
		assertThat(requests).extracting(r -> ((Map<?, ?>) r).get("kind"), r -> ((Map<?, ?>) r).get("reasons"),
				r -> ((Map<?, ?>) r).get("changedDetails"))
			.containsExactly(tuple("ACCESS", List.of(), List.of()),
					tuple("RECTIFICATION", List.of(), List.of("name", "email")));

		assertThat(dataProtection.correct(jane.id(), corrected, null, now, "staff", "Again")).isEmpty();
		assertThat(dataProtection.requests(jane.id())).hasSize(2);
		assertThatThrownBy(
				() -> dataProtection.correct(jane.id(), corrected, null, version, "staff", "From an old page"))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	@WithMockUser(username = "sam", roles = "STAFF")
	void recordsWhoMadeTheChangeThatMovedTheVersion() {
		CustomerSummary jane = customers.findOrCreate(null,
				new ContactDetails("Jane Smith", "jane.who@example.com", null));
		assertThat(versionAndUpdatedBy(jane.id())).containsExactly(0L, "sam");
		customers.findOrCreate(jane.id(), new ContactDetails("Jane Smith", "jane.who@example.com", "07700 900131"));
		assertThat(versionAndUpdatedBy(jane.id())).containsExactly(1L, "sam");

		var corrected = new ContactDetails("Jane Smith-Jones", "jane.who@example.com", "07700 900131");
		dataProtection.correct(jane.id(), corrected, null, 1, "harriet", "Married");
		assertThat(versionAndUpdatedBy(jane.id())).containsExactly(2L, "harriet");
		// Nothing to correct: neither the version nor who changed the record last moves, so nobody's page clashes.
		assertThat(dataProtection.correct(jane.id(), corrected, null, 2, "bob", "Checked")).isEmpty();
		assertThat(versionAndUpdatedBy(jane.id())).containsExactly(2L, "harriet");
		dataProtection.correct(jane.id(), corrected, HARROGATE, 2, "priya", "Gave an address");
		assertThat(versionAndUpdatedBy(jane.id())).containsExactly(3L, "priya");
		assertThat(dataProtection.find(jane.id()).orElseThrow().updatedBy()).isEqualTo("priya");

		dataProtection.erase(jane.id(), "max", "Asked in store");
		assertThat(versionAndUpdatedBy(jane.id())).containsExactly(4L, "max");
	}

	private List<Object> versionAndUpdatedBy(long customerId) {
		return jdbc.sql("select version, updated_by from customer where id = ?")
			.param(customerId)
			.query((rs, row) -> List.<Object>of(rs.getLong(1), String.valueOf(rs.getString(2))))
			.single();
	}

	@Test
	void correctsNothingOnceTheDataIsErased() {
		CustomerSummary jane = customers.findOrCreate(null,
				new ContactDetails("Jane Smith", "jane.gone@example.com", null));
		dataProtection.erase(jane.id(), "max", "Asked in store");
		long version = dataProtection.find(jane.id()).orElseThrow().version();

		assertThatThrownBy(() -> dataProtection.correct(jane.id(),
				new ContactDetails("Jane Smith", "jane.gone@example.com", null), null, version, "staff", "New e-mail"))
			.isInstanceOf(ConflictException.class);
	}

	private static final PostalAddress HARROGATE = new PostalAddress(
			List.of("Flat 2, Rosemary Court", "14 Mill Lane", "Harrogate"), "hg12xx");

	/** Gives the customer a postal address on their page, as staff do. */
	private void giveAddress(CustomerSummary customer, PostalAddress address) {
		long version = dataProtection.find(customer.id()).orElseThrow().version();
		dataProtection.correct(customer.id(), new ContactDetails(customer.name(), customer.email(), customer.phone()),
				address, version, "staff", "Gave an address for letters");
	}

	@Test
	void keepsAPostalAddressGivenAndRecordsItAsChangedWithoutTouchingWhatOtherModulesHold() {
		CustomerSummary george = customers.findOrCreate(null,
				new ContactDetails("George Fairweather", null, "01632 960555"));
		long version = dataProtection.find(george.id()).orElseThrow().version();

		assertThat(dataProtection.correct(george.id(), new ContactDetails("George Fairweather", null, "01632 960555"),
				HARROGATE, version, "staff", "Gave his address for letters"))
			.containsExactly("address");

		assertThat(dataProtection.find(george.id()).orElseThrow().address()).satisfies(address -> {
			assertThat(address.lines()).containsExactly("Flat 2, Rosemary Court", "14 Mill Lane", "Harrogate");
			assertThat(address.postcode()).isEqualTo("HG1 2XX");
		});
		assertThat(customers.postalAddress(george.id())).contains(HARROGATE);
		assertThat(ordersHeld.corrected).as("no other module keeps the address").isEmpty();
		assertThat(dataProtection.requests(george.id())).singleElement()
			.satisfies(r -> assertThat(r.reasons()).isEqualTo("address").doesNotContain("Harrogate", "HG1"));

		long now = dataProtection.find(george.id()).orElseThrow().version();
		assertThat(now).isGreaterThan(version);
		assertThat(dataProtection.correct(george.id(), new ContactDetails("George Fairweather", null, "01632 960555"),
				new PostalAddress(HARROGATE.lines(), "HG1 2XX"), now, "staff", "Again")).isEmpty();
		assertThat(dataProtection.correct(george.id(), new ContactDetails("George Fairweather", null, "01632 960555"),
				null, now, "staff", "Moved abroad")).containsExactly("address");
		assertThat(dataProtection.find(george.id()).orElseThrow().address()).isNull();
		assertThat(customers.postalAddress(george.id())).isEmpty();
	}

	@Test
	void theCustomersCopyOfTheirDataHoldsTheirPostalAddress() {
		CustomerSummary george = customers.findOrCreate(null,
				new ContactDetails("George Fairweather", null, "01632 960556"));
		CustomerSummary jane = customers.findOrCreate(null,
				new ContactDetails("Jane Smith", "jane.no.address@example.com", null));
		giveAddress(george, HARROGATE);

		assertThat(dataProtection.export(george.id(), "sue", "Asked by letter; order number matched").get("customer"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("address", Map.of("lines", List.of("Flat 2, Rosemary Court", "14 Mill Lane", "Harrogate"),
					"postcode", "HG1 2XX"));
		assertThat(dataProtection.export(jane.id(), "sue", "Asked by e-mail").get("customer"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("address", null);
	}

	@Test
	void erasingTheCustomerErasesTheirPostalAddress() {
		CustomerSummary george = customers.findOrCreate(null,
				new ContactDetails("George Fairweather", null, "01632 960557"));
		giveAddress(george, HARROGATE);

		assertThat(dataProtection.erase(george.id(), "max", "Asked by letter").erased()).isTrue();

		assertThat(dataProtection.find(george.id()).orElseThrow().address()).isNull();
		assertThat(customers.postalAddress(george.id())).isEmpty();
		assertThat(jdbc.sql("select count(*) from customer where id = ? and (address_lines is not null "
				+ "or postcode is not null)").param(george.id()).query(Long.class).single()).isZero();
	}

}
