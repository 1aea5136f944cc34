import { BarChart, CustomChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { CriterionIndex } from '../../../api/survey-types.ts';
import { useT } from '../../../i18n/index.tsx';
import { useIndexFormat } from './format.ts';

// Only what this chart draws, and the SVG renderer (crisp, small, printable; no canvas).
echarts.use([BarChart, CustomChart, ScatterChart, GridComponent, LegendComponent, SVGRenderer]);

const BLUE = '#1864ab';
const RED = '#c92a2a';
const INK = '#212529';

/**
 * Criteria indexes as horizontal bars with their 95% intervals and targets. Decorative for
 * assistive technology (aria-hidden): the same figures are in the table beside it.
 */
export function CriteriaChart({ criteria }: { criteria: CriterionIndex[] }) {
  const t = useT();
  const { pct } = useIndexFormat();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: 'svg' });
    const rows = [...criteria].reverse(); // first criterion on top
    // Narrow screens: codes only (the table below pairs each code with its title).
    const wide = el.clientWidth >= 640;
    const labels = rows.map((c) => (wide ? `${c.code}. ${c.title}` : c.code));
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'system-ui, sans-serif', color: INK },
      legend: {
        bottom: 0,
        data: [t('index.chart.index'), t('index.chart.interval'), t('index.chart.target')],
      },
      grid: { left: 8, right: 16, top: 8, bottom: 36, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        data: labels,
        axisLabel: { width: wide ? 200 : 40, overflow: 'break', lineHeight: 15, color: INK },
      },
      series: [
        {
          name: t('index.chart.index'),
          type: 'bar',
          data: rows.map((c) => ({
            value: c.index,
            itemStyle: { color: c.gap != null && c.gap < 0 ? RED : BLUE },
          })),
          barMaxWidth: 22,
          label: {
            show: true,
            position: 'insideLeft',
            color: '#ffffff',
            fontWeight: 'bold',
            formatter: (p: { value: number | null }) => (p.value == null ? '' : pct(p.value)),
          },
          itemStyle: { color: BLUE },
        },
        {
          name: t('index.chart.interval'),
          type: 'custom',
          itemStyle: { color: INK },
          data: rows.map((c, i) => [i, c.ciLow, c.ciHigh]),
          renderItem: (_params: unknown, api: CustomApi) => {
            const low = api.value(1);
            const high = api.value(2);
            if (low == null || high == null || Number.isNaN(low) || Number.isNaN(high)) return null;
            const a = api.coord([low, api.value(0)]);
            const b = api.coord([high, api.value(0)]);
            const h = 6;
            const style = { stroke: INK, lineWidth: 1.5 };
            return {
              type: 'group',
              children: [
                { type: 'line', shape: { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }, style },
                { type: 'line', shape: { x1: a[0], y1: a[1] - h, x2: a[0], y2: a[1] + h }, style },
                { type: 'line', shape: { x1: b[0], y1: b[1] - h, x2: b[0], y2: b[1] + h }, style },
              ],
            };
          },
          z: 3,
        },
        {
          name: t('index.chart.target'),
          type: 'scatter',
          symbol: 'rect',
          symbolSize: [3, 22],
          itemStyle: { color: '#e8590c' },
          data: rows.map((c, i) => (c.target == null ? null : [c.target, i])),
          z: 4,
        },
      ],
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [criteria, t, pct]);

  const height = Math.max(200, criteria.length * 52 + 60);
  return <div ref={ref} aria-hidden="true" style={{ width: '100%', height }} />;
}

interface CustomApi {
  value: (dim: number) => number;
  coord: (point: [number, number]) => [number, number];
}
