'use client';
import { useRef, useState } from 'react';
import { ChartBody } from './types/figures';
import type { ChartData } from './data';

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

/** A chart with its actions: copy the permalink (the page's address, or `permalink` when it is a path), download PNG or SVG. */
export function ChartFigure({ data, fileName, permalink, height }: { data: ChartData; fileName: string; permalink?: boolean | string; height?: number }) {
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
    // A permalink given as a path carries what the address bar may not (the scoring run the figures come from).
    const href = typeof permalink === 'string' ? new URL(permalink, window.location.href).href : window.location.href;
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
