package uk.aftercare.staff;

import java.time.Instant;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import java.time.Instant;

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

	private final Role role;

	private final Instant expiresAt;

	ApiTokenAuthentication(long tokenId, String username, Role role, Instant expiresAt) {
		super(AuthorityUtils.createAuthorityList(role.authority()));
		this.username = username;
		this.tokenId = tokenId;
		this.role = role;
		this.expiresAt = expiresAt;
		setAuthenticated(true);
	}

	/** The token used for this call, e.g. to revoke it. */
	public long tokenId() {
		return tokenId;
	}

	/** The owner's role as of this call. */
	public Role role() {
		return role;
	}

	/** When the token used for this call expires. */
	public Instant expiresAt() {
		return expiresAt;
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
