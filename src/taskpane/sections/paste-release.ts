import {
  CATEGORIES,
  displayNumber,
  importFile,
  isoDay,
  periodLabel,
  readRelease,
  REGIONS,
  skipReason,
  type ReleaseFigure,
  type ReleaseReading,
} from "../../core";
import type { DataEvent } from "../data-actions";
import type { PaneStrings } from "../strings";
import { el } from "../ui/dom";
import type { Message, StatusKind } from "../ui/status-line";
import { pasteReleaseStrings, type PasteReleaseStrings } from "./paste-release-strings";

/** What the Paste a release section needs from the pane. */
export interface PasteReleaseHost {
  /** Keeps the pane busy during the work, `progress` shown in the message bar. */
  busy: (progress: Message | null, work: () => Promise<void>) => Promise<void>;
  report: (kind: StatusKind, message: Message) => void;
  /** The existing import path, given the text of a dataset file. */
  importText: (name: string, text: string) => Promise<DataEvent>;
  /** Controls that start work, to be disabled while the pane is busy. */
  addControls: (controls: HTMLButtonElement[]) => void;
}

/** The section's own strings, in the pane's language. */
const textOf = (s: PaneStrings): PasteReleaseStrings => pasteReleaseStrings[s.language];

/** The last reading, kept so that a language switch shows it again with the user's ticks. */
interface Shown {
  reading: ReleaseReading;
  published: string;
  ticked: boolean[];
}

/**
 * Data → Paste a release: the text a user copied from a release's page, the figures it gives
 * (each with its sentence, region, span, value and rate) to tick, and "Import ticked", which
 * imports them through the file import as the user's figures, citing the page and quoting the
 * sentences.
 */
