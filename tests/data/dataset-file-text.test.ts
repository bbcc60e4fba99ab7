import { contentFromFile, fileFromContent } from "../../src/data/dataset-file";
import { bundledFile } from "../support/datasets";

describe("the dataset file keeps its field names for text in each language", () => {
  test("a park's and a note's texts arrive keyed by language", () => {
    const file = bundledFile();
    const content = contentFromFile(file);
    const [park, given] = [content.parks[0]!, file.parks[0]!];
    expect(park.name).toEqual({ en: given.nameEn, zh: given.nameZh });
    expect(park.focus).toEqual({ en: given.focusEn, zh: given.focusZh });
    expect(park.location).toEqual({ en: given.locationEn, zh: given.locationZh });
    const [note, givenNote] = [content.notes[0]!, file.notes[0]!];
    expect(note.title).toEqual({ en: givenNote.titleEn, zh: givenNote.titleZh });
    expect(note.text).toEqual({ en: givenNote.textEn, zh: givenNote.textZh });
  });

  test("written back (the offline copy), the file reads as it was given", () => {
    const file = bundledFile();
    const written = fileFromContent(contentFromFile(file));
    expect(JSON.stringify(written.parks)).toBe(JSON.stringify(file.parks));
    expect(JSON.stringify(written.notes)).toBe(JSON.stringify(file.notes));
    const scoped = file.figures.filter((f) => f.scopeEn !== undefined);
    expect(scoped.length).toBeGreaterThan(0);
    for (const f of scoped) {
      const back = written.figures.find(
        (w) => w.region === f.region && w.category === f.category && w.period === f.period,
      );
      expect([back?.scopeEn, back?.scopeZh]).toEqual([f.scopeEn, f.scopeZh]);
    }
  });
});
