import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { data } from './data.js';
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
new Chart(document.getElementById('chart'), {
  type: 'bar',
  options: { indexAxis: 'y' },
  data: { labels: data.map((d) => d.label), datasets: [{ data: data.map((d) => d.value) }] },
});
