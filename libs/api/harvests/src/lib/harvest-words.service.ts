import { Injectable } from '@nestjs/common';
import { AccessService, badUserInput, type RequestContext } from '@kijkje/api/core';
import { findFlaggedWords, flagKey, PERSON_PLACEHOLDER, PLACE_PLACEHOLDER, replaceFlaggedWord } from '@kijkje/domain';
import type { DecideHarvestWordInput } from './dto/harvest-word.inputs';
import { anonymisationNames } from './harvest-facts';
import type { Harvest } from './harvest.entity';
import { HarvestsService } from './harvests.service';

const notFlagged = {
  nl: 'Dit woord is in dit citaat niet (meer) gemarkeerd. Vernieuw de pagina.',
  en: 'This word is not (or no longer) flagged in this quote. Reload the page.',
};

/**
 * The coordinator's decisions on flagged words (SEC-15): "vervangen" puts a placeholder where the
 * word stood, "behouden" records that it names nobody. Both are versioned edits of the draft and
 * audited, keeping with the word itself, so it can be reviewed who let which word through.
 */
@Injectable()
export class HarvestWordsService {
  constructor(
    private readonly harvests: HarvestsService,
    private readonly access: AccessService,
  ) {}

  async decide(ctx: RequestContext, input: DecideHarvestWordInput): Promise<Harvest> {
    const harvest = await this.harvests.get(ctx, input.harvestId, true);
    const quote = harvest.quotes.find((q) => q.findingId === input.findingId);
    if (!quote) return this.access.notVisible(ctx, 'quote', input.findingId);
    const names = await anonymisationNames(ctx, harvest.networkId);
    const key = flagKey(input.word);
    const flagged = findFlaggedWords(quote.text, names, quote.kept ?? []).filter((f) => f.key === key);
    if (flagged.length === 0) throw badUserInput([{ field: 'word', messages: notFlagged }]);
    const data = { findingId: quote.findingId, word: flagged[0].text, key };
    if (input.decision === 'KEEP') {
      const quotes = harvest.quotes.map((q) => (q === quote ? { ...q, kept: [...new Set([...(q.kept ?? []), key])] } : q));
      return this.harvests.versioned(ctx, harvest, input.version, 'harvest.word_kept', { quotes }, data);
    }
    const placeholder = input.replacement === 'PLACE' ? PLACE_PLACEHOLDER : PERSON_PLACEHOLDER;
    const text = replaceFlaggedWord(quote.text, names, key, placeholder);
    const quotes = harvest.quotes.map((q) => (q === quote ? { ...q, text } : q));
    return this.harvests.versioned(ctx, harvest, input.version, 'harvest.word_replaced', { quotes }, { ...data, replacement: placeholder });
  }
}
