/**
 * `npm run eval`: extraction quality against the hand labels of test/fixtures/labels/, one block of figures per
 * labelled document, with the worst misses and the false edges to read. `--verbose` lists more of them.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestTexts } from './ingest-texts.js';
import { readLabels } from './labels.js';
import { evaluate, type EvalFigures } from './metrics.js';
import { evaluateQuestionsOnGraph, formatQuestionsReport, readQuestions } from './questions.js';

const verbose = process.argv.includes('--verbose');
const only = process.argv.find((arg, i) => i > 1 && !arg.startsWith('--'));
const listed = verbose ? Infinity : 12;
const targets: Partial<Record<keyof EvalFigures, number>> = {
  entityRecall: 0.95,
  typedRecall: 0.8,
  typedPrecision: 0.85,
  evidenceAccuracy: 0.9,
};

const rows: string[] = [];
const graphs = new Map<string, ReturnType<typeof ingestTexts>>();
for (const labels of readLabels('test/fixtures/labels')) {
  if (only && !labels.document.includes(only)) continue;
  const file = basename(labels.document);
  const graph = ingestTexts([{ file, text: readFileSync(labels.document, 'utf8') }]);
  graphs.set(labels.document, graph);
  const report = evaluate(graph, labels, file);
  const f = report.figures;
  console.log(`\n=== ${labels.document}`);
  console.log(
    `  nodes ${graph.nodes.length}, edges ${graph.edges.length}; labelled entities ${f.entities}, relations ${f.relations}`,
  );
  for (const [name, value] of Object.entries(f)) {
    if (Number.isInteger(value)) continue;
    const target = targets[name as keyof EvalFigures];
    console.log(
      `  ${name.padEnd(18)} ${value.toFixed(3)}${target ? (value >= target ? '  ok' : `  below ${target}`) : ''}`,
    );
  }
  console.log(`  duplicateNodes     ${f.duplicateNodes}`);
  rows.push(
    `| ${file} | ${f.entityRecall.toFixed(2)} | ${f.pairRecall.toFixed(2)} | ${f.typedRecall.toFixed(2)} | ${f.typedPrecision.toFixed(2)} | ${f.evidenceAccuracy.toFixed(2)} | ${f.categoryRecall.toFixed(2)} | ${f.duplicateNodes} |`,
  );
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return;
    console.log(`  -- ${title} (${lines.length})`);
    for (const line of lines.slice(0, listed)) console.log(`     ${line}`);
  };
  section(
    'false edges',
    report.falseEdges.map(
      ({ edge, labelled }) =>
        `${edge.source} ${edge.type} ${edge.target} @${edge.evidence[0]?.line}  [labels: ${labelled}]`,
    ),
  );
  section(
    'missed relations',
    report.missedRelations.map(
      ({ relation: r, found }) => `${r.source} ${r.type} ${r.target} @${r.line}  [found: ${found}]`,
    ),
  );
  section('missed entities', report.missedEntities);
  section('duplicates', report.duplicates);
  section(
    'edges between unlabelled nodes (read them: noise?)',
    report.unjudgedEdges.map((e) => `${e.source} ${e.type} ${e.target} @${e.evidence[0]?.line}`),
  );
  section('missed categories', report.missedCategories);
}
console.log(
  '\n| document | entity recall | pair recall | typed recall | typed precision | evidence | categories | duplicates |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);

// Questions about the seed, answered by `ask` on the graph ingested from it.
const seed = 'data/cloud-infrastructure-technologies.rst';
const seedGraph = graphs.get(seed);
if (seedGraph) {
  const report = await evaluateQuestionsOnGraph(seedGraph, readQuestions('test/fixtures/questions/seed.json'));
  console.log(`\n=== questions (test/fixtures/questions/seed.json) on the ${seed} graph`);
  console.log(formatQuestionsReport(report, listed));
}
