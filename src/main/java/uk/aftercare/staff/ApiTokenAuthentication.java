package uk.aftercare.staff;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * An API call authenticated with a bearer token: acts for the token's owner with the owner's current role. The
 * principal is the username (so {@code Principal.getName()} works as for a signed-in user); the token itself is not
 * kept.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final String username;

	private final long tokenId;

	ApiTokenAuthentication(long tokenId, String username, Role role) {
		super(AuthorityUtils.createAuthorityList(role.authority()));
		this.username = username;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	/** The token used for this call, e.g. to revoke it. */
	public long tokenId() {
		return tokenId;
	}

	@Override
	public Object getPrincipal() {
		return username;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

}
