// Peer of `officedx generate`: docxtemplater renders one table loop per document from each plan JSON given.
import fs from "node:fs";
import path from "node:path";
import PizZip from "pizzip";
import Docxtemplater from "docxtemplater";

const [template, outDir, ...plans] = process.argv.slice(2);
const allMeasures = (areas) => areas.flatMap((a) => [...a.measures, ...allMeasures(a.areas ?? [])]);
const templateBytes = fs.readFileSync(template, "binary");
const start = process.hrtime.bigint();
for (const planFile of plans) {
  const plan = JSON.parse(fs.readFileSync(planFile, "utf8"));
  const measures = allMeasures(plan.areas).map((m) => ({
    number: m.number ?? "",
    name: m.name,
    overview: m.overview ?? "",
    schedule: (m.schedule ?? []).map((s) => `${s.fiscalYear}:${s.phase}`).join(" "),
    departments: (m.departments ?? []).join("、"),
  }));
  const doc = new Docxtemplater(new PizZip(templateBytes), { paragraphLoop: true, linebreaks: true });
  doc.render({ title: plan.title, measures });
  fs.writeFileSync(path.join(outDir, path.basename(planFile, ".json") + ".docx"), doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
}
console.log(`docxtemplater: ${plans.length} documents, ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(3)} s in process`);
