import { foldedCodeLoaded, loadFoldedCode, type FoldedCode } from "./folded-code";
import type { Pane } from "./section";

/**
 * Draws a folded section the first time it is opened, however it is opened (its header, the
 * keyboard, a script). With the code already fetched it is drawn at once, in the same turn, so
 * what a reader or a test reads right after the opening is there; opened before the code has
 * arrived, the section is marked busy and drawn when it arrives. If the code cannot be fetched,
 * the section folds again and the pane says why; the next opening tries again.
 */
export function drawOnFirstOpen(
  pane: Pane,
  details: HTMLDetailsElement,
  draw: (code: FoldedCode) => void,
): void {
  let waiting = false;
  const drawn = (code: FoldedCode) => {
    observer.disconnect();
    draw(code);
  };
  const opened = () => {
    if (!details.open || waiting) return;
    const code = foldedCodeLoaded();
    if (code) {
      drawn(code);
      return;
    }
    waiting = true;
    details.setAttribute("aria-busy", "true");
    loadFoldedCode()
      .then(drawn, () => {
        details.open = false;
        pane.show("error", (s) => s.sectionNotLoaded);
      })
      .finally(() => {
        waiting = false;
        details.removeAttribute("aria-busy");
      });
  };
  const observer = new MutationObserver(opened);
  observer.observe(details, { attributes: true, attributeFilter: ["open"] });
  opened();
}
