import type { PaneStrings } from "../strings";

type Section = ReturnType<typeof import("./paste-release").mountPasteRelease>;
type PasteReleaseHost = import("./paste-release").PasteReleaseHost;

/**
 * The Data section's "Paste a release" button (in `root`, with the body it opens). The form and
 * the release reader behind it are a chunk of their own, fetched on the first press, so the pane
 * starts without them. The button itself is set up on the Data section's first opening.
 */
export function mountPasteReleaseButton(
  root: HTMLElement,
  strings: PaneStrings,
  host: PasteReleaseHost,
): { setStrings: (strings: PaneStrings) => void } {
  const button = root.querySelector("button")!;
  const body = root.querySelector<HTMLElement>("#paste-release-body")!;
  let section: Promise<Section> | null = null;
  const label = (s: PaneStrings) => {
    strings = s;
    button.textContent = s.pasteReleaseOpen;
  };
  label(strings);
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    section ??= import(/* webpackChunkName: "paste-release" */ "./paste-release").then((code) => {
      const mounted = code.mountPasteRelease(body, strings, host);
      host.addControls(mounted.controls);
      return mounted;
    });
    section.then(
      (mounted) => {
        button.setAttribute("aria-expanded", String(open));
        body.hidden = !open;
        if (open) mounted.focus();
      },
      () => {
        // The server out of reach: said, and tried again on the next press.
        section = null;
        host.report("error", (s) => s.pasteReleaseNotLoaded);
      },
    );
  });
  return {
    setStrings(next) {
      label(next);
      section?.then(
        (mounted) => mounted.setStrings(next),
        () => undefined,
      );
    },
  };
}
