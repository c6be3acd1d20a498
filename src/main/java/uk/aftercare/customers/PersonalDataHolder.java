package uk.aftercare.customers;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One module's share of what Aftercare holds about a customer, for the customer's rights under UK GDPR: access
 * (art. 15: a copy of everything held) and erasure (art. 17), which the shop may refuse while it still needs the data
 * to finish dealing with the customer (an open case, a refund not yet paid). Every module that keeps personal data
 * about customers provides one bean; {@link DataProtection} asks them all.
 */
public interface PersonalDataHolder {

	/** What replaces free text written by or about the customer when their data is erased. */
	String ERASED = "[erased]";

	/**
	 * The customer's cases, as a condition on a table that refers to a case by its number; binds {@code :customerId}.
	 * The case is what ties a module's rows to the customer: with {@link #CUSTOMERS_ERASURE}, the only read of another
	 * module's table a holder makes.
	 */
	String CUSTOMERS_CASES = "case_number in (select case_number from service_case where customer_id = :customerId)";

	/**
	 * When the customer's data was erased (null while it is held), as a value in a query; binds {@code :customerId}.
	 * For a holder whose copy says what the erasure ended, and when.
	 */
	String CUSTOMERS_ERASURE = "(select erased_at from customer where id = :customerId)";

	/** What replaces the customer's name when their data is erased. */
	String ERASED_NAME = "Erased customer";

	/** The name of this module's section in the export, e.g. {@code "cases"}: camel case, stable. */
	String section();

	/**
	 * Everything this module holds about the customer, as values a JSON writer takes as they are: maps with stable
	 * camel-case keys (in a {@link java.util.LinkedHashMap}, for a stable order), lists, strings, numbers, booleans,
	 * {@link java.time.Instant} and {@link java.time.LocalDate}. The same shape whether the module holds anything or
	 * not, so that a program reading the copy needs no special case: a section that is a map keeps every key, each
	 * with its empty list, and a list of codes is a list (empty when there are none), never one comma-joined string.
	 */
	Object export(long customerId);

	/** Why this module must keep the customer's data for now, one reason each; empty when nothing stops erasure. */
	List<KeepReason> reasonsToKeep(long customerId);

	/**
	 * Why this module must keep the data of a customer the retention period has reached (every case of theirs finished
	 * before {@code cutoff}), for the nightly retention check. By default the reasons of {@link #reasonsToKeep}: what
	 * the shop still owes the customer or has still to decide (a refund not paid, a return not finished, an approval
	 * waiting) holds however old it is. A reason that only says someone might yet act (a case never taken through
	 * closing, a follow-up never done) lapses once it too is older than the cutoff: nobody will act on it now.
	 */
	default List<KeepReason> reasonsToKeepPastRetention(long customerId, Instant cutoff) {
		return reasonsToKeep(customerId);
	}

	/**
	 * Replaces the customer's personal data with {@link #ERASED}, {@link #ERASED_NAME} or null, in place, and keeps
	 * what the dashboards and reports count: types, statuses, dates, amounts, reason codes, scores, root causes.
	 * Called only when no holder has a reason to keep the data, in one transaction with every other holder's erasure.
	 * Running it twice changes nothing more.
	 */
	void erase(long customerId);

	/**
	 * The customer's corrected name or contact details (UK GDPR art. 16), for what this module uses to reach the
	 * customer about a matter still open: each copy takes what {@link Correction#applyTo} gives it, so a detail the
	 * copy was given on its own (an e-mail the customer gave for one case) is kept. Records of what is finished keep
	 * the details they were made with. Nothing by default.
	 */
	default void correct(long customerId, Correction correction) {
	}

	/**
	 * The corrected details, which of them changed, the record's details before the correction, and who corrected them
	 * when (for what a module records of it, such as a case's timeline).
	 */
	record Correction(ContactDetails details, boolean name, boolean email, boolean phone, ContactDetails before,
			String correctedBy, Instant correctedAt) {

		/** The correction as the record makes it, before {@link #madeBy} says who made it and when. */
		public Correction(ContactDetails details, boolean name, boolean email, boolean phone, ContactDetails before) {
			this(details, name, email, phone, before, null, null);
		}

		/** This correction, made by the member of staff (a username) at that moment. */
		public Correction madeBy(String staff, Instant at) {
			return new Correction(details, name, email, phone, before, staff, at);
		}

		/** A copy of a customer's details: a case's or a return authorisation's, as stored. */
		public record Copy(String name, String email, String phone) {
		}

		/**
		 * What a copy of the customer's details should hold after this correction: each changed detail replaced where
		 * the copy held the record's old value (or none), and kept where the copy was given a value of its own. E-mails
		 * compare whatever their case, phones by their digits ({@link ContactDetails#phoneKey}), names whatever their
		 * case.
		 */
		public Copy applyTo(Copy copy) {
			String newName = name && sameText(copy.name(), before.name()) ? details.name() : copy.name();
			boolean oldEmail = copy.email() == null || sameText(copy.email(), before.email());
			String newEmail = email && oldEmail ? details.email() : copy.email();
			boolean oldPhone = copy.phone() == null
					|| Objects.equals(ContactDetails.phoneKey(copy.phone()), ContactDetails.phoneKey(before.phone()));
			String newPhone = phone && oldPhone ? details.phone() : copy.phone();
			return new Copy(newName, newEmail, newPhone);
		}

		private static boolean sameText(String a, String b) {
			return a == null ? b == null : b != null && a.strip().equalsIgnoreCase(b.strip());
		}

		/** The changed details' names ("name", "email", "phone"), as the record of the correction keeps them. */
		public List<String> changed() {
			List<String> changed = new java.util.ArrayList<>();
			if (name) {
				changed.add("name");
			}
			if (email) {
				changed.add("email");
			}
			if (phone) {
				changed.add("phone");
			}
			return changed;
		}

	}

	/**
	 * A reason to keep a customer's data: a key in {@code messages.properties} (for example
	 * {@code privacy.keep.case-open}) and its arguments (a case or RMA number, a status).
	 */
	record KeepReason(String messageKey, List<String> arguments) {

		public KeepReason {
			arguments = List.copyOf(arguments);
		}

		public static KeepReason of(String messageKey, String... arguments) {
			return new KeepReason(messageKey, List.of(arguments));
		}

	}

}
