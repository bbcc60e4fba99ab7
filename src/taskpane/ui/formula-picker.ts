import {
  CATEGORIES,
  CATEGORY_CODES,
  comparePeriods,
  formatMessage,
  parseUnit,
  periodKey,
  UNITS,
  unitName,
  type Dataset,
} from "../../core";
import {
  FUNCTIONS,
  NEWEST,
  buildFormula,
  functionSpec,
  helpAnchor,
  isCellReference,
  type FunctionSpec,
  type ParamName,
  type ParamSpec,
} from "../formula-catalog";
import {
  answerOf,
  argsOf,
  categoryMark,
  loadLaterCode,
  needsLaterCode,
  periodChoices,
  regionOf,
  type Answer,
  type LaterCode,
} from "../picker-answers";
import { inPaneLanguage } from "./text-lang";
import { ERROR_TEXT, PICKER_WORDS } from "./picker-words";
import type { PaneStrings } from "../strings";
import { byId, el } from "./dom";
import { inPaneTheme } from "./theme";

type Field = HTMLSelectElement | HTMLInputElement;
type Report = (message: (s: PaneStrings) => string) => void;

/** Functions answering a value: a span with only a growth rate gives them #N/A. */
const VALUE_FUNCTIONS = new Set(["EXPORTS", "REGION_EXPORTS", "FIGURE", "SOURCE"]);
/** Functions answering a rate in percent. */
const PERCENT_FUNCTIONS = new Set(["GROWTH", "REGION_GROWTH", "SHARE", "SHARE_OF", "YOY"]);

/**
 * The formula helper as one compact picker: a function, then a labelled field per parameter (drawn
 * from the catalog), the formula it makes, what it would answer, Insert, and a link to the
 * function's help. The spans offered follow the function, region and category chosen, marked
 * where they are derived or give #N/A. Values are remembered by parameter name, so switching
 * functions keeps the category and period chosen.
 */
export class FormulaPicker {
  private readonly select = byId<HTMLSelectElement>("formula-function");
  private readonly params = byId("formula-params");
  private readonly preview = byId("formula-preview");
  /** What the formula would answer now, or the message of its error; read out when it changes. */
  private readonly answer = el("p", {
    className: "hint",
    attrs: { id: "formula-answer", "aria-live": "polite" },
  });
  private readonly helpLink = byId<HTMLAnchorElement>("formula-help-link");
  readonly insertButton = byId<HTMLButtonElement>("formula-insert");
  private readonly chosen = new Map<ParamName, string>();
  private fields: Field[] = [];
  private dataset: Dataset;
  private later: LaterCode | null = null;

  constructor(
    private strings: PaneStrings,
    dataset: Dataset,
    private readonly onInsert: (formula: string) => void,
    private readonly refuse: Report,
  ) {
    this.dataset = dataset;
    this.preview.parentElement!.after(this.answer);
    this.select.replaceChildren(
      ...FUNCTIONS.map((f) => el("option", { text: f.name, attrs: { value: f.name } })),
    );
    this.select.addEventListener("change", () => this.render());
    this.insertButton.addEventListener("click", () => this.insert());
    this.render();
  }

  setStrings(strings: PaneStrings): void {
    this.strings = strings;
    this.render();
  }

  /** New data: the period lists follow it; a period that is gone falls back to the newest. */
  setDataset(dataset: Dataset): void {
    this.dataset = dataset;
    this.render();
  }

  private get spec(): FunctionSpec {
    return functionSpec(this.select.value) ?? FUNCTIONS[0];
  }

  private render(): void {
    const s = this.strings;
    const spec = this.spec;
    byId("formula-description").textContent =
      s.functionHelp[spec.name as keyof typeof s.functionHelp];
    this.fields = spec.params.map((param) => this.field(param));
    this.params.replaceChildren(
      ...spec.params.map((param, i) =>
        el(
          "div",
          { className: "field" },
          el("label", { text: s.paramLabel[param.name], attrs: { for: this.fields[i]!.id } }),
          this.fields[i]!,
        ),
      ),
    );
    this.helpLink.href = inPaneTheme(`help.html#${helpAnchor(spec.name, s.language)}`);
    // It opens a window, and says so (the arrow beside it is the style sheet's).
    this.helpLink.replaceChildren(
      s.formulaHelpLink({ name: spec.name }),
      el("span", { className: "visually-hidden", text: ` ${s.opensInNewWindow}` }),
    );
    this.helpLink.lang = s.htmlLang;
    this.insertButton.textContent = s.formulaInsert;
    this.refreshOptions();
    this.showPreview();
  }

