package uk.aftercare.shared.web;

import java.util.Optional;

/**
 * A form that carries, in a hidden field, the version of the record its page showed, so that saving it cannot undo a
 * change made meanwhile. The field is bound as text and read by {@link FormVersion}.
 */
public abstract class VersionedForm {

	private String version;

	/** The version of the record the page showed, if the form says so in a way that can be read. */
	public Optional<Long> expectedVersion() {
		return FormVersion.parse(version);
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
