import * as Plot from '@observablehq/plot';
import { data } from './data.js';
document.getElementById('chart').append(Plot.barX(data, { x: 'value', y: 'label' }).plot());
