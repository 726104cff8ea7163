'use client';
import { useEffect, useState } from 'react';

/**
 * What a highlighted word is: click it (or focus it and press Enter) and this panel says its family, kind, rule and
 * the rest of its evidence. One listener for the whole page; the marks carry only indices into `details`.
 */
export function MarkerDetails({ details }: { details: string[] }) {
  const [shown, setShown] = useState<{ text: string[]; word: string } | null>(null);
  useEffect(() => {
    const open = (target: EventTarget | null) => {
      const el = target instanceof Element ? target.closest<HTMLElement>('[data-d]') : null;
      if (!el) return false;
      const ids = (el.dataset.d ?? '').split(' ').map(Number);
      setShown({ text: ids.map((i) => details[i]).filter(Boolean), word: (el.textContent ?? '').slice(0, 80) });
      return true;
    };
    const onClick = (e: MouseEvent) => void open(e.target);
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'Enter' || e.key === ' ') && open(e.target)) e.preventDefault();
      if (e.key === 'Escape') setShown(null);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [details]);
  return (
    <div className="marker-details" role="status" aria-live="polite" hidden={!shown}>
      {shown && (
        <>
          <p>
            <strong>“{shown.word}”</strong>
            <button type="button" className="close" onClick={() => setShown(null)} aria-label="Close marker details">
              ×
            </button>
          </p>
          <ul>
            {shown.text.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