export function mountPasteRelease(
  container: HTMLElement,
  initial: PaneStrings,
  host: PasteReleaseHost,
) {
  let strings = initial;
  let shown: Shown | null = null;

  const hint = el("p", { className: "hint", attrs: { id: "paste-release-hint" } });
  const textLabel = el("label", { attrs: { for: "paste-release-text" } });
  const text = el("textarea", {
    className: "release-text",
    attrs: { id: "paste-release-text", rows: "8", "aria-describedby": "paste-release-hint" },
  });
  const urlLabel = el("label", { attrs: { for: "paste-release-url" } });
  const url = el("input", {
    attrs: { id: "paste-release-url", type: "url", inputmode: "url", spellcheck: "false" },
  });
  const dateLabel = el("label", { attrs: { for: "paste-release-published" } });
  const published = el("input", { attrs: { id: "paste-release-published", type: "date" } });
  published.value = isoDay(new Date());
  const find = el("button", {
    className: "button",
    attrs: { type: "button", id: "paste-release-find" },
  });
  const summary = el("p", {
    className: "release-summary",
    attrs: { id: "paste-release-summary", "aria-live": "polite" },
  });
  const list = el("ul", { className: "release-figures", attrs: { id: "paste-release-figures" } });
  const importButton = el("button", {
    className: "button button-primary",
    attrs: { type: "button", id: "paste-release-import" },
  });
  const notTakenSummary = el("summary");
  const notTakenList = el("ul", { className: "release-not-taken" });
  const notTaken = el(
    "details",
    { className: "settings", attrs: { id: "paste-release-not-taken" } },
    notTakenSummary,
    notTakenList,
  );
  container.replaceChildren(
    hint,
    el("div", { className: "field" }, textLabel, text),
    el("div", { className: "field" }, urlLabel, url),
    el("div", { className: "field" }, dateLabel, published),
    el("div", { className: "actions" }, find),
    summary,
    list,
    el("div", { className: "actions" }, importButton),
    notTaken,
  );

  const applyText = () => {
    const p = textOf(strings);
    hint.textContent = p.hint;
    textLabel.textContent = p.textLabel;
    urlLabel.textContent = p.urlLabel;
    dateLabel.textContent = p.publishedLabel;
    find.textContent = p.find;
    importButton.textContent = p.importTicked;
  };

  const render = () => {
    const p = textOf(strings);
    importButton.hidden = !shown || shown.reading.figures.length === 0;
    notTaken.hidden = !shown || shown.reading.skipped.length === 0;
    if (!shown) {
      list.replaceChildren();
      return;
    }
    const { reading, ticked } = shown;
    summary.textContent =
      reading.figures.length === 0 ? p.noneFound : p.found({ count: reading.figures.length });
    list.replaceChildren(
      ...reading.figures.map((f, i) => {
        const box = el("input", { attrs: { type: "checkbox", id: `paste-release-figure-${i}` } });
        box.checked = ticked[i]!;
        box.addEventListener("change", () => {
          if (shown) shown.ticked[i] = box.checked;
        });
        return el(
          "li",
          { className: "option release-figure" },
          box,
          el(
            "label",
            { attrs: { for: box.id } },
            el("span", { className: "release-figure-name", text: figureName(f, strings) }),
            el("span", { className: "release-figure-numbers", text: figureNumbers(f, strings) }),
            ...(f.scope
              ? [
                  el("span", {
                    className: "release-note",
                    text: p.scope({ scope: scopeText(f, strings) }),
                  }),
                ]
              : []),
            ...(f.assumed.length
              ? [
                  el("span", {
                    className: "release-note",
                    text: f.assumed.map((a) => p.assumed[a]).join(p.separator),
                  }),
                ]
              : []),
            el("q", { className: "release-quote", text: f.quote }),
          ),
        );
      }),
    );
    notTakenSummary.textContent = p.notTaken({ count: reading.skipped.length });
    notTakenList.replaceChildren(
      ...reading.skipped.map((s) =>
        el(
          "li",
          {},
          el("span", {
            text: p.notTakenItem({
              number: s.number,
              reason: skipReason(s.reason, strings.language),
            }),
          }),
          el("q", { className: "release-quote", text: s.sentence }),
        ),
      ),
    );
  };

  // In the message bar; under the form too while no figures are listed there.
  const say = (message: (s: PaneStrings) => string, field?: HTMLElement) => {
    if (!shown) summary.textContent = message(strings);
    host.report("warning", message);
    if (field) {
      field.setAttribute("aria-invalid", "true");
      field.focus();
    }
  };

  const findFigures = () => {
    if (text.value.trim() === "") {
      shown = null;
      render();
      say((s) => textOf(s).noText, text);
      return;
    }
    const date = published.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      say((s) => textOf(s).badDate, published);
      return;
    }
    const reading = readRelease(text.value, date);
    shown = { reading, published: date, ticked: reading.figures.map(() => true) };
    render();
    list.querySelector<HTMLInputElement>("input")?.focus();
  };

  const importTicked = async () => {
    if (!shown) return;
    const picked = shown.reading.figures.filter((_, i) => shown!.ticked[i]);
    if (picked.length === 0) {
      say((s) => textOf(s).nothingTicked);
      return;
    }
    const address = url.value.trim();
    if (!isWebAddress(address)) {
      say((s) => textOf(s).urlRequired, url);
      return;
    }
    const file = importFile(picked, {
      published: shown.published,
      url: address,
      title: textOf(strings).sourceTitle,
    });
    const name = textOf(strings).importName;
    await host.busy(
      (s) => s.importing({ name }),
      async () => {
        // The host says the outcome, once, in the message bar.
        await host.importText(name, JSON.stringify(file));
      },
    );
  };

  for (const field of [text, url, published]) {
    field.addEventListener("input", () => field.removeAttribute("aria-invalid"));
  }
  find.addEventListener("click", findFigures);
  importButton.addEventListener("click", () => void importTicked());
  applyText();
  render();

  return {
    controls: [find, importButton],
    setStrings(next: PaneStrings): void {
      strings = next;
      applyText();
      if (shown) render();
      else summary.textContent = "";
    },
    focus(): void {
      text.focus();
    },
  };
}

function figureName(f: ReleaseFigure, s: PaneStrings): string {
  return textOf(s).figure({
    region: REGIONS[f.region].name[s.language],
    category: CATEGORIES[f.category].name[s.language],
    period: periodLabel(f.period, s.language),
  });
}

function figureNumbers(f: ReleaseFigure, s: PaneStrings): string {
  const p = textOf(s);
  const parts: string[] = [];
  if (f.valueCnyMn !== null) parts.push(p.value({ value: displayNumber(f.valueCnyMn) }));
  if (f.valueUsdMn !== null) parts.push(p.usd({ value: displayNumber(f.valueUsdMn) }));
  if (f.yoyPct !== null) {
    const rate = displayNumber(f.yoyPct);
    parts.push(p.rate({ rate: f.yoyPct > 0 ? `+${rate}` : rate }));
  }
  return parts.join(p.separator);
}

function scopeText(f: ReleaseFigure, s: PaneStrings): string {
  return f.scope![s.language];
}

function isWebAddress(text: string): boolean {
  try {
    const parsed = new URL(text);
    return (parsed.protocol === "https:" || parsed.protocol === "http:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}
