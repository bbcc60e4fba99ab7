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
  select.addEventListener("change", () => {
    const setting = LANGUAGE_SETTINGS.find((s): s is LanguageSetting => s === select.value);
    if (!setting) return;
    const remembered = choice.choose(setting);
    loadPaneStrings(choice.language).then(
      (strings) => {
        labelLanguageSwitch(select, label, strings.language);
        onChange(strings, remembered);
      },
      () => onNotLoaded(),
    );
  });
}

function labelLanguageSwitch(select: HTMLSelectElement, label: HTMLElement, language: Language) {
  const strings = paneStrings(language);
  label.textContent = strings.languageLabel;
  const auto = select.querySelector<HTMLOptionElement>('option[value="auto"]');
  if (auto) auto.textContent = strings.languageAuto;
}
