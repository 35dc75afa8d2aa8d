/**
 * The line that says the article was longer than the reader read (the page's copy was cut,
 * lib/snapshot.ts), or that not every row is in the panel yet, with the button for the next ones.
 */
import { usePanel } from './context';

export interface LimitsLineProps {
  /** Paragraphs read when the page's copy was cut; null when it was read whole. */
  cut: number | null;
  shown: number;
  total: number;
  /** How many more rows the button adds (0: every row is shown). */
  more: number;
  onMore: () => void;
}

export function LimitsLine({ cut, shown, total, more, onMore }: LimitsLineProps) {
  const { strings } = usePanel();
  return (
    <p class="limits" data-limits={cut !== null ? 'cut' : 'shown'}>
      {cut !== null && <span>{strings.limitCut(cut)} </span>}
      {more > 0 && (
        <>
          <span>{strings.limitShown(shown, total)} </span>
          <button type="button" class="btn small" data-action="show-more-rows" onClick={onMore}>
            {strings.showMoreRows(more)}
          </button>
        </>
      )}
    </p>
  );
}
