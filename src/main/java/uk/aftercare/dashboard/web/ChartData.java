package uk.aftercare.dashboard.web;

import java.util.List;

/** What a chart on the page draws, in Chart.js's shape; written into the canvas's data-chart attribute as JSON. */
record ChartData(List<String> labels, List<Dataset> datasets) {

	record Dataset(String label, List<? extends Number> data) {
	}

}