  private get words() {
    return PICKER_WORDS[this.strings.language];
  }

  private args() {
    return argsOf(
      this.spec,
      this.fields.map((f) => f.value),
    );
  }

  /**
   * Fills the choices of every list from the other fields: categories marked for the region,
   * then the spans for the function, region and category. A value still offered is kept; else
   * the first span (published first), as with a period that is gone after a refresh.
   */
  private refreshOptions(): void {
    const params = this.spec.params;
    for (const pass of [false, true]) {
      params.forEach((param, i) => {
        const field = this.fields[i];
        if (!(field instanceof HTMLSelectElement) || (param.kind === "period") !== pass) return;
        const options = this.options(param);
        const wanted = this.chosen.get(param.name) ?? field.value;
        field.replaceChildren(
          ...options.map(([v, text]) => el("option", { text, attrs: { value: v } })),
        );
        const initial = param.initial === NEWEST || param.kind === "period" ? null : param.initial;
        const fallback =
          options.find(([v]) => v === initial) ?? options.find(([v]) => v !== "latest");
        field.value = options.some(([v]) => v === wanted) ? wanted : (fallback?.[0] ?? "");
      });
    }
  }

  private field(param: ParamSpec): Field {
    const id = `formula-param-${param.name}`;
    let field: Field;
    if (param.kind === "number" || param.kind === "date") {
      // Typed text: a number, a date as ISO text (2024-06-01, which as_of reads) or a cell
      // reference, which a browser's date field would refuse.
      const attrs: Record<string, string> = {
        id,
        type: "text",
        // Letters too: a cell reference (A1) is as welcome as a number.
        inputmode: "text",
        autocomplete: "off",
        spellcheck: "false",
      };
      if (param.kind === "date") attrs.placeholder = "2024-06-01";
      field = el("input", { className: "input", attrs });
      field.value = this.chosen.get(param.name) ?? param.initial ?? "";
    } else {
      // Filled by refreshOptions, once every field is there to say what it follows.
      field = el("select", { className: "select", attrs: { id } });
      const first = this.chosen.get(param.name) ?? param.initial;
      if (first && first !== NEWEST)
        field.append(el("option", { text: first, attrs: { value: first } }));
    }
    const remember = () => {
      this.chosen.set(param.name, field.value);
      field.removeAttribute("aria-invalid");
      // The spans offered follow the region, category and unit chosen.
      if (field instanceof HTMLSelectElement && param.kind !== "period") this.refreshOptions();
      this.showPreview();
    };
    field.addEventListener("change", remember);
    field.addEventListener("input", remember);
    return field;
  }

  /** The choices of a parameter as [value written into the formula, text shown]. */
  private options(param: ParamSpec): [string, string][] {
    const s = this.strings;
    const w = this.words;
    const ds = this.dataset;
    const name = this.spec.name;
    const omit: [string, string][] = param.optional ? [["", s.paramOmitted]] : [];
    switch (param.kind) {
      case "category": {
        const region = regionOf(this.args()) ?? "ZIBO";
        return [
          ...omit,
          ...CATEGORY_CODES.map((code): [string, string] => {
            const text = `${code}: ${CATEGORIES[code].name[s.language]}`;
            const mark = categoryMark(ds, region, code);
            // A rate is what growth functions give: a category with rates only is theirs in full.
            const shown =
              mark === "published" || (mark === "growthOnly" && !VALUE_FUNCTIONS.has(name))
                ? null
                : mark === "derived"
                  ? w.derived
                  : w.category[mark];
            return [code, shown ? w.marked(text, shown) : text];
          }),
        ];
      }
      case "period":
        return [...omit, ["latest", w.latest], ...this.periodOptions()];
      case "unit":
        // Million yuan is the default (left out) and million dollars is written USD, as before;
        // the other sizes are written as the Chinese unit names (元, 亿元, 亿美元), which every
        // language reads.
        return UNITS.map((u): [string, string] => [
          u === "CNY" ? "" : u === "USD" ? u : unitName(u, "zh"),
          unitName(u, s.language),
        ]);
      case "form":
        return [
          ["", w.forms.published],
          ...(["quarters", "ytd", "growth"] as const).map((v): [string, string] => [
            v,
            w.marked(w.forms[v], v),
          ]),
        ];
      case "region":
        return [
          ...(param.optional ? ([["", s.regionName.Zibo]] as [string, string][]) : []),
          ["Shandong", s.regionName.Shandong],
          ["China", s.regionName.China],
        ];
      case "park":
        return ds.parks.map((p): [string, string] => [p.id, p.name[s.language]]);
      case "number":
      case "date":
        return [];
    }
  }

