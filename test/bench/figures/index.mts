// The figures `npm run bench` measures, in order. A later figure is one module in this folder plus one line here.
import type { Figure } from '../harness.mts';
import { autosaveFigure } from './autosave.mts';
import { createFigure } from './create.mts';
import { demoOpenFigure } from './demo-open.mts';
import { interviewAutosaveFigure } from './interview-autosave.mts';
import { largeMergeFigure, largeMergeNoopFigure } from './merge.mts';
import { openFigure } from './open.mts';
import { largeCompletenessFigure, largeHeatmapFigure, largeOpenFigure, largeSearchFigure, largeThemesFigure } from './large.mts';
import { demoReportFigure, largeReportFigure } from './report.mts';

export const figures: readonly Figure[] = [
  createFigure,
  openFigure,
  autosaveFigure,
  interviewAutosaveFigure,
  demoOpenFigure,
  largeOpenFigure,
  largeHeatmapFigure,
  largeThemesFigure,
  largeCompletenessFigure,
  largeSearchFigure,
  demoReportFigure,
  largeReportFigure,
  largeMergeFigure,
  largeMergeNoopFigure,
];
