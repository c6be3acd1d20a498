package uk.aftercare.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.aftercare.shared.NotFoundException;

/**
 * Issues, checks and revokes bearer tokens for the JSON API.
 *
 * <p>A token is {@code ac_} followed by 32 random bytes in base64url. It is shown once; only its SHA-256 hash is
 * stored. A fast hash is enough here (unlike passwords) because the token has 256 bits of entropy, and it lets
 * every API call find its token with one indexed lookup.
 */
@Service
@Transactional
public class ApiTokens {

	static final String TOKEN_PREFIX = "ac_";

	private static final int TOKEN_BYTES = 32;

	/** Characters shown to the owner: "ac_" and the first 8 random characters (48 of 256 bits). */
	private static final int DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length() + 8;

	private static final Pattern TOKEN_FORMAT = Pattern.compile("ac_[A-Za-z0-9_-]{43}");

	/** How stale "last used" may be: at most one write a minute per token. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final StaffUserRepository users;

	private final Clock clock;

	private final Duration validity;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, StaffUserRepository users, Clock clock, ApiTokenSettings settings) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
		this.validity = settings.tokenValidity();
	}

	/** A new token for an enabled member of staff, valid for the configured period. */
	public IssuedToken issue(String username) {
		StaffUser owner = users.findByUsernameIgnoreCase(username)
			.filter(StaffUser::isEnabled)
			.orElseThrow(() -> new NotFoundException("No active member of staff called '" + username + "'."));
		byte[] bytes = new byte[TOKEN_BYTES];
		random.nextBytes(bytes);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken saved = tokens
			.save(new ApiToken(owner, hash(token), token.substring(0, DISPLAY_PREFIX_LENGTH),
					clock.instant().truncatedTo(ChronoUnit.MICROS), validity));
		return new IssuedToken(token, saved.getExpiresAt());
	}

	/** How long new tokens work. */
	public Duration validity() {
		return validity;
	}

	/** The owner's tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiTokenSummary> tokensOf(String username) {
		Instant now = clock.instant();
		return users.findByUsernameIgnoreCase(username)
			.map(owner -> tokens.findByOwnerOrderByCreatedAtDesc(owner).stream().map(t -> t.toSummary(now)).toList())
			.orElse(List.of());
	}

	/**
	 * Revokes one of the owner's tokens. A token of somebody else is reported as not found, so owners cannot probe
	 * for other people's tokens.
	 */
	public ApiTokenSummary revoke(String username, long tokenId) {
		ApiToken token = users.findByUsernameIgnoreCase(username)
			.flatMap(owner -> tokens.findByIdAndOwner(tokenId, owner))
			.orElseThrow(() -> new NotFoundException("You have no API token " + tokenId + "."));
		Instant now = clock.instant();
		token.revoke(now);
		return token.toSummary(now);
	}

	/**
	 * Revokes every token of the account not yet revoked, each with the time, as revoking one does. Used when an
	 * account is disabled or taken back by a manager, and when its owner asks with a password change.
	 * @return how many were revoked
	 */
	int revokeAllOf(StaffUser owner) {
		return tokens.revokeAllOf(owner, clock.instant());
	}

	/** Checks a bearer token from a request; on success records its use (at most once a minute). */
	TokenCheck check(String token) {
		if (token == null || !TOKEN_FORMAT.matcher(token).matches()) {
			return new TokenCheck.Rejected("Unknown token.");
		}
		Optional<ApiToken> found = tokens.findWithOwnerByTokenHash(hash(token));
		if (found.isEmpty()) {
			return new TokenCheck.Rejected("Unknown token.");
		}
		ApiToken apiToken = found.get();
		Instant now = clock.instant();
		ApiTokenStatus status = apiToken.statusAt(now);
		if (status == ApiTokenStatus.REVOKED) {
			return new TokenCheck.Rejected("This token has been revoked.");
		}
		if (status == ApiTokenStatus.EXPIRED) {
			return new TokenCheck.Rejected("This token has expired; get a new one from POST /api/v1/tokens.");
		}
		StaffUser owner = apiToken.getOwner();
		if (!owner.isEnabled()) {
			return new TokenCheck.Rejected("The account this token belongs to is disabled.");
		}
		Instant before = now.minus(LAST_USED_PRECISION);
		if (apiToken.lastUsedBefore(before)) {
			tokens.markUsed(apiToken.getId(), now, before);
		}
		return new TokenCheck.Accepted(apiToken.getId(), owner.getUsername(), owner.getRole(),
				apiToken.getExpiresAt());
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
