/**
 * Plotly reads a few HTML tags in any text it draws (<a href>, <b>, <br>, <span style>),
 * in titles, legends, annotations and hover labels alike. Text a user typed (a scenario,
 * indicator or target name, a plan's title) goes through this first, so that
 * `<a href=…>` is drawn as the characters it is and never becomes a live link in the
 * chart or in an exported SVG.
 */
export function plotlyText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
