'use client';
import { useTransition } from 'react';
import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { VOICES, type VoiceView } from '@/lib/analysis/voice';

const NAMES: Record<VoiceView, string> = { writer: 'Writer’s own words', quoted: 'Quoted words', all: 'All' };

/**
 * Whose words the figures count, in the URL (?voice=writer|quoted|all; nuqs, non-shallow: the server recomputes the
 * figures). The writer's own words are the default: an outlet that quotes someone's loaded words is not loaded.
 */
export function VoiceSwitch() {
  const [pending, startTransition] = useTransition();
  const [voice, setVoice] = useQueryState('voice', parseAsStringLiteral(VOICES).withDefault('writer').withOptions({ shallow: false, history: 'push', scroll: false, startTransition }));
  return (
    <fieldset className="controls voice-switch" aria-busy={pending}>
      <legend>Whose words are counted</legend>
      {VOICES.map((v) => (
        <label key={v}>
          <input type="radio" name="voice" value={v} checked={voice === v} onChange={() => void setVoice(v)} /> {NAMES[v]}
        </label>
      ))}
      <span className="small muted" aria-live="polite">
        {pending ? ' Updating…' : ''}
      </span>
    </fieldset>
  );
}
