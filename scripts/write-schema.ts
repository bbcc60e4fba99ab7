/* Writes the dataset's JSON Schema from its one source, src/data/schema.ts. */
import { writeFileSync } from "node:fs";
import { datasetJsonSchema } from "../src/data/schema";

const target = "src/data/dataset.schema.json";
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
