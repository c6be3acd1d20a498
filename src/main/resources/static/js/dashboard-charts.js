// Draws every <canvas data-chart="..."> with Chart.js. The figures come from the server as JSON in the attribute;
// each chart has a table of the same figures beside it, so nothing depends on this script.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#0d6efd', '#fd7e14', '#198754', '#6f42c1', '#dc3545', '#20c997'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var stacked = canvas.dataset.stacked === 'true';
    data.datasets.forEach(function (dataset, i) {
      dataset.backgroundColor = palette[i % palette.length];
      dataset.borderColor = palette[i % palette.length];
    });
    new Chart(canvas, {
      type: canvas.dataset.chartType || 'bar',
      data: data,
      options: {
        responsive: true,
       
        animation: false,
        plugins: { legend: { display: data.datasets.length > 1 } },
        scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true } }
      }
    });
  });
})();
