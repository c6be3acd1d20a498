package uk.aftercare.followups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One customer's contact preferences and consent, whichever case staff recorded them on. */
@Entity
@Table(name = "contact_preference")
class ContactPreference {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "customer_id", nullable = false, unique = true)
	private Long customerId;

	@Column(name = "email_allowed", nullable = false)
	private boolean emailAllowed;

	@Column(name = "survey_consent", nullable = false)
	private boolean surveyConsent;

	@Enumerated(EnumType.STRING)
	@Column(name = "preferred_channel", length = 20)
	private PreferredChannel preferredChannel;

	@Column(name = "updated_by", nullable = false, length = 60)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ContactPreference() {
	}

	ContactPreference(Long customerId, ContactPreferenceView current) {
		this.customerId = customerId;
		this.emailAllowed = current.emailAllowed();
		this.surveyConsent = current.surveyConsent();
		this.preferredChannel = current.preferredChannel();
	}

	void change(boolean emailAllowed, boolean surveyConsent, PreferredChannel preferredChannel, String actor,
			Instant now) {
		this.emailAllowed = emailAllowed;
		this.surveyConsent = surveyConsent;
		this.preferredChannel = preferredChannel;
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	ContactPreferenceView toView() {
		return new ContactPreferenceView(customerId, emailAllowed, surveyConsent, preferredChannel, updatedBy,
				updatedAt, true);
	}

}
