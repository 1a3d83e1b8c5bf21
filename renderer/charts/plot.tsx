/** The plotly component on the cartesian partial bundle (SVG traces only). Loaded lazily. */
import Plotly from 'plotly.js-cartesian-dist-min';
import createPlotlyComponent from 'react-plotly.js/factory';

const Plot = createPlotlyComponent(Plotly);
export default Plot;
