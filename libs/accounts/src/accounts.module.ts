import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AuthGuard } from './auth.guard';
import { AccessTokenEntity } from './entities/access-token.entity';
import { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { ProfileChanges } from './profile-changes';
import { ProfileReader } from './profile-reader';
import { RequestAuthenticator } from './request-authenticator';
import { SessionCookie } from './session-cookie';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, AccessTokenEntity])],
  providers: [
    AccountsService,
    ProfileChanges,
    ProfileReader,
    PasswordHasher,
    SignInThrottle,
    SessionCookie,
    RequestAuthenticator,
    AccountsResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountsService, ProfileChanges, ProfileReader, SessionCookie, RequestAuthenticator],
})
export class AccountsModule {}
