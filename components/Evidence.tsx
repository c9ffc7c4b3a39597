// The posting's own words, quoted. With `onShow`, a button that shows them on the page.

export type ShowEvidence = ((text: string) => void) | null;

export function Evidence({ text, onShow }: { readonly text: string; readonly onShow: ShowEvidence }) {
  if (onShow === null || text.trim() === '') return <q class="evidence-text">{text}</q>;
  return (
    <button type="button" class="evidence" title="Show this on the page" onClick={() => onShow(text)}>
      “{text}”
    </button>
  );
}
