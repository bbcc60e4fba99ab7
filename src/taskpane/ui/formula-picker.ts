import { CATEGORIES, CATEGORY_CODES, UNITS, unitName, ziboPeriods, type Dataset } from "../../core";
import {
  FUNCTIONS,
  NEWEST,
  buildFormula,
  functionSpec,
  helpAnchor,
  type FunctionSpec,
  type ParamName,
  type ParamSpec,
} from "../formula-catalog";
import type { PaneStrings } from "../strings";
import { byId, el } from "./dom";
import { inPaneTheme } from "./theme";

type Field = HTMLSelectElement | HTMLInputElement;
type Report = (message: (s: PaneStrings) => string) => void;

/**
 * The formula helper as one compact picker: a function, then a labelled field per parameter (drawn
 * from the catalog), the formula it makes, Insert, and a link to the function's help. Values are
 * remembered by parameter name, so switching functions keeps the category and period chosen.
 */
export class FormulaPicker {
  private readonly select = byId<HTMLSelectElement>("formula-function");
  private readonly params = byId("formula-params");
  private readonly preview = byId("formula-preview");
  private readonly helpLink = byId<HTMLAnchorElement>("formula-help-link");
  readonly insertButton = byId<HTMLButtonElement>("formula-insert");
  private readonly chosen = new Map<ParamName, string>();
  private fields: Field[] = [];
  private periods: string[];
  private parks: Dataset["parks"];

  constructor(
    private strings: PaneStrings,
    dataset: Dataset,
    private readonly onInsert: (formula: string) => void,
    private readonly refuse: Report,
  ) {
    this.periods = ziboPeriods(dataset);
    this.parks = dataset.parks;
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
    this.periods = ziboPeriods(dataset);
    this.parks = dataset.parks;
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
    this.showPreview();
  }

  private field(param: ParamSpec): Field {
    const id = `formula-param-${param.name}`;
    const remembered = this.chosen.get(param.name);
    const initial = param.initial === NEWEST ? (this.periods[0] ?? "") : (param.initial ?? "");
    const value = remembered ?? initial;
    let field: Field;
    if (param.kind === "number" || param.kind === "date") {
      // Typed text: a number, a date as ISO text (2024-06-01, which as_of reads) or a cell
      // reference, which a browser's date field would refuse.
      const attrs: Record<string, string> = {
        id,
        type: "text",
        inputmode: param.kind === "number" ? "decimal" : "text",
        autocomplete: "off",
        spellcheck: "false",
      };
      if (param.kind === "date") attrs.placeholder = "2024-06-01";
      field = el("input", { className: "input", attrs });
      field.value = value;
    } else {
      const options = this.options(param);
      field = el(
        "select",
        { className: "select", attrs: { id } },
        ...options.map(([v, text]) => el("option", { text, attrs: { value: v } })),
      );
      field.value = options.some(([v]) => v === value) ? value : (options[0]?.[0] ?? "");
    }
    const remember = () => {
      this.chosen.set(param.name, field.value);
      field.removeAttribute("aria-invalid");
      this.showPreview();
    };
    field.addEventListener("change", remember);
    field.addEventListener("input", remember);
    return field;
  }

  /** The choices of a parameter as [value written into the formula, text shown]. */
  private options(param: ParamSpec): [string, string][] {
    const s = this.strings;
    const omit: [string, string][] = param.optional ? [["", s.paramOmitted]] : [];
    switch (param.kind) {
      case "category":
        return [
          ...omit,
          ...CATEGORY_CODES.map((code): [string, string] => {
            const c = CATEGORIES[code];
            return [code, `${code}: ${c.name[s.language]}`];
          }),
        ];
      case "period":
        return [
          ...omit,
          ["latest", "latest"],
          ...this.periods.map((p): [string, string] => [p, p]),
        ];
      case "unit":
        // Million yuan is the default (left out) and million dollars is written USD, as before;
        // the other sizes are written as the Chinese unit names (元, 亿元, 亿美元), which every
        // language reads.
        return UNITS.map((u): [string, string] => [
          u === "CNY" ? "" : u === "USD" ? u : unitName(u, "zh"),
          unitName(u, s.language),
        ]);
      case "form":
        return [...omit, ...["quarters", "ytd", "growth"].map((v): [string, string] => [v, v])];
      case "region":
        return [
          ...(param.optional ? ([["", s.regionName.Zibo]] as [string, string][]) : []),
          ["Shandong", s.regionName.Shandong],
          ["China", s.regionName.China],
        ];
      case "park":
        return this.parks.map((p): [string, string] => [p.id, p.name[s.language]]);
      case "number":
      case "date":
        return [];
    }
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
    this.refuse((s) =>
      built.problem === "required"
        ? s.formulaRequired({ param: s.paramLabel[param] })
        : s.formulaNotNumber({ param: s.paramLabel[param] }),
    );
  }
}
