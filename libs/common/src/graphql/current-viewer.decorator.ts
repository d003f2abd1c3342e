import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedException } from '../errors';
import { RequestContext, Viewer } from './request-context';

/** The signed-in user; the auth guard has already refused anonymous calls. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<RequestContext>().req.viewer;
  if (!viewer) throw new UnauthenticatedException();
  return viewer;
});
