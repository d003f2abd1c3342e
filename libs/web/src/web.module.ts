import { Module } from '@nestjs/common';
import { DemoModule } from '@app/demo';
import { WebController } from './web.controller';

@Module({ imports: [DemoModule], controllers: [WebController] })
export class WebModule {}
