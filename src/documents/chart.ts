/**
 * Bar charts for reports (an index per criterion, units ranked), drawn by ECharts on the server
 * (SSR to an SVG string, no DOM) and turned into PNG for DOCX and XLSX, which cannot all show SVG.
 * Labels use the decimal comma; an optional target line marks the goal (e.g. 83 %).
 */
import * as echarts from 'echarts';
import { formatNumberVi } from '../lib/format.ts';
import { svgToPng } from './svg-to-png.ts';

export interface BarSeries {
  name: string;
  values: number[];
}

export interface BarChartSpec {
  title?: string;
  categories: string[];
  series: BarSeries[];
  /** Appended to value labels: "%" for indexes. */
  unit?: string;
  /** A dashed horizontal line at the target value, labelled. */
  target?: { value: number; label: string };
  /** Axis maximum; default chosen by ECharts (100 suits percentages). */
  max?: number;
  decimals?: number;
  widthPx?: number;
  heightPx?: number;
  /** Bars run left to right with long category names readable (rankings). */
  horizontal?: boolean;
}

/**
 * Pixels of the drawing: about 640 × 360 keeps 14 px text near 9 pt when the picture is set
 * 150 mm wide on an A4 page.
 */
const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 360;

/** Named first so a browser viewing the SVG uses Times; resvg falls back to the bundled serif. */
const FONT_FAMILY = 'Times New Roman, Liberation Serif, serif';

export function barChartSvg(spec: BarChartSpec): string {
  const width = spec.widthPx ?? DEFAULT_WIDTH;
  const height = spec.heightPx ?? DEFAULT_HEIGHT;
  const label = (value: number) => `${formatNumberVi(value, spec.decimals ?? 2)}${spec.unit ?? ''}`;
  // Long category names wrap inside their slot rather than run into the next one.
  const labelWidth = spec.horizontal ? width * 0.35 : (width - 80) / Math.max(1, spec.categories.length) - 8;
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories,
    axisLabel: { interval: 0, fontSize: 13, width: Math.floor(labelWidth), overflow: 'break' as const },
  };
  const valueAxis = {
    type: 'value' as const,
    ...(spec.max !== undefined ? { max: spec.max } : {}),
    axisLabel: { fontSize: 13, formatter: (v: number) => `${formatNumberVi(v, 0)}${spec.unit ?? ''}` },
  };
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT_FAMILY, fontSize: 14 },
      title: spec.title
        ? { text: spec.title, left: 'center', textStyle: { fontFamily: FONT_FAMILY } }
        : undefined,
      legend: spec.series.length > 1 ? { bottom: 0, textStyle: { fontFamily: FONT_FAMILY } } : undefined,
      grid: {
        left: 16,
        right: 32,
        top: spec.title ? 48 : 24,
        bottom: spec.series.length > 1 ? 40 : 16,
        containLabel: true,
      },
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
      series: spec.series.map((s, i) => ({
        type: 'bar',
        name: s.name,
        data: s.values,
        label: {
          show: true,
          position: spec.horizontal ? 'right' : 'top',
          formatter: (p: { value: unknown }) => label(Number(p.value)),
        },
        ...(i === 0 && spec.target
          ? {
              markLine: {
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#c00' },
                // Inside the plot, so the label is never cut at the edge: above the right end of a
                // horizontal line; at the top of a vertical one (the inverted axis starts there).
                label: {
                  formatter: spec.target.label,
                  position: spec.horizontal ? 'start' : 'insideEndTop',
                  color: '#c00',
                },
                data: [spec.horizontal ? { xAxis: spec.target.value } : { yAxis: spec.target.value }],
              },
            }
          : {}),
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as PNG, twice its CSS size so it stays sharp when printed. */
export function barChartPng(spec: BarChartSpec): Buffer {
  return svgToPng(barChartSvg(spec), (spec.widthPx ?? DEFAULT_WIDTH) * 2);
}
