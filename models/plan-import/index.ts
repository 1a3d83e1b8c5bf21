/** Importing a plan's figures from a spreadsheet: guess the mapping, read the rows, propose the change. */
export * from './import-types';
export { cellText, parseFigureCell, type CellFigure } from './import-cells';
export { findHeaderRow, guessMapping, guessStatus, headerYears, roleOfHeader } from './header-guess';
export { attributeNote, growthRowOf, matchUnit, parseKind, splitNameUnit } from './row-words';
export { proposeImport } from './propose-import';
