import { useAuthorText } from '@/features/authoring/i18n/author-messages';
import type { Verdict } from '@/features/authoring/model/review';

/** Accept and reject, as two toggles: pressing the pressed one takes the verdict back. */
export function VerdictToggles({
  id,
  verdict,
  onVerdict,
}: {
  id: string;
  verdict: Verdict | undefined;
  onVerdict: (id: string, verdict: Verdict | undefined) => void;
}) {
  const { a } = useAuthorText();
  const toggle = (pressed: Verdict) => onVerdict(id, verdict === pressed ? undefined : pressed);
  return (
    <>
      <button type="button" className="button button--quiet author-toggle author-toggle--accept" aria-pressed={verdict === 'accepted'} onClick={() => toggle('accepted')}>
        {a('proposal.accept')}
      </button>
      <button type="button" className="button button--quiet author-toggle author-toggle--reject" aria-pressed={verdict === 'rejected'} onClick={() => toggle('rejected')}>
        {a('proposal.reject')}
      </button>
    </>
  );
}
