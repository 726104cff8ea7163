import { signed } from '../_lib/format';

/** A small diverging bar for a value in [-scale, scale], with the number beside it. */
export function SentimentBar({ value, scale, label }: { value: number; scale: number; label: string }) {
  const share = Math.min(1, Math.abs(value) / (scale || 1)) * 50;
  const pos = value > 0;
  return (
    <span className="bar" title={`${label}: ${signed.format(value)}`}>
      <span className="track" aria-hidden="true">
        <span className={`fill ${pos ? 'positive' : 'negative'}`} style={pos ? { left: '50%', width: `${share}%` } : { right: '50%', width: `${share}%` }} />
        <span className="zero" />
      </span>
      <span className="num">{value === 0 ? '0' : signed.format(value)}</span>
    </span>
  );
}
