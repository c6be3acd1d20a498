package uk.aftercare.followups;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The alternative dispute resolution (ADR) body named in a final response ({@code aftercare.adr.*}). A trader who
 * cannot resolve a complaint must name a certified ADR body and say whether it will use it (ADR Regulations 2015,
 * reg. 19). The default is only a placeholder: set the scheme your shop actually belongs to.
 */
@ConfigurationProperties("aftercare.adr")
public record AdrSettings(@DefaultValue("Consumer Dispute Resolution Ltd") String name,
		@DefaultValue("https://www.cdrl.org.uk") String website) {

	public AdrSettings {
		if (name == null || name.isBlank() || website == null || website.isBlank()) {
			throw new IllegalArgumentException("aftercare.adr.name and aftercare.adr.website must not be blank");
		}
	}

}
