import type { Language } from "../../core";
import {
  LANGUAGE_NAMES,
  LANGUAGE_SETTINGS,
  loadPaneStrings,
  paneStrings,
  type LanguageChoice,
  type LanguageSetting,
  type PaneStrings,
} from "../strings";
import { el } from "./dom";

/**
 * The language switch in the header: a labelled native select (keyboard and screen readers know
 * it), offering "same as Office", English and Chinese, each language named in itself. A change
 * is remembered and handed on; `remembered` is false when the browser refused to store it.
 *
 * The pane changes on a committed choice only: a pick from the open list, or Enter or leaving the
 * select after the arrow keys, which move through the choices of a closed select one by one (and
 * fire `change` at each step in Windows' browsers). Escape goes back to the language shown.
 */
export function mountLanguageSwitch(
  select: HTMLSelectElement,
  label: HTMLElement,
  choice: LanguageChoice,
  shown: Language,
  onChange: (strings: PaneStrings, remembered: boolean) => void,
  onNotLoaded: () => void,
): void {
  select.replaceChildren(
    ...LANGUAGE_SETTINGS.map((setting) =>
      setting === "auto"
        ? el("option", { attrs: { value: setting } })
        : el("option", {
            text: LANGUAGE_NAMES[setting].name,
            attrs: { value: setting, lang: LANGUAGE_NAMES[setting].htmlLang },
          }),
    ),
  );
  select.value = choice.setting;
  labelLanguageSwitch(select, label, shown);
  let committed: string = choice.setting;
  /** True while a key's own step through the choices runs (its change event comes before the next task). */
  let stepping = false;
  const commit = () => {
    const setting = LANGUAGE_SETTINGS.find((s): s is LanguageSetting => s === select.value);
    if (!setting || setting === committed) return;
    committed = setting;
    const remembered = choice.choose(setting);
    loadPaneStrings(choice.language).then(
      (strings) => {
        labelLanguageSwitch(select, label, strings.language);
        onChange(strings, remembered);
      },
      () => onNotLoaded(),
    );
  };
  select.addEventListener("keydown", (event) => {
    // Enter commits: the choice stepped to, or the one picked in the open list (its change event
    // follows this key, however soon after the arrows it comes).
    if (event.key === "Enter") stepping = false;
    if (event.key === "Enter" && select.value !== committed) {
      event.preventDefault();
      commit();
    } else if (event.key === "Escape" && select.value !== committed) {
      select.value = committed;
    } else if (!event.altKey && (STEP_KEYS.has(event.key) || event.key.length === 1)) {
      // Arrows and typed letters step a closed select without opening its list.
      stepping = true;
      setTimeout(() => (stepping = false), 0);
    }
  });
  select.addEventListener("change", () => {
    if (!stepping) commit();
  });
  select.addEventListener("blur", commit);
}

const STEP_KEYS = new Set([
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
  "Home",
  "End",
  "PageUp",
  "PageDown",
]);

function labelLanguageSwitch(select: HTMLSelectElement, label: HTMLElement, language: Language) {
  const strings = paneStrings(language);
  label.textContent = strings.languageLabel;
  const auto = select.querySelector<HTMLOptionElement>('option[value="auto"]');
  if (auto) auto.textContent = strings.languageAuto;
}
