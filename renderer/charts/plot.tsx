/** The plotly component on the basic partial bundle (scatter, bar, pie) (SVG traces only). Loaded lazily. */
import Plotly from 'plotly.js-basic-dist-min';
import createPlotlyComponent from 'react-plotly.js/factory';

const Plot = createPlotlyComponent(Plotly);
export default Plot;
