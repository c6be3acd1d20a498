package uk.aftercare.staff.web;

import java.time.Instant;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.aftercare.shared.InvalidInputException;
import uk.aftercare.staff.ApiTokenAuthentication;
import uk.aftercare.shared.ForbiddenException;
import uk.aftercare.staff.ApiTokens;
import uk.aftercare.staff.PasswordChange;
import uk.aftercare.staff.IssuedToken;
import uk.aftercare.staff.Role;

/**
 * Getting a token with HTTP Basic credentials, and revoking the token in use (see api.md, "Authentication"). What it
 * answers with is declared (application/json; problems are problem+json whatever is declared), so a request whose
 * Accept does not take application/json is refused before a token is issued that the answer could never show.
 */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
class TokenApiController {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping
	ResponseEntity<IssuedToken> create(Authentication principal) {
		if (PasswordChange.required(principal)) {
			throw new ForbiddenException("Your password was set by a manager: sign in to Aftercare in a browser and "
					+ "change it before asking for a token.");
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(tokens.issue(principal.getName()));
	}

	/**
	 * Whom the token in use acts for, and until when: lets a till check its token before the shop opens. Does no
	 * work beyond checking the token, so the benchmark uses it as its baseline for API calls.
	 */
	@GetMapping("/current")
	CurrentToken current(Authentication authentication) {
		if (!(authentication instanceof ApiTokenAuthentication token)) {
			throw new InvalidInputException("Authorization", "send the token to describe as a Bearer token");
		}
		return new CurrentToken(token.getName(), token.role(), token.expiresAt());
	}

	/** Answers with no body, so whatever the client accepts: one that asked only for problem+json is not refused. */
	@DeleteMapping(path = "/current", produces = MediaType.ALL_VALUE)
	ResponseEntity<Void> revokeCurrent(Authentication authentication) {
		if (!(authentication instanceof ApiTokenAuthentication token)) {
			throw new InvalidInputException("Authorization", "send the token to revoke as a Bearer token");
		}
		tokens.revoke(token.getName(), token.tokenId());
		return ResponseEntity.noContent().build();
	}

	record CurrentToken(String username, Role role, Instant expiresAt) {
	}

}
