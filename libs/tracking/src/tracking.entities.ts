import { CompanyEntity } from './companies/company.entity';
import { ContactEntity } from './contacts/contact.entity';
import { InteractionEntity } from './interactions/interaction.entity';
import { InterviewEntity } from './interviews/interview.entity';
import { ProjectUpdateEntity } from './project-updates/project-update.entity';

export const TRACKING_ENTITIES = [CompanyEntity, ContactEntity, InterviewEntity, InteractionEntity, ProjectUpdateEntity];
