/**
 * The LLM extractor as a build pass: a function the pipeline calls once, after ingest, rules
 * extraction and duplicate removal, with the new articles and their rules extractions; it returns the
 * merged extractions (same order) and one notice line per article the LLM did not improve. Options
 * are validated when the pass is made, so a bad --llm-url fails before a long build starts.
 */
import type { ArticleDoc, Extraction, IngestProblem } from '../../model/types';
import { validateLlmOptions } from './llmOptions';
import { runLlmExtraction, type LlmRunOptions } from './runLlmExtraction';

export type ExtractionPass = (docs: readonly ArticleDoc[], extractions: readonly Extraction[]) => Promise<{ extractions: Extraction[]; notices: IngestProblem[] }>;

export function llmBuildPass(options: LlmRunOptions, log: (line: string) => void = () => {}): ExtractionPass {
  const o = validateLlmOptions(options);
  return async (docs, extractions) => {
    const report = await runLlmExtraction(docs, extractions, o, log);
    const summary = `llm: ${report.sent} sent, ${report.cached} cached, ${report.failed} failed, ${report.skipped.length} not sent; about ${report.tokensSpent.toLocaleString('en-US')} tokens`;
    if (docs.length) log(summary);
    return { extractions: report.extractions, notices: report.notices };
  };
}
