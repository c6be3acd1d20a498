package uk.aftercare.customers;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "customer")
class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 120)
	private String name;

	/**
	 * The name folded (lower case, no accents) and written forename first ({@link ContactDetails#lookupKey}), so the
	 * lookup finds "Zoë Smith" when "Zoe Smith" is typed, and "Blake, Wendy" when "Wendy Blake" is.
	 */
	@Column(name = "name_key", length = ContactDetails.NAME_KEY_LENGTH)
	private String nameKey;

	@Column(length = 200)
	private String email;

	@Column(length = 30)
	private String phone;

	/** Digits only, UK numbers in national form, so "+44 7700 900123" and "07700900123" match. */
	@Column(name = "phone_key", length = ContactDetails.PHONE_KEY_LENGTH)
	private String phoneKey;

	/** The postal address's lines, one a line ({@link PostalAddress#linesText}); null when none was given. */
	@Column(name = "address_lines", length = PostalAddress.LINES_COLUMN_LENGTH)
	private String addressLines;

	@Column(length = PostalAddress.POSTCODE_LENGTH)
	private String postcode;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** When the customer's personal data was erased (UK GDPR art. 17), or null while it is held. */
	@Column(name = "erased_at")
	private Instant erasedAt;

	/**
	 * Who made the change that last moved the version (a username, or "system"), so that someone whose correction
	 * clashes with it is told whose it was. Null on a record last changed before it was kept. Not the customer's
	 * personal data: their copy leaves it out, as the data requests it lists already say who corrected or erased what.
	 */
	@Column(name = "updated_by", length = 60)
	private String updatedBy;

	@Version
	private long version;

	protected Customer() {
	}

	Customer(ContactDetails details, Instant createdAt, String actor) {
		this.name = details.name();
		this.nameKey = ContactDetails.lookupKey(details.name());
		this.email = details.email();
		this.phone = details.phone();
		this.phoneKey = ContactDetails.phoneKey(details.phone());
		this.createdAt = createdAt;
		this.updatedBy = actor;
	}

	/** Adds an email or phone we did not have; never overwrites what the customer told us before. */
	void complete(ContactDetails details, String actor) {
		if (email == null && details.email() != null) {
			email = details.email();
			updatedBy = actor;
		}
		if (phone == null && details.phone() != null) {
			phone = details.phone();
			phoneKey = ContactDetails.phoneKey(details.phone());
			updatedBy = actor;
		}
	}

	/** Replaces the name and contact details with the corrected ones, blanks included; says which changed. */
	PersonalDataHolder.Correction correct(ContactDetails details, String actor) {
		var correction = new PersonalDataHolder.Correction(details, !Objects.equals(name, details.name()),
				!Objects.equals(email, details.email()), !Objects.equals(phone, details.phone()),
				new ContactDetails(name, email, phone));
		if (!correction.changed().isEmpty()) {
			// Only with a change: on its own it would move the version, and clash with a colleague for nothing.
			updatedBy = actor;
		}
		name = details.name();
		nameKey = ContactDetails.lookupKey(details.name());
		email = details.email();
		phone = details.phone();
		phoneKey = ContactDetails.phoneKey(details.phone());
		return correction;
	}

	/** Replaces the postal address (null for none); says whether it changed. */
	boolean changeAddress(PostalAddress address, String actor) {
		PostalAddress before = address();
		if (Objects.equals(before, address)) {
			return false;
		}
		updatedBy = actor;
		addressLines = address == null || address.lines().isEmpty() ? null : address.linesText();
		postcode = address == null ? null : address.postcode();
		return true;
	}

	private PostalAddress address() {
		return addressLines == null && postcode == null ? null
				: new PostalAddress(PostalAddress.lines(addressLines), postcode);
	}

	long getVersion() {
		return version;
	}

	/** Keeps the record (cases refer to it) without anything that identifies the person. */
	void erase(Instant at, String actor) {
		name = PersonalDataHolder.ERASED_NAME;
		nameKey = ContactDetails.nameKey(PersonalDataHolder.ERASED_NAME);
		email = null;
		phone = null;
		phoneKey = null;
		addressLines = null;
		postcode = null;
		if (erasedAt == null) {
			erasedAt = at;
		}
		updatedBy = actor;
	}

	boolean isErased() {
		return erasedAt != null;
	}

	CustomerRecord toRecord() {
		return new CustomerRecord(id, name, email, phone, address(), createdAt, erasedAt, version, updatedBy);
	}

	CustomerSummary toSummary() {
		return new CustomerSummary(id, name, email, phone);
	}

	Long getId() {
		return id;
	}

}
