// Pembina web: draws the charts whose Chart.js configuration the server put in data-chart.
(function () {
  function drawCharts(root) {
    if (typeof Chart === 'undefined') { return; }
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (Chart.getChart(canvas)) { return; }
      new Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
    });
  }
  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:afterSwap', function (e) { drawCharts(e.target); });
})();
