import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, InvalidInputException } from '@app/common';

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      // class-validator starts messages with the property name; keep the field out of the text.
      message: message.startsWith(`${e.property} `) ? message.slice(e.property.length + 1) : message,
    }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/**
 * Validates every input and args class; failures become BAD_USER_INPUT
 * naming each field by its path from the argument ("input.email"), the same
 * way GraphQL's own coercion errors name them ("input.role").
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => errors,
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (errors) {
      if (Array.isArray(errors)) throw new InvalidInputException(flatten(errors as ValidationError[], metadata.data ?? ''));
      throw errors;
    }
  }
}
