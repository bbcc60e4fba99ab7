import { FORMULA_EXAMPLES } from "../formula-examples";
import type { PaneStrings } from "../strings";
import { el } from "./dom";

/** One button per ZIBO function, showing its example; choosing it hands the formula on. */
export function renderFormulaHelper(
  list: HTMLElement,
  strings: PaneStrings,
  onChoose: (formula: string) => void,
): HTMLButtonElement[] {
  const buttons = FORMULA_EXAMPLES.map(({ name, formula }) => {
    const helpId = `formula-help-${name.toLowerCase()}`;
    const button = el(
      "button",
      {
        className: "formula-button",
        attrs: { type: "button", "aria-describedby": helpId, "data-formula": formula },
      },
      el("span", { className: "formula-name", text: name }),
      el("code", { className: "formula-code", text: formula }),
      el("span", { className: "formula-help", attrs: { id: helpId } }),
    );
    button.addEventListener("click", () => onChoose(formula));
    list.append(el("li", { className: "formula-item" }, button));
    return button;
  });
  labelFormulaHelper(buttons, strings);
  return buttons;
}

/** The words on the helper's buttons, set again when the pane's language changes. */
export function labelFormulaHelper(
  buttons: readonly HTMLButtonElement[],
  strings: PaneStrings,
): void {
  for (const button of buttons) {
    const example = FORMULA_EXAMPLES.find((e) => e.formula === button.dataset.formula);
    if (!example) continue;
    button.setAttribute("aria-label", strings.writeFormulaLabel({ formula: example.formula }));
    const help = button.querySelector(".formula-help");
    if (help) help.textContent = strings.functionHelp[example.name];
  }
}
