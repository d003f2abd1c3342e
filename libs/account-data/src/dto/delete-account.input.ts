import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX } from '@app/accounts';

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'Your current password, to confirm.' })
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password!: string;
}
