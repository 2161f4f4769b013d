import fc from 'fast-check';
import { badInputSuite, expectNoCrash, versionOf } from './support/bad-input';
import { HARVEST_LITERALS, buildHarvestsWorld, harvestMutations, type HarvestsWorld } from './support/mutations/harvests';

/*
 * REL-07 for harvests: the coordinator's drafts, quotes and publication, over a closed round with
 * released findings (and names in their texts, so that the anonymisation runs on fuzzed quotes).
 */

/** Texts that createFinding takes (Text(10 000): trimmed, not empty, no control characters, whole surrogate pairs). */
const findingText = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
    fc
      .tuple(
        fc.constantFrom('Jan de Vries', 'Utrecht', "'s-Hertogenbosch", 'Den Bosch', '06-12345678', 'jan.devries@test.kijkje.nl'),
        fc.string({ maxLength: 40 }),
      )
      .map(([name, rest]) => `${rest} ${name}${rest}`),
    fc.constantFrom(
      `${'> '.repeat(500)}diep`,
      `${'- '.repeat(500)}lijst`,
      '['.repeat(3000),
      '*'.repeat(5000),
      '`'.repeat(999),
      `${'<b>'.repeat(800)}x`,
      '|a|\n|-|\n'.repeat(200),
      'x'.repeat(10_000),
    ),
  )
  .map((text) => text.trim())
  .filter(
    (text) =>
      text.length > 0 &&
      [...text].length <= 10_000 &&
      // eslint-disable-next-line no-control-regex -- the characters Text() refuses
      !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text) &&
      !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text),
  );

describe('bad input of every kind: harvests (REL-07)', () => {
  const w = {} as HarvestsWorld;
  const suite = badInputSuite({
    mutations: harvestMutations(w),
    literals: HARVEST_LITERALS,
    setup: async (t, probe) => {
      Object.assign(w, await buildHarvestsWorld(t, probe));
      return { coordinator: w.world.a.coordinator };
    },
    more: () => {
      describe('whatever a finding says, the harvest can quote it', () => {
        // Finding texts come from reviewers, through createFinding's validation; the harvest turns
        // them into plain text and anonymises them when it previews and quotes them.
        it('candidates, addHarvestQuote and the quote’s check for names answer without a crash (fast-check, 25 texts)', async () => {
          const findingId = w.h.findings['deventerWachtlijst'];
          const quote = `mutation($input: AddQuoteInput!) { addHarvestQuote(input: $input) { version quotes { text remainingNames } candidates { preview } problems { nl en } } }`;
          const unquote = `mutation($input: QuoteRefInput!) { removeHarvestQuote(input: $input) { version } }`;
          await fc.assert(
            fc.asyncProperty(findingText, async (text) => {
              await suite.probe.query(`UPDATE finding SET text = $2 WHERE id = $1`, [findingId, text]);
              const res = await suite
                .client('coordinator')
                .gql(quote, { input: { harvestId: w.quoteLabId, version: await versionOf(suite.probe, 'harvest', w.quoteLabId), findingId } });
              expectNoCrash(res);
              expect(res.errors).toBeUndefined();
              const removed = await suite
                .client('coordinator')
                .gql(unquote, { input: { harvestId: w.quoteLabId, version: await versionOf(suite.probe, 'harvest', w.quoteLabId), findingId } });
              expect(removed.errors).toBeUndefined();
            }),
            { numRuns: 25, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false },
          );
        }, 60_000);
      });
    },
  });
});
