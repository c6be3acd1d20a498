package uk.aftercare.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Follows a link as a browser and a servlet container would. MockMvc decodes a query string itself and keeps a '+' as
 * it is; Tomcat reads the query as a form does, where '+' is a space. Reading it here the way Tomcat does is what
 * shows a link that a real server would misread.
 */
public final class Links {

	private Links() {
	}

	/** The parameters of a query string (or of the query of an address) as a servlet container reads them. */
	public static Map<String, String> parameters(String addressOrQuery) {
		String query = addressOrQuery.replace("&amp;", "&");
		int question = query.indexOf('?');
		if (question >= 0) {
			query = query.substring(question + 1);
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return parameters;
	}

	/** A GET of the link (as written in a page, {@code &amp;} and all), with its parameters read as Tomcat reads them. */
	public static MockHttpServletRequestBuilder get(String href) {
		String address = href.replace("&amp;", "&");
		int question = address.indexOf('?');
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders
			.get(question < 0 ? address : address.substring(0, question));
		parameters(address).forEach(request::param);
		return request;
	}

}
