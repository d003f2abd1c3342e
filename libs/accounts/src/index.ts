import { AccessTokenEntity } from './entities/access-token.entity';
import { UserEntity } from './entities/user.entity';

export * from './accounts.module';
export * from './accounts.service';
export * from './profile-changes';
export * from './profile-reader';
export { PasswordHasher, MAX_CONCURRENT_HASHES, MAX_WAITING_HASHES } from './password-hasher';
export { bearerToken } from './bearer-token';
export { SessionCookie, CSRF_HEADER } from './session-cookie';
export { RequestAuthenticator } from './request-authenticator';
export { DUMMY_PASSWORD_HASH } from './password';
export * from './entities/user.entity';
export * from './entities/access-token.entity';
export * from './entities/owned-row';
export { UserType, AuthPayload } from './dto/user.type';
export { PASSWORD_MAX } from './dto/account.inputs';

export const ACCOUNT_ENTITIES = [UserEntity, AccessTokenEntity];
