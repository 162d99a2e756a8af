import embed from 'vega-embed';
import { data } from './data.js';
embed(
  '#chart',
  {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    data: { values: data },
    mark: 'bar',
    encoding: { y: { field: 'label', type: 'nominal' }, x: { field: 'value', type: 'quantitative' } },
  },
  { actions: false },
);