  /**
   * The spans for the function chosen: for SERIES's bounds every span of the region's category;
   * elsewhere those with an answer first (derived marked), then those giving #N/A, marked why.
   */
  private periodOptions(): [string, string][] {
    const w = this.words;
    const args = this.args();
    if (this.spec.name === "SERIES") {
      const region = regionOf(args) ?? "ZIBO";
      const spans = this.dataset.figures
        .filter((f) => f.region === region && f.category === args.category)
        .map((f) => f.period)
        .sort((a, b) => comparePeriods(b, a))
        .map(periodKey);
      return [...new Set(spans)].map((p) => [p, p]);
    }
    return periodChoices(this.dataset, this.spec.name, args).map(({ period, mark, why }) => [
      period,
      mark === "published"
        ? period
        : w.marked(
            period,
            mark === "derived" ? w.derived : (w.naBecause[why!] ?? w.naBecause.other),
          ),
    ]);
  }

  private build() {
    return buildFormula(
      this.spec,
      this.fields.map((f) => f.value),
    );
  }

  private showPreview(): void {
    const built = this.build();
    this.preview.textContent = built.ok ? built.formula : "";
    // A source's title in the other language is marked, as in the sources list (WCAG 3.1.2).
    this.answer.replaceChildren(
      ...(built.ok ? inPaneLanguage(this.answerText(), this.strings.language) : []),
    );
  }

  /**
   * What the formula would answer, computed as the function computes it; where a field names a
   * cell, the answer waits for the cell (the pane reads no cell for a preview).
   */
  private answerText(): string {
    const s = this.strings;
    const w = this.words;
    const refs = this.fields
      .map((f) => f.value.trim())
      .filter((v, i) => {
        const kind = this.spec.params[i]!.kind;
        return (kind === "number" || kind === "date") && isCellReference(v);
      });
    if (refs.length > 0) return w.fromCells(refs.join(", "));
    const args = this.args();
    let later: LaterCode | undefined;
    if (needsLaterCode(this.spec.name, args)) {
      if (!this.later) {
        // Fetched on the first such preview; the answer shows when it arrives.
        loadLaterCode().then(
          (code) => {
            this.later = code;
            this.showPreview();
          },
          () => undefined,
        );
        return "…";
      }
      later = this.later;
    }
    const found = answerOf(this.dataset, this.spec.name, args, s.language, later);
    if (!found.ok) {
      const { code, key, params } = found.error;
      return `${ERROR_TEXT[code]} ${formatMessage(key, params, s.language)}`;
    }
    return w.answer(this.shown(found.value, args.unit));
  }

  private shown(answer: Answer, unitInput: string | undefined): string {
    const s = this.strings;
    const w = this.words;
    switch (answer.kind) {
      case "text":
        return this.spec.name === "PARKS" ? w.parks(answer.text) : answer.text;
      case "rows":
        return w.rows(answer);
      case "number": {
        const number = groupedNumber(answer.value);
        if (PERCENT_FUNCTIONS.has(this.spec.name)) return `${number}${w.percent}`;
        const unit = parseUnit(unitInput);
        const hasUnit = this.spec.params.some((p) => p.kind === "unit");
        return hasUnit && unit.ok ? `${number} ${unitName(unit.value, s.language)}` : number;
      }
    }
  }

  private insert(): void {
    const built = this.build();
    if (built.ok) {
      this.onInsert(built.formula);
      return;
    }
    const index = this.spec.params.findIndex((p) => p.name === built.param);
    const field = this.fields[index];
    field?.setAttribute("aria-invalid", "true");
    field?.focus();
    const param = built.param;
    this.refuse((s) => {
      const label = s.paramLabel[param];
      const w = PICKER_WORDS[s.language];
      return built.problem === "required"
        ? s.formulaRequired({ param: label })
        : built.problem === "notNumber"
          ? w.notNumber(label)
          : w.notDate(label);
    });
  }
}

/** Digits grouped by thousands, up to four decimals for small numbers (0.1107 亿美元), two else. */
function groupedNumber(n: number): string {
  const fixed = Math.abs(n).toFixed(Math.abs(n) >= 100 ? 2 : 4);
  const [whole, fraction] = fixed.split(".") as [string, string];
  const decimals = fraction.replace(/0+$/, "");
  const sign = n < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ",")}${decimals ? `.${decimals}` : ""}`;
}
