// Our bar chart, as a browser would load it: the pure render function and its d3 submodules.
import { renderChart } from '../../../src/charts/render.ts';
import { light } from '../../../src/design/tokens.ts';
import { data } from './data.js';
const chart = {
  id: 'bench',
  title: 'Bench',
  description: 'Bench',
  unit: 'percent',
  kind: 'bar',
  base: 'workers',
  points: data,
};
document.getElementById('chart').innerHTML = renderChart(chart, { theme: light }).svg;
