const { readFileSync } = require("fs");
const { Compilation, WebpackError, sources } = require("webpack");

/**
 * Emits functions.<locale>.json from the generated functions.json and a translation file that holds
 * only descriptions. Ids, names and parameters come from functions.json alone, so the two files
 * cannot drift: a function or parameter without a translation, or a translation of something that
 * no longer exists, fails the build. With `helpAnchorPrefix`, each help link lands on the
 * locale's own section of the help page (help.html#exports → help.html#zh-exports).
 */
class LocalizedMetadataPlugin {
  constructor({ source = "functions.json", locale, translations, helpAnchorPrefix = "" }) {
    this.source = source;
    this.locale = locale;
    this.translations = translations;
    this.helpAnchorPrefix = helpAnchorPrefix;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(this.translations);
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          if (!assets[this.source]) return;
          const metadata = JSON.parse(assets[this.source].source().toString());
          const translations = JSON.parse(readFileSync(this.translations, "utf8"));
          const { localized, problems } = localize(metadata, translations, this.helpAnchorPrefix);
          for (const problem of problems) {
            compilation.errors.push(new WebpackError(`${this.translations}: ${problem}`));
          }
          const name = this.source.replace(/\.json$/, `.${this.locale}.json`);
          compilation.emitAsset(name, new sources.RawSource(JSON.stringify(localized, null, 4)));
        },
      );
    });
  }
}

function localize(metadata, translations, helpAnchorPrefix = "") {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translations)) {
    if (!ids.has(id)) problems.push(`translation for unknown function ${id}`);
  }
  const functions = metadata.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t || !t.description) {
      problems.push(`no description for ${fn.id}`);
      return fn;
    }
    const params = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(t.parameters ?? {})) {
      if (!params.has(name)) problems.push(`translation for unknown parameter ${fn.id}.${name}`);
    }
    const parameters = fn.parameters.map((p) => {
      const description = t.parameters?.[p.name];
      if (!description) problems.push(`no description for parameter ${fn.id}.${p.name}`);
      return { ...p, description: description ?? p.description };
    });
    const helpUrl = fn.helpUrl && fn.helpUrl.replace("#", `#${helpAnchorPrefix}`);
    return { ...fn, description: t.description, parameters, ...(helpUrl ? { helpUrl } : {}) };
  });
  return { localized: { ...metadata, functions }, problems };
}

module.exports = { LocalizedMetadataPlugin, localize };
