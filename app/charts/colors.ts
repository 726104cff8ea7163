/**
 * Outlet colours: never the same colour for two outlets. With leans, each outlet gets a shade of its lean's hue
 * (blue left … red right, grey center), so the colour says the lean and the shade tells outlets apart; without, the
 * ten-colour palette and then evenly spread hues. Pure: server and client share it.
 */
import { isLean, type Lean } from '@/lib/outlets/leans';

export const OUTLET_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

const LEAN_HUE: Record<Lean | 'unrated', { h: number; s: number }> = {
  left: { h: 218, s: 70 },
  'lean-left': { h: 200, s: 55 },
  center: { h: 270, s: 8 },
  'lean-right': { h: 18, s: 65 },
  right: { h: 356, s: 68 },
  unrated: { h: 45, s: 35 },
};

/** Colours by outlet id, for outlets in a stable order (the name order). */
export function outletColors(outlets: Array<{ id: number; lean: string | null }>): Map<number, string> {
  const out = new Map<number, string>();
  if (!outlets.some((o) => isLean(o.lean))) {
    outlets.forEach((o, i) => out.set(o.id, i < OUTLET_COLORS.length ? OUTLET_COLORS[i] : `hsl(${((i - OUTLET_COLORS.length) * 137.508) % 360} 55% 45%)`));
    return out;
  }
  const byLean = new Map<string, number[]>();
  for (const o of outlets) {
    const l = isLean(o.lean) ? o.lean : 'unrated';
    byLean.set(l, [...(byLean.get(l) ?? []), o.id]);
  }
  for (const [l, ids] of byLean) {
    const { h, s } = LEAN_HUE[l as Lean | 'unrated'];
    // Lightness from 32% to 62% across the lean's outlets: distinct strings, readable on both themes.
    ids.forEach((id, i) => out.set(id, `hsl(${h} ${s}% ${(32 + (ids.length > 1 ? (30 * i) / (ids.length - 1) : 15)).toFixed(2)}%)`));
  }
  return out;
}
