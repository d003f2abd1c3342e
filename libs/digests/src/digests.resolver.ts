import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { COMPUTED_FIELD_COST, CurrentViewer, PageArgs, Viewer } from '@app/common';
import { paginate } from '@app/database';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UpdateDigestSettingsInput } from './digest.inputs';
import { DigestDeliveryConnection, DigestDeliveryType, DigestPreviewType, DigestSettingsType } from './digest.types';
import { DigestDeliveryEntity } from './digest-delivery.entity';
import { DigestSender } from './digest-sender';
import { DigestSettings, DigestSettingsService } from './digest-settings.service';

type CostArgs = { args: { first?: number }; childComplexity: number };
const pageComplexity = ({ args, childComplexity }: CostArgs) => 1 + Number(args.first ?? 20) * childComplexity;

@Resolver()
export class DigestsResolver {
  constructor(
    private readonly settings: DigestSettingsService,
    private readonly sender: DigestSender,
    @InjectRepository(DigestDeliveryEntity) private readonly deliveries: Repository<DigestDeliveryEntity>,
  ) {}

  @Query(() => DigestSettingsType, { description: 'When your email digest comes and what it says.' })
  async digestSettings(@CurrentViewer() viewer: Viewer): Promise<DigestSettingsType> {
    return this.view(viewer, await this.settings.get(viewer.id));
  }

  @Mutation(() => DigestSettingsType, { description: 'Changes the given settings; the others keep their values. Resumes paused digests.' })
  async updateDigestSettings(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateDigestSettingsInput): Promise<DigestSettingsType> {
    return this.view(viewer, await this.settings.update(viewer.id, input));
  }

  @Query(() => DigestPreviewType, { complexity: COMPUTED_FIELD_COST, description: 'Your current digest, rendered and not sent.' })
  digestPreview(@CurrentViewer() viewer: Viewer): Promise<DigestPreviewType> {
    return this.sender.preview(viewer.id);
  }

  @Mutation(() => DigestDeliveryType, { complexity: COMPUTED_FIELD_COST, description: 'Sends your current digest now, marked as a test (one a minute).' })
  sendTestDigest(@CurrentViewer() viewer: Viewer): Promise<DigestDeliveryEntity> {
    return this.sender.sendTest(viewer.id);
  }

  @Query(() => DigestDeliveryConnection, { complexity: pageComplexity, description: 'Digests sent, skipped or failed, newest first.' })
  digestDeliveries(@CurrentViewer() viewer: Viewer, @Args() page: PageArgs) {
    const qb = this.deliveries.createQueryBuilder('delivery').where('delivery.owner_id = :owner', { owner: viewer.id });
    return paginate(qb, page, { direction: 'DESC', keys: ['delivery.created_at', 'delivery.id'] });
  }

  private async view(viewer: Viewer, settings: DigestSettings): Promise<DigestSettingsType> {
    return {
      frequency: settings.frequency,
      weekday: settings.weekday,
      localTime: settings.localTime,
      sections: settings.sections,
      skipWhenEmpty: settings.skipWhenEmpty,
      paused: settings.paused,
      lastError: settings.lastError,
      lastSentAt: settings.lastSentAt,
      nextSendAt: await this.settings.nextSendAt(viewer.id, settings),
    };
  }
}
