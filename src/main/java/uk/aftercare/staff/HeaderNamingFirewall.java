package uk.aftercare.staff;

import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * Spring Security's firewall, saying which header it refused. It refuses an address as a whole before any filter
 * runs, but a header only when something reads it (a control character, or UTF-8 text such as a non-ASCII
 * Idempotency-Key, whose bytes read as control characters), with the same exception: the handler could not tell the
 * two apart, and called a refused header an address that is not valid. A refused header now comes as a
 * {@link RejectedHeader} naming it.
 */
final class HeaderNamingFirewall implements HttpFirewall {

	private final HttpFirewall firewall;

	HeaderNamingFirewall(HttpFirewall firewall) {
		this.firewall = firewall;
	}

	@Override
	public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
		return new HeadersNamed(firewall.getFirewalledRequest(request));
	}

	@Override
	public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
		return firewall.getFirewalledResponse(response);
	}

	/** A header the firewall refused: {@code name} is null when it was a header's name, among all of them. */
	static final class RejectedHeader extends RequestRejectedException {

		private final String name;

		RejectedHeader(String name, RequestRejectedException rejected) {
			super(rejected.getMessage());
			initCause(rejected);
			this.name = name;
		}

		String name() {
			return name;
		}

	}

	private static final class HeadersNamed extends FirewalledRequest {

		private final FirewalledRequest checked;

		HeadersNamed(FirewalledRequest checked) {
			super(checked);
			this.checked = checked;
		}

		@Override
		public void reset() {
			checked.reset();
		}

		@Override
		public String getHeader(String name) {
			try {
				return super.getHeader(name);
			}
			catch (RequestRejectedException rejected) {
				throw new RejectedHeader(name, rejected);
			}
		}

		@Override
		public long getDateHeader(String name) {
			try {
				return super.getDateHeader(name);
			}
			catch (RequestRejectedException rejected) {
				throw new RejectedHeader(name, rejected);
			}
		}

		@Override
		public int getIntHeader(String name) {
			try {
				return super.getIntHeader(name);
			}
			catch (RequestRejectedException rejected) {
				throw new RejectedHeader(name, rejected);
			}
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			try {
				return named(super.getHeaders(name), name);
			}
			catch (RequestRejectedException rejected) {
				throw new RejectedHeader(name, rejected);
			}
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			try {
				return named(super.getHeaderNames(), null);
			}
			catch (RequestRejectedException rejected) {
				throw new RejectedHeader(null, rejected);
			}
		}

		/** The firewall checks each value as it is taken from the enumeration. */
		private static Enumeration<String> named(Enumeration<String> values, String name) {
			return new Enumeration<>() {
				@Override
				public boolean hasMoreElements() {
					return values.hasMoreElements();
				}

				@Override
				public String nextElement() {
					try {
						return values.nextElement();
					}
					catch (RequestRejectedException rejected) {
						throw new RejectedHeader(name, rejected);
					}
				}
			};
		}

	}

}
