import { badUserInput, type RequestContext } from '@kijkje/api/core';
import { roundFacts, type Visit } from '@kijkje/api/visits';
import { checkFindingInput, findingInputViolationMessages, normaliseTags } from '@kijkje/domain';
import type { FindingContentInput } from './dto/finding.inputs';

/** What a finding says, checked against the programme's themes and tidied (tags, evidence): BAD_USER_INPUT otherwise. */
export async function findingContent(ctx: RequestContext, visit: Visit, input: FindingContentInput) {
  const { programme } = await roundFacts(ctx, visit);
  const tags = normaliseTags(input.tags ?? []);
  const problems = checkFindingInput({ theme: input.theme, text: input.text, tags }, programme.themes);
  if (problems.length) throw badUserInput(problems.map((p) => ({ field: p.field, messages: findingInputViolationMessages[p.code] })));
  const e = input.evidence ?? {};
  return {
    kind: input.kind,
    theme: input.theme,
    text: input.text,
    tags,
    evidence: { source: e.source?.trim() ?? '', quote: e.quote?.trim() ?? '', indicator: e.indicator?.trim() ?? '' },
  };
}
