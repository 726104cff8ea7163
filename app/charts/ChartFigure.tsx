'use client';
import { useRef, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ErrorBar,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartData } from './data';

const fmt = (v: unknown) => (typeof v === 'number' ? (Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3)) : String(v ?? '—'));
const pctFmt = (v: unknown) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : '—');
const AXIS = { fill: 'currentColor', fontSize: 12 };
// Legend text in the page's text colour: series colours are too light for text on a light background.
const legendText = (v: unknown) => <span style={{ color: 'var(--fg)' }}>{String(v)}</span>;

/** The chart itself, sized to its box; the caller supplies the data prepared on the server. */
export function ChartBody({ data, height = 420 }: { data: ChartData; height?: number }) {
  const style = { width: '100%', height };
  switch (data.type) {
    case 'bars': {
      const rows = data.rows.map((r) => ({ ...r, err: r.low !== null && r.high !== null ? [r.value - r.low, r.high - r.value] : [0, 0] }));
      return (
        <BarChart responsive style={{ ...style, height: Math.max(height, 60 + rows.length * 44) }} data={rows} layout="vertical" margin={{ left: 8, right: 48, top: 8, bottom: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#8888" />
          <XAxis type="number" tick={AXIS} label={{ value: data.unit, position: 'insideBottom', offset: -12, fill: 'currentColor', fontSize: 12 }} />
          <YAxis type="category" dataKey="outlet" width={180} tick={AXIS} />
          <Tooltip
            formatter={(v, _n, item) => {
              const p = (item as { payload?: (typeof rows)[number] }).payload;
              return [p && p.low !== null ? `${fmt(v)} (95% ${fmt(p.low)}–${fmt(p.high)}, n = ${p.n})` : fmt(v), data.unit];
            }}
          />
          <ReferenceLine x={0} stroke="#888" />
          <Bar dataKey="value" name={data.title} isAnimationActive={false} maxBarSize={30}>
            {rows.map((r) => (
              // Each outlet keeps its colour across charts.
              <Cell key={r.slug} fill={r.color} />
            ))}
            {data.hasIntervals && <ErrorBar dataKey="err" width={6} stroke="currentColor" direction="x" />}
            <LabelList dataKey="value" position="right" formatter={fmt} fill="currentColor" fontSize={11} />
          </Bar>
        </BarChart>
      );
    }
    case 'frames':
      return (
        <BarChart responsive style={{ ...style, height: Math.max(height, 120 + data.rows.length * 48) }} data={data.rows} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }} stackOffset="expand">
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#8888" />
          <XAxis type="number" tickFormatter={pctFmt} tick={AXIS} domain={[0, 1]} />
          <YAxis type="category" dataKey="outlet" width={180} tick={AXIS} />
          <Tooltip formatter={(v, n) => [pctFmt(v), n]} />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
          {data.series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} stackId="frames" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      );
    case 'actors':
      return (
        <BarChart responsive style={{ ...style, height: Math.max(height, 80 + data.rows.length * (18 * data.outlets.length + 12)) }} data={data.rows} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#8888" />
          <XAxis type="number" domain={[-1, 1]} tick={AXIS} />
          <YAxis type="category" dataKey="actor" width={160} tick={AXIS} />
          <ReferenceLine x={0} stroke="currentColor" />
          <Tooltip formatter={(v, n) => [fmt(v), n]} />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
          {data.outlets.map((o) => (
            <Bar key={o.slug} dataKey={o.slug} name={o.name} fill={o.color} isAnimationActive={false} />
          ))}
        </BarChart>
      );
    case 'time':
      return (
        <LineChart responsive style={style} data={data.rows} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#8888" />
          <XAxis dataKey="month" tick={AXIS} />
          <YAxis tick={AXIS} width={56} />
          <Tooltip formatter={(v, n) => [fmt(v), n]} />
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={legendText} />
          {data.outlets.map((o) => (
            <Line key={o.slug} dataKey={o.slug} name={o.name} stroke={o.color} connectNulls dot isAnimationActive={false} />
          ))}
        </LineChart>
      );
    case 'scatter':
      return (
        <ScatterChart responsive style={style} margin={{ left: 32, right: 32, top: 24, bottom: 32 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#8888" />
          <XAxis type="number" dataKey="x" name={data.xTitle} tick={AXIS} label={{ value: data.xTitle, position: 'insideBottom', offset: -16, fill: 'currentColor', fontSize: 12 }} />
          <YAxis type="number" dataKey="y" name={data.yTitle} tick={AXIS} width={64} label={{ value: data.yTitle, angle: -90, position: 'left', offset: 10, fill: 'currentColor', fontSize: 12, style: { textAnchor: 'middle' } }} />
          <Tooltip formatter={(v, n) => [fmt(v), n]} />
          {data.rows.map((r) => (
            <Scatter key={r.slug} name={r.outlet} data={[r]} fill={r.color} isAnimationActive={false}>
              <LabelList dataKey="outlet" position="top" fill="currentColor" fontSize={11} />
            </Scatter>
          ))}
        </ScatterChart>
      );
  }
}


const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'stroke-opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display'];

/** Copies computed styles onto a clone so the exported SVG looks the same outside the page (CSS variables, currentColor). */
function inline(src: Element, dst: Element) {
  const cs = getComputedStyle(src);
  const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  dst.setAttribute('style', style);
  for (let i = 0; i < src.children.length; i++) inline(src.children[i], dst.children[i]);
}

function standaloneSvg(svg: SVGSVGElement, title: string): { text: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inline(svg, clone);
  const bg = getComputedStyle(document.body).backgroundColor;
  const fg = getComputedStyle(document.body).color;
  const ns = 'http://www.w3.org/2000/svg';
  const head = 36;
  const out = document.createElementNS(ns, 'svg');
  out.setAttribute('xmlns', ns);
  out.setAttribute('width', String(Math.ceil(width)));
  out.setAttribute('height', String(Math.ceil(height + head)));
  out.setAttribute('viewBox', `0 0 ${Math.ceil(width)} ${Math.ceil(height + head)}`);
  const rect = document.createElementNS(ns, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', bg);
  const t = document.createElementNS(ns, 'text');
  t.setAttribute('x', '12');
  t.setAttribute('y', '24');
  t.setAttribute('style', `fill:${fg};font:600 15px system-ui,sans-serif`);
  t.textContent = `${title} — Parallax`;
  const g = document.createElementNS(ns, 'g');
  g.setAttribute('transform', `translate(0 ${head})`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  g.append(clone);
  out.append(rect, t, g);
  return { text: new XMLSerializer().serializeToString(out), width: Math.ceil(width), height: Math.ceil(height + head) };
}

function save(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A chart with its actions: copy the permalink, download PNG or SVG. */
export function ChartFigure({ data, fileName, permalink, height }: { data: ChartData; fileName: string; permalink?: boolean; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const svg = () => box.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;
  const downloadSvg = () => {
    const el = svg();
    if (!el) return setStatus('The chart has not rendered yet.');
    save(`${fileName}.svg`, new Blob([standaloneSvg(el, data.title).text], { type: 'image/svg+xml' }));
  };
  const downloadPng = () => {
    const el = svg();
    if (!el) return setStatus('The chart has not rendered yet.');
    const { text, width, height: h } = standaloneSvg(el, data.title);
    const img = new Image();
    img.onload = () => {
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = h * scale;
      const ctx = canvas.getContext('2d')!;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      canvas.toBlob((b) => (b ? save(`${fileName}.png`, b) : setStatus('PNG export failed.')), 'image/png');
    };
    img.onerror = () => setStatus('PNG export failed.');
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  };
  const copy = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setStatus('Link copied.');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): show the link to copy by hand.
      setStatus(`Copy this link: ${href}`);
    }
  };
  return (
    <figure className="chart-box" style={{ margin: 0 }}>
      <figcaption>
        <strong>{data.title}</strong>
      </figcaption>
      <div className="chart-actions">
        {permalink && (
          <button type="button" onClick={copy}>
            Copy link
          </button>
        )}
        <button type="button" onClick={downloadPng}>
          Download PNG
        </button>
        <button type="button" onClick={downloadSvg}>
          Download SVG
        </button>
        <span role="status" className="small muted">
          {status}
        </span>
      </div>
      <div ref={box} className="chart-canvas" data-chart={data.type}>
        <ChartBody data={data} height={height} />
      </div>
    </figure>
  );
}
