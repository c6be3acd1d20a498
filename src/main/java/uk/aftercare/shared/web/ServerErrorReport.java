package uk.aftercare.shared.web;

import java.io.IOException;
import java.io.Writer;
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
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers itself when nothing else wrote a body: an address it cannot decode (an encoded NUL, '/' or
 * '\' such as {@code %2F}) is refused before Spring runs, and used to get Tomcat's own HTML page, under /api/ too.
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
			boolean api = address != null && address.startsWith(request.getContextPath() + "/api/");
			try {
				Writer writer;
				if (api) {
					response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
					response.setCharacterEncoding("UTF-8");
					writer = response.getReporter();
					if (writer != null) {
						writer.write(ApiProblems.json(status == null ? HttpStatus.BAD_REQUEST : status,
								problemDetail(status)));
					}
				}
				else {
					response.setContentType(MediaType.TEXT_HTML_VALUE);
					response.setCharacterEncoding("UTF-8");
					writer = response.getReporter();
					if (writer != null) {
						writer.write(page(status, address, request.getContextPath()));
					}
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone, or the answer was sent after all: nothing more to tell anyone.
			}
		}

		private static String problemDetail(HttpStatus status) {
			if (status == HttpStatus.BAD_REQUEST) {
				return "The address is not valid: it holds a character or sequence that addresses may not (such as an "
						+ "encoded NUL, '/' or '\\'); see api.md.";
			}
			return status == null || status.is5xxServerError() ? "Something went wrong on our side."
					: status.getReasonPhrase() + ".";
		}

		private String page(HttpStatus status, String address, String contextPath) {
			String title;
			String detail;
			if (status == HttpStatus.BAD_REQUEST) {
				title = text("error.badAddress");
				detail = text("error.badAddress.detail", address == null ? "" : address);
			}
			else {
				title = text("error.title");
				detail = status == null || status.is5xxServerError() ? text("error.unexpected")
						: status.value() + " " + status.getReasonPhrase() + ".";
			}
			return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title)
					+ "</title></head><body><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail)
					+ "</p><p><a href=\"" + HtmlUtils.htmlEscape(contextPath) + "/cases\">"
					+ HtmlUtils.htmlEscape(text("error.home")) + "</a></p></body></html>";
		}

		private String text(String code, Object... args) {
			return messages.getMessage(code, args, code, Locale.UK);
		}

	}

}
