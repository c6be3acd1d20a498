package uk.aftercare.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.Http11InputBuffer;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import uk.aftercare.shared.FieldProblem;

/**
 * What Tomcat answers itself when nothing else wrote a body: an address it cannot decode (an encoded NUL, '/' or
 * '\' such as {@code %2F}), or an address or headers too long for its buffer, is refused before Spring runs, and used
 * to get Tomcat's own HTML page, under /api/ too.
 * This replaces Tomcat's error report valve: under /api/ a problem+json like every other API error, elsewhere a short
 * page saying the address is not valid. Anything the application answered (its error pages, its problems) has a body
 * already and is left alone, as Tomcat's valve leaves it.
 */
@Component
class ServerErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final MessageSource messages;

	ServerErrorReport(MessageSource messages) {
		this.messages = messages;
	}

	/** After Spring Boot's own customizer, which adds a plain {@link ErrorReportValve} that this one replaces. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new Report(messages));
			if (host instanceof StandardHost standard) {
				// Otherwise the host adds Tomcat's valve again when it starts, after this one, so it would answer first.
				standard.setErrorReportValveClass(Report.class.getName());
			}
		});
	}

	static final class Report extends ErrorReportValve {

		/**
		 * What Tomcat's HTTP/1.1 reader says, in the server's language, when the request line and headers do not fit
		 * its buffer; it says so only in words, with an {@link IllegalArgumentException}.
		 */
		private static final String TOO_LARGE = StringManager.getManager(Http11InputBuffer.class)
			.getString("iib.requestheadertoolarge.error");

		/**
		 * What Tomcat's header parser says, before the line, when a header holds a character headers may not (a
		 * control character): "The HTTP header line [Idempotency-Key: a\u0001b] does not conform...".
		 */
		private static final String BAD_HEADER_LINE = StringManager.getManager("org.apache.tomcat.util.http.parser")
			.getString("httpHeaderParser.invalidHeader")
			.split("\\{0}")[0];

		private final MessageSource messages;

		Report(MessageSource messages) {
			this.messages = messages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int code = response.getStatus();
			// As Tomcat's own report: only an error status whose body nobody has written, once, while it can be sent.
			if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(true);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			HttpStatus status = HttpStatus.resolve(code);
			String address = request.getRequestURI();
			String header = refusedHeader(throwable);
			Refused refused = tooLarge(throwable) ? Refused.HEADERS_TOO_LONG
					: header != null ? Refused.HEADER : Refused.ADDRESS;
			if (address == null || address.isEmpty()) {
				// Tomcat read no address: a request line longer than its buffer. The start of it is still there.
				RequestLine line = RequestLine.of(request.getCoyoteRequest().getInputBuffer());
				address = line.path();
				if (line.cutShort()) {
					refused = Refused.ADDRESS_TOO_LONG;
				}
			}
			boolean api = ApiProblems.isApi(address, request.getContextPath());
			try {
				Writer writer;
				if (api) {
					// As every problem the application writes: no charset (the body is ASCII, escaped as JSON).
					response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
					writer = response.getReporter();
					String instance = refused == Refused.ADDRESS_TOO_LONG ? null : ApiProblems.uriReference(address);
					if (writer != null) {
						writer.write(refused == Refused.HEADER && status == HttpStatus.BAD_REQUEST
								? ApiProblems.json(status, "The request has invalid fields.",
										List.of(new FieldProblem(header, ApiProblems.BAD_HEADER)), instance)
								: ApiProblems.json(status == null ? HttpStatus.BAD_REQUEST : status,
										problemDetail(status, refused), List.of(), instance));
					}
				}
				else {
					response.setContentType(MediaType.TEXT_HTML_VALUE);
					response.setCharacterEncoding("UTF-8");
					writer = response.getReporter();
					if (writer != null) {
						writer.write(page(status, address, refused, request.getContextPath()));
					}
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone, or the answer was sent after all: nothing more to tell anyone.
			}
		}

		/**
		 * The name of the header Tomcat refused for a character headers may not hold, as its parser quotes the line;
		 * {@code null} when it refused something else.
		 */
		private static String refusedHeader(Throwable throwable) {
			String said = throwable instanceof IllegalArgumentException ? throwable.getMessage() : null;
			if (said == null || !said.startsWith(BAD_HEADER_LINE)) {
				return null;
			}
			String line = said.substring(BAD_HEADER_LINE.length());
			int colon = line.indexOf(':');
			return (colon > 0 ? line.substring(0, colon) : "header").strip();
		}

		/** Whether Tomcat refused the request because its request line and headers did not fit its buffer. */
		private static boolean tooLarge(Throwable throwable) {
			return throwable instanceof IllegalArgumentException && TOO_LARGE.equals(throwable.getMessage());
		}

		private static String problemDetail(HttpStatus status, Refused refused) {
			if (status == HttpStatus.BAD_REQUEST && refused == Refused.ADDRESS_TOO_LONG) {
				return "The address is too long for the server to read (with the headers, at most 8 KB); see api.md.";
			}
			if (status == HttpStatus.BAD_REQUEST && refused == Refused.HEADERS_TOO_LONG) {
				return "The request's headers are too long for the server to read (with the address, at most 8 KB); "
						+ "see api.md.";
			}
			if (status == HttpStatus.BAD_REQUEST) {
				return "The address is not valid: it holds a character or sequence that addresses may not (such as an "
						+ "encoded NUL, '/' or '\\'); see api.md.";
			}
			return status == null || status.is5xxServerError() ? "Something went wrong on our side."
					: status.getReasonPhrase() + ".";
		}

		private String page(HttpStatus status, String address, Refused refused, String contextPath) {
			String title;
			String detail;
			if (status == HttpStatus.BAD_REQUEST && refused == Refused.ADDRESS_TOO_LONG) {
				title = text("error.badAddress");
				detail = text("error.longAddress.detail", address);
			}
			else if (status == HttpStatus.BAD_REQUEST && refused == Refused.HEADER) {
				title = text("error.badHeader");
				detail = text("error.badHeader.detail");
			}
			else if (status == HttpStatus.BAD_REQUEST && refused == Refused.HEADERS_TOO_LONG) {
				title = text("error.longHeaders");
				detail = text("error.longHeaders.detail", address == null ? "" : address);
			}
			else if (status == HttpStatus.BAD_REQUEST) {
				title = text("error.badAddress");
				detail = text("error.badAddress.detail", address == null ? "" : address);
			}
			else {
				title = text("error.title");
				detail = status == null || status.is5xxServerError() ? text("error.unexpected")
						: status.value() + " " + status.getReasonPhrase() + ".";
			}
			// The tab names the application after the page, as the layout's title pattern does on every other page.
			return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>"
					+ HtmlUtils.htmlEscape(title + " · " + text("app.name"), "UTF-8") + "</title></head><body><h1>"
					+ HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\""
					+ HtmlUtils.htmlEscape(contextPath) + "/cases\">"
					+ HtmlUtils.htmlEscape(text("error.home")) + "</a></p></body></html>";
		}

		private String text(String code, Object... args) {
			return messages.getMessage(code, args, code, Locale.UK);
		}

	}


	/** What Tomcat refused of a request: its address (not valid, or too long to read), or its headers (too long). */
	enum Refused {

		ADDRESS, ADDRESS_TOO_LONG, HEADERS_TOO_LONG, HEADER

	}

	/**
	 * The path at the start of a request line as Tomcat received it, read from its input buffer when it could not
	 * parse one; {@code cutShort} when the buffer ended before the address did (the address was too long).
	 */
	record RequestLine(String path, boolean cutShort) {

		static RequestLine of(Object inputBuffer) {
			if (!(inputBuffer instanceof Http11InputBuffer http)) {
				return new RequestLine(null, false);
			}
			return of(http.getByteBuffer());
		}

		static RequestLine of(ByteBuffer buffer) {
			if (buffer == null) {
				return new RequestLine(null, false);
			}
			int end = buffer.limit();
			int i = 0;
			while (i < end && (buffer.get(i) == '\r' || buffer.get(i) == '\n')) {
				i++;
			}
			while (i < end && buffer.get(i) != ' ') {
				i++;
			}
			int start = ++i;
			StringBuilder path = new StringBuilder();
			while (i < end) {
				byte b = buffer.get(i);
				if (b == ' ' || b == '?' || b == '\r' || b == '\n') {
					break;
				}
				path.append((char) (b & 0xFF));
				i++;
			}
			if (start > end) {
				return new RequestLine(null, false);
			}
			boolean cutShort = !containsLineEnd(buffer, i, end);
			return new RequestLine(path.toString(), cutShort);
		}

		private static boolean containsLineEnd(ByteBuffer buffer, int from, int end) {
			for (int i = from; i < end; i++) {
				if (buffer.get(i) == '\n') {
					return true;
				}
			}
			return false;
		}

	}

}
