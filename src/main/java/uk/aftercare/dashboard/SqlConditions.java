package uk.aftercare.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conditions joined with "and", with their named parameters: what {@link CaseSql} and {@link ReportSql} build. */
abstract class SqlConditions {

	final List<String> conditions = new ArrayList<>();

	final Map<String, Object> params = new LinkedHashMap<>();

	/** "where ..." (or nothing). */
	String where() {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	/** "and ..." (or nothing), to follow a where clause of its own. */
	String and() {
		return conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
	}

	Map<String, Object> params() {
		return params;
	}

}
