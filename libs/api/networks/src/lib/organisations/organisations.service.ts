import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, badUserInput, idempotent, type RequestContext } from '@kijkje/api/core';
import { findMunicipality, searchMunicipalities, municipalityList } from '@kijkje/reference-data';
import type { AddOrganisationInput } from './dto/add-organisation.input';
import type { MunicipalityList } from './municipality.model';
import { Organisation, OrganisationKind } from './organisation.entity';

const SEARCH_LIMIT = 50;

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<Organisation[]> {
    const networkId = await this.access.inNetwork(ctx, 'organisation.list');
    return ctx.em.find(Organisation, { where: { networkId }, order: { name: 'ASC' } });
  }

  async municipalities(ctx: RequestContext, search: string | undefined): Promise<MunicipalityList> {
    await this.access.inNetwork(ctx, 'municipality.search');
    const query = (search ?? '').slice(0, 100);
    return {
      referenceDate: municipalityList.referenceDate,
      source: municipalityList.source,
      items: query.trim() ? searchMunicipalities(query, SEARCH_LIMIT) : municipalityList.items.slice(0, SEARCH_LIMIT),
    };
  }

  async add(ctx: RequestContext, input: AddOrganisationInput): Promise<Organisation> {
    const networkId = await this.access.inNetwork(ctx, 'organisation.add');
    if (!input.cbsCode === !input.name) {
      throw badUserInput([
        {
          field: 'cbsCode',
          messages: {
            nl: 'Kies een gemeente, of vul de naam van een samenwerkingsverband in (niet allebei).',
            en: 'Choose a municipality, or enter the name of a partnership (not both).',
          },
        },
      ]);
    }
    const fields = input.cbsCode
      ? this.municipalityFields(input.cbsCode)
      : { name: input.name!.trim(), kind: OrganisationKind.PARTNERSHIP, cbsCode: null, province: null, population: null };
    return idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'addOrganisation', key: input.idempotencyKey },
      async () => {
        const duplicate = await ctx.em
          .createQueryBuilder(Organisation, 'o')
          .where('o.network_id = :networkId AND (o.name = :name OR o.cbs_code = :cbsCode)', { networkId, name: fields.name, cbsCode: fields.cbsCode ?? '' })
          .getOne();
        if (duplicate) {
          throw badUserInput([
            {
              field: input.cbsCode ? 'cbsCode' : 'name',
              messages: { nl: 'Deze organisatie hoort al bij het netwerk.', en: 'This organisation is already in the network.' },
            },
          ]);
        }
        const organisation = await ctx.em.save(ctx.em.create(Organisation, { ...fields, networkId }));
        await this.audit.record(ctx.em, {
          networkId,
          actorUserId: ctx.userId,
          action: 'organisation.added',
          targetType: 'organisation',
          targetId: organisation.id,
          ip: ctx.ip,
        });
        return organisation;
      },
      (id) => ctx.em.findOneBy(Organisation, { id, networkId }),
    );
  }

  private municipalityFields(cbsCode: string) {
    const municipality = findMunicipality(cbsCode);
    if (!municipality) {
      throw badUserInput([{ field: 'cbsCode', messages: { nl: 'Deze CBS-code kennen we niet.', en: 'This CBS code is unknown.' } }]);
    }
    return { ...municipality, kind: OrganisationKind.MUNICIPALITY };
  }
}
