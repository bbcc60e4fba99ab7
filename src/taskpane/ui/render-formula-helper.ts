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
        attrs: {
          type: "button",
          "aria-label": strings.writeFormulaLabel({ formula }),
          "aria-describedby": helpId,
          "data-formula": formula,
        },
      },
      el("span", { className: "formula-name", text: name }),
      el("code", { className: "formula-code", text: formula }),
      el("span", {
        className: "formula-help",
        text: strings.functionHelp[name],
        attrs: { id: helpId },
      }),
    );
    button.addEventListener("click", () => onChoose(formula));
    list.append(el("li", { className: "formula-item" }, button));
    return button;
  });
  return buttons;
}
